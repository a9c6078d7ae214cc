import type { Problem } from '../io/problems';

/** A question's answer, or the problems with its input (each naming the argument, e.g. `from` or `packetSize`). */
export type QuestionResult<T> = { ok: true; answer: T } | { ok: false; problems: Problem[] };

/** The engine reports query errors as sentences "role: message"; the role is the argument's name. */
export function problemsFromEngine(errors: readonly string[]): Problem[] {
  return errors.map((e) => {
    const match = /^([A-Za-z][\w.]*): (.*)$/s.exec(e);
    return match ? { path: match[1]!, message: match[2]! } : { path: '', message: e };
  });
}

export function rangeProblem(path: string, value: number | undefined, min: number, max: number): Problem | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) return { path, message: `${value} is not a whole number between ${min} and ${max}` };
  return null;
}

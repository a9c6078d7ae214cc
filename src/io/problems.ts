/**
 * Problems found in a topology document, each tied to a field path a person can follow.
 *
 * Path syntax: `topology.spec.podCIDRs[0]`, `nodes[3].metadata.labels["kubernetes.io/os"]`. Indexes count
 * objects of one kind in document order; map keys that are not plain identifiers are written as JSON strings
 * in brackets, so a node name with dots (`ip-10-0-0-1.ec2.internal`) stays one segment.
 */

export interface Problem {
  path: string;
  message: string;
  object?: string;
}

/** Reports stop growing here; the last slot says how many more were found (graphql-js caps validate() the same way). */
export const MAX_PROBLEMS = 100;

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function joinPath(base: string, segments: readonly PathSegment[]): string {
  let out = base;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Collects errors and warnings separately, each list capped at MAX_PROBLEMS entries. */
export class ProblemCollector {
  private readonly errorList: Problem[] = [];
  private readonly warningList: Problem[] = [];
  private droppedErrors = 0;
  private droppedWarnings = 0;

  error(problem: Problem): void {
    if (this.errorList.length < MAX_PROBLEMS) this.errorList.push(problem);
    else this.droppedErrors++;
  }

  warn(problem: Problem): void {
    if (this.warningList.length < MAX_PROBLEMS) this.warningList.push(problem);
    else this.droppedWarnings++;
  }

  get errorCount(): number {
    return this.errorList.length + this.droppedErrors;
  }

  errors(): Problem[] {
    return capped(this.errorList, this.droppedErrors, 'errors');
  }

  warnings(): Problem[] {
    return capped(this.warningList, this.droppedWarnings, 'warnings');
  }
}

/** Exactly MAX_PROBLEMS entries are shown whole; past that the last slot summarizes the rest. */
function capped(list: Problem[], dropped: number, noun: string): Problem[] {
  if (dropped === 0) return [...list];
  const shown = list.slice(0, MAX_PROBLEMS - 1);
  const hidden = list.length - shown.length + dropped;
  return [...shown, { path: 'document', message: `${hidden} more ${noun} not shown (reports stop at ${MAX_PROBLEMS})` }];
}

/** A reporter bound to one object and a path prefix, so conversion code names fields relative to where it is. */
export class Scope {
  constructor(
    readonly sink: ProblemCollector,
    readonly base: string,
    readonly object?: string,
  ) {}

  at(...segments: PathSegment[]): Scope {
    return new Scope(this.sink, joinPath(this.base, segments), this.object);
  }

  path(segments: readonly PathSegment[] = []): string {
    return joinPath(this.base, segments);
  }

  error(segments: readonly PathSegment[], message: string): void {
    this.sink.error(this.problem(segments, message));
  }

  warn(segments: readonly PathSegment[], message: string): void {
    this.sink.warn(this.problem(segments, message));
  }

  private problem(segments: readonly PathSegment[], message: string): Problem {
    const problem: Problem = { path: joinPath(this.base, segments), message };
    if (this.object !== undefined) problem.object = this.object;
    return problem;
  }
}

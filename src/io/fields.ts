/**
 * Field-level conversions shared by the object converters: each reports through a Scope and returns the
 * canonical value, or null when the field is unusable (so later checks that need it are skipped, not doubled).
 */
import type { IpFamily, Labels } from '../engine/model/topology';
import { parseIp, parsePrefix, type ParsedIp, type ParsedPrefix } from './addresses';
import { labelKeyProblem, labelValueProblem } from '../engine/model/names';
import type { PathSegment, Scope } from './problems';

export function ipField(text: string, scope: Scope, path: readonly PathSegment[]): ParsedIp | null {
  const parsed = parseIp(text);
  if (parsed.ok) return parsed.value;
  scope.error(path, parsed.message);
  return null;
}

export function prefixField(text: string, scope: Scope, path: readonly PathSegment[]): ParsedPrefix | null {
  const parsed = parsePrefix(text);
  if (parsed.ok) return parsed.value;
  scope.error(path, parsed.message);
  return null;
}

/**
 * A list of addresses or prefixes that may hold at most one per family (dual-stack fields: podCIDRs,
 * clusterIPs, podIPs). `at(i)` gives the path of entry i, since some lists hold objects (`podIPs[i].ip`).
 */
export function perFamilyList<T extends { family: IpFamily }>(
  values: readonly string[],
  parse: (text: string, path: readonly PathSegment[]) => T | null,
  scope: Scope,
  at: (index: number) => readonly PathSegment[],
  what: string,
): T[] | null {
  const out: T[] = [];
  let ok = true;
  values.forEach((text, index) => {
    const parsed = parse(text, at(index));
    if (parsed === null) {
      ok = false;
      return;
    }
    const same = out.find((earlier) => earlier.family === parsed.family);
    if (same !== undefined) {
      ok = false;
      scope.error(at(index), `two ${what} of the same family (${parsed.family}); dual-stack takes one ${parsed.family} and one ${parsed.family === 'IPv4' ? 'IPv6' : 'IPv4'}`);
      return;
    }
    out.push(parsed);
  });
  return ok ? out : null;
}

export function labelsField(map: Readonly<Record<string, string>> | null | undefined, scope: Scope, path: readonly PathSegment[]): Labels {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map ?? {})) {
    const keyProblem = labelKeyProblem(key);
    if (keyProblem !== null) scope.error([...path, key], `label key ${JSON.stringify(key)}: ${keyProblem}`);
    const valueProblem = labelValueProblem(value);
    if (valueProblem !== null) scope.error([...path, key], `label value ${JSON.stringify(value)} ${valueProblem}`);
    out[key] = value;
  }
  return out;
}

/** Checks a required name; returns it (or null when absent) and reports syntax problems. */
export function nameField(
  value: string | null | undefined,
  scope: Scope,
  path: readonly PathSegment[],
  what: string,
  problemOf: (value: string) => string | null,
): string | null {
  if (value === undefined || value === null || value === '') {
    scope.error(path, `${what} needs a name`);
    return null;
  }
  const problem = problemOf(value);
  if (problem !== null) scope.error(path, `${JSON.stringify(value)} ${problem}`);
  return value;
}

/** Reports the second and later occurrences of a key, pointing back at the first. */
export class DuplicateTracker {
  private readonly first = new Map<string, string>();

  check(key: string, scope: Scope, path: readonly PathSegment[], describe: string): boolean {
    const earlier = this.first.get(key);
    if (earlier !== undefined) {
      scope.error(path, `duplicate ${describe} (first defined at ${earlier})`);
      return false;
    }
    this.first.set(key, scope.path(path));
    return true;
  }
}

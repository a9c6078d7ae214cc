/**
 * Field readers for parseOperation: each reads one field of a JSON object, records a problem with the
 * field's path when the value is wrong, and returns the canonical value (or undefined). Addresses and
 * CIDRs are parsed with src/engine/net, strictly: a CIDR with host bits set is refused with the network
 * it probably meant, because silently masking `10.244.1.0/16` to `10.244.0.0/16` changes the plan.
 */
import type { IpFamily, Labels } from '../model/topology';
import { AddressParseError, IpAddress, Prefix } from '../net';
import { labelKeyProblem, labelValueProblem } from '../model/names';
import type { Problem } from './operations';

export type Check<T> = (value: T) => string | null;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** A CIDR in canonical form, or a problem ("did you mean" the network when host bits are set). */
export function cidrProblem(text: string): { cidr: string } | { problem: string } {
  try {
    return { cidr: Prefix.parseStrict(text).toString() };
  } catch (e) {
    if (!(e instanceof AddressParseError)) throw e;
    const masked = Prefix.tryParse(text);
    if (masked !== undefined) return { problem: `${JSON.stringify(text)} has host bits set; did you mean ${masked.toString()}?` };
    return { problem: `${JSON.stringify(text)} is not a CIDR: ${e.reason}` };
  }
}

export function ipProblem(text: string): { ip: string; family: IpFamily } | { problem: string } {
  try {
    const ip = IpAddress.parse(text);
    return { ip: ip.toString(), family: ip.family };
  } catch (e) {
    if (!(e instanceof AddressParseError)) throw e;
    return { problem: `${JSON.stringify(text)} is not an IP address: ${e.reason}` };
  }
}

/** Reads the fields of one JSON object, collecting problems under `path`. */
export class Fields {
  private readonly before: number;

  private constructor(
    private readonly obj: Readonly<Record<string, unknown>>,
    readonly path: string,
    private readonly problems: Problem[],
  ) {
    this.before = problems.length;
  }

  /** The object at `path`, refusing fields outside `allowed` (unknown fields are errors: operations are persisted). */
  static of(value: unknown, path: string, problems: Problem[], allowed: readonly string[]): Fields | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path, message: `expected an object, got ${describe(value)}` });
      return undefined;
    }
    const f = new Fields(value as Record<string, unknown>, path, problems);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) f.fail(key, `unknown field (expected one of: ${allowed.join(', ')})`);
    }
    return f;
  }

  /** No problem was recorded since this reader was made. */
  get ok(): boolean {
    return this.problems.length === this.before;
  }

  at(key: string | number): string {
    return typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`;
  }

  fail(key: string | number, message: string): undefined {
    this.problems.push({ path: this.at(key), message });
    return undefined;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.obj, key) && this.obj[key] !== undefined;
  }

  raw(key: string): unknown {
    return Object.hasOwn(this.obj, key) ? this.obj[key] : undefined;
  }

  /** A required field: records "is required" when absent. */
  required<T>(key: string, read: (key: string) => T | undefined): T | undefined {
    if (!this.has(key)) return this.fail(key, 'is required');
    return read(key);
  }

  string(key: string, check?: Check<string>): string | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    if (typeof v !== 'string') return this.fail(key, `expected a string, got ${describe(v)}`);
    const p = check?.(v) ?? null;
    return p === null ? v : this.fail(key, `${JSON.stringify(v)} ${p}`);
  }

  int(key: string, min: number, max: number): number | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      return this.fail(key, `expected an integer from ${min} to ${max}, got ${describe(v)}`);
    }
    return v;
  }

  /** An integer, or null (absent = undefined). */
  intOrNull(key: string, min: number, max: number): number | null | undefined {
    return this.raw(key) === null ? null : this.int(key, min, max);
  }

  bool(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    return typeof v === 'boolean' ? v : this.fail(key, `expected true or false, got ${describe(v)}`);
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    return this.fail(key, `expected one of ${values.join(', ')}, got ${describe(v)}`);
  }

  cidr(key: string): string | undefined {
    const s = this.string(key);
    if (s === undefined) return undefined;
    const r = cidrProblem(s);
    return 'cidr' in r ? r.cidr : this.fail(key, r.problem);
  }

  ip(key: string): { ip: string; family: IpFamily } | undefined {
    const s = this.string(key);
    if (s === undefined) return undefined;
    const r = ipProblem(s);
    return 'ip' in r ? r : this.fail(key, r.problem);
  }

  /** An IP address, or null. */
  ipOrNull(key: string): { ip: string; family: IpFamily } | null | undefined {
    return this.raw(key) === null ? null : this.ip(key);
  }

  list(key: string, min: number, max: number): unknown[] | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    if (!Array.isArray(v)) return this.fail(key, `expected a list, got ${describe(v)}`);
    if (v.length < min || v.length > max) return this.fail(key, `expected ${min === max ? min : `${min} to ${max}`} entries, got ${v.length}`);
    return v;
  }

  /** A list of canonical CIDRs at most one per family (the shape of cluster and service CIDR flags). */
  cidrsOnePerFamily(key: string, min: number): string[] | undefined {
    const list = this.list(key, min, 2);
    if (list === undefined) return undefined;
    const out: string[] = [];
    for (const [i, v] of list.entries()) {
      if (typeof v !== 'string') return this.fail(key, `entry ${i}: expected a CIDR string, got ${describe(v)}`);
      const r = cidrProblem(v);
      if ('problem' in r) {
        this.problems.push({ path: `${this.at(key)}[${i}]`, message: r.problem });
        return undefined;
      }
      out.push(r.cidr);
    }
    if (out.length === 2 && Prefix.parse(out[0]!).family === Prefix.parse(out[1]!).family) {
      return this.fail(key, 'expected at most one CIDR per IP family (dual-stack: one IPv4 and one IPv6)');
    }
    return out;
  }

  labels(key: string): Labels | undefined {
    if (!this.has(key)) return undefined;
    const v = this.raw(key);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.fail(key, `expected an object of label: value, got ${describe(v)}`);
    const out: Record<string, string> = {};
    for (const [k, value] of Object.entries(v as Record<string, unknown>)) {
      const path = `${this.at(key)}[${JSON.stringify(k)}]`;
      const kp = labelKeyProblem(k);
      if (kp !== null) this.problems.push({ path, message: `label key ${JSON.stringify(k)}: ${kp}` });
      else if (typeof value !== 'string') this.problems.push({ path, message: `expected a string label value, got ${describe(value)}` });
      else {
        const vp = labelValueProblem(value);
        if (vp === null) out[k] = value;
        else this.problems.push({ path, message: `label value ${JSON.stringify(value)} ${vp}` });
      }
    }
    return out;
  }
}

/** Drops undefined fields, so a parsed operation serializes exactly like what was given. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

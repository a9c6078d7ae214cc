/**
 * Sets of connections: for each protocol (TCP, UDP, SCTP) a set of ports 1–65535 kept as sorted, disjoint,
 * non-adjacent inclusive intervals `[lo0, hi0, lo1, hi1, …]` — the compact form netpol-analyzer's
 * CanonicalIntervalSet uses, so a policy's `port..endPort` range costs two numbers, not thousands.
 *
 * Values are immutable and canonical: two equal sets have equal `key`s, which connectivity uses to intern them.
 * `format` is netpol-analyzer's ConnectionSet.String(): `All Connections`, `No Connections`, or
 * `<PROTO> <ports>` parts sorted as strings and joined by `,` (so SCTP, TCP, UDP), e.g. `TCP 80,8080-8090,UDP 53`.
 */
import type { Protocol } from './types';

export const MIN_PORT = 1;
export const MAX_PORT = 65535;
/** Protocols in the order netpol-analyzer prints them (sorted as strings). */
export const SET_PROTOCOLS: readonly Protocol[] = ['SCTP', 'TCP', 'UDP'];

export type Intervals = readonly number[];

const FULL: Intervals = [MIN_PORT, MAX_PORT];
const EMPTY_I: Intervals = [];

export class ConnectionSet {
  private constructor(
    readonly sctp: Intervals,
    readonly tcp: Intervals,
    readonly udp: Intervals,
  ) {}

  static readonly NONE = new ConnectionSet(EMPTY_I, EMPTY_I, EMPTY_I);
  static readonly ALL = new ConnectionSet(FULL, FULL, FULL);

  /** Ports `lo..hi` (inclusive) of one protocol; `lo..hi` clamped to 1–65535. */
  static ports(protocol: Protocol, lo: number = MIN_PORT, hi: number = lo): ConnectionSet {
    const a = Math.max(MIN_PORT, lo);
    const b = Math.min(MAX_PORT, hi);
    if (a > b) return ConnectionSet.NONE;
    return ConnectionSet.NONE.with(protocol, [a, b]);
  }

  /** Every port of one protocol. */
  static protocol(protocol: Protocol): ConnectionSet {
    return ConnectionSet.ports(protocol, MIN_PORT, MAX_PORT);
  }

  of(protocol: Protocol): Intervals {
    return protocol === 'TCP' ? this.tcp : protocol === 'UDP' ? this.udp : this.sctp;
  }

  private with(protocol: Protocol, iv: Intervals): ConnectionSet {
    return new ConnectionSet(protocol === 'SCTP' ? iv : this.sctp, protocol === 'TCP' ? iv : this.tcp, protocol === 'UDP' ? iv : this.udp);
  }

  isEmpty(): boolean {
    return this.tcp.length === 0 && this.udp.length === 0 && this.sctp.length === 0;
  }

  isAll(): boolean {
    return isFull(this.tcp) && isFull(this.udp) && isFull(this.sctp);
  }

  has(protocol: Protocol, port: number): boolean {
    const iv = this.of(protocol);
    for (let i = 0; i < iv.length; i += 2) {
      if (port < iv[i]!) return false;
      if (port <= iv[i + 1]!) return true;
    }
    return false;
  }

  union(o: ConnectionSet): ConnectionSet {
    if (o === this || o.isEmpty() || this.isAll()) return this;
    if (this.isEmpty() || o.isAll()) return o;
    return new ConnectionSet(unionI(this.sctp, o.sctp), unionI(this.tcp, o.tcp), unionI(this.udp, o.udp));
  }

  intersect(o: ConnectionSet): ConnectionSet {
    if (o === this || o.isAll() || this.isEmpty()) return this;
    if (this.isAll() || o.isEmpty()) return o;
    return new ConnectionSet(interI(this.sctp, o.sctp), interI(this.tcp, o.tcp), interI(this.udp, o.udp));
  }

  minus(o: ConnectionSet): ConnectionSet {
    if (o.isEmpty() || this.isEmpty()) return this;
    if (o.isAll()) return ConnectionSet.NONE;
    return new ConnectionSet(interI(this.sctp, complement(o.sctp)), interI(this.tcp, complement(o.tcp)), interI(this.udp, complement(o.udp)));
  }

  equals(o: ConnectionSet): boolean {
    return this.key === o.key;
  }

  contains(o: ConnectionSet): boolean {
    return o.minus(this).isEmpty();
  }

  private cachedKey: string | undefined;
  /** Canonical string: equal sets, equal keys. */
  get key(): string {
    if (this.cachedKey === undefined) this.cachedKey = `${this.sctp.join(',')}|${this.tcp.join(',')}|${this.udp.join(',')}`;
    return this.cachedKey;
  }

  /** netpol-analyzer's ConnectionSet.String(). */
  format(): string {
    if (this.isAll()) return 'All Connections';
    if (this.isEmpty()) return 'No Connections';
    const parts: string[] = [];
    for (const p of SET_PROTOCOLS) {
      const iv = this.of(p);
      if (iv.length > 0) parts.push(`${p} ${formatIntervals(iv)}`);
    }
    return parts.join(',');
  }

  toString(): string {
    return this.format();
  }

  /** Parses `format`'s output back (tests, diffs). Returns undefined when the text is not in that syntax. */
  static parse(text: string): ConnectionSet | undefined {
    const t = text.trim();
    if (t === 'All Connections') return ConnectionSet.ALL;
    if (t === 'No Connections') return ConnectionSet.NONE;
    let set = ConnectionSet.NONE;
    let proto: Protocol | null = null;
    for (const raw of t.split(',')) {
      let item = raw.trim();
      const m = /^(TCP|UDP|SCTP)\s+(.*)$/.exec(item);
      if (m) {
        proto = m[1] as Protocol;
        item = m[2]!;
      }
      if (proto === null) return undefined;
      const r = /^(\d+)(?:-(\d+))?$/.exec(item);
      if (!r) return undefined;
      const lo = Number(r[1]);
      const hi = r[2] === undefined ? lo : Number(r[2]);
      if (lo < MIN_PORT || hi > MAX_PORT || lo > hi) return undefined;
      set = set.union(ConnectionSet.ports(proto, lo, hi));
    }
    return set;
  }
}

function isFull(iv: Intervals): boolean {
  return iv.length === 2 && iv[0] === MIN_PORT && iv[1] === MAX_PORT;
}

function formatIntervals(iv: Intervals): string {
  const out: string[] = [];
  for (let i = 0; i < iv.length; i += 2) out.push(iv[i] === iv[i + 1] ? `${iv[i]}` : `${iv[i]}-${iv[i + 1]}`);
  return out.join(',');
}

/** Union of two canonical interval lists; adjacent intervals merge (80-80 ∪ 81-90 = 80-90). */
function unionI(a: Intervals, b: Intervals): Intervals {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      lo = a[i]!;
      hi = a[i + 1]!;
      i += 2;
    } else {
      lo = b[j]!;
      hi = b[j + 1]!;
      j += 2;
    }
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) {
      if (hi > out[n - 1]!) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

function interI(a: Intervals, b: Intervals): Intervals {
  if (a.length === 0 || b.length === 0) return EMPTY_I;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

function complement(a: Intervals): Intervals {
  const out: number[] = [];
  let next = MIN_PORT;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i]! > next) out.push(next, a[i]! - 1);
    next = a[i + 1]! + 1;
  }
  if (next <= MAX_PORT) out.push(next, MAX_PORT);
  return out;
}

/**
 * Prefixes in columnar form (struct of typed arrays) for bulk work: a million Prefix objects cost ~100 MB
 * and a comparator sort over them takes seconds; columns cost 18 bytes per prefix and sort with a radix
 * sort in tens of milliseconds. Row i is (family, w0..w3, length), words MSB-aligned and host bits clear.
 */
import type { IpFamily } from '../model/topology';
import { maskWord } from './bits';
import { IpAddress } from './ipAddress';
import { parseIpv4 } from './ipv4';
import { parseIpv6Groups } from './ipv6';
import { parseLength, Prefix } from './prefix';

export const FAMILY_V4 = 0;
export const FAMILY_V6 = 1;

/** Scratch for IPv6 text parsing (the engine is synchronous, so one buffer is enough). */
const groups = new Uint16Array(8);

export class PrefixColumns {
  private n = 0;
  family: Uint8Array;
  w0: Uint32Array;
  w1: Uint32Array;
  w2: Uint32Array;
  w3: Uint32Array;
  len: Uint8Array;

  constructor(capacity = 64) {
    const c = Math.max(1, capacity);
    this.family = new Uint8Array(c);
    this.w0 = new Uint32Array(c);
    this.w1 = new Uint32Array(c);
    this.w2 = new Uint32Array(c);
    this.w3 = new Uint32Array(c);
    this.len = new Uint8Array(c);
  }

  static of(prefixes: Iterable<Prefix>): PrefixColumns {
    const cols = new PrefixColumns();
    for (const p of prefixes) cols.add(p);
    return cols;
  }

  get count(): number {
    return this.n;
  }

  /** Appends a prefix; returns its row index. */
  add(p: Prefix): number {
    const a = p.address;
    return this.push(a.family === 'IPv4' ? FAMILY_V4 : FAMILY_V6, a.w0, a.w1, a.w2, a.w3, p.length);
  }

  /** Appends an IPv4 prefix given as a uint32; host bits are cleared here. */
  addV4(address: number, length: number): number {
    if (!Number.isInteger(length) || length < 0 || length > 32) throw new RangeError(`IPv4 prefix length ${length}`);
    return this.push(FAMILY_V4, maskWord(address >>> 0, length, 0), 0, 0, 0, length);
  }

  /** Appends an IPv6 prefix given as four uint32 words; host bits are cleared here. */
  addV6(w0: number, w1: number, w2: number, w3: number, length: number): number {
    if (!Number.isInteger(length) || length < 0 || length > 128) throw new RangeError(`IPv6 prefix length ${length}`);
    return this.push(
      FAMILY_V6,
      maskWord(w0 >>> 0, length, 0),
      maskWord(w1 >>> 0, length, 1),
      maskWord(w2 >>> 0, length, 2),
      maskWord(w3 >>> 0, length, 3),
      length,
    );
  }

  /**
   * Appends the host prefix (/32, /128) of an address given as text, parsed straight into the columns: no
   * IpAddress, no Prefix, no string slices. Returns the row, or -1 (nothing appended) when `s` is not an
   * address by IpAddress.parse's rules (which is the place to ask why).
   */
  addAddressText(s: string): number {
    const v4 = parseIpv4(s);
    if (v4 >= 0) return this.push(FAMILY_V4, v4, 0, 0, 0, 32);
    if (!parseIpv6Groups(s, groups)) return -1;
    const g = groups;
    return this.push(FAMILY_V6, g[0]! * 0x10000 + g[1]!, g[2]! * 0x10000 + g[3]!, g[4]! * 0x10000 + g[5]!, g[6]! * 0x10000 + g[7]!, 128);
  }

  /**
   * Appends a CIDR given as text, host bits cleared (what Prefix.parse returns), without allocating.
   * Returns the row, or -1 (nothing appended) when `s` is not a CIDR by Prefix.parse's rules.
   */
  addPrefixText(s: string): number {
    const slash = s.indexOf('/');
    if (slash < 0) return -1;
    const length = parseLength(s, slash + 1);
    if (length < 0) return -1;
    const v4 = parseIpv4(s, 0, slash);
    if (v4 >= 0) return length > 32 ? -1 : this.push(FAMILY_V4, maskWord(v4, length, 0), 0, 0, 0, length);
    if (length > 128 || !parseIpv6Groups(s, groups, 0, slash)) return -1;
    const g = groups;
    return this.push(
      FAMILY_V6,
      maskWord(g[0]! * 0x10000 + g[1]!, length, 0),
      maskWord(g[2]! * 0x10000 + g[3]!, length, 1),
      maskWord(g[4]! * 0x10000 + g[5]!, length, 2),
      maskWord(g[6]! * 0x10000 + g[7]!, length, 3),
      length,
    );
  }

  familyAt(i: number): IpFamily {
    return this.family[i] === FAMILY_V4 ? 'IPv4' : 'IPv6';
  }

  prefixAt(i: number): Prefix {
    if (i < 0 || i >= this.n) throw new RangeError(`row ${i} of ${this.n}`);
    const address = IpAddress.fromWords(this.familyAt(i), this.w0[i]!, this.w1[i]!, this.w2[i]!, this.w3[i]!);
    return Prefix.of(address, this.len[i]!);
  }

  private push(family: number, w0: number, w1: number, w2: number, w3: number, length: number): number {
    if (this.n === this.len.length) this.grow();
    const i = this.n++;
    this.family[i] = family;
    this.w0[i] = w0;
    this.w1[i] = w1;
    this.w2[i] = w2;
    this.w3[i] = w3;
    this.len[i] = length;
    return i;
  }

  private grow(): void {
    const c = this.len.length * 2;
    const copy = <T extends Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.family = copy(this.family, (k) => new Uint8Array(k));
    this.w0 = copy(this.w0, (k) => new Uint32Array(k));
    this.w1 = copy(this.w1, (k) => new Uint32Array(k));
    this.w2 = copy(this.w2, (k) => new Uint32Array(k));
    this.w3 = copy(this.w3, (k) => new Uint32Array(k));
    this.len = copy(this.len, (k) => new Uint8Array(k));
  }
}

/**
 * Row indices sorted by (family, address, length), ties by row index — an LSD radix sort, stable, O(n)
 * per 16-bit digit. Digits that are the same for every row (the zero words of IPv4 rows, the shared top of
 * an IPv6 plan) are detected by the counting pass and skip the scatter.
 */
export function sortedRows(cols: PrefixColumns): Uint32Array {
  const n = cols.count;
  let idx = new Uint32Array(n);
  let tmp = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const anyV6 = cols.family.subarray(0, n).includes(FAMILY_V6);
  const pass = (column: Uint8Array | Uint32Array, shift: number, bits: number): void => {
    if (radixPass(idx, tmp, column, shift, bits)) [idx, tmp] = [tmp, idx];
  };
  pass(cols.len, 0, 8);
  if (anyV6) {
    for (const w of [cols.w3, cols.w2, cols.w1]) {
      pass(w, 0, 16);
      pass(w, 16, 16);
    }
  }
  pass(cols.w0, 0, 16);
  pass(cols.w0, 16, 16);
  if (anyV6) pass(cols.family, 0, 8);
  return idx;
}

/** One counting-sort pass of `idx` into `out` on a digit of `column`; false (and no scatter) if all digits are equal. */
function radixPass(idx: Uint32Array, out: Uint32Array, column: Uint8Array | Uint32Array, shift: number, bits: number): boolean {
  const n = idx.length;
  const size = 1 << bits;
  const mask = size - 1;
  const counts = new Uint32Array(size);
  for (let i = 0; i < n; i++) counts[(column[idx[i]!]! >>> shift) & mask]!++;
  if (n === 0 || counts[(column[idx[0]!]! >>> shift) & mask] === n) return false;
  let sum = 0;
  for (let d = 0; d < size; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const row = idx[i]!;
    out[counts[(column[row]! >>> shift) & mask]!++] = row;
  }
  return true;
}

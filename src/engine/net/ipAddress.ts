/**
 * An IPv4 or IPv6 address, canonical on construction.
 *
 * Representation: four unsigned 32-bit words, most significant first, MSB-aligned — an IPv4 address lives in
 * `w0` and the other words are 0. MSB alignment means "bit i of the address" is computed the same way for
 * both families, which the trie and the sweep rely on. Words (not a bigint) because comparison, masking and
 * bit tests are the hot operations and they are several times faster on plain numbers (bench/net.bench.ts
 * measures it); `toBigInt()` exists for arithmetic such as sizes and offsets.
 */
import type { IpFamily } from '../model/topology';
import { AddressParseError } from './errors';
import { explainIpv4, formatIpv4, parseIpv4 } from './ipv4';
import { explainIpv6, formatIpv6, parseIpv6Groups } from './ipv6';

const U32 = 0x1_0000_0000;
const groups = new Uint16Array(8);

function isU32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < U32;
}

export class IpAddress {
  private constructor(
    readonly family: IpFamily,
    readonly w0: number,
    readonly w1: number,
    readonly w2: number,
    readonly w3: number,
  ) {}

  static v4(n: number): IpAddress {
    if (!isU32(n)) throw new RangeError(`IPv4 address must be an integer in [0, 2^32): ${n}`);
    return new IpAddress('IPv4', n, 0, 0, 0);
  }

  static v6(w0: number, w1: number, w2: number, w3: number): IpAddress {
    if (!isU32(w0) || !isU32(w1) || !isU32(w2) || !isU32(w3)) {
      throw new RangeError(`IPv6 words must be integers in [0, 2^32): ${w0},${w1},${w2},${w3}`);
    }
    return new IpAddress('IPv6', w0, w1, w2, w3);
  }

  /** MSB-aligned words as produced by masking arithmetic; IPv4 uses only `w0`. */
  static fromWords(family: IpFamily, w0: number, w1: number, w2: number, w3: number): IpAddress {
    return family === 'IPv4' ? IpAddress.v4(w0) : IpAddress.v6(w0, w1, w2, w3);
  }

  static fromBigInt(family: IpFamily, value: bigint): IpAddress {
    const bits = family === 'IPv4' ? 32 : 128;
    if (value < 0n || value >= 1n << BigInt(bits)) {
      throw new RangeError(`${family} address out of range: ${value}`);
    }
    if (family === 'IPv4') return new IpAddress('IPv4', Number(value), 0, 0, 0);
    const m = 0xffff_ffffn;
    return new IpAddress('IPv6', Number((value >> 96n) & m), Number((value >> 64n) & m), Number((value >> 32n) & m), Number(value & m));
  }

  static parse(s: string): IpAddress {
    const ip = IpAddress.tryParse(s);
    if (ip) return ip;
    const reason = s === '' ? 'empty string' : s.includes(':') ? explainIpv6(s) : explainIpv4(s);
    throw new AddressParseError(s, 'IP address', reason);
  }

  static tryParse(s: string): IpAddress | undefined {
    if (s.includes(':')) {
      if (!parseIpv6Groups(s, groups)) return undefined;
      const g = groups;
      return new IpAddress(
        'IPv6',
        (g[0]! * 0x10000 + g[1]!),
        (g[2]! * 0x10000 + g[3]!),
        (g[4]! * 0x10000 + g[5]!),
        (g[6]! * 0x10000 + g[7]!),
      );
    }
    const n = parseIpv4(s);
    return n < 0 ? undefined : new IpAddress('IPv4', n, 0, 0, 0);
  }

  get bits(): 32 | 128 {
    return this.family === 'IPv4' ? 32 : 128;
  }

  /** The IPv4 address as a uint32; an IPv6 address has no such form. */
  toNumber(): number {
    if (this.family !== 'IPv4') throw new RangeError(`${this.toString()} is not an IPv4 address`);
    return this.w0;
  }

  toBigInt(): bigint {
    if (this.family === 'IPv4') return BigInt(this.w0);
    return (BigInt(this.w0) << 96n) | (BigInt(this.w1) << 64n) | (BigInt(this.w2) << 32n) | BigInt(this.w3);
  }

  /** Total order: every IPv4 address sorts before every IPv6 address, then numerically. */
  compare(other: IpAddress): -1 | 0 | 1 {
    if (this.family !== other.family) return this.family === 'IPv4' ? -1 : 1;
    if (this.w0 !== other.w0) return this.w0 < other.w0 ? -1 : 1;
    if (this.w1 !== other.w1) return this.w1 < other.w1 ? -1 : 1;
    if (this.w2 !== other.w2) return this.w2 < other.w2 ? -1 : 1;
    if (this.w3 !== other.w3) return this.w3 < other.w3 ? -1 : 1;
    return 0;
  }

  equals(other: IpAddress): boolean {
    return this.compare(other) === 0;
  }

  /** The following address, or undefined after the last one (255.255.255.255, ffff:…:ffff). */
  next(): IpAddress | undefined {
    if (this.family === 'IPv4') return this.w0 === U32 - 1 ? undefined : new IpAddress('IPv4', this.w0 + 1, 0, 0, 0);
    const w = [this.w0, this.w1, this.w2, this.w3];
    for (let i = 3; i >= 0; i--) {
      if (w[i] !== U32 - 1) {
        w[i]!++;
        return new IpAddress('IPv6', w[0]!, w[1]!, w[2]!, w[3]!);
      }
      w[i] = 0;
    }
    return undefined;
  }

  /** The preceding address, or undefined before the first one (0.0.0.0, ::). */
  prev(): IpAddress | undefined {
    if (this.family === 'IPv4') return this.w0 === 0 ? undefined : new IpAddress('IPv4', this.w0 - 1, 0, 0, 0);
    const w = [this.w0, this.w1, this.w2, this.w3];
    for (let i = 3; i >= 0; i--) {
      if (w[i] !== 0) {
        w[i]!--;
        return new IpAddress('IPv6', w[0]!, w[1]!, w[2]!, w[3]!);
      }
      w[i] = U32 - 1;
    }
    return undefined;
  }

  /** ::ffff:a.b.c.d (RFC 4291 §2.5.5.2): an IPv4 address as an IPv6 socket would see it. */
  isIPv4Mapped(): boolean {
    return this.family === 'IPv6' && this.w0 === 0 && this.w1 === 0 && this.w2 === 0xffff;
  }

  /**
   * The IPv4 address inside an IPv4-mapped address; any other address is returned as is. The model keeps
   * ::ffff:10.0.0.1 as an IPv6 address (Go's net.IP would silently call it IPv4); callers that mean "the
   * same host" unmap explicitly.
   */
  unmap(): IpAddress {
    return this.isIPv4Mapped() ? new IpAddress('IPv4', this.w3, 0, 0, 0) : this;
  }

  toIPv4Mapped(): IpAddress {
    if (this.family !== 'IPv4') throw new RangeError(`${this.toString()} is not an IPv4 address`);
    return new IpAddress('IPv6', 0, 0, 0xffff, this.w0);
  }

  /** Dotted quad for IPv4, RFC 5952 for IPv6. */
  toString(): string {
    return this.family === 'IPv4' ? formatIpv4(this.w0) : formatIpv6(this.w0, this.w1, this.w2, this.w3);
  }
}

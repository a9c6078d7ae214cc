/**
 * A CIDR prefix: network address + length, with host bits cleared on construction so that two prefixes that
 * cover the same addresses are equal (`10.0.0.7/24` and `10.0.0.0/24` are one value). `parse` masks like
 * Go's net.ParseCIDR does for the network; `parseStrict` refuses host bits, the way Kubernetes' strict
 * validation (KEP-4858) refuses `192.168.0.5/24`.
 */
import type { IpFamily } from '../model/topology';
import { maskWord, fillWord } from './bits';
import { AddressParseError } from './errors';
import { IpAddress } from './ipAddress';

function familyBits(family: IpFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

/** The prefix length after the '/' at `from - 1`: decimal without sign or leading zeros; -1 otherwise. */
export function parseLength(s: string, from: number): number {
  const n = s.length - from;
  if (n < 1 || n > 3) return -1;
  if (n > 1 && s.charCodeAt(from) === 48) return -1;
  let v = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export class Prefix {
  private constructor(
    /** The network address (host bits clear). */
    readonly address: IpAddress,
    readonly length: number,
  ) {}

  /** The prefix of `length` bits containing `address`; host bits are cleared. */
  static of(address: IpAddress, length: number): Prefix {
    if (!Number.isInteger(length) || length < 0 || length > address.bits) {
      throw new RangeError(`prefix length ${length} is out of range for ${address.family}`);
    }
    return new Prefix(Prefix.mask(address, length), length);
  }

  /** The single-address prefix: /32 or /128. */
  static host(address: IpAddress): Prefix {
    return new Prefix(address, address.bits);
  }

  static parse(s: string): Prefix {
    return Prefix.parseWith(s, false);
  }

  static tryParse(s: string): Prefix | undefined {
    const slash = s.indexOf('/');
    if (slash < 0) return undefined;
    const address = IpAddress.tryParse(s.slice(0, slash));
    const length = parseLength(s, slash + 1);
    if (!address || length < 0 || length > address.bits) return undefined;
    return Prefix.of(address, length);
  }

  /** Like `parse`, but an address with host bits set (`10.0.0.7/24`) is an error, not `10.0.0.0/24`. */
  static parseStrict(s: string): Prefix {
    return Prefix.parseWith(s, true);
  }

  private static parseWith(s: string, strict: boolean): Prefix {
    const slash = s.indexOf('/');
    if (slash < 0) throw new AddressParseError(s, 'prefix', "missing '/<length>'");
    const addressText = s.slice(0, slash);
    const address = IpAddress.tryParse(addressText);
    if (!address) {
      let reason = 'invalid address';
      try {
        IpAddress.parse(addressText);
      } catch (e) {
        if (e instanceof AddressParseError) reason = e.reason;
      }
      throw new AddressParseError(s, 'prefix', reason);
    }
    const length = parseLength(s, slash + 1);
    if (length < 0 || length > address.bits) {
      throw new AddressParseError(s, 'prefix', `length must be a decimal 0–${address.bits} without leading zeros`);
    }
    const p = Prefix.of(address, length);
    if (strict && !p.address.equals(address)) {
      throw new AddressParseError(s, 'prefix', `host bits are set; the network is ${p.toString()}`);
    }
    return p;
  }

  private static mask(a: IpAddress, length: number): IpAddress {
    const w0 = maskWord(a.w0, length, 0);
    if (a.family === 'IPv4') return w0 === a.w0 ? a : IpAddress.v4(w0);
    const w1 = maskWord(a.w1, length, 1);
    const w2 = maskWord(a.w2, length, 2);
    const w3 = maskWord(a.w3, length, 3);
    return w0 === a.w0 && w1 === a.w1 && w2 === a.w2 && w3 === a.w3 ? a : IpAddress.v6(w0, w1, w2, w3);
  }

  get family(): IpFamily {
    return this.address.family;
  }

  get bits(): number {
    return familyBits(this.family);
  }

  first(): IpAddress {
    return this.address;
  }

  last(): IpAddress {
    const a = this.address;
    const l = this.length;
    return IpAddress.fromWords(a.family, fillWord(a.w0, l, 0), fillWord(a.w1, l, 1), fillWord(a.w2, l, 2), fillWord(a.w3, l, 3));
  }

  /** Number of addresses, exact for both families. */
  size(): bigint {
    return 1n << BigInt(this.bits - this.length);
  }

  /** The address at `offset` from the start (0 = network address), or undefined past the end. */
  nth(offset: bigint | number): IpAddress | undefined {
    const o = BigInt(offset);
    if (o < 0n || o >= this.size()) return undefined;
    return IpAddress.fromBigInt(this.family, this.address.toBigInt() + o);
  }

  /** True when `x` (an address or a prefix) lies entirely inside this prefix; false across families. */
  contains(x: IpAddress | Prefix): boolean {
    const a = x instanceof Prefix ? x.address : x;
    if (a.family !== this.family) return false;
    if (x instanceof Prefix && x.length < this.length) return false;
    const l = this.length;
    const n = this.address;
    return (
      maskWord(a.w0, l, 0) === n.w0 && maskWord(a.w1, l, 1) === n.w1 && maskWord(a.w2, l, 2) === n.w2 && maskWord(a.w3, l, 3) === n.w3
    );
  }

  /** Two prefixes share an address exactly when one contains the other. */
  overlaps(other: Prefix): boolean {
    return this.contains(other) || other.contains(this);
  }

  subnetCount(newLength: number): bigint {
    this.checkSubnetLength(newLength);
    return 1n << BigInt(newLength - this.length);
  }

  /** The subnets of `newLength` bits, in address order. Lazy: a /64 has 2^64 /128s. */
  *subnets(newLength: number): Generator<Prefix> {
    const count = this.subnetCount(newLength);
    const step = 1n << BigInt(this.bits - newLength);
    let at = this.address.toBigInt();
    for (let i = 0n; i < count; i++, at += step) {
      yield new Prefix(IpAddress.fromBigInt(this.family, at), newLength);
    }
  }

  /** The enclosing prefix of `newLength` bits (default: one bit shorter). */
  supernet(newLength: number = this.length - 1): Prefix {
    if (!Number.isInteger(newLength) || newLength < 0 || newLength > this.length) {
      throw new RangeError(`supernet length ${newLength} must be in [0, ${this.length}] for ${this.toString()}`);
    }
    return Prefix.of(this.address, newLength);
  }

  /** Family, then network address, then length (shorter first, so a prefix sorts before its subnets). */
  compare(other: Prefix): -1 | 0 | 1 {
    const c = this.address.compare(other.address);
    if (c !== 0) return c;
    return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
  }

  equals(other: Prefix): boolean {
    return this.compare(other) === 0;
  }

  toString(): string {
    return `${this.address.toString()}/${this.length}`;
  }

  private checkSubnetLength(newLength: number): void {
    if (!Number.isInteger(newLength) || newLength < this.length || newLength > this.bits) {
      throw new RangeError(`subnet length ${newLength} must be in [${this.length}, ${this.bits}] for ${this.toString()}`);
    }
  }
}

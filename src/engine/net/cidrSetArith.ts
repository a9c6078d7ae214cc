/**
 * The address arithmetic of cidr_set.go (getIndexForIP, indexToCIDRBlock), kept literal — Go's uint32 and
 * uint64 wrap-around and its "shift by ≥ width gives 0" rule included — so that edge cases answer as the
 * controller does. JS shifts are taken mod 32, and JS numbers are not uint64, hence the explicit guards
 * and BigInt.asUintN(64, …).
 *   kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go
 */
import { IpAddress } from './ipAddress';
import type { Prefix } from './prefix';

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);

export class AddressArith {
  constructor(
    private readonly cluster: Prefix,
    private readonly nodeMaskSize: number,
    private readonly maxCIDRs: number,
  ) {}

  /** getIndexForIP; undefined where upstream returns "out of the range of CIDR allocator". */
  index(ip: IpAddress): number | undefined {
    const c = this.cluster.address;
    if (ip.family === 'IPv4') {
      const shift = 32 - this.nodeMaskSize;
      const index = shift >= 32 ? 0 : ((c.w0 ^ ip.w0) >>> 0) >>> shift;
      // uint32(s.maxCIDRs): a /0 cluster cut into /32s has 2^32 blocks, which wraps to 0 and rejects every index.
      return index >= this.maxCIDRs % 2 ** 32 ? undefined : index;
    }
    const x = (c.toBigInt() ^ ip.toBigInt()) >> BigInt(128 - this.nodeMaskSize);
    const index = U64(x); // cidrIndexBig.Uint64()
    return index >= BigInt(this.maxCIDRs) ? undefined : Number(index);
  }

  /** indexToCIDRBlock's address. */
  block(index: number): IpAddress {
    const c = this.cluster.address;
    if (c.family === 'IPv4') {
      const shift = 32 - this.nodeMaskSize;
      const j = shift >= 32 ? 0 : (index << shift) >>> 0; // uint32(index) << uint32(32-nodeMaskSize)
      return IpAddress.v4((c.w0 | j) >>> 0);
    }
    const half = 64;
    let left = (BigInt(c.w0) << 32n) | BigInt(c.w1);
    let right = (BigInt(c.w2) << 32n) | BigInt(c.w3);
    const i = BigInt(index);
    if (this.nodeMaskSize <= half) {
      left |= U64(i << BigInt(half - this.nodeMaskSize));
    } else {
      if (this.cluster.length < half) {
        const btl = this.nodeMaskSize - half;
        const indexMaxBit = index === 0 ? 0 : i.toString(2).length; // 64 - bits.LeadingZeros64
        if (indexMaxBit > btl) left |= i >> BigInt(btl);
      }
      right |= U64(i << BigInt(128 - this.nodeMaskSize));
    }
    return IpAddress.fromBigInt('IPv6', (left << 64n) | right);
  }
}

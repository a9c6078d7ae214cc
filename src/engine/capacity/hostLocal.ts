/**
 * The CNI host-local IPAM plugin's defaults for one range (the node's pod CIDR), ported from
 *   containernetworking/plugins plugins/ipam/host-local/backend/allocator/range.go     (Canonicalize, lastIP)
 *   containernetworking/plugins plugins/ipam/host-local/backend/allocator/allocator.go (RangeIter.Next)
 * With no rangeStart/rangeEnd/gateway in the config: the gateway is network + 1, rangeStart is network + 1,
 * rangeEnd is the last address — minus the broadcast address for IPv4 only — and the iterator skips the
 * gateway. So an IPv4 /24 offers 253 pod addresses (.2–.254) and an IPv6 /64 2^64 − 2. A /31 or /32 (IPv6
 * /127, /128) is refused: "Network %s too small to allocate from".
 */
import { IpAddress, Prefix } from '../net';

export type HostLocalRange =
  | {
      readonly ok: true;
      readonly subnet: string;
      readonly gateway: string;
      readonly rangeStart: string;
      readonly rangeEnd: string;
      /** Addresses the iterator can hand out: [rangeStart, rangeEnd] without the gateway. */
      readonly usable: bigint;
    }
  | { readonly ok: false; readonly subnet: string; readonly message: string };

export function hostLocalRange(subnet: Prefix): HostLocalRange {
  if (subnet.length > subnet.bits - 2) {
    return { ok: false, subnet: subnet.toString(), message: `Network ${subnet.toString()} too small to allocate from` };
  }
  const network = subnet.address.toBigInt();
  const gateway = network + 1n;
  const start = network + 1n;
  const last = subnet.last().toBigInt();
  const end = subnet.family === 'IPv4' ? last - 1n : last;
  const inRange = gateway >= start && gateway <= end ? 1n : 0n;
  const at = (n: bigint) => IpAddress.fromBigInt(subnet.family, n).toString();
  return {
    ok: true,
    subnet: subnet.toString(),
    gateway: at(gateway),
    rangeStart: at(start),
    rangeEnd: at(end),
    usable: end - start + 1n - inRange,
  };
}

/**
 * The smallest prefix length whose host-local range offers at least `addresses` pod addresses
 * (IPv4: 2^h − 3, IPv6: 2^h − 2), or undefined when no prefix of the family is large enough.
 */
export function hostLocalLengthFor(family: 'IPv4' | 'IPv6', addresses: number): number | undefined {
  const bits = family === 'IPv4' ? 32 : 128;
  const overhead = family === 'IPv4' ? 3n : 2n;
  for (let hostBits = 2; hostBits <= bits; hostBits++) {
    if ((1n << BigInt(hostBits)) - overhead >= BigInt(addresses)) return bits - hostBits;
  }
  return undefined;
}

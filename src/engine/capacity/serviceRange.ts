/**
 * ClusterIP capacity of one service CIDR, as kube-apiserver's allocators see it:
 *   kubernetes/kubernetes pkg/registry/core/service/ipallocator/bitmap.go      (the bitmap Range)
 *   kubernetes/kubernetes pkg/registry/core/service/ipallocator/ipallocator.go (the IPAddress-object allocator)
 *   kubernetes/kubernetes cmd/kube-apiserver/app/options/validation.go          (--service-cluster-ip-range limits)
 *
 * Which allocator is in force follows the feature gates (pkg/features/kube_features.go):
 * - `bitmap`: before 1.33, or MultiCIDRServiceAllocator off. Range ≤ 20 host bits (/12, /108); IPv6 bitmaps
 *   hold at most 65536 addresses, so an IPv6 range offers min(2^h, 65536) − 1 ClusterIPs.
 * - `dual-write`: 1.33 defaults (MultiCIDRServiceAllocator on, DisableAllocatorDualWrite off): the IPAddress
 *   allocator assigns, the bitmap is still written, and the 20-host-bit limit still applies.
 * - `ipaddress`: 1.34+ defaults (both gates on): no size limit from the flags; IPv6 shorter than /64 is refused.
 * Both allocators skip the network address and the IPv4 broadcast address and split the range into a static
 * band (the first calculateRangeOffset addresses after the network address, KEP-3070) and a dynamic band;
 * dynamic allocation starts at a random address of the upper band and falls back to the lower band when the
 * upper one is full, so the order of future ClusterIPs is not predictable and is not reported.
 */
import type { IpFamily } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { rangeSize } from './kubeadm';
import { count, figure, limit, pow2, type Count, type Figure, type Limit } from './types';

export const SERVICE_ALLOCATORS = ['bitmap', 'dual-write', 'ipaddress'] as const;
export type ServiceAllocator = (typeof SERVICE_ALLOCATORS)[number];

/** The allocator a Kubernetes minor version uses with default feature gates. */
export function serviceAllocatorFor(minor: number): ServiceAllocator {
  return minor < 33 ? 'bitmap' : minor === 33 ? 'dual-write' : 'ipaddress';
}

/** validateClusterIPFlags: maxCIDRBits. */
export const APISERVER_MAX_CIDR_BITS = 20;
/** bitmap.go: "Limit the max size, since the allocator keeps a bitmap of that size." */
export const IPV6_BITMAP_MAX = 65536n;
/** ipallocator.go NewIPAllocator. */
export const IPADDRESS_MIN_IPV6_PREFIX = 64;

/** calculateRangeOffset: min(max(16, size/16), 256), and 0 for ranges of 16 addresses or fewer (KEP-3070). */
export function calculateRangeOffset(cidr: Prefix): number {
  const min = 16n;
  const max = 256n;
  const step = 16n;
  const size = rangeSize(cidr);
  if (size <= min) return 0;
  const offset = size / step;
  if (offset < min) return Number(min);
  if (offset > max) return Number(max);
  return Number(offset);
}

/** Number of allocatable ClusterIPs (bitmap.go New / ipallocator.go hostsPerNetwork). */
export function allocatableClusterIPs(cidr: Prefix, allocator: ServiceAllocator): bigint {
  const hostBits = cidr.bits - cidr.length;
  if (allocator === 'bitmap') {
    let max = rangeSize(cidr);
    if (cidr.family === 'IPv6') {
      if (max > IPV6_BITMAP_MAX) max = IPV6_BITMAP_MAX;
    } else {
      max--;
    }
    max--;
    return max < 0n ? 0n : max;
  }
  // hostsPerNetwork: capped at MaxUint64 from 64 host bits on.
  if (hostBits >= 64) return (1n << 64n) - 1n;
  let max = pow2(hostBits);
  max--;
  if (cidr.family === 'IPv4') max = max === 0n ? 0n : max - 1n;
  return max;
}

export interface ServiceRangeReport {
  readonly index: number;
  readonly cidr: string;
  readonly family: IpFamily;
  readonly allocator: ServiceAllocator;
  readonly size: Figure<Count>;
  readonly allocatable: Figure<Count>;
  /** First and last allocatable ClusterIP; null when the range has none. */
  readonly firstAllocatable: string | null;
  readonly lastAllocatable: string | null;
  readonly staticBand: { readonly first: string | null; readonly last: string | null; readonly size: Figure<Count> };
  readonly dynamicBand: { readonly first: string | null; readonly last: string | null; readonly size: Count };
  /** ClusterIPs of Services inside the allocatable range (distinct addresses). */
  readonly used: number;
  readonly usedStatic: number;
  readonly usedDynamic: number;
  readonly free: Count;
  readonly freeStatic: Count;
  readonly freeDynamic: Count;
  /** ClusterIPs inside the CIDR that the allocator would never hand out (network, broadcast, past the IPv6 bitmap). */
  readonly unallocatableInUse: readonly string[];
  readonly limits: readonly Limit[];
}

const addressAt = (base: IpAddress, offset: bigint): IpAddress => IpAddress.fromBigInt(base.family, base.toBigInt() + offset);

/** The report for service CIDR number `index` (0 = --service-cluster-ip-range primary). */
export function serviceRangeReport(
  cidr: Prefix,
  index: number,
  allocator: ServiceAllocator,
  clusterIPs: readonly IpAddress[],
): ServiceRangeReport {
  const total = cidr.size();
  const allocatable = allocatableClusterIPs(cidr, allocator);
  const offset = BigInt(calculateRangeOffset(cidr));
  const staticSize = offset < allocatable ? offset : allocatable;
  const first = cidr.address.next();
  const firstAllocatable = allocatable > 0n && first ? first : null;
  const lastAllocatable = firstAllocatable ? addressAt(firstAllocatable, allocatable - 1n) : null;

  const seen = new Set<string>();
  let usedStatic = 0;
  let usedDynamic = 0;
  const unallocatable: string[] = [];
  for (const ip of clusterIPs) {
    if (!cidr.contains(ip)) continue;
    const key = ip.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    const rel = firstAllocatable ? ip.toBigInt() - firstAllocatable.toBigInt() : -1n;
    if (rel < 0n || rel >= allocatable) unallocatable.push(key);
    else if (rel < staticSize) usedStatic++;
    else usedDynamic++;
  }
  const used = usedStatic + usedDynamic;
  const dynamicSize = allocatable - staticSize;
  const allocatorSource = allocator === 'bitmap' ? 'bitmapAllocator' : 'ipAddressAllocator';
  const allocDetail =
    allocator === 'bitmap'
      ? cidr.family === 'IPv4'
        ? `${total} addresses − network − broadcast`
        : `min(${total}, 65536) addresses (bitmap cap) − network`
      : cidr.family === 'IPv4'
        ? `hostsPerNetwork: 2^${cidr.bits - cidr.length} − 2 (network, broadcast)`
        : `hostsPerNetwork: 2^${cidr.bits - cidr.length} − 1 (network)${cidr.bits - cidr.length >= 64 ? ', capped at MaxUint64' : ''}`;
  return {
    index,
    cidr: cidr.toString(),
    family: cidr.family,
    allocator,
    size: figure(count(total), 'prefix.size', `2^${cidr.bits - cidr.length} addresses in ${cidr.toString()}`, 'rangeSize'),
    allocatable: figure(count(allocatable), `clusterip.allocatable.${allocator === 'bitmap' ? 'bitmap' : 'ipaddress'}`, allocDetail, allocatorSource),
    firstAllocatable: firstAllocatable?.toString() ?? null,
    lastAllocatable: lastAllocatable?.toString() ?? null,
    staticBand: {
      first: staticSize > 0n && firstAllocatable ? firstAllocatable.toString() : null,
      last: staticSize > 0n && firstAllocatable ? addressAt(firstAllocatable, staticSize - 1n).toString() : null,
      size: figure(
        count(staticSize),
        'clusterip.staticBand',
        `calculateRangeOffset: min(max(16, ${rangeSize(cidr)}/16), 256)${rangeSize(cidr) <= 16n ? ' → 0 (16 addresses or fewer)' : ''}`,
        ['kep3070', allocatorSource],
      ),
    },
    dynamicBand: {
      first: dynamicSize > 0n && firstAllocatable ? addressAt(firstAllocatable, staticSize).toString() : null,
      last: dynamicSize > 0n ? (lastAllocatable?.toString() ?? null) : null,
      size: count(dynamicSize),
    },
    used,
    usedStatic,
    usedDynamic,
    free: count(allocatable - BigInt(used)),
    freeStatic: count(staticSize - BigInt(usedStatic)),
    freeDynamic: count(dynamicSize - BigInt(usedDynamic)),
    unallocatableInUse: unallocatable,
    limits: serviceRangeLimits(cidr, index, allocator),
  };
}

/** The API server's refusals for this range under `allocator` (validation.go, ipallocator.go). */
export function serviceRangeLimits(cidr: Prefix, index: number, allocator: ServiceAllocator): Limit[] {
  const out: Limit[] = [];
  const flag = index === 0 ? '--service-cluster-ip-range' : '--service-cluster-ip-range[1]';
  const hostBits = cidr.bits - cidr.length;
  const minMask = cidr.bits - APISERVER_MAX_CIDR_BITS;
  if (allocator !== 'ipaddress') {
    const ok = hostBits <= APISERVER_MAX_CIDR_BITS;
    out.push(
      limit(
        'apiserver.serviceRange.maxBits',
        ok,
        ok
          ? `${flag} may have at most ${APISERVER_MAX_CIDR_BITS} host bits (mask >= ${minMask}); ${cidr.toString()} has ${hostBits}`
          : `specified ${flag} is too large; for ${cidr.bits}-bit addresses, the mask must be >= ${minMask}`,
        'apiserverServiceRange',
      ),
    );
  }
  if (allocator !== 'bitmap' && cidr.family === 'IPv6') {
    const ok = cidr.length >= IPADDRESS_MIN_IPV6_PREFIX;
    out.push(
      limit(
        'ipallocator.ipv6MinPrefix',
        ok,
        ok
          ? `IPv6 service CIDRs must be /${IPADDRESS_MIN_IPV6_PREFIX} or longer; ${cidr.toString()} is`
          : `shortest allowed prefix length for service CIDR is ${IPADDRESS_MIN_IPV6_PREFIX}, got ${cidr.length}`,
        'ipAddressAllocator',
      ),
    );
  }
  if (allocator === 'bitmap' && cidr.family === 'IPv6' && hostBits > 16) {
    out.push(
      limit(
        'bitmap.ipv6Cap',
        true,
        `the IPv6 bitmap holds 65536 addresses: only ${cidr.toString()}'s first 65535 after the network address are ever allocated`,
        'bitmapAllocator',
      ),
    );
  }
  return out;
}

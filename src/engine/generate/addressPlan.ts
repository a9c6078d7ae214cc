/**
 * The generated cluster's address plan: every range, and the arithmetic that hands out addresses from it.
 * Sources (kubernetes/kubernetes unless noted) are in README.md; the rules that mirror a component are
 * cited where they are implemented.
 *
 *   pod CIDR (IPv4)    10.128.0.0/L, L = min(16, 24 − ⌈log2 nodes⌉): one /24 per node, at most /9 (32,768 nodes)
 *   pod CIDR (IPv6)    fd00:10:244::/L, L = min(56, 64 − ⌈log2 nodes⌉): one /64 per node
 *   service CIDR       10.96.0.0/12 (kubeadm's default), fd00:10:96::/108; wider only when the dynamic band
 *                      cannot hold the Services
 *   node subnets       172.16.0.0/12 (RFC 1918), equal subnets of at least /24; fd00:172:16:<k>::/64 for IPv6
 *   load balancers     203.0.113.0/24, 198.51.100.0/24, 192.0.2.0/24 (RFC 5737), then 198.18.0.0/15 (RFC 2544)
 * None of them overlaps another, so findConflicts has nothing to report.
 */
import { formatIpv4 } from '../net/ipv4';
import { IpAddress } from '../net/ipAddress';
import { Prefix } from '../net/prefix';
import type { IpFamily } from '../model/topology';

const v4 = (a: number, b: number, c: number, d: number): number => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

export const POD_V4_BASE = v4(10, 128, 0, 0);
/** fd00:10:244:: as MSB-aligned words. */
export const POD_V6_BASE = [0xfd000010, 0x02440000] as const;
export const SERVICE_V4_BASE = v4(10, 96, 0, 0);
export const SERVICE_V6_BASE = [0xfd000010, 0x00960000] as const;
export const UNDERLAY_V4 = { base: v4(172, 16, 0, 0), length: 12 } as const;
export const UNDERLAY_V6_BASE = [0xfd000172, 0x00160000] as const;

/** /24 per node inside 10.128.0.0/9. */
export const MAX_NODES = 32768;
/** host-local hands out pod addresses from .2 (rangeStart .1 is the gateway, skipped). */
export const FIRST_POD_OFFSET = 2;
/** Node addresses start at .10: every cloud reserves the first four (AWS) or two (GCP, Azure .0–.3) addresses. */
export const FIRST_NODE_OFFSET = 10;

export function ceilLog2(n: number): number {
  let bits = 0;
  while (2 ** bits < n) bits++;
  return bits;
}

export function podCidrV4(nodes: number): Prefix {
  return Prefix.of(IpAddress.v4(POD_V4_BASE), Math.min(16, 24 - ceilLog2(nodes)));
}

export function podCidrV6(nodes: number): Prefix {
  return Prefix.of(IpAddress.v6(POD_V6_BASE[0], POD_V6_BASE[1], 0, 0), Math.min(56, 64 - ceilLog2(nodes)));
}

/** Address `offset` of a node's pod CIDR (IPv4: a /24; IPv6: a /64, so the offset lives in the last word). */
export function podAddress(podCIDR: Prefix, offset: number): string {
  const a = podCIDR.address;
  return a.family === 'IPv4' ? formatIpv4((a.w0 + offset) >>> 0) : IpAddress.v6(a.w0, a.w1, 0, offset).toString();
}

/**
 * calculateRangeOffset (pkg/registry/core/service/ipallocator/bitmap.go, KEP-3070): the lower band of a
 * service range, min(max(16, size/16), 256), is kept for static ClusterIPs; dynamic allocation prefers the rest.
 */
export function serviceRangeOffset(size: number): number {
  if (size <= 16) return 0;
  return Math.min(256, Math.max(16, Math.floor(size / 16)));
}

export interface ServiceRange {
  readonly prefix: Prefix;
  /** Index (from the network address) of the first address of the dynamic band. */
  readonly dynamicStart: number;
  /** Addresses in the dynamic band. */
  readonly dynamicSize: number;
}

/**
 * The narrowest service range that fits `needed` dynamic ClusterIPs in its dynamic band. The allocator
 * (ipallocator.go NewIPAllocator) skips the network address, and for IPv4 the broadcast address too; the
 * dynamic band starts `offset` addresses after the first usable one. IPv4 widens 10.96.0.0/12 → /11 → 10.64.0.0/10
 * → 10.0.0.0/9 (never into the pod range); IPv6 widens fd00:10:96::/108 down to /64, the allocator's limit.
 */
export function serviceRange(family: IpFamily, needed: number): ServiceRange | null {
  const bits = family === 'IPv4' ? 32 : 128;
  const [widest, narrowest] = family === 'IPv4' ? [9, 12] : [64, 108];
  for (let length = narrowest; length >= widest; length--) {
    const size = 2 ** (bits - length);
    const usable = family === 'IPv4' ? size - 2 : size - 1;
    const offset = serviceRangeOffset(size);
    if (needed > usable - offset) continue;
    const base = family === 'IPv4' ? IpAddress.v4(SERVICE_V4_BASE) : IpAddress.v6(SERVICE_V6_BASE[0], SERVICE_V6_BASE[1], 0, 0);
    return { prefix: Prefix.of(base, length), dynamicStart: 1 + offset, dynamicSize: usable - offset };
  }
  return null;
}

/** The address `index` places after the range's network address (index < 2^32 for every range above). */
export function serviceAddress(range: ServiceRange, index: number): string {
  const a = range.prefix.address;
  return a.family === 'IPv4' ? formatIpv4((a.w0 + index) >>> 0) : IpAddress.v6(a.w0, a.w1, a.w2, a.w3 + index).toString();
}

/** kubeadm: the kubernetes Service takes index 1, kube-dns index 10 (cmd/kubeadm/app/constants/constants.go). */
export const KUBERNETES_SERVICE_INDEX = 1;
export const DNS_SERVICE_INDEX = 10;

export interface UnderlayPlan {
  /** Prefix length of every IPv4 node subnet. */
  readonly length: number;
  readonly nodesPerSubnet: number;
}

/**
 * Equal subnets, each holding its share of nodes from .10 on and keeping the last two addresses free (the
 * broadcast address, and GCP's reserved second-to-last); at least /24, as cloud subnets usually are.
 * Null when `subnets` such subnets do not fit 172.16.0.0/12.
 */
export function underlayPlan(nodes: number, subnets: number): UnderlayPlan | null {
  const nodesPerSubnet = Math.ceil(nodes / subnets);
  const length = Math.min(24, 32 - ceilLog2(nodesPerSubnet + FIRST_NODE_OFFSET + 2));
  if (subnets * 2 ** (32 - length) > 2 ** (32 - UNDERLAY_V4.length)) return null;
  return { length, nodesPerSubnet };
}

export function subnetCidrV4(plan: UnderlayPlan, k: number): Prefix {
  return Prefix.of(IpAddress.v4((UNDERLAY_V4.base + k * 2 ** (32 - plan.length)) >>> 0), plan.length);
}

export function subnetCidrV6(k: number): Prefix {
  return Prefix.of(IpAddress.v6(UNDERLAY_V6_BASE[0], (UNDERLAY_V6_BASE[1] | k) >>> 0, 0, 0), 64);
}

/** Host `offset` of a subnet: .1 is the gateway, nodes from FIRST_NODE_OFFSET. */
export function hostAddress(subnet: Prefix, offset: number): string {
  const a = subnet.address;
  return a.family === 'IPv4' ? formatIpv4((a.w0 + offset) >>> 0) : IpAddress.v6(a.w0, a.w1, 0, offset).toString();
}

/** Documentation ranges first (RFC 5737 TEST-NET-3, -2, -1: .1–.254 of each), then RFC 2544's 198.18.0.0/15. */
const LB_POOLS = [v4(203, 0, 113, 0), v4(198, 51, 100, 0), v4(192, 0, 2, 0)];
export const LB_BENCHMARK_POOL = { base: v4(198, 18, 0, 0), length: 15 } as const;

export function loadBalancerAddress(k: number): string {
  const pool = LB_POOLS[Math.floor(k / 254)];
  if (pool !== undefined) return formatIpv4(pool + 1 + (k % 254));
  return formatIpv4(LB_BENCHMARK_POOL.base + 1 + (k - LB_POOLS.length * 254));
}

/** kube-apiserver's default --service-node-port-range (pkg/kubeapiserver/options: Base 30000, Size 2768). */
export const NODE_PORT_RANGE = { base: 30000, size: 2768 } as const;

/**
 * The nodePort allocator's static band (portallocator/allocator.go calculateRangeOffset: min(max(16, size/32),
 * 128) = 86 for the default range). Dynamic allocation prefers the upper band, then falls back to the lower.
 */
export function nodePortOffset(size: number): number {
  if (size <= 16) return 0;
  return Math.min(128, Math.max(16, Math.floor(size / 32)));
}

/** The k-th nodePort handed out, sequentially: the upper band first, then the lower. */
export function nodePort(k: number): number {
  const offset = nodePortOffset(NODE_PORT_RANGE.size);
  const upper = NODE_PORT_RANGE.size - offset;
  return k < upper ? NODE_PORT_RANGE.base + offset + k : NODE_PORT_RANGE.base + (k - upper);
}

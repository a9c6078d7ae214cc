/**
 * ClusterIPs and node ports for Services the planner adds.
 *
 * kube-apiserver's ClusterIP allocator (kubernetes/kubernetes pkg/registry/core/service/ipallocator/
 * bitmap.go) skips the network address and the IPv4 broadcast address and splits the range into a static
 * band — the first calculateRangeOffset addresses (KEP-3070) — and a dynamic band; AllocateNext takes a
 * *random* free address of the dynamic band, then of the static band. A plan must be reproducible, so the
 * planner takes the first free address of the dynamic band (then of the static band) and says so. Node
 * ports likewise: the port allocator (pkg/registry/core/service/portallocator) picks randomly in
 * --service-node-port-range (default 30000-32767); the planner takes the lowest free one.
 */
import { calculateRangeOffset } from '../capacity/serviceRange';
import type { Topology } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { NODE_PORT_RANGE } from './parseWorkloads';

function clusterIPsInUse(t: Topology): Set<string> {
  return new Set(t.services.flatMap((s) => s.clusterIPs));
}

/** Allocatable offsets of a service range: [first, last] relative to the network address. */
function bounds(cidr: Prefix): { first: bigint; last: bigint } {
  const size = cidr.size();
  const last = cidr.family === 'IPv4' ? size - 2n : size - 1n;
  return { first: 1n, last: last < 1n ? 0n : last };
}

/** Why `ip` cannot be a new Service's ClusterIP, or null. */
export function checkClusterIP(t: Topology, ip: string): string | null {
  const address = IpAddress.parse(ip);
  const range = t.serviceCIDRs.map((c) => Prefix.parse(c)).find((c) => c.contains(address));
  if (range === undefined) return `${ip} is not in the service CIDRs (${t.serviceCIDRs.join(', ') || 'none'}): the API server only assigns addresses from them`;
  const offset = address.toBigInt() - range.address.toBigInt();
  const { first, last } = bounds(range);
  if (offset < first || offset > last) return `${ip} is the ${offset === 0n ? 'network' : 'broadcast'} address of ${range.toString()}, which the allocator never hands out`;
  const owner = t.services.find((s) => s.clusterIPs.includes(ip));
  if (owner !== undefined) return `${ip} is already the ClusterIP of ${owner.namespace}/${owner.name}`;
  return null;
}

export function allocateClusterIP(t: Topology): { ok: true; ip: string; note: string } | { ok: false; problem: string } {
  const primary = t.serviceCIDRs[0];
  if (primary === undefined) return { ok: false, problem: 'the topology has no service CIDR to allocate a ClusterIP from; give clusterIP, or "None" for a headless Service' };
  const cidr = Prefix.parse(primary);
  const used = clusterIPsInUse(t);
  const { first, last } = bounds(cidr);
  const dynamicStart = first + BigInt(calculateRangeOffset(cidr));
  // The IPv6 bitmap holds at most 65536 addresses (bitmap.go); never search past what it can hand out.
  const end = cidr.family === 'IPv6' && last > 65535n ? 65535n : last;
  for (const [from, to, band] of [[dynamicStart, end, 'dynamic'], [first, dynamicStart - 1n, 'static']] as const) {
    for (let o = from; o <= to; o++) {
      const ip = cidr.nth(o)!.toString();
      if (!used.has(ip)) return { ok: true, ip, note: `ClusterIP ${ip}: the first free address of ${primary}'s ${band} band (the API server picks a random free one there)` };
    }
  }
  return { ok: false, problem: `service CIDR ${primary} has no free address left` };
}

/**
 * Node ports for a Service's ports: `null` = none (ClusterIP), a number = that port (must be free),
 * undefined = allocate. Returns the ports in order and the ones allocated.
 */
export function allocateNodePorts(t: Topology, wanted: readonly (number | null | undefined)[]): { ok: true; ports: (number | null)[]; allocated: number[] } | { ok: false; problem: string } {
  const used = new Set<number>();
  for (const s of t.services) {
    for (const p of s.ports) if (p.nodePort !== null) used.add(p.nodePort);
    if (s.healthCheckNodePort !== null) used.add(s.healthCheckNodePort);
  }
  const ports: (number | null)[] = [];
  const allocated: number[] = [];
  for (const w of wanted) {
    if (w === null) ports.push(null);
    else if (w !== undefined) {
      if (used.has(w)) return { ok: false, problem: `node port ${w} is already allocated` };
      used.add(w);
      ports.push(w);
    } else {
      let port = NODE_PORT_RANGE.min;
      while (port <= NODE_PORT_RANGE.max && used.has(port)) port++;
      if (port > NODE_PORT_RANGE.max) return { ok: false, problem: `no free node port left in ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}` };
      used.add(port);
      ports.push(port);
      allocated.push(port);
    }
  }
  return { ok: true, ports, allocated };
}

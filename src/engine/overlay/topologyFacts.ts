/**
 * The few facts about a topology that the overlay rules need: which IP families the pod network carries,
 * each node's underlay MTU, and the order in which subnets are reported. Addresses are canonical strings
 * (src/engine/model/topology.ts), so the family of an address is whether it contains a colon; nothing
 * here parses addresses.
 */
import type { ClusterNode, IpFamily, Topology } from '../model/topology';

export function familyOf(canonicalAddressOrPrefix: string): IpFamily {
  return canonicalAddressOrPrefix.includes(':') ? 'IPv6' : 'IPv4';
}

const FAMILY_ORDER: readonly IpFamily[] = ['IPv4', 'IPv6'];

function ordered(set: ReadonlySet<IpFamily>): IpFamily[] {
  return FAMILY_ORDER.filter((f) => set.has(f));
}

/**
 * The pod network's families: those of the cluster CIDRs; failing that, of the pods' IPs; failing that,
 * IPv4 (the Kubernetes default). Listed IPv4 first for a stable order; `primaryFamily` is the first
 * cluster CIDR's family, as Kubernetes defines the primary family of a dual-stack cluster.
 */
export function podFamilies(topology: Topology): IpFamily[] {
  const set = new Set<IpFamily>(topology.podCIDRs.map(familyOf));
  if (set.size === 0) for (const pod of topology.pods) for (const ip of pod.ips) set.add(familyOf(ip));
  if (set.size === 0) set.add('IPv4');
  return ordered(set);
}

export function primaryFamily(topology: Topology): IpFamily {
  const first = topology.podCIDRs[0];
  if (first !== undefined) return familyOf(first);
  return podFamilies(topology)[0] ?? 'IPv4';
}

/**
 * The family node-to-node tunnels use when the CNI picks one for all traffic (Cilium's underlayProtocol,
 * default IPv4): IPv4 when any node has an IPv4 InternalIP, else IPv6 when any has one, else the pod
 * network's primary family.
 */
export function underlayFamily(topology: Topology): IpFamily {
  let v6 = false;
  for (const node of topology.nodes) {
    for (const ip of node.internalIPs) {
      if (familyOf(ip) === 'IPv4') return 'IPv4';
      v6 = true;
    }
  }
  return v6 ? 'IPv6' : primaryFamily(topology);
}

/** Underlay MTU by subnet name: the subnet's own, else the underlay default. */
export function subnetMtus(topology: Topology): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of topology.underlay.subnets) map.set(s.name, s.mtu ?? topology.underlay.mtu);
  return map;
}

/** A node's underlay interface MTU: its own, else its subnet's, else the underlay default. */
export function hostMtu(topology: Topology, node: ClusterNode, bySubnet: ReadonlyMap<string, number> = subnetMtus(topology)): number {
  if (node.mtu !== null) return node.mtu;
  if (node.subnet !== null) return bySubnet.get(node.subnet) ?? topology.underlay.mtu;
  return topology.underlay.mtu;
}

/**
 * Subnet names in report order: declared subnets first (document order), then names nodes refer to that
 * are not declared (sorted), then `null` for nodes whose subnet is unknown.
 */
export function subnetOrder(topology: Topology): (string | null)[] {
  const declared = topology.underlay.subnets.map((s) => s.name);
  const known = new Set(declared);
  const extra = new Set<string>();
  let unknown = false;
  for (const node of topology.nodes) {
    if (node.subnet === null) unknown = true;
    else if (!known.has(node.subnet)) extra.add(node.subnet);
  }
  const out: (string | null)[] = [...declared, ...[...extra].sort()];
  if (unknown) out.push(null);
  return out;
}

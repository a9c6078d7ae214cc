/**
 * Which node pairs encapsulate. A full overlay encapsulates every pair of distinct nodes; a cross-subnet
 * mode (Calico CrossSubnet, flannel DirectRouting) only pairs whose nodes sit in different subnets —
 * same-subnet pairs are routed directly, the next hop being on-link; routed modes encapsulate nothing.
 *
 * Answers come per pair (`nodePairs`, O(n²): only for callers that need every pair) or per ordered subnet
 * pair (`subnetPairs`, O(nodes + subnets²)), which is what a 5,000-node summary should use. Pairs are
 * ordered (from, to): MTU and traffic are directional.
 */
import type { ClusterNode, CniPlugin, IpFamily, OverlayMode, Topology } from '../model/topology';
import { encapsulation, isEncapsulating, type Encapsulation, type EncapsulationOptions } from './encapsulation';
import { crossSubnetOffered, familyCarriage, modeOffered, outerFamily } from './plugins';
import { podFamilies, subnetOrder, underlayFamily } from './topologyFacts';

export interface FamilyPlan {
  readonly family: IpFamily;
  readonly outerFamily: IpFamily;
  /** The mode that applies to this family (Calico IP-in-IP leaves IPv6 routed). */
  readonly mode: OverlayMode;
  /** Packets of this family get an outer header between (some) nodes. */
  readonly encapsulating: boolean;
  /** false when the plugin does not carry this family in this mode; nothing is computed for it. */
  readonly supported: boolean;
  readonly note: string | null;
  readonly encapsulation: Encapsulation;
}

export interface EncapPlan {
  readonly plugin: CniPlugin;
  readonly mode: OverlayMode;
  readonly modeOffered: boolean;
  readonly crossSubnetRequested: boolean;
  /** crossSubnet as it takes effect: requested and offered by the plugin for this mode. */
  readonly crossSubnet: boolean;
  readonly families: readonly FamilyPlan[];
}

export function encapPlan(topology: Topology, options: EncapsulationOptions = {}): EncapPlan {
  const { plugin, overlay, crossSubnet } = topology.cni;
  const underlay = underlayFamily(topology);
  const families = podFamilies(topology).map((family): FamilyPlan => {
    const carriage = familyCarriage(plugin, overlay, family);
    const outer = outerFamily(plugin, family, underlay);
    return {
      family,
      outerFamily: outer,
      mode: carriage.mode,
      encapsulating: carriage.supported && isEncapsulating(carriage.mode),
      supported: carriage.supported,
      note: carriage.note,
      encapsulation: encapsulation(carriage.mode, outer, options),
    };
  });
  return {
    plugin,
    mode: overlay,
    modeOffered: modeOffered(plugin, overlay),
    crossSubnetRequested: crossSubnet,
    crossSubnet: crossSubnet && crossSubnetOffered(plugin, overlay),
    families,
  };
}

/**
 * Whether a packet of `family` between a node in `fromSubnet` and another node in `toSubnet` is
 * encapsulated. A node whose subnet is unknown (null) is assumed to be in a different subnet from every
 * other node, including other unknown ones: the conservative answer for overhead and MTU.
 */
export function encapsulates(plan: EncapPlan, family: IpFamily, fromSubnet: string | null, toSubnet: string | null): boolean {
  const fp = plan.families.find((f) => f.family === family);
  if (fp === undefined || !fp.encapsulating) return false;
  if (!plan.crossSubnet) return true;
  return fromSubnet === null || toSubnet === null || fromSubnet !== toSubnet;
}

function encapsulatedFamilies(plan: EncapPlan, fromSubnet: string | null, toSubnet: string | null): IpFamily[] {
  return plan.families.filter((f) => encapsulates(plan, f.family, fromSubnet, toSubnet)).map((f) => f.family);
}

export interface NodeGroup {
  readonly subnet: string | null;
  readonly nodes: readonly ClusterNode[];
}

/** Nodes grouped by subnet, in report order (subnetOrder); subnets without nodes are left out. */
export function nodeGroups(topology: Topology): NodeGroup[] {
  const bySubnet = new Map<string | null, ClusterNode[]>();
  for (const node of topology.nodes) {
    const list = bySubnet.get(node.subnet);
    if (list === undefined) bySubnet.set(node.subnet, [node]);
    else list.push(node);
  }
  return subnetOrder(topology)
    .map((subnet) => ({ subnet, nodes: bySubnet.get(subnet) ?? [] }))
    .filter((g) => g.nodes.length > 0);
}

export interface NodePair {
  readonly from: string;
  readonly to: string;
  readonly fromSubnet: string | null;
  readonly toSubnet: string | null;
  /** The pod families whose packets between these two nodes are encapsulated. */
  readonly encapsulated: readonly IpFamily[];
}

/** Every ordered pair of distinct nodes, in node order. O(n²) entries — use subnetPairs for summaries. */
export function nodePairs(topology: Topology, plan: EncapPlan = encapPlan(topology)): NodePair[] {
  const out: NodePair[] = [];
  for (const a of topology.nodes) {
    for (const b of topology.nodes) {
      if (a === b) continue;
      out.push({ from: a.name, to: b.name, fromSubnet: a.subnet, toSubnet: b.subnet, encapsulated: encapsulatedFamilies(plan, a.subnet, b.subnet) });
    }
  }
  return out;
}

export interface PairEncapsulation extends NodePair {
  readonly reason: string;
}

/** One pair's answer with the reason; null when either node is not in the topology. */
export function pairEncapsulation(topology: Topology, from: string, to: string, plan: EncapPlan = encapPlan(topology)): PairEncapsulation | null {
  const a = topology.nodes.find((n) => n.name === from);
  const b = topology.nodes.find((n) => n.name === to);
  if (a === undefined || b === undefined) return null;
  const encapsulated = a === b ? [] : encapsulatedFamilies(plan, a.subnet, b.subnet);
  let reason: string;
  if (a === b) reason = 'same node: traffic stays on the node bridge';
  else if (!plan.families.some((f) => f.encapsulating)) reason = `${plan.plugin} ${plan.mode} does not encapsulate`;
  else if (plan.crossSubnet && a.subnet !== null && a.subnet === b.subnet) reason = `same subnet ${a.subnet}: cross-subnet mode routes directly`;
  else if (plan.crossSubnet) reason = a.subnet === null || b.subnet === null ? 'subnet unknown: assumed different, encapsulated' : `different subnets ${a.subnet} → ${b.subnet}: encapsulated`;
  else reason = `${plan.plugin} ${plan.mode} encapsulates every pair of nodes`;
  return { from, to, fromSubnet: a.subnet, toSubnet: b.subnet, encapsulated, reason };
}

export interface SubnetPair {
  readonly fromSubnet: string | null;
  readonly toSubnet: string | null;
  /** Ordered node pairs (from ≠ to) between the two groups: k(k−1) within one subnet, ka·kb across. */
  readonly nodePairs: number;
  readonly encapsulated: readonly IpFamily[];
}

/** Ordered subnet pairs that have at least one node pair, in report order; O(nodes + subnets²). */
export function subnetPairs(topology: Topology, plan: EncapPlan = encapPlan(topology)): SubnetPair[] {
  const groups = nodeGroups(topology);
  const out: SubnetPair[] = [];
  for (const a of groups) {
    for (const b of groups) {
      const count = a === b ? a.nodes.length * (a.nodes.length - 1) : a.nodes.length * b.nodes.length;
      if (count === 0) continue;
      out.push({ fromSubnet: a.subnet, toSubnet: b.subnet, nodePairs: count, encapsulated: encapsulatedFamilies(plan, a.subnet, b.subnet) });
    }
  }
  return out;
}

/**
 * Nodes and the underlay: subnets over three zones, node addresses, labels, and pod CIDRs assigned exactly
 * as kube-controller-manager's range allocator would assign them.
 */
import type { ClusterNode, IpFamily, Route, UnderlaySubnet } from '../model/topology';
import { DEFAULTS } from '../model/topology';
import { isEncapsulating } from '../overlay/encapsulation';
import { familyCarriage } from '../overlay/plugins';
import { Prefix } from '../net/prefix';
import { simulateRangeAllocatorStartup } from '../net/rangeAllocator';
import { FIRST_NODE_OFFSET, hostAddress, subnetCidrV4, subnetCidrV6, type UnderlayPlan } from './addressPlan';
import { INSTANCE_TYPES, nodeName, REGION, ZONES } from './names';
import type { Prng } from './prng';
import type { ResolvedOptions } from './types';

export interface GeneratedNode {
  readonly node: ClusterNode;
  readonly zone: string;
  /** podCIDRs as Prefixes, in the node's family order. */
  readonly podCIDRs: readonly Prefix[];
}

export interface Underlay {
  readonly subnets: UnderlaySubnet[];
  readonly nodes: GeneratedNode[];
  readonly routes: Route[];
  /** Nodes labeled node-role.kubernetes.io/control-plane (they serve the kubernetes Service). */
  readonly controlPlanes: readonly GeneratedNode[];
}

/** Three control-plane nodes (one per zone with ≥ 3 subnets) once the cluster has three nodes, else one. */
export function controlPlaneCount(nodes: number): number {
  return nodes >= 3 ? 3 : 1;
}

export function buildUnderlay(o: ResolvedOptions, plan: UnderlayPlan, clusterCIDRs: readonly Prefix[], rng: Prng): Underlay {
  const subnets: UnderlaySubnet[] = [];
  const v4 = Array.from({ length: o.subnets }, (_, k) => subnetCidrV4(plan, k));
  const v6 = o.dualStack ? Array.from({ length: o.subnets }, (_, k) => subnetCidrV6(k)) : [];
  v4.forEach((cidr, k) => subnets.push({ name: `subnet-${k}`, cidr: cidr.toString(), gateway: hostAddress(cidr, 1), zone: ZONES[k % ZONES.length]!, mtu: null }));
  v6.forEach((cidr, k) => subnets.push({ name: `subnet-${k}-v6`, cidr: cidr.toString(), gateway: hostAddress(cidr, 1), zone: ZONES[k % ZONES.length]!, mtu: null }));

  // Node names sort like their indexes, so the apiserver's list order (by name) is index order, and the
  // range allocator — which takes nodes in that order, one block each from a fresh CidrSet — hands node i
  // block i. Running the port of the allocator makes that exact rather than assumed.
  const names = Array.from({ length: o.nodes }, (_, i) => nodeName(i, o.nodes));
  const startup = simulateRangeAllocatorStartup(
    { clusterCIDRs, nodeCIDRMaskSizes: clusterCIDRs.map((c) => (c.family === 'IPv4' ? DEFAULTS.nodeCIDRMaskSize.ipv4 : DEFAULTS.nodeCIDRMaskSize.ipv6)), serviceCIDR: null, secondaryServiceCIDR: null },
    names.map((name) => ({ name, podCIDRs: [] })),
  );
  if (!startup.ok) throw new Error(`invariant: the range allocator refused the generated plan: ${startup.message}`);

  const controlPlanes = controlPlaneCount(o.nodes);
  const nodes: GeneratedNode[] = startup.nodes.map((outcome, i) => {
    if (outcome.status === 'failed') throw new Error(`invariant: no pod CIDR for ${outcome.node}: ${outcome.message}`);
    // Round-robin over subnets, so consecutive nodes (and the control planes) land in different zones.
    const k = i % o.subnets;
    const host = FIRST_NODE_OFFSET + Math.floor(i / o.subnets);
    const internalIPs = [hostAddress(v4[k]!, host), ...(o.dualStack ? [hostAddress(v6[k]!, host)] : [])];
    const zone = ZONES[k % ZONES.length]!;
    const labels: Record<string, string> = {
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': outcome.node,
      'kubernetes.io/os': 'linux',
      'node.kubernetes.io/instance-type': INSTANCE_TYPES[rng.int(INSTANCE_TYPES.length)]!,
      'topology.kubernetes.io/region': REGION,
      'topology.kubernetes.io/zone': zone,
    };
    if (i < controlPlanes) labels['node-role.kubernetes.io/control-plane'] = '';
    const node: ClusterNode = {
      name: outcome.node,
      internalIPs,
      externalIPs: [],
      subnet: `subnet-${k}`,
      podCIDRs: outcome.podCIDRs.map((p) => p.toString()),
      labels,
      mtu: null,
      maxPods: DEFAULTS.kubeletMaxPods,
    };
    return { node, zone, podCIDRs: outcome.podCIDRs };
  });
  return { subnets, nodes, routes: fabricRoutes(o, nodes), controlPlanes: nodes.slice(0, controlPlanes) };
}

/**
 * Routes the network outside the nodes holds for pod CIDRs, where a real cluster has something that puts them
 * there: kubenet relies on the cloud route controller, which creates one route per node, pod CIDR → node
 * (staging/src/k8s.io/cloud-provider/controllers/route/route_controller.go); BGP modes (Calico's `bgp` and
 * unencapsulated `none`, IP-in-IP's IPv6, Cilium's `bgp`) assume the nodes peer with the fabric's routers,
 * which learn every pod CIDR (Calico docs, "Configure BGP peering": "peer each node with its corresponding ToR
 * router, so that the ToR learns routes to the containers"). Overlays and on-link routed modes need none.
 */
export function fabricRoutes(o: ResolvedOptions, nodes: readonly GeneratedNode[]): Route[] {
  const families: IpFamily[] = o.dualStack ? ['IPv4', 'IPv6'] : ['IPv4'];
  const routes: Route[] = [];
  for (const family of families.filter((f) => o.plugin === 'kubenet' || isBgp(o, f))) {
    const index = family === 'IPv4' ? 0 : 1;
    for (const { node } of nodes) {
      routes.push({ destination: node.podCIDRs[index]!, via: node.internalIPs[index]!, dev: null, type: 'unicast', metric: null, src: null, onlink: false });
    }
  }
  return routes;
}

/** The mode the routing engine treats as BGP for this family (routing/remote.ts remoteRoute). */
function isBgp(o: ResolvedOptions, family: IpFamily): boolean {
  const mode = familyCarriage(o.plugin, o.overlay, family).mode;
  return mode === 'bgp' || (o.plugin === 'calico' && !isEncapsulating(mode));
}

/**
 * Modes whose routes to other nodes need the next hop on-link (flannel host-gw, bridge/generic routed, Cilium
 * native routing): with several subnets, pods in different subnets cannot reach each other — in the model as
 * in a real cluster. kubenet and BGP modes have fabric routes (above); Weave's router and every overlay
 * cross subnets.
 */
export function needsOneSegment(o: ResolvedOptions): boolean {
  if (o.plugin === 'kubenet' || o.plugin === 'weave' || isBgp(o, 'IPv4')) return false;
  return !isEncapsulating(familyCarriage(o.plugin, o.overlay, 'IPv4').mode);
}

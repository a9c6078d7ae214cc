/**
 * The indexed form of a Topology that routing and tracing look things up in: nodes by name and address, pods
 * by ns/name and address, subnets, pod CIDRs and cluster ranges in longest-prefix-match tries, each node's
 * MTUs. Built in one pass, O(nodes + pods); nothing here depends on the routing rules (snapshot.ts adds
 * those on top, lazily per node).
 *
 * Addresses in the model are canonical strings, so "who owns 10.244.1.5" is a Map lookup on the string and
 * pods' addresses are never parsed at compile time (150,000 pods would cost ~0.2 s of parsing for nothing:
 * a trace touches two or three of them). Node addresses and every prefix are parsed, because routes are
 * computed from them.
 */
import { IpAddress, Prefix, PrefixTrie } from '../net';
import { encapPlan, podFamilies, podMtu, underlayFamily, type EncapPlan, type PodMtu } from '../overlay';
import type { ClusterNode, ExternalNetwork, IpFamily, NodeRouteTable, Pod, Topology } from './topology';

export interface SubnetInfo {
  readonly name: string;
  readonly prefix: Prefix;
  readonly gateway: IpAddress | null;
  readonly zone: string | null;
  /** The subnet's MTU, else the underlay default. */
  readonly mtu: number;
}

export interface NodeInfo {
  readonly index: number;
  readonly name: string;
  readonly node: ClusterNode;
  /** The first InternalIP of each family (Kubernetes allows one per family). */
  readonly ipv4: IpAddress | null;
  readonly ipv6: IpAddress | null;
  /** The underlay subnet holding the node's address of each family (by name when it matches, else by address). */
  readonly subnetV4: SubnetInfo | null;
  readonly subnetV6: SubnetInfo | null;
  readonly podCidrV4: Prefix | null;
  readonly podCidrV6: Prefix | null;
  /** The node's underlay interface MTU: its own, else its subnet's, else the underlay default. */
  readonly hostMtu: number;
  /** What the CNI configures for pods on this node (src/engine/overlay podMtu). */
  readonly podMtu: PodMtu;
  /** The subnet's zone, else the node's topology.kubernetes.io/zone label. */
  readonly zone: string | null;
  /** topology.nodeRoutes for this node, if any. */
  readonly explicitRoutes: NodeRouteTable | null;
}

export interface PodInfo {
  /** `<namespace>/<name>` */
  readonly key: string;
  readonly pod: Pod;
  /** The node the pod runs on; null when unscheduled or on a node the topology does not list. */
  readonly node: NodeInfo | null;
}

/**
 * A pod as the index holds it. Its key is built when first read: a compile builds one per pod (150,000 at the envelope) and
 * most are never read — a what-if's fork is compiled for its traces and matrices, which name a few pods (issue 17: building
 * and hashing every key was half of indexing the pods, ≈0.17 s of each such what-if).
 */
class IndexedPod implements PodInfo {
  private named: string | undefined;
  constructor(
    readonly pod: Pod,
    readonly node: NodeInfo | null,
  ) {}

  get key(): string {
    return (this.named ??= `${this.pod.namespace}/${this.pod.name}`);
  }
}

/** Pods by `<namespace>/<name>`, for a query that names one; the map is built on the first lookup (see IndexedPod). */
export interface PodLookup {
  get(key: string): PodInfo | undefined;
}

class PodsByKey implements PodLookup {
  private map: Map<string, PodInfo> | null = null;
  constructor(private readonly pods: readonly PodInfo[]) {}

  get(key: string): PodInfo | undefined {
    if (this.map === null) {
      // As a Map built in document order: a key listed twice (refused on import) maps to its last pod.
      this.map = new Map();
      for (const info of this.pods) this.map.set(info.key, info);
    }
    return this.map.get(key);
  }
}

export type AddressOwner = { readonly kind: 'node'; readonly node: NodeInfo } | { readonly kind: 'pod'; readonly pod: PodInfo };

export type ClusterRange = { readonly kind: 'pod-cidr' | 'service-cidr'; readonly prefix: Prefix };

export interface NetworkIndex {
  readonly topology: Topology;
  /** The pod network's families, IPv4 first (overlay podFamilies). */
  readonly families: readonly IpFamily[];
  readonly plan: EncapPlan;
  readonly nodes: readonly NodeInfo[];
  readonly nodeByName: ReadonlyMap<string, NodeInfo>;
  readonly podByKey: PodLookup;
  /** Pods (not hostNetwork) scheduled on each node, in document order. */
  readonly podsByNode: ReadonlyMap<string, readonly PodInfo[]>;
  /** hostNetwork pods on each node (they share the node's addresses). */
  readonly hostPodsByNode: ReadonlyMap<string, readonly PodInfo[]>;
  /** Canonical address → its owner: node InternalIPs and the IPs of pods that are not hostNetwork. */
  readonly owners: ReadonlyMap<string, AddressOwner>;
  readonly subnets: readonly SubnetInfo[];
  readonly subnetByName: ReadonlyMap<string, SubnetInfo>;
  readonly subnetTrie: PrefixTrie<SubnetInfo>;
  /** Every node's podCIDRs → the node. */
  readonly podCidrTrie: PrefixTrie<NodeInfo>;
  /** The cluster's pod CIDRs and service CIDRs (kube-proxy's clusterCIDRs too). */
  readonly clusterTrie: PrefixTrie<ClusterRange>;
  readonly externalTrie: PrefixTrie<ExternalNetwork>;
  /** Every address a Service answers on (ClusterIPs, externalIPs, load-balancer IPs) → `<ns>/<name>`. */
  readonly serviceByIp: ReadonlyMap<string, string>;
  /** NodePorts → `<ns>/<name>` (kube-proxy answers them on node addresses). */
  readonly serviceByNodePort: ReadonlyMap<number, string>;
}

export function addressOf(node: NodeInfo, family: IpFamily): IpAddress | null {
  return family === 'IPv4' ? node.ipv4 : node.ipv6;
}

export function subnetOf(node: NodeInfo, family: IpFamily): SubnetInfo | null {
  return family === 'IPv4' ? node.subnetV4 : node.subnetV6;
}

export function podCidrOf(node: NodeInfo, family: IpFamily): Prefix | null {
  return family === 'IPv4' ? node.podCidrV4 : node.podCidrV6;
}

/** A pod's address of `family` (canonical string), or null. */
export function podAddress(pod: Pod, family: IpFamily): string | null {
  for (const ip of pod.ips) if (ip.includes(':') === (family === 'IPv6')) return ip;
  return null;
}

const ZONE_LABEL = 'topology.kubernetes.io/zone';

function compileSubnets(topology: Topology): SubnetInfo[] {
  return topology.underlay.subnets.map((s) => ({
    name: s.name,
    prefix: Prefix.parse(s.cidr),
    gateway: s.gateway === null ? null : IpAddress.parse(s.gateway),
    zone: s.zone,
    mtu: s.mtu ?? topology.underlay.mtu,
  }));
}

function firstOf<T>(values: readonly string[], family: IpFamily, parse: (s: string) => T): T | null {
  for (const v of values) if (v.includes(':') === (family === 'IPv6')) return parse(v);
  return null;
}

interface NodeContext {
  readonly topology: Topology;
  readonly subnetByName: ReadonlyMap<string, SubnetInfo>;
  readonly subnetTrie: PrefixTrie<SubnetInfo>;
  readonly explicit: ReadonlyMap<string, NodeRouteTable>;
  readonly mtuFor: (hostMtu: number) => PodMtu;
}

function subnetFor(ctx: NodeContext, named: string | null, ip: IpAddress | null): SubnetInfo | null {
  if (ip === null) return null;
  const byName = named === null ? undefined : ctx.subnetByName.get(named);
  if (byName !== undefined && byName.prefix.contains(ip)) return byName;
  return ctx.subnetTrie.lookup(ip)?.value ?? null;
}

function compileNode(ctx: NodeContext, node: ClusterNode, index: number): NodeInfo {
  const ipv4 = firstOf(node.internalIPs, 'IPv4', IpAddress.parse);
  const ipv6 = firstOf(node.internalIPs, 'IPv6', IpAddress.parse);
  const subnetV4 = subnetFor(ctx, node.subnet, ipv4);
  const subnetV6 = subnetFor(ctx, node.subnet, ipv6);
  const named = node.subnet === null ? undefined : ctx.subnetByName.get(node.subnet);
  const hostMtu = node.mtu ?? named?.mtu ?? subnetV4?.mtu ?? subnetV6?.mtu ?? ctx.topology.underlay.mtu;
  return {
    index,
    name: node.name,
    node,
    ipv4,
    ipv6,
    subnetV4,
    subnetV6,
    podCidrV4: firstOf(node.podCIDRs, 'IPv4', Prefix.parse),
    podCidrV6: firstOf(node.podCIDRs, 'IPv6', Prefix.parse),
    hostMtu,
    podMtu: ctx.mtuFor(hostMtu),
    zone: named?.zone ?? subnetV4?.zone ?? subnetV6?.zone ?? node.labels[ZONE_LABEL] ?? null,
    explicitRoutes: ctx.explicit.get(node.name) ?? null,
  };
}

/** podMtu depends only on the host MTU within one topology: compute it once per distinct value. */
function podMtuMemo(topology: Topology, families: readonly IpFamily[]): (hostMtu: number) => PodMtu {
  const memo = new Map<number, PodMtu>();
  const underlay = underlayFamily(topology);
  return (hostMtu) => {
    let m = memo.get(hostMtu);
    if (m === undefined) {
      const { plugin, overlay, mtu } = topology.cni;
      m = podMtu({ plugin, overlay, hostMtu, families, underlayFamily: underlay, explicitMtu: mtu });
      memo.set(hostMtu, m);
    }
    return m;
  };
}

function indexPods(pods: readonly Pod[], nodeByName: ReadonlyMap<string, NodeInfo>, owners: Map<string, AddressOwner>) {
  const infos = new Array<PodInfo>(pods.length);
  const podsByNode = new Map<string, PodInfo[]>();
  const hostPodsByNode = new Map<string, PodInfo[]>();
  const add = (map: Map<string, PodInfo[]>, node: string, info: PodInfo): void => {
    const list = map.get(node);
    if (list === undefined) map.set(node, [info]);
    else list.push(info);
  };
  // Pods come grouped by node (as the API server lists them per node, and as generated): the node of the pod before is
  // looked up once per run of pods, not per pod.
  let lastName: string | null = null;
  let lastNode: NodeInfo | null = null;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i]!;
    if (pod.nodeName !== lastName) {
      lastName = pod.nodeName;
      lastNode = lastName === null ? null : (nodeByName.get(lastName) ?? null);
    }
    const info = new IndexedPod(pod, lastNode);
    infos[i] = info;
    // hostNetwork pods use their node's addresses: those belong to the node.
    if (pod.hostNetwork) {
      if (pod.nodeName !== null) add(hostPodsByNode, pod.nodeName, info);
      continue;
    }
    for (const ip of pod.ips) if (!owners.has(ip)) owners.set(ip, { kind: 'pod', pod: info });
    if (pod.nodeName !== null) add(podsByNode, pod.nodeName, info);
  }
  return { podByKey: new PodsByKey(infos), podsByNode, hostPodsByNode };
}

function clusterRanges(topology: Topology): PrefixTrie<ClusterRange> {
  const trie = new PrefixTrie<ClusterRange>();
  for (const c of [...topology.podCIDRs, ...topology.kubeProxy.clusterCIDRs]) trie.set(Prefix.parse(c), { kind: 'pod-cidr', prefix: Prefix.parse(c) });
  for (const c of topology.serviceCIDRs) trie.set(Prefix.parse(c), { kind: 'service-cidr', prefix: Prefix.parse(c) });
  return trie;
}

function indexServices(topology: Topology) {
  const serviceByIp = new Map<string, string>();
  const serviceByNodePort = new Map<number, string>();
  for (const svc of topology.services) {
    const key = `${svc.namespace}/${svc.name}`;
    for (const ip of [...svc.clusterIPs, ...svc.externalIPs, ...svc.loadBalancerIPs]) if (!serviceByIp.has(ip)) serviceByIp.set(ip, key);
    for (const port of svc.ports) if (port.nodePort !== null && !serviceByNodePort.has(port.nodePort)) serviceByNodePort.set(port.nodePort, key);
  }
  return { serviceByIp, serviceByNodePort };
}

export function buildNetworkIndex(topology: Topology): NetworkIndex {
  const families = podFamilies(topology);
  const subnets = compileSubnets(topology);
  const subnetByName = new Map(subnets.map((s) => [s.name, s] as const));
  const subnetTrie = new PrefixTrie<SubnetInfo>();
  for (const s of subnets) if (!subnetTrie.has(s.prefix)) subnetTrie.set(s.prefix, s);
  const explicit = new Map(topology.nodeRoutes.map((t) => [t.node, t] as const));
  const ctx: NodeContext = { topology, subnetByName, subnetTrie, explicit, mtuFor: podMtuMemo(topology, families) };

  const nodes = topology.nodes.map((n, i) => compileNode(ctx, n, i));
  const nodeByName = new Map<string, NodeInfo>();
  const owners = new Map<string, AddressOwner>();
  const podCidrTrie = new PrefixTrie<NodeInfo>();
  for (const node of nodes) {
    if (!nodeByName.has(node.name)) nodeByName.set(node.name, node);
    for (const ip of node.node.internalIPs) if (!owners.has(ip)) owners.set(ip, { kind: 'node', node });
    for (const cidr of [node.podCidrV4, node.podCidrV6]) if (cidr !== null && !podCidrTrie.has(cidr)) podCidrTrie.set(cidr, node);
  }
  const { podByKey, podsByNode, hostPodsByNode } = indexPods(topology.pods, nodeByName, owners);
  const externalTrie = new PrefixTrie<ExternalNetwork>();
  for (const e of topology.externalNetworks) externalTrie.set(Prefix.parse(e.cidr), e);

  return {
    topology,
    families,
    plan: encapPlan(topology),
    nodes,
    nodeByName,
    podByKey,
    podsByNode,
    hostPodsByNode,
    owners,
    subnets,
    subnetByName,
    subnetTrie,
    podCidrTrie,
    clusterTrie: clusterRanges(topology),
    externalTrie,
    ...indexServices(topology),
  };
}

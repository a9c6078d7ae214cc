/**
 * Pod capacity per node and for the cluster: how many pods each node can run — the smaller of kubelet's
 * max-pods and the pod addresses its IPAM can give it — how many are placed, and the headroom.
 *
 * Per IPAM (providerFacts.ts decides which one applies):
 * - host-local (flannel, bridge, kubenet, generic) and GKE alias IPs: the node's pod CIDR by host-local's
 *   rules (hostLocal.ts); GKE also checks its "range ≥ 2 × max Pods" rule (gke.ts).
 * - calico-ipam: blocks (calico.ts) — bounded per node only with strictAffinity; the pool bounds the rest.
 * - aws-vpc-cni: ENI addresses of the instance type (awsMaxPods.ts), from node.kubernetes.io/instance-type.
 * - Azure CNI Overlay: a /24 per node and at most 250 pods (the documented ceiling).
 * - cilium, weave: their own IPAMs; cilium is modeled as host-local on the node's pod CIDR (inexact), weave
 *   allocates from the whole range (no per-node bound).
 * kubelet counts every pod bound to the node against max-pods, host-network pods included; only the others
 * take a pod address.
 */
import { DEFAULTS, type ClusterNode, type IpFamily, type Pod, type Topology } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import { awsMaxPods, type AwsMaxPodsInput } from './awsMaxPods';
import { calicoPoolReport, calicoTunnelAddresses, type CalicoOptions, type CalicoPoolReport } from './calico';
import { gkeNodeRange } from './gke';
import { hostLocalRange } from './hostLocal';
import { gkeMaxPodsLabel, instanceTypeOf, type IpamKind } from './providerFacts';
import { count, figure, type Count, type Figure } from './types';

export const AZURE_OVERLAY_MAX_PODS = 250;
export const AZURE_OVERLAY_NODE_MASK = 24;

export interface PodCapacityOptions {
  readonly ipam: IpamKind;
  readonly calico?: CalicoOptions;
  readonly aws?: Omit<AwsMaxPodsInput, 'instanceType'>;
}

export interface NodeFamilyAddresses {
  readonly family: IpFamily;
  readonly podCIDR: string | null;
  /** Pod addresses this node can hold in the family; null = not bounded per node. */
  readonly usable: Figure<Count | null>;
}

export interface NodePodCapacity {
  readonly node: string;
  readonly instanceType: string | null;
  readonly maxPods: Figure<number>;
  readonly addresses: readonly NodeFamilyAddresses[];
  readonly capacity: Figure<number>;
  readonly podsPlaced: number;
  readonly podIPsInUse: number;
  /** min(maxPods − placed, addresses − in use), never below 0. */
  readonly headroom: number;
  readonly overcommitted: boolean;
  readonly problems: readonly string[];
}

export interface PodPool {
  readonly cidr: string;
  readonly family: IpFamily;
  readonly size: Count;
  readonly podIPsInUse: number;
  readonly free: Count;
}

export interface PodCapacityReport {
  readonly ipam: IpamKind;
  readonly nodes: readonly NodePodCapacity[];
  readonly totals: {
    readonly capacity: number;
    readonly podsPlaced: number;
    readonly podIPsInUse: number;
    readonly headroom: number;
    readonly unscheduledPods: number;
  };
  readonly pools: readonly PodPool[];
  readonly calico: readonly CalicoPoolReport[];
}

export function podCapacityReport(t: Topology, options: PodCapacityOptions): PodCapacityReport {
  const clusterCIDRs = t.podCIDRs.map((s) => Prefix.parse(s));
  const calico =
    options.ipam === 'calico-ipam' ? clusterCIDRs.map((p) => calicoPoolReport(p, options.calico ?? {}, calicoTunnelAddresses(t, p.family))) : [];
  const byNode = new Map<string, Pod[]>();
  for (const p of t.pods) {
    if (p.nodeName === null) continue;
    const list = byNode.get(p.nodeName);
    if (list) list.push(p);
    else byNode.set(p.nodeName, [p]);
  }
  const nodeNames = new Set(t.nodes.map((n) => n.name));
  const nodes = t.nodes.map((n) => nodeCapacity(t, n, byNode.get(n.name) ?? [], clusterCIDRs, calico, options));
  const pools = clusterCIDRs.map((cidr) => {
    const inUse = t.pods.filter((p) => !p.hostNetwork && p.ips.some((ip) => cidr.contains(IpAddress.parse(ip)))).length;
    const size = cidr.size();
    return { cidr: cidr.toString(), family: cidr.family, size: count(size), podIPsInUse: inUse, free: count(size - BigInt(inUse)) };
  });
  return {
    ipam: options.ipam,
    nodes,
    totals: {
      capacity: sum(nodes.map((n) => n.capacity.value)),
      podsPlaced: sum(nodes.map((n) => n.podsPlaced)),
      podIPsInUse: sum(nodes.map((n) => n.podIPsInUse)),
      headroom: sum(nodes.map((n) => n.headroom)),
      unscheduledPods: t.pods.filter((p) => p.nodeName === null || !nodeNames.has(p.nodeName)).length,
    },
    pools,
    calico,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function nodeCapacity(
  t: Topology,
  n: ClusterNode,
  pods: readonly Pod[],
  clusterCIDRs: readonly Prefix[],
  calico: readonly CalicoPoolReport[],
  options: PodCapacityOptions,
): NodePodCapacity {
  const problems: string[] = [];
  const instanceType = instanceTypeOf(n);
  let maxPods = maxPodsFigure(n, options.ipam);
  let addresses: NodeFamilyAddresses[];
  if (options.ipam === 'aws-vpc-cni') {
    const r = instanceType ? awsMaxPods({ ...options.aws, instanceType }) : undefined;
    if (!r || !r.ok) problems.push(r ? r.message : 'no node.kubernetes.io/instance-type label: ENI limits unknown');
    if (r?.ok && n.maxPods === null) maxPods = r.value.maxPods;
    addresses = clusterCIDRs.map((c) => ({
      family: c.family,
      podCIDR: null,
      usable:
        r?.ok && c.family === 'IPv4'
          ? figure(count(BigInt(r.value.podAddresses)), 'aws.podAddresses', `${r.value.maxAllowed.detail} − 2 host-network pods`, ['awsCalculator', 'awsLimits'])
          : figure(null, 'aws.podAddresses', r?.ok ? 'IPv6 pods take addresses from a /80 prefix per ENI: not bounded here' : 'instance limits unknown', 'awsCalculator', false),
    }));
  } else {
    addresses = clusterCIDRs.map((c, idx) => familyAddresses(t, n, c, idx, calico, options.ipam, problems));
  }
  if (options.ipam === 'gke-alias') {
    const nr = gkeNodeRange(maxPods.value);
    const cidr = n.podCIDRs.map((s) => Prefix.parse(s)).find((p) => p.family === 'IPv4');
    if (!nr.ok) problems.push(nr.message);
    else if (cidr && cidr.length > nr.length.value) {
      problems.push(`pod range ${cidr.toString()} holds fewer than 2 × ${maxPods.value} addresses; GKE sizes it /${nr.length.value}`);
    }
  }
  const bounds = addresses.map((a) => a.usable.value).filter((v): v is string => v !== null);
  const addressLimit = bounds.length === 0 ? null : bounds.map((v) => BigInt(v)).reduce((a, b) => (b < a ? b : a));
  const podsPlaced = pods.length;
  const podIPsInUse = pods.filter((p) => !p.hostNetwork).length;
  // Host-network pods count against max-pods but take no pod address.
  const hostNetwork = podsPlaced - podIPsInUse;
  const byAddress = addressLimit === null ? null : addressLimit + BigInt(hostNetwork);
  const cap = byAddress === null || byAddress >= BigInt(maxPods.value) ? maxPods.value : Number(byAddress);
  const capacity = figure(
    cap,
    'pods.nodeCapacity',
    byAddress === null
      ? `max Pods ${maxPods.value}; addresses not bounded per node`
      : `min(max Pods ${maxPods.value}, ${addressLimit} pod addresses + ${hostNetwork} host-network pod(s))`,
    'kubeletMaxPods',
    addresses.every((a) => a.usable.exact) && maxPods.exact,
  );
  const byPods = maxPods.value - podsPlaced;
  const byAddresses = addressLimit === null ? byPods : Number(addressLimit - BigInt(podIPsInUse));
  const raw = Math.min(byPods, byAddresses);
  return {
    node: n.name,
    instanceType,
    maxPods,
    addresses,
    capacity,
    podsPlaced,
    podIPsInUse,
    headroom: Math.max(0, raw),
    overcommitted: raw < 0,
    problems,
  };
}

function maxPodsFigure(n: ClusterNode, ipam: IpamKind): Figure<number> {
  if (n.maxPods !== null) return figure(n.maxPods, 'pods.maxPods.status', `status.capacity.pods = ${n.maxPods}`, 'kubeletMaxPods');
  const gke = gkeMaxPodsLabel(n);
  if (ipam === 'gke-alias' && gke !== null) return figure(gke, 'pods.maxPods.gkeLabel', `label cloud.google.com/gke-max-pods-per-node = ${gke}`, 'gkeLabel');
  if (ipam === 'azure-overlay') return figure(AZURE_OVERLAY_MAX_PODS, 'pods.maxPods.azureOverlay', 'Azure CNI Overlay default and ceiling: 250', 'azureOverlay');
  return figure(DEFAULTS.kubeletMaxPods, 'pods.maxPods.kubeletDefault', 'status.capacity.pods unknown: kubelet default 110', 'kubeletMaxPods', false);
}

function familyAddresses(
  t: Topology,
  n: ClusterNode,
  cluster: Prefix,
  idx: number,
  calico: readonly CalicoPoolReport[],
  ipam: IpamKind,
  problems: string[],
): NodeFamilyAddresses {
  const family = cluster.family;
  const own = n.podCIDRs[idx] !== undefined ? Prefix.parse(n.podCIDRs[idx]!) : null;
  if (ipam === 'calico-ipam') {
    const pool = calico.find((c) => c.pool === cluster.toString())!;
    const limit = pool.strictAffinity ? pool.perNodeAddressLimit.value : null;
    const usable = limit === null ? null : count(BigInt(limit) - BigInt(pool.tunnelAddressesPerNode));
    const detail =
      usable === null
        ? 'calico-ipam with borrowing (strictAffinity false) or no block limit: bounded by the pool, not per node'
        : `${pool.perNodeAddressLimit.detail} − ${pool.tunnelAddressesPerNode} tunnel address(es)`;
    return { family, podCIDR: own?.toString() ?? null, usable: figure(usable, 'calico.nodeAddresses', detail, ['calicoIpamConfig', 'calicoBlocks']) };
  }
  if (ipam === 'weave') {
    return { family, podCIDR: null, usable: figure(null, 'weave.pool', 'Weave Net allocates from the whole range: no per-node bound', 'kubeletMaxPods', false) };
  }
  if (ipam === 'azure-overlay') {
    const block = own ?? Prefix.of(cluster.address, Math.max(cluster.length, AZURE_OVERLAY_NODE_MASK));
    return {
      family,
      podCIDR: own?.toString() ?? null,
      usable: figure(null, 'azure.overlay', `${block.toString()}-sized /24 per node; pods bounded by the 250 max Pods`, 'azureOverlay'),
    };
  }
  const mask = family === 'IPv4' ? t.nodeCIDRMaskSize.ipv4 : t.nodeCIDRMaskSize.ipv6;
  const block = own ?? (mask >= cluster.length ? Prefix.of(cluster.address, mask) : null);
  if (!own) problems.push(`no ${family} podCIDR yet: counted as a /${mask} from the range allocator`);
  if (!block) return { family, podCIDR: null, usable: figure('0', 'hostLocal.usable', `no /${mask} fits in ${cluster.toString()}`, 'hostLocal') };
  const r = hostLocalRange(block);
  if (!r.ok) problems.push(r.message);
  const usable = r.ok ? r.usable : 0n;
  const exact = ipam === 'host-local' ? t.cni.plugin !== 'generic' : false;
  const detail = r.ok
    ? `${r.rangeStart}–${r.rangeEnd} without the gateway ${r.gateway}: ${family === 'IPv4' ? `2^${block.bits - block.length} − 3` : `2^${block.bits - block.length} − 2`}` +
      (ipam === 'cilium' ? ' (Cilium IPAM modeled as host-local)' : ipam === 'gke-alias' ? ' (GKE node CNI: host-local on the node range)' : '') +
      (t.cni.plugin === 'generic' ? ' (plugin generic: host-local assumed)' : '')
    : r.message;
  return { family, podCIDR: own?.toString() ?? null, usable: figure(count(usable), 'hostLocal.usable', detail, 'hostLocal', exact) };
}

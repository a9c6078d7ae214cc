/**
 * Findings about one entry against what should contain it (a pod IP against its node's podCIDR, a
 * ClusterIP against the service CIDRs, …) and about identical addresses held by different owners.
 * Containment questions go through the sweep's forest (EntryIndex), never a pairwise scan.
 */
import type { CniPlugin, IpFamily, Topology } from '../../../../src/engine/model/topology';
import { toObject, type Entry } from './entries';
import type { EntryIndex } from './entryIndex';
import { capitalize, label } from './phrases';
import type { ConflictObjectKind, Finding, FindingKind } from '../../../../src/engine/conflicts/types';

/** Plugins whose default IPAM ignores node.spec.podCIDR (Calico IP pools, Cilium cluster-pool, Weave's allocator, the VPC). */
const OWN_IPAM: ReadonlySet<CniPlugin> = new Set<CniPlugin>(['calico', 'cilium', 'weave', 'aws-vpc-cni']);

export interface CheckContext {
  readonly plugin: CniPlugin;
  readonly nodeMask: Readonly<Record<IpFamily, number>>;
  readonly podCIDRs: readonly Entry[];
  readonly serviceCIDRs: readonly Entry[];
  readonly subnets: readonly Entry[];
  readonly nodePodCIDRs: ReadonlyMap<string, readonly Entry[]>;
}

export function checkContext(t: Topology, entries: readonly Entry[]): CheckContext {
  const nodePodCIDRs = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.kind !== 'nodePodCIDR') continue;
    const list = nodePodCIDRs.get(e.name);
    if (list) list.push(e);
    else nodePodCIDRs.set(e.name, [e]);
  }
  return {
    plugin: t.cni.plugin,
    nodeMask: { IPv4: t.nodeCIDRMaskSize.ipv4, IPv6: t.nodeCIDRMaskSize.ipv6 },
    podCIDRs: entries.filter((e) => e.kind === 'podCIDR'),
    serviceCIDRs: entries.filter((e) => e.kind === 'serviceCIDR'),
    subnets: entries.filter((e) => e.kind === 'subnet'),
    nodePodCIDRs,
  };
}

const ofFamily = (list: readonly Entry[], family: IpFamily): Entry[] => list.filter((e) => e.prefix.family === family);
const cidrs = (list: readonly Entry[]): string => list.map((e) => e.cidr).join(', ');

function finding(kind: FindingKind, severity: Finding['severity'], objects: readonly Entry[], message: string): Finding {
  return { kind, severity, objects: objects.map(toObject), message };
}

export function checkNodePodCIDR(i: number, e: Entry, index: EntryIndex, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const family = e.prefix.family;
  const clusters = ofFamily(ctx.podCIDRs, family);
  if (ctx.podCIDRs.length > 0 && index.containersOfKind(i, 'podCIDR').length === 0) {
    const inside = clusters.filter((c) => e.prefix.contains(c.prefix));
    const why =
      clusters.length === 0
        ? `is ${family} but no ${family} cluster pod CIDR is configured`
        : inside.length > 0
          ? `is larger than the cluster pod CIDR ${cidrs(inside)}: the range allocator would mark every block used`
          : `is outside the cluster pod CIDR ${cidrs(clusters)}: kube-controller-manager's range allocator refuses to start ("cidr ${e.cidr} is out the range of cluster cidr ${clusters[0]!.cidr}")`;
    out.push(
      finding(
        'NODE_POD_CIDR_OUTSIDE_CLUSTER',
        'error',
        [e, ...clusters],
        `${capitalize(label(e))} ${why}, and the CNI and kube-proxy do not treat its pods as cluster traffic. Give the node a block of the cluster pod CIDR.`,
      ),
    );
  }
  const mask = ctx.nodeMask[family];
  if (e.prefix.length !== mask) {
    const effect =
      e.prefix.length > mask
        ? `the range allocator reserves the whole enclosing /${mask} for it, while the node gets only ${e.prefix.size()} addresses`
        : `the range allocator counts it as ${2 ** (mask - e.prefix.length)} /${mask} blocks, and the node has ${e.prefix.size()} addresses where the plan assumes ${2n ** BigInt(e.prefix.bits - mask)}`;
    out.push(
      finding(
        'NODE_POD_CIDR_MASK_MISMATCH',
        'warning',
        [e],
        `${capitalize(label(e))} is a /${e.prefix.length} but the configured ${family} node mask is /${mask}: ${effect}. Use a /${mask}, or change the node mask.`,
      ),
    );
  }
  return out;
}

export function checkPodIP(i: number, e: Entry, index: EntryIndex, ctx: CheckContext): Finding[] {
  if (e.node === null) return [];
  const own = ofFamily(ctx.nodePodCIDRs.get(e.node) ?? [], e.prefix.family);
  // Without a podCIDR of this family the node's pod range is unknown (e.g. plugin-managed IPAM): nothing to compare.
  if (own.length === 0) return [];
  if (index.containersOfKind(i, 'nodePodCIDR').some((j) => index.entries[j]!.name === e.node)) return [];
  const ownIpam = OWN_IPAM.has(ctx.plugin);
  const consequence = ownIpam
    ? `${ctx.plugin} assigns pod IPs from its own pools rather than the node's podCIDR, so this may be intended; if not, check the plugin's IPAM.`
    : `routes send traffic for that address to whichever node owns its block, not to "${e.node}". Check the pod's IP or the node's podCIDR.`;
  return [
    finding(
      'POD_IP_OUTSIDE_NODE_POD_CIDR',
      ownIpam ? 'warning' : 'error',
      [e, ...own],
      `${capitalize(label(e))} is outside its node "${e.node}"'s podCIDR ${cidrs(own)}: ${consequence}`,
    ),
  ];
}

export function checkNodeIP(i: number, e: Entry, index: EntryIndex, ctx: CheckContext): Finding[] {
  const family = e.prefix.family;
  const named = e.subnet === null ? undefined : ctx.subnets.find((s) => s.name === e.subnet && s.prefix.family === family);
  if (named) {
    if (index.containersOfKind(i, 'subnet').some((j) => index.entries[j]!.name === named.name)) return [];
    return [
      finding(
        'NODE_IP_OUTSIDE_SUBNET',
        'error',
        [e, named],
        `${capitalize(label(e))} is outside its ${label(named)}: neighbors on that subnet cannot reach it on-link, and next hops through it (host-gw, BGP, tunnels) fail. Fix the node's address or its subnet.`,
      ),
    ];
  }
  if (ofFamily(ctx.subnets, family).length === 0 || index.containersOfKind(i, 'subnet').length > 0) return [];
  return [
    finding(
      'NODE_IP_OUTSIDE_SUBNET',
      'warning',
      [e],
      `${capitalize(label(e))} is in none of the ${family} underlay subnets, so how the node is reached is unknown. Add its subnet to the underlay.`,
    ),
  ];
}

export function checkClusterIP(i: number, e: Entry, index: EntryIndex, ctx: CheckContext): Finding[] {
  if (ctx.serviceCIDRs.length === 0 || index.containersOfKind(i, 'serviceCIDR').length > 0) return [];
  const ranges = ofFamily(ctx.serviceCIDRs, e.prefix.family);
  const where =
    ranges.length === 0 ? `no ${e.prefix.family} service CIDR is configured` : `it is outside the service CIDR ${cidrs(ranges)}`;
  return [
    finding(
      'CLUSTER_IP_OUTSIDE_SERVICE_CIDR',
      'error',
      [e, ...ranges],
      `${capitalize(label(e))} cannot have been assigned by the API server: ${where}. Recreate the Service so it gets an address from the service range.`,
    ),
  ];
}

const DUPLICATES: ReadonlyArray<{ kind: ConflictObjectKind; code: FindingKind; what: string; consequence: string }> = [
  {
    kind: 'podIP',
    code: 'POD_IP_DUPLICATE',
    what: 'pods',
    consequence: 'only one of them receives traffic sent to it. One pod status is stale, or IPAM assigned the address twice.',
  },
  {
    kind: 'nodeIP',
    code: 'NODE_IP_DUPLICATE',
    what: 'nodes',
    consequence: 'the underlay delivers it to one of them only, and routes or tunnels via that address reach the wrong node. Give each node its own address.',
  },
  {
    kind: 'clusterIP',
    code: 'CLUSTER_IP_DUPLICATE',
    what: 'Services',
    consequence: 'kube-proxy cannot send one address to two Services. The API server never assigns an address twice; recreate one of them.',
  },
];

/** Identical addresses held by different owners: one finding per address, listing every owner. */
export function checkDuplicates(g: number, index: EntryIndex): Finding[] {
  const out: Finding[] = [];
  const kinds = index.kindsIn(g);
  for (const d of DUPLICATES) {
    const rows = kinds.get(d.kind);
    if (!rows || rows.length < 2) continue;
    const byOwner = new Map<string, Entry>();
    for (const r of rows) {
      const e = index.entries[r]!;
      if (!byOwner.has(e.name)) byOwner.set(e.name, e);
    }
    if (byOwner.size < 2) continue;
    const owners = [...byOwner.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const address = owners[0]!.prefix.address.toString();
    out.push(
      finding(d.code, 'error', owners, `${address} is used by ${owners.length} ${d.what} (${owners.map((o) => o.name).join(', ')}): ${d.consequence}`),
    );
  }
  return out;
}

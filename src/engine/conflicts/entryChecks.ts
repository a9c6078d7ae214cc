/**
 * Findings about one entry against what should contain it (a pod IP against its node's podCIDR, a
 * ClusterIP against the service CIDRs, …) and about identical addresses held by different owners.
 * Containment questions go through the sweep's forest (EntryIndex), never a pairwise scan.
 *
 * Each check first answers its question on the columns (kind masks, owner indices, name comparisons
 * against the topology's own strings) and builds Entry objects and messages only for a finding, so a
 * healthy row costs no allocation.
 */
import type { CniPlugin, IpFamily, Topology } from '../model/topology';
import { FAMILY_V4 } from '../net/prefixColumns';
import { CLUSTER_IP, NODE_IP, NODE_POD_CIDR, POD_CIDR, POD_IP, SERVICE_CIDR, SUBNET, toObject, type Entry, type EntryTable } from './entries';
import type { EntryIndex } from './entryIndex';
import { capitalize, label } from './phrases';
import type { Finding, FindingKind } from './types';

/** Plugins whose default IPAM ignores node.spec.podCIDR (Calico IP pools, Cilium cluster-pool, Weave's allocator, the VPC). */
const OWN_IPAM: ReadonlySet<CniPlugin> = new Set<CniPlugin>(['calico', 'cilium', 'weave', 'aws-vpc-cni']);

export class CheckContext {
  readonly plugin: CniPlugin;
  readonly nodeMask: Readonly<Record<IpFamily, number>>;
  readonly podCIDRs: readonly Entry[];
  readonly serviceCIDRs: readonly Entry[];
  readonly subnets: readonly Entry[];
  /** Subnet rows, in row order (parallel to `subnets`). */
  readonly subnetRows: readonly number[];
  private nodePodCIDRRows: Map<string, number[]> | undefined;

  constructor(
    t: Topology,
    readonly table: EntryTable,
    readonly index: EntryIndex,
  ) {
    const rows = (code: number): number[] => {
      const out: number[] = [];
      for (let r = 0; r < table.count; r++) if (table.kind[r] === code) out.push(r);
      return out;
    };
    this.plugin = t.cni.plugin;
    this.nodeMask = { IPv4: t.nodeCIDRMaskSize.ipv4, IPv6: t.nodeCIDRMaskSize.ipv6 };
    this.podCIDRs = rows(POD_CIDR).map((r) => table.entry(r));
    this.serviceCIDRs = rows(SERVICE_CIDR).map((r) => table.entry(r));
    this.subnetRows = rows(SUBNET);
    this.subnets = this.subnetRows.map((r) => table.entry(r));
  }

  /** The podCIDR entries of the node named `node` (every node of that name), in row order; built on first use. */
  nodePodCIDRs(node: string): readonly Entry[] {
    if (!this.nodePodCIDRRows) {
      const map = new Map<string, number[]>();
      const { table } = this;
      for (let r = 0; r < table.count; r++) {
        if (table.kind[r] !== NODE_POD_CIDR) continue;
        const name = table.name(r);
        const list = map.get(name);
        if (list) list.push(r);
        else map.set(name, [r]);
      }
      this.nodePodCIDRRows = map;
    }
    return (this.nodePodCIDRRows.get(node) ?? []).map((r) => this.table.entry(r));
  }
}

export function checkContext(t: Topology, table: EntryTable, index: EntryIndex): CheckContext {
  return new CheckContext(t, table, index);
}

// Kind codes as module locals: under the CommonJS transform an imported binding is a getter call, which
// the per-row loop below would pay a million times.
const K_NODE_POD_CIDR = NODE_POD_CIDR;
const K_POD_IP = POD_IP;
const K_NODE_IP = NODE_IP;
const K_CLUSTER_IP = CLUSTER_IP;

/** The single-entry checks, for every row in row order. */
export function checkRows(ctx: CheckContext, out: Finding[]): void {
  const { kind, count } = ctx.table;
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    if (k === K_POD_IP) checkPodIP(i, ctx, out);
    else if (k === K_NODE_POD_CIDR) checkNodePodCIDR(i, ctx, out);
    else if (k === K_NODE_IP) checkNodeIP(i, ctx, out);
    else if (k === K_CLUSTER_IP) checkClusterIP(i, ctx, out);
  }
}

const ofFamily = (list: readonly Entry[], family: IpFamily): Entry[] => list.filter((e) => e.prefix.family === family);
const cidrs = (list: readonly Entry[]): string => list.map((e) => e.cidr).join(', ');
const familyOf = (table: EntryTable, row: number): IpFamily => (table.columns.family[row] === FAMILY_V4 ? 'IPv4' : 'IPv6');

function finding(kind: FindingKind, severity: Finding['severity'], objects: readonly Entry[], message: string): Finding {
  return { kind, severity, objects: objects.map(toObject), message };
}

function checkNodePodCIDR(i: number, ctx: CheckContext, out: Finding[]): void {
  const { table, index } = ctx;
  const family = familyOf(table, i);
  const mask = ctx.nodeMask[family];
  const outside = ctx.podCIDRs.length > 0 && !index.hasContainerOfKind(i, POD_CIDR);
  if (!outside && table.columns.len[i] === mask) return;
  const e = table.entry(i);
  if (outside) {
    const clusters = ofFamily(ctx.podCIDRs, family);
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
}

function checkPodIP(i: number, ctx: CheckContext, out: Finding[]): void {
  const { table, index } = ctx;
  const id = table.node[i]!;
  if (id === -1) return; // unscheduled
  // Inside a podCIDR of its own node: the healthy case, answered on the columns — first from the nearest
  // node podCIDR alone, then by walking the whole chain. (Such a podCIDR has the pod's family, so the node
  // does have a podCIDR of that family.)
  const nearest = index.nodePodCIDROwner[index.groupOf[i]!]!; // -1: no node podCIDR contains the pod IP
  if (nearest === id) return;
  const node = table.topology.pods[table.owner[i]!]!.nodeName!;
  if (nearest !== -1 && index.hasNamedContainer(i, NODE_POD_CIDR, node)) return;
  const family = familyOf(table, i);
  const own = ofFamily(ctx.nodePodCIDRs(node), family);
  // Without a podCIDR of this family the node's pod range is unknown (e.g. plugin-managed IPAM): nothing to compare.
  if (own.length === 0) return;
  const e = table.entry(i);
  const ownIpam = OWN_IPAM.has(ctx.plugin);
  const consequence = ownIpam
    ? `${ctx.plugin} assigns pod IPs from its own pools rather than the node's podCIDR, so this may be intended; if not, check the plugin's IPAM.`
    : `routes send traffic for that address to whichever node owns its block, not to "${node}". Check the pod's IP or the node's podCIDR.`;
  out.push(
    finding(
      'POD_IP_OUTSIDE_NODE_POD_CIDR',
      ownIpam ? 'warning' : 'error',
      [e, ...own],
      `${capitalize(label(e))} is outside its node "${node}"'s podCIDR ${cidrs(own)}: ${consequence}`,
    ),
  );
}

function checkNodeIP(i: number, ctx: CheckContext, out: Finding[]): void {
  const { table, index } = ctx;
  const family = table.columns.family[i];
  const subnet = table.topology.nodes[table.owner[i]!]!.subnet;
  let named = -1; // position in ctx.subnets of the first subnet of that name and the node IP's family
  let anyOfFamily = false;
  for (let s = 0; s < ctx.subnetRows.length; s++) {
    const row = ctx.subnetRows[s]!;
    if (table.columns.family[row] !== family) continue;
    anyOfFamily = true;
    if (subnet !== null && ctx.subnets[s]!.name === subnet) {
      named = s;
      break;
    }
  }
  if (named >= 0) {
    if (index.hasNamedContainer(i, SUBNET, subnet!)) return;
    const e = table.entry(i);
    const n = ctx.subnets[named]!;
    out.push(
      finding(
        'NODE_IP_OUTSIDE_SUBNET',
        'error',
        [e, n],
        `${capitalize(label(e))} is outside its ${label(n)}: neighbors on that subnet cannot reach it on-link, and next hops through it (host-gw, BGP, tunnels) fail. Fix the node's address or its subnet.`,
      ),
    );
    return;
  }
  if (!anyOfFamily || index.hasContainerOfKind(i, SUBNET)) return;
  const e = table.entry(i);
  out.push(
    finding(
      'NODE_IP_OUTSIDE_SUBNET',
      'warning',
      [e],
      `${capitalize(label(e))} is in none of the ${familyOf(table, i)} underlay subnets, so how the node is reached is unknown. Add its subnet to the underlay.`,
    ),
  );
}

function checkClusterIP(i: number, ctx: CheckContext, out: Finding[]): void {
  const { table, index } = ctx;
  if (ctx.serviceCIDRs.length === 0 || index.hasContainerOfKind(i, SERVICE_CIDR)) return;
  const e = table.entry(i);
  const ranges = ofFamily(ctx.serviceCIDRs, e.prefix.family);
  const where =
    ranges.length === 0 ? `no ${e.prefix.family} service CIDR is configured` : `it is outside the service CIDR ${cidrs(ranges)}`;
  out.push(
    finding(
      'CLUSTER_IP_OUTSIDE_SERVICE_CIDR',
      'error',
      [e, ...ranges],
      `${capitalize(label(e))} cannot have been assigned by the API server: ${where}. Recreate the Service so it gets an address from the service range.`,
    ),
  );
}

const DUPLICATES: ReadonlyArray<{ kind: number; code: FindingKind; what: string; consequence: string }> = [
  {
    kind: POD_IP,
    code: 'POD_IP_DUPLICATE',
    what: 'pods',
    consequence: 'only one of them receives traffic sent to it. One pod status is stale, or IPAM assigned the address twice.',
  },
  {
    kind: NODE_IP,
    code: 'NODE_IP_DUPLICATE',
    what: 'nodes',
    consequence: 'the underlay delivers it to one of them only, and routes or tunnels via that address reach the wrong node. Give each node its own address.',
  },
  {
    kind: CLUSTER_IP,
    code: 'CLUSTER_IP_DUPLICATE',
    what: 'Services',
    consequence: 'kube-proxy cannot send one address to two Services. The API server never assigns an address twice; recreate one of them.',
  },
];

/** Identical addresses held by different owners: one finding per address, listing every owner. */
export function checkDuplicates(ctx: CheckContext, out: Finding[]): void {
  const { table, index } = ctx;
  const { groupStart, members } = index;
  for (let g = 0; g < index.groupCount; g++) {
    if (groupStart[g + 1]! - groupStart[g]! < 2) continue;
    for (const d of DUPLICATES) {
      const start = index.kindStart(g, d.kind);
      const end = index.kindStart(g, d.kind + 1);
      if (end - start < 2) continue;
      const byOwner = new Map<string, Entry>();
      for (let pos = start; pos < end; pos++) {
        const e = table.entry(members[pos]!);
        if (!byOwner.has(e.name)) byOwner.set(e.name, e);
      }
      if (byOwner.size < 2) continue;
      const owners = [...byOwner.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const address = owners[0]!.prefix.address.toString();
      out.push(
        finding(d.code, 'error', owners, `${address} is used by ${owners.length} ${d.what} (${owners.map((o) => o.name).join(', ')}): ${d.consequence}`),
      );
    }
  }
}

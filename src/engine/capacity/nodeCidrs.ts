/**
 * Node CIDR headroom per cluster CIDR, by kube-controller-manager's range allocator (src/engine/net
 * CidrSet + simulateRangeAllocatorStartup, ports of cidr_set.go and range_allocator.go): how many node blocks
 * the cluster CIDR holds at the node mask, how many the service range and the nodes take, which are free,
 * and the next blocks a freshly started allocator would hand out (nextCandidate starts at 0 on every
 * controller start, and AllocateNext returns the first free block from there). kubeadm's own checks on the
 * pod subnet / node mask relation are reported beside the controller's.
 */
import type { IpFamily, Topology } from '../model/topology';
import { CidrSet, IpAddress, Prefix, rangeAllocatorParams, simulateRangeAllocatorStartup } from '../net';
import { kubeadmNetworkingChecks, type FieldError } from './kubeadm';
import { count, figure, pow2, type Count, type Figure } from './types';

export interface NodeCidrOptions {
  /** How many upcoming allocations to list per family (default 5). */
  readonly next?: number;
  /** How many free prefixes to list per family (default 32). */
  readonly freeList?: number;
}

export interface NodeCidrFamily {
  readonly index: number;
  readonly clusterCIDR: string;
  readonly family: IpFamily;
  readonly nodeMaskSize: number;
  readonly blocks: Figure<Count>;
  /** NewCIDRSet's refusal (mask combination), or null. */
  readonly setError: string | null;
  readonly usedByNodes: number;
  readonly usedByServiceRange: number;
  /** Blocks the allocator gives, at startup, to nodes that have no podCIDRs yet (in node order). */
  readonly assignedAtStartup: readonly { readonly node: string; readonly cidr: string }[];
  readonly used: number;
  readonly free: Figure<Count>;
  /** The free blocks as a minimal list of prefixes, in address order, at most `freeList` of them. */
  readonly freeRanges: readonly string[];
  readonly freeRangesTruncated: boolean;
  /** The next blocks AllocateNext returns after startup, in order. */
  readonly next: readonly string[];
  /** Blocks that nodes can ever hold: all blocks minus those the service range occupies. */
  readonly maxNodes: Figure<Count>;
}

export interface NodeCidrReport {
  /** The controller refuses to start (upstream's message), or null. */
  readonly controllerError: string | null;
  /** filterOutServiceRange problems (logged, not fatal, upstream). */
  readonly serviceFilterErrors: readonly string[];
  readonly families: readonly NodeCidrFamily[];
  /** Nodes the cluster can hold: every node needs one block of every family. Null when unknown. */
  readonly maxNodes: Figure<number> | null;
  readonly nodes: number;
  readonly nodesWithoutPodCIDRs: number;
  readonly failedAtStartup: readonly { readonly node: string; readonly message: string }[];
  readonly kubeadm: readonly FieldError[];
}

const maskFor = (t: Topology, family: IpFamily) => (family === 'IPv4' ? t.nodeCIDRMaskSize.ipv4 : t.nodeCIDRMaskSize.ipv6);

export function nodeCidrReport(t: Topology, options: NodeCidrOptions = {}): NodeCidrReport {
  const nextCount = options.next ?? 5;
  const freeList = options.freeList ?? 32;
  const params = rangeAllocatorParams(t);
  const startup = simulateRangeAllocatorStartup(params, t.nodes);
  const kubeadm = kubeadmNetworkingChecks(t.podCIDRs, t.serviceCIDRs, { IPv4: t.nodeCIDRMaskSize.ipv4, IPv6: t.nodeCIDRMaskSize.ipv6 });
  const services = [params.serviceCIDR, params.secondaryServiceCIDR].filter((p): p is Prefix => p !== null);
  const families: NodeCidrFamily[] = [];
  for (const [idx, cluster] of params.clusterCIDRs.entries()) {
    const mask = maskFor(t, cluster.family);
    const blocksDetail = `2^(${mask} − ${cluster.length}) /${mask} blocks in ${cluster.toString()}`;
    const total = mask >= cluster.length ? pow2(mask - cluster.length) : 0n;
    const blocks = figure(count(total), 'cidrset.blocks', blocksDetail, 'cidrSet');
    const created = CidrSet.create(cluster, mask);
    const set = startup.ok ? startup.sets[idx] : undefined;
    if (!created.ok || !set) {
      families.push(emptyFamily(idx, cluster, mask, blocks, created.ok ? null : created.error.message));
      continue;
    }
    const byServices = occupiedCount(cluster, mask, services.filter((s) => s.overlaps(cluster)));
    const nodeCidrs = t.nodes.flatMap((n) => (n.podCIDRs[idx] ? [Prefix.parse(n.podCIDRs[idx]!)] : []));
    const byNodes = occupiedCount(cluster, mask, nodeCidrs);
    const assigned = startup.ok
      ? startup.nodes.flatMap((o) => (o.status === 'allocated' && o.podCIDRs[idx] ? [{ node: o.node, cidr: o.podCIDRs[idx]!.toString() }] : []))
      : [];
    const used = set.allocatedCount;
    const freeCount = BigInt(set.maxCIDRs - used);
    const { prefixes, truncated } = freePrefixes(set, freeList);
    const next: string[] = [];
    for (let i = 0; i < nextCount; i++) {
      const r = set.allocateNext();
      if (!r.ok) break;
      next.push(r.value.toString());
    }
    const maxNodes = total - BigInt(byServices);
    families.push({
      index: idx,
      clusterCIDR: cluster.toString(),
      family: cluster.family,
      nodeMaskSize: mask,
      blocks,
      setError: null,
      usedByNodes: byNodes,
      usedByServiceRange: byServices,
      assignedAtStartup: assigned,
      used,
      free: figure(count(freeCount), 'cidrset.free', `${set.maxCIDRs} blocks − ${used} used (nodes, service range, startup assignments)`, [
        'cidrSet',
        'rangeAllocator',
      ]),
      freeRanges: prefixes,
      freeRangesTruncated: truncated,
      next,
      maxNodes: figure(count(maxNodes), 'cidrset.maxNodes', `${total} blocks − ${byServices} occupied by the service range`, ['cidrSet', 'rangeAllocator']),
    });
  }
  const usable = families.filter((f) => f.setError === null);
  const clusterMax =
    startup.ok && usable.length === families.length && usable.length > 0
      ? figure(
          Math.min(...usable.map((f) => Number(f.maxNodes.value))),
          'cidrset.clusterMaxNodes',
          usable.length > 1 ? `min over families (${usable.map((f) => `${f.family} ${f.maxNodes.value}`).join(', ')}): a node takes one block of each` : `${usable[0]!.maxNodes.value} blocks`,
          'rangeAllocator',
        )
      : null;
  return {
    controllerError: startup.ok ? null : startup.message,
    serviceFilterErrors: startup.ok ? startup.serviceFilterErrors : [],
    families,
    maxNodes: clusterMax,
    nodes: t.nodes.length,
    nodesWithoutPodCIDRs: t.nodes.filter((n) => n.podCIDRs.length === 0).length,
    failedAtStartup: startup.ok ? startup.nodes.flatMap((o) => (o.status === 'failed' ? [{ node: o.node, message: o.message }] : [])) : [],
    kubeadm,
  };
}

function emptyFamily(idx: number, cluster: Prefix, mask: number, blocks: Figure<Count>, setError: string | null): NodeCidrFamily {
  const none = figure('0', 'cidrset.free', 'the allocator does not run', 'cidrSet');
  return {
    index: idx,
    clusterCIDR: cluster.toString(),
    family: cluster.family,
    nodeMaskSize: mask,
    blocks,
    setError,
    usedByNodes: 0,
    usedByServiceRange: 0,
    assignedAtStartup: [],
    used: 0,
    free: none,
    freeRanges: [],
    freeRangesTruncated: false,
    next: [],
    maxNodes: { ...none, rule: 'cidrset.maxNodes' },
  };
}

/** Blocks of a fresh set that `cidrs` occupy (Occupy semantics: a CIDR takes every block it touches). */
function occupiedCount(cluster: Prefix, mask: number, cidrs: readonly Prefix[]): number {
  const r = CidrSet.create(cluster, mask);
  if (!r.ok) return 0;
  for (const c of cidrs) r.value.occupy(c);
  return r.value.allocatedCount;
}

/** The free blocks of `set` as a minimal prefix cover, in address order, at most `limit` prefixes. */
function freePrefixes(set: CidrSet, limit: number): { prefixes: string[]; truncated: boolean } {
  const out: string[] = [];
  let cursor = 0;
  const runs = [...set.usedRanges(), [set.maxCIDRs, set.maxCIDRs] as [number, number]];
  for (const [begin, end] of runs) {
    if (begin > cursor) {
      const lo = set.indexToCidrBlock(cursor).first().toBigInt();
      const hi = set.indexToCidrBlock(Math.min(begin, set.maxCIDRs) - 1).last().toBigInt();
      for (const p of rangeCover(set.clusterCIDR.family, lo, hi)) {
        if (out.length === limit) return { prefixes: out, truncated: true };
        out.push(p);
      }
    }
    cursor = Math.max(cursor, end + 1);
    if (cursor >= set.maxCIDRs) break;
  }
  return { prefixes: out, truncated: false };
}

/** The minimal prefixes covering [lo, hi]: the largest aligned block at lo, repeatedly. */
export function* rangeCover(family: IpFamily, lo: bigint, hi: bigint): Generator<string> {
  const bits = family === 'IPv4' ? 32 : 128;
  while (lo <= hi) {
    let hostBits = 0;
    while (hostBits < bits && (lo & ((1n << BigInt(hostBits + 1)) - 1n)) === 0n && lo + (1n << BigInt(hostBits + 1)) - 1n <= hi) hostBits++;
    yield `${IpAddress.fromBigInt(family, lo).toString()}/${bits - hostBits}`;
    lo += 1n << BigInt(hostBits);
  }
}

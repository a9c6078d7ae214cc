/**
 * What kube-controller-manager's range allocator does when it starts on an existing cluster:
 *   kubernetes/kubernetes pkg/controller/nodeipam/node_ipam_controller.go  (flag checks)
 *   kubernetes/kubernetes pkg/controller/nodeipam/ipam/range_allocator.go   (NewCIDRRangeAllocator, occupyCIDRs,
 *                                                                            AllocateOrOccupyCIDR, filterOutServiceRange)
 * One CidrSet per cluster CIDR, matched by index (dual-stack: index 0 and 1); the service CIDRs are carved
 * out of any cluster CIDR they overlap; every node's existing spec.podCIDRs[i] is occupied in set i — a
 * CIDR outside its set, or an index past the last set, stops the controller; then each node without
 * podCIDRs gets one block from every set, in set order.
 *
 * Modeling choices (see README.md): nodes are processed in the order given (the apiserver lists them by
 * name, upstream then runs 30 workers concurrently, so real allocation order among new nodes is not
 * deterministic); each node without podCIDRs is tried once — upstream retries with backoff, leaking the
 * blocks of a half-done dual-stack allocation on each failed try until a restart.
 */
import type { Topology } from '../model/topology';
import { CidrSet } from './cidrSet';
import { Prefix } from './prefix';

export interface RangeAllocatorParams {
  /** --cluster-cidr, in flag order. */
  readonly clusterCIDRs: readonly Prefix[];
  /** --node-cidr-mask-size-ipv4/-ipv6, one per cluster CIDR (same index). */
  readonly nodeCIDRMaskSizes: readonly number[];
  /** --service-cluster-ip-range, first and second entry. */
  readonly serviceCIDR: Prefix | null;
  readonly secondaryServiceCIDR: Prefix | null;
}

export interface RangeAllocatorNode {
  readonly name: string;
  readonly podCIDRs: readonly string[];
}

export type NodeCidrOutcome =
  | { readonly node: string; readonly status: 'existing'; readonly podCIDRs: readonly Prefix[] }
  | { readonly node: string; readonly status: 'allocated'; readonly podCIDRs: readonly Prefix[] }
  /** CIDRNotAvailable: a set was exhausted. Blocks taken from earlier sets for this node stay taken, as upstream. */
  | { readonly node: string; readonly status: 'failed'; readonly message: string };

export type RangeAllocatorStartup =
  | {
      readonly ok: true;
      readonly nodes: readonly NodeCidrOutcome[];
      /** Logged, not fatal, upstream ("Error filtering out service cidr out cluster cidr"). */
      readonly serviceFilterErrors: readonly string[];
      readonly sets: readonly CidrSet[];
    }
  /** The controller does not start; `message` is upstream's error text. */
  | { readonly ok: false; readonly message: string };

export const ERR_NO_CLUSTER_CIDR = 'Controller: Must specify --cluster-cidr if --allocate-node-cidrs is set';

export function simulateRangeAllocatorStartup(
  params: RangeAllocatorParams,
  nodes: readonly RangeAllocatorNode[],
): RangeAllocatorStartup {
  if (params.clusterCIDRs.length === 0) return { ok: false, message: ERR_NO_CLUSTER_CIDR };
  const sets: CidrSet[] = [];
  for (const [idx, cidr] of params.clusterCIDRs.entries()) {
    const mask = params.nodeCIDRMaskSizes[idx];
    if (mask === undefined) throw new RangeError(`no node CIDR mask size for cluster CIDR #${idx} ${cidr.toString()}`);
    const r = CidrSet.create(cidr, mask);
    if (!r.ok) return { ok: false, message: r.error.message };
    sets.push(r.value);
  }

  const serviceFilterErrors: string[] = [];
  for (const service of [params.serviceCIDR, params.secondaryServiceCIDR]) {
    if (service) serviceFilterErrors.push(...filterOutServiceRange(params.clusterCIDRs, sets, service));
  }

  const outcomes: NodeCidrOutcome[] = [];
  const pending: RangeAllocatorNode[] = [];
  for (const node of nodes) {
    if (node.podCIDRs.length === 0) {
      pending.push(node);
      continue;
    }
    const occupied = occupyCIDRs(sets, node);
    if (typeof occupied === 'string') return { ok: false, message: occupied };
    outcomes.push({ node: node.name, status: 'existing', podCIDRs: occupied });
  }

  for (const node of pending) {
    const allocated: Prefix[] = [];
    let failure: string | undefined;
    for (const [idx, set] of sets.entries()) {
      const r = set.allocateNext();
      if (!r.ok) {
        failure = `failed to allocate cidr from cluster cidr at idx:${idx}: ${r.error.message}`;
        break;
      }
      allocated.push(r.value);
    }
    outcomes.push(
      failure === undefined
        ? { node: node.name, status: 'allocated', podCIDRs: allocated }
        : { node: node.name, status: 'failed', message: failure },
    );
  }
  // Report in input order, whatever the processing order was.
  const position = new Map(nodes.map((n, i) => [n.name, i]));
  outcomes.sort((a, b) => (position.get(a.node) ?? 0) - (position.get(b.node) ?? 0));
  return { ok: true, nodes: outcomes, serviceFilterErrors, sets };
}

/** The allocator's parameters as a cluster built from this topology would pass them. */
export function rangeAllocatorParams(t: Topology): RangeAllocatorParams {
  const clusterCIDRs = t.podCIDRs.map((s) => Prefix.parse(s));
  const services = t.serviceCIDRs.map((s) => Prefix.parse(s));
  return {
    clusterCIDRs,
    nodeCIDRMaskSizes: clusterCIDRs.map((c) => (c.family === 'IPv4' ? t.nodeCIDRMaskSize.ipv4 : t.nodeCIDRMaskSize.ipv6)),
    serviceCIDR: services[0] ?? null,
    secondaryServiceCIDR: services[1] ?? null,
  };
}

/** filterOutServiceRange: occupy the service CIDR in every cluster CIDR set it overlaps. */
function filterOutServiceRange(clusterCIDRs: readonly Prefix[], sets: readonly CidrSet[], service: Prefix): string[] {
  const errors: string[] = [];
  for (const [idx, cidr] of clusterCIDRs.entries()) {
    if (!cidr.overlaps(service)) continue;
    const r = sets[idx]!.occupy(service);
    if (!r.ok) errors.push(r.error.message);
  }
  return errors;
}

/** occupyCIDRs: spec.podCIDRs[i] goes into set i; the first problem is fatal, with upstream's text. */
function occupyCIDRs(sets: readonly CidrSet[], node: RangeAllocatorNode): Prefix[] | string {
  const out: Prefix[] = [];
  for (const [idx, text] of node.podCIDRs.entries()) {
    const podCIDR = Prefix.tryParse(text);
    // Upstream prints node.Spec.PodCIDR (the first entry) here, not the one that failed to parse.
    if (!podCIDR) return `failed to parse node ${node.name}, CIDR ${node.podCIDRs[0] ?? ''}`;
    if (idx >= sets.length) {
      return `node:${node.name} has an allocated cidr: ${text} at index:${idx} that does not exist in cluster cidrs configuration`;
    }
    const r = sets[idx]!.occupy(podCIDR);
    if (!r.ok) {
      return `failed to mark cidr[${podCIDR.toString()}] at idx [${idx}] as occupied for node: ${node.name}: ${r.error.message}`;
    }
    out.push(podCIDR);
  }
  return out;
}

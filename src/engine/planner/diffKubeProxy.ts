/**
 * The kube-proxy section of a scenario diff: each node's rule counts in its mode, before and after, from
 * src/engine/services/kubeproxy (the numbers are that module's `ruleCounts`).
 *
 * Proportional to the change. kube-proxy's inputs are the Services, the EndpointSlices, the kube-proxy
 * settings, the pod and service CIDRs (config.ts resolveConfig) and the node itself (its name and
 * addresses). The planner never mutates a topology and shares what an operation leaves alone, so:
 * - each side's totals are memoized on its Topology object (a second what-if on the same baseline does not
 *   count the baseline again);
 * - when the fork shares all those inputs with the base (an overlay, a node mask, new nodes), a fork node
 *   that is the very same object as a base node keeps its base total, and only new or changed nodes are
 *   counted (ruleCounts' inputs are shared per topology side too: services/kubeproxy shared.ts);
 * - otherwise (a kube-proxy setting, a Service, its endpoints) every node is counted again, incrementally
 *   from the shared inputs (counts.ts).
 * `work` in the answer says what was counted and what was reused.
 */
import type { Snapshot } from '../model/snapshot';
import type { ClusterNode, KubeProxyMode, Topology } from '../model/topology';
import { kubeProxyWork, nodeRuleCounts, ruleCountsDirect } from '../services/kubeproxy';

export interface NodeRules {
  readonly node: string;
  readonly before: { readonly mode: KubeProxyMode; readonly total: number } | null;
  readonly after: { readonly mode: KubeProxyMode; readonly total: number } | null;
}

export interface KubeProxyWork {
  /** Nodes counted for this diff (both sides). */
  readonly nodesCounted: number;
  /** Nodes whose total was reused: from an earlier diff of the same topology, or from the base (inputs shared). */
  readonly nodesReused: number;
  /** Endpoint maps built (one per topology side and family whose Services or slices were not seen before). */
  readonly endpointMapsBuilt: number;
}

export interface KubeProxyDiff {
  readonly mode: { readonly before: KubeProxyMode; readonly after: KubeProxyMode };
  /** Every node of either side, in the fork's node order then removed ones; total = rules/elements of all families. */
  readonly nodes: readonly NodeRules[];
  /** Nodes on both sides whose mode or total changed. */
  readonly changed: number;
  readonly work: KubeProxyWork;
}

interface Total {
  readonly node: ClusterNode;
  readonly mode: KubeProxyMode;
  readonly total: number;
}

const sides = new WeakMap<Topology, ReadonlyMap<string, Total>>();

/** The kube-proxy inputs other than the nodes are the same objects on both sides. */
function sharesInputs(a: Topology, b: Topology): boolean {
  return a.services === b.services && a.endpointSlices === b.endpointSlices && a.kubeProxy === b.kubeProxy && a.podCIDRs === b.podCIDRs && a.serviceCIDRs === b.serviceCIDRs;
}

function totals(t: Topology, from: ReadonlyMap<string, Total> | null, tally: { counted: number; reused: number }): ReadonlyMap<string, Total> {
  const known = sides.get(t);
  if (known !== undefined) {
    tally.reused += known.size;
    return known;
  }
  const out = new Map<string, Total>();
  for (const node of t.nodes) {
    if (out.has(node.name)) continue;
    const prior = from?.get(node.name);
    if (prior !== undefined && prior.node === node) {
      out.set(node.name, prior);
      tally.reused++;
      continue;
    }
    const c = nodeRuleCounts(t, node);
    out.set(node.name, { node, mode: c.mode, total: c.families.reduce((sum, f) => sum + f.total, 0) });
    tally.counted++;
  }
  sides.set(t, out);
  return out;
}

/** Takes topologies or compiled snapshots (only `topology` is read). */
export function diffKubeProxy(base: { readonly topology: Topology }, fork: { readonly topology: Topology }): KubeProxyDiff {
  const maps = kubeProxyWork.endpointMaps;
  const tally = { counted: 0, reused: 0 };
  const b = totals(base.topology, null, tally);
  const a = totals(fork.topology, sharesInputs(base.topology, fork.topology) ? b : null, tally);
  const order = [...fork.topology.nodes.map((n) => n.name), ...base.topology.nodes.map((n) => n.name).filter((n) => !a.has(n))];
  const entry = (t: Total | undefined) => (t === undefined ? null : { mode: t.mode, total: t.total });
  const nodes = order.map((node) => ({ node, before: entry(b.get(node)), after: entry(a.get(node)) }));
  const changed = nodes.filter((n) => n.before !== null && n.after !== null && (n.before.total !== n.after.total || n.before.mode !== n.after.mode)).length;
  return {
    mode: { before: base.topology.kubeProxy.mode, after: fork.topology.kubeProxy.mode },
    nodes,
    changed,
    work: { nodesCounted: tally.counted, nodesReused: tally.reused, endpointMapsBuilt: kubeProxyWork.endpointMaps - maps },
  };
}

/** Every node counted the direct way (its own endpoints map, every service port), for tests of the incremental path. */
export function kubeProxyTotalsUnmemoized(s: Snapshot): Map<string, number> {
  return new Map(s.topology.nodes.map((n) => [n.name, ruleCountsDirect(s.topology, n.name).families.reduce((sum, f) => sum + f.total, 0)]));
}

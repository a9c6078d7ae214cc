/**
 * The kube-proxy section of a scenario diff: each node's rule counts in its mode, before and after, from
 * src/engine/services/kubeproxy ruleCounts (the numbers are that module's).
 *
 * ruleCounts costs milliseconds per node on a big cluster, and most nodes of a cluster program the same
 * rules, so nodes are counted once per class of equal inputs. What differs between nodes in kube-proxy's
 * inputs (services/kubeproxy config.ts resolveNode/resolveConfig, inputs.ts endpointInfo): the node's
 * addresses — only their number per family, unless --nodeport-addresses lists CIDRs, in which case the
 * addresses themselves — and which endpoints are local (isLocal), with their conditions. The class key
 * holds exactly those; tests/engine/planner/diff.kubeproxy.test.ts checks it against counting every node.
 */
import type { Snapshot } from '../model/snapshot';
import type { KubeProxyMode, Topology } from '../model/topology';
import { familyOf } from '../overlay';
import { ruleCounts } from '../services/kubeproxy';

export interface NodeRules {
  readonly node: string;
  readonly before: { readonly mode: KubeProxyMode; readonly total: number } | null;
  readonly after: { readonly mode: KubeProxyMode; readonly total: number } | null;
}

export interface KubeProxyDiff {
  readonly mode: { readonly before: KubeProxyMode; readonly after: KubeProxyMode };
  /** Every node of either side, in the fork's node order then removed ones; total = rules/elements of all families. */
  readonly nodes: readonly NodeRules[];
  /** Nodes on both sides whose mode or total changed. */
  readonly changed: number;
}

/** The inputs of kube-proxy on `node` that differ between nodes (see above). */
function classKeys(t: Topology): Map<string, string> {
  const local = new Map<string, string[]>();
  for (const s of t.endpointSlices) {
    for (const e of s.endpoints) {
      if (e.nodeName === null) continue;
      const list = local.get(e.nodeName) ?? [];
      list.push(`${s.namespace}/${s.serviceName}/${s.addressType}/${s.ports.map((p) => `${p.name}:${p.protocol}:${p.port}`).join(',')}/${e.addresses.length}/${e.ready}/${e.serving}/${e.terminating}`);
      local.set(e.nodeName, list);
    }
  }
  const custom = t.kubeProxy.nodePortAddresses.length > 0 && t.kubeProxy.nodePortAddresses[0] !== 'primary';
  const keys = new Map<string, string>();
  for (const n of t.nodes) {
    const ips = [...n.internalIPs, ...n.externalIPs];
    const addresses = custom ? ips.join(',') : ['IPv4', 'IPv6'].map((f) => `${f}:${n.internalIPs.filter((ip) => familyOf(ip) === f).length}:${n.externalIPs.filter((ip) => familyOf(ip) === f).length}`).join(',');
    keys.set(n.name, JSON.stringify([addresses, (local.get(n.name) ?? []).sort()]));
  }
  return keys;
}

function totals(s: Snapshot): Map<string, { mode: KubeProxyMode; total: number }> {
  const keys = classKeys(s.topology);
  const memo = new Map<string, { mode: KubeProxyMode; total: number }>();
  const out = new Map<string, { mode: KubeProxyMode; total: number }>();
  for (const n of s.topology.nodes) {
    const key = keys.get(n.name)!;
    let v = memo.get(key);
    if (v === undefined) {
      const c = ruleCounts(s, n.name);
      v = { mode: c.mode, total: c.families.reduce((sum, f) => sum + f.total, 0) };
      memo.set(key, v);
    }
    out.set(n.name, v);
  }
  return out;
}

export function diffKubeProxy(base: Snapshot, fork: Snapshot): KubeProxyDiff {
  const b = totals(base);
  const a = totals(fork);
  const order = [...fork.topology.nodes.map((n) => n.name), ...base.topology.nodes.map((n) => n.name).filter((n) => !a.has(n))];
  const nodes = order.map((node) => ({ node, before: b.get(node) ?? null, after: a.get(node) ?? null }));
  const changed = nodes.filter((n) => n.before !== null && n.after !== null && (n.before.total !== n.after.total || n.before.mode !== n.after.mode)).length;
  return { mode: { before: base.topology.kubeProxy.mode, after: fork.topology.kubeProxy.mode }, nodes, changed };
}

/** Every node counted on its own, for tests of the class key. */
export function kubeProxyTotalsUnmemoized(s: Snapshot): Map<string, number> {
  return new Map(s.topology.nodes.map((n) => [n.name, ruleCounts(s, n.name).families.reduce((sum, f) => sum + f.total, 0)]));
}

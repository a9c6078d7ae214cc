/**
 * The NetworkPolicy connectivity graph (extension point): workloads grouped by namespace, external ranges apart,
 * allowed connections as green arrows labeled with their ports, denied ones (when the answer lists them) red and dashed.
 *
 * Input is the JSON shape of a connectivity answer, `{ connections: [{ from, fromKind, to, toKind, allowed, ports? }] }`,
 * where a workload or pod is named `<namespace>/<name>` and anything else (an ipBlock CIDR, `0.0.0.0/0`) stands alone.
 * The question itself is built elsewhere; its interfaces only need to pass their answer here.
 */
import { leftLabel, newCluster, newGraph, printDot, type DotCluster } from './dot';
import { BASE_EDGE, BASE_GRAPH, BASE_NODE, COLORS } from './style';

export interface Connection {
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly allowed: boolean;
  /** e.g. `TCP/80`; absent or empty = all ports. */
  readonly ports?: readonly string[];
}

export interface ConnectivityInput {
  readonly connections: readonly Connection[];
  readonly title?: string;
}

const EXTERNAL_KINDS = new Set(['external', 'ipBlock', 'ipblock', 'cidr', 'ip']);

export function connectivityGraph(input: ConnectivityInput): string {
  const allowed = input.connections.filter((c) => c.allowed).length;
  const title = `${input.title ?? 'NetworkPolicy connectivity'}: ${allowed} allowed, ${input.connections.length - allowed} denied connections`;
  const g = newGraph('digraph', 'connectivity', { ...BASE_GRAPH, label: title, rankdir: 'LR', nodesep: 0.3 }, BASE_NODE, BASE_EDGE);
  const namespaces = new Map<string, DotCluster>();
  const seen = new Set<string>();
  const place = (name: string, kind: string) => {
    const id = `${kind}:${name}`;
    if (seen.has(id)) return id;
    seen.add(id);
    const slash = name.indexOf('/');
    if (EXTERNAL_KINDS.has(kind) || slash < 0) {
      g.nodes.push({ id, attrs: { id, label: `${name}\n(${kind})`, shape: EXTERNAL_KINDS.has(kind) ? 'box' : 'ellipse', style: EXTERNAL_KINDS.has(kind) ? 'dashed' : 'rounded,filled' } });
      return id;
    }
    const ns = name.slice(0, slash);
    let cluster = namespaces.get(ns);
    if (cluster === undefined) {
      cluster = newCluster(`ns:${ns}`, { id: `ns:${ns}`, label: `namespace ${ns}`, style: 'rounded,filled', fillcolor: COLORS.podFill, color: COLORS.muted });
      namespaces.set(ns, cluster);
      g.clusters.push(cluster);
    }
    cluster.nodes.push({ id, attrs: { id, label: leftLabel(`${name.slice(slash + 1)}\n${kind}`) } });
    return id;
  };
  for (const c of input.connections) {
    const from = place(c.from, c.fromKind);
    const to = place(c.to, c.toKind);
    const ports = c.ports && c.ports.length > 0 ? c.ports.join(', ') : 'all ports';
    g.edges.push({
      from,
      to,
      attrs: c.allowed
        ? { class: 'allowed', color: COLORS.ok, fontcolor: COLORS.ok, label: ports }
        : { class: 'denied', color: COLORS.bad, fontcolor: COLORS.bad, style: 'dashed', label: `denied${c.ports?.length ? ` ${ports}` : ''}` },
    });
  }
  return printDot(g);
}

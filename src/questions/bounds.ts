import type { Topology } from '../engine/model/topology';
import type { Problem } from '../io/problems';

/**
 * Work bounds checked before a question starts. A reachability matrix has one cell per pair of groups, so grouped by node
 * it grows with the square of the nodes: 5,000 nodes are 25 million cells, gigabytes of answer. The estimate needs only
 * counts the caller's topology already has, so a question that would be too big is refused at once, with what to change.
 */
export type GroupByName = 'subnet' | 'zone' | 'node';

/** Groups a matrix of this topology has: exact for node and subnet, zones through each node's subnet. */
export function groupCount(topology: Topology, groupBy: GroupByName): number {
  if (groupBy === 'node') return topology.nodes.length;
  if (groupBy === 'subnet') return new Set(topology.nodes.map((n) => n.subnet ?? '')).size;
  const zoneOf = new Map(topology.underlay.subnets.map((s) => [s.name, s.zone ?? '']));
  return new Set(topology.nodes.map((n) => zoneOf.get(n.subnet ?? '') ?? '')).size;
}

function tooManyCells(path: string, groups: number, groupBy: GroupByName, maxCells: number, what: string): Problem | null {
  const cells = groups * groups;
  if (cells <= maxCells) return null;
  const narrower = groupBy === 'node' ? 'group by subnet or zone' : 'group by zone, or split the topology';
  return {
    path,
    message:
      `${what} grouped by ${groupBy} would have ${groups.toLocaleString('en-US')} × ${groups.toLocaleString('en-US')} = ${cells.toLocaleString('en-US')} cells, ` +
      `past the limit of ${maxCells.toLocaleString('en-US')} (NETMODEL_MAX_MATRIX_CELLS); ${narrower}, or trace the pairs you care about`,
  };
}

export function matrixBound(topology: Topology, groupBy: string | undefined, maxCells: number): Problem | null {
  const by = asGroupBy(groupBy);
  if (by === null) return null; // an unknown groupBy is the question's own input error
  return tooManyCells('groupBy', groupCount(topology, by), by, maxCells, 'this reachability matrix');
}

/**
 * A what-if diff computes the matrix of the baseline and of the fork. The fork's groups are estimated from the operations
 * before they are applied: nodes added by addNodes, subnets by addSubnet (removals are ignored: an upper bound).
 */
export function whatIfBound(base: Topology, operations: unknown, options: unknown, maxCells: number, path = 'options.groupBy'): Problem | null {
  const raw = (options ?? {}) as { groupBy?: unknown };
  const by = asGroupBy(typeof raw.groupBy === 'string' ? raw.groupBy : 'subnet');
  if (by === null) return null;
  let addedNodes = 0;
  let addedSubnets = 0;
  for (const op of Array.isArray(operations) ? operations : []) {
    const o = op as { op?: unknown; count?: unknown };
    if (o?.op === 'addNodes' && typeof o.count === 'number' && Number.isFinite(o.count)) addedNodes += Math.max(0, o.count);
    if (o?.op === 'addSubnet') addedSubnets++;
  }
  const before = groupCount(base, by);
  const after = by === 'node' ? before + addedNodes : before + addedSubnets;
  return tooManyCells(path, Math.max(before, after), by, maxCells, 'the diff’s reachability matrix');
}

/**
 * A pod-level connectivity list has a row for every ordered pair of distinct peers, `No Connections` included, so it
 * grows with the square of the pods: 150,000 pods are 22 billion rows. Peers are estimated from above as the pods plus
 * the workloads declared without pods; with a namespace, only rows with an end in it (2 × its peers × all peers). The
 * workload level lists allowed connections only and is not bounded here.
 */
export function connectivityBound(topology: Topology, level: string | undefined, namespace: string | undefined, maxRows: number): Problem | null {
  if (level !== 'pod') return null;
  const workloads = topology.workloads ?? [];
  const peers = topology.pods.length + workloads.length;
  const inNamespace = namespace === undefined || namespace === '' ? peers : topology.pods.filter((p) => p.namespace === namespace).length + workloads.filter((w) => w.namespace === namespace).length;
  const rows = inNamespace === peers ? peers * Math.max(0, peers - 1) : 2 * inNamespace * peers;
  if (rows <= maxRows) return null;
  const fmt = (n: number): string => n.toLocaleString('en-US');
  return {
    path: 'level',
    message:
      `a pod-level connectivity list of ${fmt(peers)} peers${inNamespace === peers ? '' : ` (${fmt(inNamespace)} in namespace ${namespace})`} would have about ${fmt(rows)} rows, ` +
      `past the limit of ${fmt(maxRows)} (NETMODEL_MAX_CONNECTIVITY_ROWS); ask at workload level, narrow it to one namespace, or trace the pairs you care about`,
  };
}

function asGroupBy(value: string | undefined): GroupByName | null {
  const by = value ?? 'subnet';
  return by === 'subnet' || by === 'zone' || by === 'node' ? by : null;
}

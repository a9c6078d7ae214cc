/**
 * Differential reachability: the group matrix of both topologies and any pairs the user names, reduced
 * to what changed. Each changed cell or pair carries both traces and their deciding difference.
 */
import type { Snapshot } from '../model/snapshot';
import type { IpFamily, Topology } from '../model/topology';
import { primaryFamily } from '../overlay';
import { reachability, reachabilityMatrix, SUCCESS_DISPOSITIONS, type Disposition, type GroupBy, type MatrixCell, type ReachabilityMatrix, type Trace } from '../trace';
import { bothSides } from './sideMemo';
import { decidingDifference, finalStep, nodePairTrace, type DecidingDifference, type StepRef } from './diffTrace';

export interface NamedPair {
  readonly from: string;
  readonly to: string;
  readonly port?: number;
}

export type CellDisposition = Disposition | 'MIXED';
/** gained: now every node pair is reachable and before not all were; lost: the reverse; changed: anything else. */
export const CHANGE_KINDS = ['gained', 'lost', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface CellSide {
  readonly disposition: CellDisposition;
  readonly nodePairs: number;
  readonly outcomes: readonly { readonly disposition: Disposition; readonly nodePairs: number }[];
}

export interface CellChange {
  readonly from: string;
  readonly to: string;
  readonly before: CellSide;
  readonly after: CellSide;
  readonly change: ChangeKind;
  /** The node pair traced on both sides to explain the change. */
  readonly example: { readonly from: string; readonly to: string } | null;
  readonly traces: { readonly before: Trace | null; readonly after: Trace | null };
  readonly decidingDifference: DecidingDifference | null;
  /** The step that ended the trace after the change. */
  readonly decidingStepAfter: StepRef | null;
}

export interface CellOnly {
  readonly from: string;
  readonly to: string;
  readonly side: CellSide;
}

export interface PairSide {
  readonly disposition: Disposition | null;
  readonly reachable: boolean;
  readonly trace: Trace | null;
  readonly errors: readonly string[];
}

export interface PairDiff {
  readonly from: string;
  readonly to: string;
  readonly port: number | null;
  readonly before: PairSide;
  readonly after: PairSide;
  readonly changed: boolean;
  readonly change: ChangeKind | null;
  readonly decidingDifference: DecidingDifference | null;
}

export interface ReachabilityDiff {
  readonly groupBy: GroupBy;
  readonly family: IpFamily;
  /** Cells present on both sides; how many changed. */
  readonly cellsCompared: number;
  readonly changed: readonly CellChange[];
  /** Cells of groups that exist only after (added) or only before (removed). */
  readonly added: readonly CellOnly[];
  readonly removed: readonly CellOnly[];
  readonly pairs: readonly PairDiff[];
  readonly assumptions: { readonly before: readonly string[]; readonly after: readonly string[] };
}

export interface ReachOptions {
  readonly groupBy: GroupBy;
  readonly family?: IpFamily;
  readonly packetSize?: number;
  readonly pairs?: readonly NamedPair[];
}

function side(c: MatrixCell): CellSide {
  return { disposition: c.disposition, nodePairs: c.nodePairs, outcomes: c.outcomes.map((o) => ({ disposition: o.disposition, nodePairs: o.nodePairs })) };
}

function allReachable(c: CellSide): boolean {
  return c.outcomes.every((o) => SUCCESS_DISPOSITIONS.has(o.disposition));
}

function cellChanged(a: MatrixCell, b: MatrixCell): boolean {
  const set = (c: MatrixCell) => c.outcomes.map((o) => o.disposition).sort().join();
  return a.disposition !== b.disposition || set(a) !== set(b);
}

function kindOf(reachableBefore: boolean, reachableAfter: boolean): ChangeKind {
  if (!reachableBefore && reachableAfter) return 'gained';
  if (reachableBefore && !reachableAfter) return 'lost';
  return 'changed';
}

/** Trace candidate node pairs of the cell on both sides; keep the first whose dispositions differ. */
function explain(base: Snapshot, fork: Snapshot, before: MatrixCell, after: MatrixCell, family: IpFamily, o: ReachOptions): Pick<CellChange, 'example' | 'traces' | 'decidingDifference' | 'decidingStepAfter'> {
  const firstBad = (c: MatrixCell) => [...c.outcomes].sort((x, y) => Number(SUCCESS_DISPOSITIONS.has(x.disposition)) - Number(SUCCESS_DISPOSITIONS.has(y.disposition)));
  const candidates = [...firstBad(after), ...firstBad(before)].map((x) => x.example);
  let fallback: ReturnType<typeof explain> | null = null;
  for (const ex of candidates) {
    const a0 = base.nodeByName.get(ex.from);
    const b0 = base.nodeByName.get(ex.to);
    const a1 = fork.nodeByName.get(ex.from);
    const b1 = fork.nodeByName.get(ex.to);
    if (!a0 || !b0 || !a1 || !b1) continue;
    const tb = nodePairTrace(base, a0, b0, family, o);
    const ta = nodePairTrace(fork, a1, b1, family, o);
    const result = { example: ex, traces: { before: tb, after: ta }, decidingDifference: decidingDifference(tb, ta), decidingStepAfter: finalStep(ta) };
    if (tb.disposition !== ta.disposition) return result;
    fallback ??= result;
  }
  return fallback ?? { example: null, traces: { before: null, after: null }, decidingDifference: null, decidingStepAfter: null };
}

function pairDiff(base: Snapshot, fork: Snapshot, p: NamedPair, o: ReachOptions): PairDiff {
  const options = { port: p.port, packetSize: o.packetSize, family: o.family };
  const rb = reachability(base, p.from, p.to, options);
  const ra = reachability(fork, p.from, p.to, options);
  const changed = rb.disposition !== ra.disposition;
  return {
    from: p.from,
    to: p.to,
    port: p.port ?? null,
    before: { disposition: rb.disposition, reachable: rb.reachable, trace: rb.trace, errors: rb.errors },
    after: { disposition: ra.disposition, reachable: ra.reachable, trace: ra.trace, errors: ra.errors },
    changed,
    change: changed ? kindOf(rb.reachable, ra.reachable) : null,
    decidingDifference: changed ? decidingDifference(rb.trace, ra.trace) : null,
  };
}

/**
 * `forkSnapshot` is asked for only when something needs the fork compiled: a matrix the base's cannot stand
 * for (sideMemo.ts), a changed cell to explain, a named pair.
 */
export function diffReachability(base: Snapshot, forkTopology: Topology, forkSnapshot: () => Snapshot, o: ReachOptions, reused: string[] = []): ReachabilityDiff {
  const family = o.family ?? primaryFamily(forkTopology);
  const key = `${o.groupBy}|${family}|${o.packetSize}`;
  const [mb, ma] = bothSides(base.topology, forkTopology, 'reachability', key, (t): ReachabilityMatrix => reachabilityMatrix(t === base.topology ? base : forkSnapshot(), { groupBy: o.groupBy, family, packetSize: o.packetSize }), reused);
  const cellKey = (c: MatrixCell) => `${c.from}\u0000${c.to}`;
  const before = new Map(mb.cells.map((c) => [cellKey(c), c]));
  const after = new Map(ma.cells.map((c) => [cellKey(c), c]));
  const changed: CellChange[] = [];
  let compared = 0;
  for (const [k, ca] of after) {
    const cb = before.get(k);
    if (cb === undefined) continue;
    compared++;
    if (!cellChanged(cb, ca)) continue;
    const sb = side(cb);
    const sa = side(ca);
    changed.push({ from: ca.from, to: ca.to, before: sb, after: sa, change: kindOf(allReachable(sb), allReachable(sa)), ...explain(base, forkSnapshot(), cb, ca, family, o) });
  }
  return {
    groupBy: o.groupBy,
    family,
    cellsCompared: compared,
    changed,
    added: ma.cells.filter((c) => !before.has(cellKey(c))).map((c) => ({ from: c.from, to: c.to, side: side(c) })),
    removed: mb.cells.filter((c) => !after.has(cellKey(c))).map((c) => ({ from: c.from, to: c.to, side: side(c) })),
    pairs: (o.pairs ?? []).map((p) => pairDiff(base, forkSnapshot(), p, o)),
    assumptions: { before: mb.assumptions, after: ma.assumptions },
  };
}

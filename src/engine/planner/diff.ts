/**
 * diffTopologies: a scenario against its baseline, as Batfish's differential questions do it — the same
 * questions on both snapshots, then what changed, each change explained by its evidence (two traces and
 * the step where they part; the finding that appeared; the numbers before and after), led by a
 * one-paragraph summary generated from that data. Pure: both topologies are only read.
 */
import { compileSnapshot, type Snapshot } from '../model/snapshot';
import type { IpFamily, Topology } from '../model/topology';
import { DEFAULT_PACKET_SIZE, type GroupBy } from '../trace';
import { diffCapacity, type CapacityDiff } from './diffCapacity';
import { diffKubeProxy, type KubeProxyDiff } from './diffKubeProxy';
import { diffReachability, type NamedPair, type ReachabilityDiff } from './diffReach';
import { assumptionDiff, diffConflicts, diffOverhead, settingChanges, type ConflictsDiff, type OverheadDiff, type SettingChange } from './diffSections';
import { summarize } from './summary';

/** A further comparison a caller plugs in (the extension point for questions this module does not know). */
export interface ExtraDiff {
  readonly key: string;
  diff(base: Topology, fork: Topology): ExtraDiffResult;
}

export interface ExtraDiffResult {
  readonly changed: boolean;
  /** One sentence for the summary when something changed; null = nothing to say. */
  readonly headline: string | null;
  readonly data: unknown;
}

export interface DiffOptions {
  /** Pairs to trace on both sides (`pod:ns/name`, `svc:ns/name`, `node:…` — the tracer's target syntax). */
  readonly pairs?: readonly NamedPair[];
  /** How the reachability matrix groups nodes; default subnet. */
  readonly groupBy?: GroupBy;
  /** IP packet size for traces and the overhead report (default: the tracer's 100 bytes, the smallest pod MTU). */
  readonly packetSize?: number;
  /** Family of the reachability matrix; default the fork's primary family. */
  readonly family?: IpFamily;
  /** Skip the capacity and kube-proxy sections (null in the answer), e.g. for a quick reachability-only diff. */
  readonly sections?: { readonly capacity?: boolean; readonly kubeProxy?: boolean };
  readonly extraDiffs?: readonly ExtraDiff[];
}

export interface ScenarioDiff {
  /** One paragraph, most important change first. */
  readonly summary: string;
  /** The settings and objects the scenario changed, in words. */
  readonly changes: readonly SettingChange[];
  readonly reachability: ReachabilityDiff;
  readonly conflicts: ConflictsDiff;
  readonly overhead: OverheadDiff;
  readonly capacity: CapacityDiff | null;
  readonly kubeProxy: KubeProxyDiff | null;
  readonly extra: Readonly<Record<string, ExtraDiffResult>>;
  /** Modeling assumptions the answers relied on, that only one side relied on. */
  readonly assumptions: { readonly added: readonly string[]; readonly removed: readonly string[] };
  /**
   * Section answers not computed for this diff: `baseline <section>` (memoized from an earlier diff of the same
   * baseline), `fork <section> (its inputs are the baseline's)`. kube-proxy's node-level reuse is in `kubeProxy.work`.
   */
  readonly reused: readonly string[];
}

function traceAssumptions(r: ReachabilityDiff, which: 'before' | 'after'): string[] {
  const fromCells = r.changed.flatMap((c) => c.traces[which]?.assumptions ?? []);
  const fromPairs = r.pairs.flatMap((p) => p[which].trace?.assumptions ?? []);
  return [...r.assumptions[which], ...fromCells, ...fromPairs];
}

export function diffTopologies(base: Topology, fork: Topology, options: DiffOptions = {}): ScenarioDiff {
  // Proportional to the change (sideMemo.ts): each side's answers are memoized on its Topology, the fork
  // reuses the base's where it shares the inputs, and the fork is compiled only if a section needs it.
  const reused: string[] = [];
  const sb = compileSnapshot(base);
  let sa: Snapshot | null = null;
  const forkSnapshot = () => (sa ??= compileSnapshot(fork));
  const reachability = diffReachability(sb, fork, forkSnapshot, { groupBy: options.groupBy ?? 'subnet', family: options.family, packetSize: options.packetSize, pairs: options.pairs }, reused);
  const conflicts = diffConflicts(base, fork, reused);
  const overhead = diffOverhead(base, fork, options.packetSize, reused);
  const capacity = options.sections?.capacity === false ? null : diffCapacity(base, fork, reused);
  const kubeProxy = options.sections?.kubeProxy === false ? null : diffKubeProxy({ topology: base }, { topology: fork });
  const extra: Record<string, ExtraDiffResult> = {};
  for (const x of options.extraDiffs ?? []) extra[x.key] = x.diff(base, fork);
  const changes = settingChanges(base, fork);
  const assumptions = assumptionDiff([...traceAssumptions(reachability, 'before'), ...overhead.assumptions.before], [...traceAssumptions(reachability, 'after'), ...overhead.assumptions.after]);
  const headlines = Object.values(extra).flatMap((x) => (x.changed && x.headline !== null ? [x.headline] : []));
  const summary = summarize({ changes, reachability, overhead, conflicts, capacity, kubeProxy, packetSize: options.packetSize ?? DEFAULT_PACKET_SIZE, headlines });
  return { summary, changes, reachability, conflicts, overhead, capacity, kubeProxy, extra, assumptions, reused };
}

/**
 * The baseline's side of a default diff, computed ahead of the first what-if on a version (the worker pool's
 * preparation, src/app/workers/worker.ts). Each section's baseline answer is memoized on the Topology object
 * (sideMemo.ts, and kube-proxy's per-side totals), so a later `diffTopologies(base, fork)` with default options
 * finds them computed and only does the fork's part. Each step is one section, so a caller can yield between
 * steps: a question that arrives meanwhile waits for the step under way only.
 *
 * Every step diffs the baseline against itself, the same call a what-if makes (same memo keys by construction):
 * with the fork being the base, the "fork" side reuses the baseline's answer, so a step costs the baseline's
 * section plus an empty comparison.
 */
import type { Snapshot } from '../model/snapshot';
import { diffCapacity } from './diffCapacity';
import { diffKubeProxy } from './diffKubeProxy';
import { diffReachability } from './diffReach';
import { diffConflicts, diffOverhead } from './diffSections';

export interface PreparationStep {
  readonly section: 'reachability' | 'conflicts' | 'overhead' | 'capacity' | 'kubeProxy';
  run(): void;
}

/** The steps that compute the baseline's answers for a diff with default options (diff.ts's defaults). */
export function baselineSteps(snapshot: Snapshot): PreparationStep[] {
  const t = snapshot.topology;
  return [
    // diffReachability's defaults: subnet grouping, the fork's primary family (an operation that keeps the families keeps it).
    { section: 'reachability', run: () => void diffReachability(snapshot, t, () => snapshot, { groupBy: 'subnet' }) },
    { section: 'conflicts', run: () => void diffConflicts(t, t) },
    { section: 'overhead', run: () => void diffOverhead(t, t, undefined) },
    { section: 'capacity', run: () => void diffCapacity(t, t) },
    { section: 'kubeProxy', run: () => void diffKubeProxy(snapshot, snapshot) },
  ];
}

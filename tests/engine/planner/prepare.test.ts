/**
 * Preparing a baseline (src/engine/planner/prepare.ts, run by each worker of the pool when a version is loaded) computes
 * exactly the baseline's side of a default diff: afterwards the first what-if on that baseline reuses every baseline
 * section and counts kube-proxy only where the fork differs, and its answer is the one an unprepared baseline gives.
 * Work is counted (`reused`, `kubeProxy.work`), never timed.
 */
import { describe, expect, test } from '@jest/globals';
import { generateTopology } from '../../../src/engine/generate';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import { diffTopologies, type ScenarioDiff } from '../../../src/engine/planner';
import { baselineSteps } from '../../../src/engine/planner/prepare';
import { applied } from './harness';

function baseline(): Topology {
  const generated = generateTopology({ name: 'prep', nodes: 8, podsPerNode: 3, services: 5, seed: 3 });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  return generated.topology;
}

/** The diff without the fields that describe the work done rather than the answer. */
function answerOf(d: ScenarioDiff): unknown {
  const { reused: _reused, kubeProxy, ...rest } = d;
  return { ...rest, kubeProxy: kubeProxy === null ? null : { ...kubeProxy, work: undefined } };
}

const BASELINE = ['baseline reachability', 'baseline conflicts', 'baseline overhead', 'baseline capacity'];

describe.each([
  { name: 'overlay vxlan → host-gw', ops: [{ op: 'setCni', overlay: 'host-gw' }] },
  { name: 'node mask /24 → /25', ops: [{ op: 'setNodeMask', family: 'IPv4', size: 25 }] },
  { name: 'kube-proxy → nftables', ops: [{ op: 'setKubeProxy', mode: 'nftables' }] },
])('$name', ({ ops }) => {
  test('after preparation the first diff computes no baseline section, and answers as without it', () => {
    const prepared = baseline();
    const steps = baselineSteps(compileSnapshot(prepared));
    expect(steps.map((s) => s.section)).toEqual(['reachability', 'conflicts', 'overhead', 'capacity', 'kubeProxy']);
    for (const step of steps) step.run();
    const first = diffTopologies(prepared, applied(prepared, ops).topology);
    expect(first.reused.filter((r) => r.startsWith('baseline'))).toEqual(BASELINE);

    const cold = baseline();
    const unprepared = diffTopologies(cold, applied(cold, ops).topology);
    expect(unprepared.reused.filter((r) => r.startsWith('baseline'))).toEqual([]);
    // kube-proxy: unprepared, the baseline's 8 nodes are counted too; prepared, only what the fork needs of its own.
    expect(unprepared.kubeProxy!.work.nodesCounted - first.kubeProxy!.work.nodesCounted).toBe(8);
    expect(answerOf(first)).toEqual(answerOf(unprepared));
  });
});

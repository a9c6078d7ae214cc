/**
 * Work bounds of questions whose answers grow with the square of the cluster: a pod-level connectivity list has one row
 * per ordered pair of distinct peers (`No Connections` included), so it is refused before any work once the estimate
 * passes the limit — with the limit's setting named and how to narrow the question.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { connectivityBound } from '../../src/questions/bounds';
import { makeTopology } from '../helpers/topologyBuilder';
import type { Topology } from '../../src/engine/model/topology';

/** A topology with `pods[ns]` pods in each namespace (placement does not matter to the bound). */
function withPods(podsPerNamespace: Record<string, number>): Topology {
  return makeTopology('bounds', (t) => {
    const template = t.pods[0]!;
    t.pods = Object.entries(podsPerNamespace).flatMap(([namespace, count]) =>
      Array.from({ length: count }, (_, i) => ({ ...template, namespace, name: `p-${i}`, ips: [] })),
    );
  });
}

describe('connectivityBound', () => {
  const cases: { name: string; pods: Record<string, number>; level?: string; namespace?: string; limit: number; rows: number | null }[] = [
    // 10 peers: 10 × 9 ordered pairs.
    { name: 'pod level at the limit is allowed', pods: { a: 10 }, level: 'pod', limit: 90, rows: null },
    { name: 'pod level one row past the limit is refused', pods: { a: 10 }, level: 'pod', limit: 89, rows: 90 },
    // One namespace: rows with an end in it, 2 × 2 × 12 = 48 (an upper bound: it counts the pairs inside twice).
    { name: 'a namespace narrows the estimate', pods: { a: 10, b: 2 }, level: 'pod', namespace: 'b', limit: 48, rows: null },
    { name: 'a namespace past the limit is refused', pods: { a: 10, b: 2 }, level: 'pod', namespace: 'b', limit: 47, rows: 48 },
    // The workload level lists allowed connections only: never refused by this bound.
    { name: 'workload level is not bounded', pods: { a: 1000 }, level: 'workload', limit: 1, rows: null },
    { name: 'the default level (workload) is not bounded', pods: { a: 1000 }, limit: 1, rows: null },
  ];
  test.each(cases)('$name', ({ pods, level, namespace, limit, rows }) => {
    const problem = connectivityBound(withPods(pods), level, namespace, limit);
    if (rows === null) return void assert.equal(problem, null);
    assert.ok(problem, 'refused');
    assert.equal(problem.path, 'level');
    assert.match(problem.message, new RegExp(`about ${rows.toLocaleString('en-US')} rows`));
    assert.match(problem.message, /NETMODEL_MAX_CONNECTIVITY_ROWS/);
    assert.match(problem.message, /workload level/);
  });
});

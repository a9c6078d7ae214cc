/**
 * Scale: a 5,000-node / 150,000-pod / 10,000-Service snapshot compiles, and traces across it — pod to pod on
 * nodes whose tables were never compiled, and through Services (kube-proxy's rules for the Services the packet
 * can match, DNS from the pod's resolver) — give the right answers. How fast is `npm run bench`'s business
 * (bench/net.bench.ts); a test asserts results only, never time.
 */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import { reachabilityMatrix, trace } from '../../../src/engine/trace';
import { withSyntheticEndpoints } from '../fixtures/services';
import { syntheticTopology } from '../fixtures/synthetic';

test('5,000 nodes, 150,000 pods, 10,000 Services: compile, trace, matrix', () => {
  const topology = withSyntheticEndpoints(syntheticTopology({ nodes: 5000, podsPerNode: 30, services: 10000 }), 3);
  const snap = compileSnapshot(topology);

  // Cold: most traces touch nodes whose tables were never compiled (Calico: a /32 per local pod).
  const pairs = Array.from({ length: 1000 }, (_, i) => [(i * 7919) % 5000, (i * 104729 + 1) % 5000, i % 30] as const);
  for (const [a, b, p] of pairs) {
    const q = (p + 1) % 30; // pod q of a node lives in namespace ns-q
    const r = trace(snap, `pod:ns-${p}/pod-${a}-${p}`, `pod:ns-${q}/pod-${b}-${q}`);
    assert.equal(r.trace?.disposition, 'DELIVERED', JSON.stringify(r.errors));
  }
  for (let i = 0; i < 3; i++) assert.equal(trace(snap, 'pod:ns-0/pod-0-0', 'pod:ns-1/pod-4999-1').trace?.disposition, 'DELIVERED');

  // Through Services: svc:, a ClusterIP, and dns: (search walk + CoreDNS answer first); three endpoints each.
  const viaService = ['svc:ns-20/svc-20', 'ip:10.96.0.30:80', 'dns:svc-20.ns-20:80'];
  for (let i = 0; i < 100; i++) {
    const r = trace(snap, `pod:ns-${i % 30}/pod-${i * 41}-${i % 30}`, `svc:ns-${(i * 7) % 50}/svc-${i * 7}`);
    assert.equal(r.trace?.branches?.length, 3, JSON.stringify(r.errors));
  }
  for (const to of viaService) {
    const first = trace(snap, 'pod:ns-0/pod-0-0', to).trace;
    assert.deepEqual(first?.outcomes?.map((o) => [o.disposition, o.branches]), [['DELIVERED', 3]], to);
    const again = trace(snap, 'pod:ns-0/pod-0-0', to).trace;
    assert.deepEqual(again?.outcomes, first?.outcomes, `${to}: a warm trace answers as the cold one`);
  }

  const m = reachabilityMatrix(snap, { groupBy: 'subnet' });
  assert.equal(m.cells.length, 100);
  assert.ok(m.cells.every((c) => c.disposition === 'DELIVERED'));
  assert.ok(m.tracesRun <= 100);
});

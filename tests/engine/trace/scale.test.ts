/**
 * Scale: a 5,000-node / 150,000-pod / 10,000-Service snapshot compiles in well under 5 s and 1 GB, and a
 * trace costs microseconds to low milliseconds — through a Service too (kube-proxy's rules for the
 * Services the packet can match, DNS from the pod's resolver). The bounds are generous (shared CI machines
 * vary); the measured figures are printed as test diagnostics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import { reachabilityMatrix, trace } from '../../../src/engine/trace';
import { withSyntheticEndpoints } from '../fixtures/services';
import { syntheticTopology } from '../fixtures/synthetic';

test('5,000 nodes, 150,000 pods, 10,000 Services: compile, trace, matrix', (t) => {
  const topology = withSyntheticEndpoints(syntheticTopology({ nodes: 5000, podsPerNode: 30, services: 10000 }), 3);
  const heapBefore = process.memoryUsage().heapUsed;
  const c0 = performance.now();
  const snap = compileSnapshot(topology);
  const compileMs = performance.now() - c0;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  t.diagnostic(`compile ${compileMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
  assert.ok(compileMs < 5000, `compile took ${compileMs} ms`);
  assert.ok(heapMb < 1000, `compile used ${heapMb} MB`);

  // Cold: most traces touch nodes whose tables were never compiled (Calico: a /32 per local pod).
  const pairs = Array.from({ length: 1000 }, (_, i) => [(i * 7919) % 5000, (i * 104729 + 1) % 5000, i % 30] as const);
  const t0 = performance.now();
  for (const [a, b, p] of pairs) {
    const q = (p + 1) % 30; // pod q of a node lives in namespace ns-q
    const r = trace(snap, `pod:ns-${p}/pod-${a}-${p}`, `pod:ns-${q}/pod-${b}-${q}`);
    assert.equal(r.trace?.disposition, 'DELIVERED', JSON.stringify(r.errors));
  }
  const coldMs = (performance.now() - t0) / pairs.length;
  const t1 = performance.now();
  for (let i = 0; i < 1000; i++) trace(snap, 'pod:ns-0/pod-0-0', 'pod:ns-1/pod-4999-1');
  const warmMs = (performance.now() - t1) / 1000;
  t.diagnostic(`trace ${coldMs.toFixed(3)} ms cold (tables compiled on first use), ${(warmMs * 1000).toFixed(0)} µs warm`);
  assert.ok(coldMs < 20, `cold trace ${coldMs} ms`);
  assert.ok(warmMs < 2, `warm trace ${warmMs} ms`);

  // Through Services: svc:, a ClusterIP, and dns: (search walk + CoreDNS answer first); three endpoints each.
  const viaService = ['svc:ns-20/svc-20', 'ip:10.96.0.30:80', 'dns:svc-20.ns-20:80'];
  const s0 = performance.now();
  for (let i = 0; i < 100; i++) {
    const r = trace(snap, `pod:ns-${i % 30}/pod-${i * 41}-${i % 30}`, `svc:ns-${(i * 7) % 50}/svc-${i * 7}`);
    assert.equal(r.trace?.branches?.length, 3, JSON.stringify(r.errors));
  }
  const svcColdMs = (performance.now() - s0) / 100;
  for (const to of viaService) {
    const first = trace(snap, 'pod:ns-0/pod-0-0', to).trace;
    assert.deepEqual(first?.outcomes?.map((o) => [o.disposition, o.branches]), [['DELIVERED', 3]], to);
    const w0 = performance.now();
    for (let i = 0; i < 300; i++) trace(snap, 'pod:ns-0/pod-0-0', to);
    const ms = (performance.now() - w0) / 300;
    t.diagnostic(`trace to ${to}: ${ms.toFixed(3)} ms warm (3 branches)`);
    assert.ok(ms < 3, `warm trace to ${to}: ${ms} ms`);
  }
  t.diagnostic(`trace through a Service: ${svcColdMs.toFixed(2)} ms cold (new source node, new Service)`);
  assert.ok(svcColdMs < 30, `cold Service trace ${svcColdMs} ms`);

  const m0 = performance.now();
  const m = reachabilityMatrix(snap, { groupBy: 'subnet' });
  const matrixMs = performance.now() - m0;
  t.diagnostic(`matrix by subnet: ${m.cells.length} cells, ${m.tracesRun} traces for ${m.cells.reduce((s, c) => s + c.nodePairs, 0)} node pairs, ${matrixMs.toFixed(0)} ms`);
  assert.equal(m.cells.length, 100);
  assert.ok(m.cells.every((c) => c.disposition === 'DELIVERED'));
  assert.ok(m.tracesRun <= 100);
});

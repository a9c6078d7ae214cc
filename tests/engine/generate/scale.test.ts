/**
 * The benchmark size: 5,000 nodes / 150,000 pods / 10,000 Services must generate in a couple of seconds.
 * The bound is loose (shared CI machines vary); the measured time is printed as a diagnostic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generated } from './harness';

for (const dualStack of [false, true]) {
  test(`5,000 nodes × 30 pods, 10,000 Services${dualStack ? ', dual-stack' : ''}`, (t) => {
    const t0 = performance.now();
    const { topology } = generated({ nodes: 5000, podsPerNode: 30, services: 10000, dualStack });
    const ms = performance.now() - t0;
    t.diagnostic(`generated in ${ms.toFixed(0)} ms`);
    assert.equal(topology.nodes.length, 5000);
    assert.equal(topology.pods.length, 150000);
    assert.equal(topology.services.length, 10000);
    assert.equal(topology.endpointSlices.length, dualStack ? 2 + 2 * 9998 : 10000);
    assert.ok(ms < 10000, `took ${ms} ms`);
  });
}

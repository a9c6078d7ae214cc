/**
 * The benchmark size: 5,000 nodes / 150,000 pods / 10,000 Services generates whole. How fast is measured by
 * `npm run bench`, never asserted here.
 */
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { generated } from './harness';

for (const dualStack of [false, true]) {
  test(`5,000 nodes × 30 pods, 10,000 Services${dualStack ? ', dual-stack' : ''}`, () => {
    const { topology } = generated({ nodes: 5000, podsPerNode: 30, services: 10000, dualStack });
    assert.equal(topology.nodes.length, 5000);
    assert.equal(topology.pods.length, 150000);
    assert.equal(topology.services.length, 10000);
    assert.equal(topology.endpointSlices.length, dualStack ? 2 + 2 * 9998 : 10000);
  });
}

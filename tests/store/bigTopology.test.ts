import { afterAll, beforeAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../src/engine/model/topology';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeTopology } from '../helpers/topologyBuilder';

/**
 * 1,000 nodes and 30,000 pods store, load, replace and delete losslessly (the batched insert path, not Prisma's
 * per-row createMany). How long that takes is measured by `npm run bench`, not asserted here.
 */
function bigTopology(): Topology {
  return makeTopology('big', (t) => {
    t.podCIDRs = ['10.128.0.0/9'];
    t.underlay.subnets[0]!.cidr = '10.0.0.0/16';
    t.nodes = Array.from({ length: 1000 }, (_, i) => ({
      name: `node-${i}`,
      internalIPs: [`10.0.${i >> 8}.${i & 255}`],
      externalIPs: [],
      subnet: 'subnet-a',
      podCIDRs: [`10.${128 + (i >> 8)}.${i & 255}.0/24`],
      labels: { 'kubernetes.io/hostname': `node-${i}`, 'topology.kubernetes.io/zone': `zone-${i % 3}` },
      mtu: null,
      maxPods: 110,
    }));
    t.pods = Array.from({ length: 30_000 }, (_, j) => {
      const node = j % 1000;
      const host = Math.floor(j / 1000) + 2;
      return {
        namespace: `ns-${j % 50}`,
        name: `pod-${j}`,
        nodeName: `node-${node}`,
        ips: [`10.${128 + (node >> 8)}.${node & 255}.${host}`],
        hostNetwork: false,
        labels: { app: `app-${j % 300}`, tier: 'web' },
        ports: [{ container: 'main', name: 'http', containerPort: 8080, protocol: 'TCP' as const, hostPort: null }],
        ready: j % 97 !== 0,
      };
    });
  });
}

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb.close();
});

test('a 1,000-node, 30,000-pod topology stores, loads, replaces and deletes losslessly', async () => {
  const repo = new TopologyRepository(tdb.db.prisma);
  const big = bigTopology();
  await repo.create(big);
  const loaded = await repo.get('big');
  assert.deepEqual(loaded, { ...big, version: 1 });
  await repo.replace('big', big, 1);
  assert.equal((await repo.list())[0]?.podCount, 30_000);
  await repo.delete('big', 2);
  assert.deepEqual(await repo.list(), []);
});

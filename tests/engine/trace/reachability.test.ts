import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import { podAddress } from '../../../src/engine/model/indexes';
import { reachability, reachabilityMatrix, trace, type Disposition } from '../../../src/engine/trace';
import type { Topology } from '../../../src/engine/model/topology';
import { cni, makeRoute, makeTopology, twoSubnets, type Draft } from '../fixtures/cluster';
import { serviceOver, withHttpPort } from '../fixtures/services';
import { syntheticTopology } from '../fixtures/synthetic';

const A = 'pod:default/account-app-x2kqp';

describe('reachability', () => {
  const snap = compileSnapshot(makeTopology(twoSubnets, cni('flannel', 'host-gw')));
  const cases: [string, string, boolean, Disposition][] = [
    ['same subnet', 'pod:default/account-app-7hw5m', true, 'DELIVERED'],
    ['across subnets on host-gw', 'pod:default/account-app-b3', false, 'NO_ROUTE'],
    ['the internet (left toward it)', 'external:1.1.1.1', true, 'EXITS_CLUSTER'],
    ['a Service without endpoints (kube-proxy REJECTs)', 'svc:default/account-app', false, 'NO_ENDPOINTS'],
  ];
  for (const [name, to, reachable, disposition] of cases) {
    test(name, () => {
      const r = reachability(snap, A, to);
      assert.deepEqual([r.reachable, r.disposition], [reachable, disposition]);
      assert.equal(r.trace?.disposition, disposition);
    });
  }
  test('a bad query: not reachable, no disposition, the errors', () => {
    const r = reachability(snap, A, 'pod:nope');
    assert.deepEqual([r.reachable, r.disposition, r.trace], [false, null, null]);
    assert.equal(r.errors.length, 1);
  });
});

describe('reachability through a Service that forks', () => {
  // flannel host-gw needs the next hop on-link: node-3 (other subnet) is NO_ROUTE from node-1, the others deliver.
  const t = makeTopology(twoSubnets, cni('flannel', 'host-gw'), (d) => withHttpPort(d, 'account-app-b3'), serviceOver('default', 'api', ['10.96.0.50'], ['account-app-x2kqp', 'account-app-7hw5m', 'account-app-b3']));
  test('one endpoint unreachable: not reachable; the disposition is the failing one; outcomes count both', () => {
    const r = reachability(compileSnapshot(t), 'pod:default/web-frontend', 'svc:default/api');
    assert.deepEqual([r.reachable, r.disposition], [false, 'NO_ROUTE']);
    // kube-proxy's ladder: 0.3333333333 for the first endpoint, half of the rest for each of the others.
    const rest = (1 - 0.3333333333) / 2;
    const outcomes = r.trace?.outcomes?.map((o) => [o.disposition, o.branches, Number(o.probability.toFixed(12))]);
    assert.deepEqual(outcomes, [['DELIVERED', 2, Number((0.3333333333 + rest).toFixed(12))], ['NO_ROUTE', 1, Number(rest.toFixed(12))]]);
    // The top-level path is the failing branch's, so a renderer without branches still shows why.
    assert.equal(r.trace?.hops.at(-1)?.steps.at(-1)?.action, 'NO_ROUTE');
    assert.equal(r.trace?.branches?.[2]?.endpoint, '172.17.2.2:8080');
  });
});

describe('reachabilityMatrix', () => {
  test('by subnet on flannel host-gw: routed inside a subnet, NO_ROUTE between; a one-node subnet is its intra-node pair', () => {
    const m = reachabilityMatrix(compileSnapshot(makeTopology(twoSubnets, cni('flannel', 'host-gw'))), { groupBy: 'subnet' });
    assert.deepEqual(
      m.cells.map((c) => [c.from, c.to, c.nodePairs, c.disposition]),
      [
        ['node-net', 'node-net', 2, 'DELIVERED'],
        ['node-net', 'node-net-b', 2, 'NO_ROUTE'],
        ['node-net-b', 'node-net', 2, 'NO_ROUTE'],
        ['node-net-b', 'node-net-b', 1, 'DELIVERED'],
      ],
    );
    const cross = m.cells[1]!.outcomes[0]!;
    assert.deepEqual(cross.decidingStep?.node, 'underlay');
    assert.match(cross.decidingStep!.summary, /no route for cluster address/);
    assert.ok(m.assumptions.some((a) => /pod CIDRs/.test(a)));
  });

  test('a cell whose node pairs differ is MIXED, with each outcome counted', () => {
    const t = makeTopology(twoSubnets, cni('calico', 'bgp'), (d) => (d.underlay.subnets[1]!.zone = 'zone-a'));
    const m = reachabilityMatrix(compileSnapshot(t), { groupBy: 'zone' });
    assert.equal(m.cells.length, 1);
    const cell = m.cells[0]!;
    assert.equal(cell.disposition, 'MIXED');
    assert.equal(cell.nodePairs, 6);
    assert.deepEqual(cell.outcomes.map((o) => [o.disposition, o.nodePairs]).sort(), [['DELIVERED', 2], ['NO_ROUTE', 4]]);
  });

  test('a node without pods is represented by a stand-in at its pod CIDR\'s .2 (Calico gets the /32 it would add)', () => {
    const t = makeTopology(cni('calico', 'vxlan'), (d) => (d.pods = d.pods.filter((p) => p.nodeName !== 'node-2')));
    const m = reachabilityMatrix(compileSnapshot(t), { groupBy: 'node' });
    const cell = m.cells.find((c) => c.from === 'node-1' && c.to === 'node-2')!;
    assert.equal(cell.disposition, 'DELIVERED');
    assert.match(cell.outcomes[0]!.decidingStep!.summary, /\(representative 172\.17\.1\.2\)/);
  });

  test('agrees with a trace of every node pair, while running one trace per class pair', () => {
    // 24 nodes in 3 subnets, Calico IPIP CrossSubnet, plus three nodes that break the symmetry:
    // a smaller MTU, an explicit blackhole, and an underlay route for one node's pod CIDR.
    const t = structuredClone(syntheticTopology({ nodes: 24, podsPerNode: 1, services: 0, plugin: 'calico', overlay: 'ipip', crossSubnet: true, nodesPerSubnet: 8 })) as Draft<Topology>;
    t.nodes[3]!.mtu = 1400;
    t.nodeRoutes = [{ node: 'node-5', routes: [makeRoute('10.128.20.0/24', { type: 'blackhole' })] }];
    t.underlay.routes = [makeRoute('10.128.9.0/24', { type: 'blackhole' })];
    const snap = compileSnapshot(t as Topology);
    const options = { groupBy: 'node' as const, packetSize: 1450 };
    const m = reachabilityMatrix(snap, options);
    assert.ok(m.tracesRun < 24 * 23, `${m.tracesRun} traces`);
    const seen = new Set<Disposition | 'MIXED'>();
    for (const cell of m.cells) {
      if (cell.from === cell.to) continue;
      const pod = (node: string) => snap.podsByNode.get(node)![0]!;
      const direct = trace(snap, `pod:${pod(cell.from).key}`, `ip:${podAddress(pod(cell.to).pod, 'IPv4')}`, { packetSize: 1450 });
      assert.equal(cell.disposition, direct.trace?.disposition, `${cell.from} → ${cell.to}`);
      seen.add(cell.disposition);
    }
    // The case is only meaningful if the exceptions produce outcomes other than DELIVERED.
    assert.deepEqual([...seen].sort(), ['DELIVERED', 'DROPPED', 'MTU_EXCEEDED']);
  });
});

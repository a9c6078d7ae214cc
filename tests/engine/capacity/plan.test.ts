// The planner: sizes from each provider's rule (host-local range.go, the GKE max-Pods table, Azure CNI
// Overlay's /24, Calico blocks, EKS subnet addresses, ClusterIP hostsPerNetwork, kubeadm's limits), then
// placement with the free-CIDR finder, largest range first. Expected sizes are worked from those rules.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { plan, type Plan, type PlanRequest } from '../../../src/engine/capacity';
import { makeTopology } from '../fixtures/cluster';

function run(req: PlanRequest, topology = null as Parameters<typeof plan>[1]): Plan {
  const r = plan(req, topology);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}
const summary = (p: Plan) =>
  p.families.map((f) => ({
    family: f.family,
    nodeMask: f.nodeMask?.value ?? null,
    ranges: Object.fromEntries(f.ranges.map((r) => [r.role, r.cidr ?? `/${r.length.value} unplaced`])),
  }));

describe('sizing by provider', () => {
  test('generic: host-local /25 for 110 pods, 200 nodes → /17, 1000 Services → /22, node subnet /24', () => {
    const p = run({ nodes: 100, maxPodsPerNode: 110, services: 500, within: ['10.0.0.0/8'], avoid: ['10.0.0.0/16'] });
    assert.deepEqual(p.targets, { nodes: 200, services: 1000, maxPodsPerNode: 110 });
    assert.deepEqual(summary(p), [
      { family: 'IPv4', nodeMask: 25, ranges: { podCIDR: '10.1.0.0/17', serviceCIDR: '10.1.128.0/22', nodeSubnet: '10.1.132.0/24' } },
    ]);
    assert.equal(p.ok, true);
    assert.ok(p.reasoning.some((s) => s.includes('first free block: 10.1.0.0/17')));
  });

  test('gke: 110 max Pods → /24 node ranges (≥ 2 × 110), 1000 nodes → /14, subnet 1000 + 4 reserved → /22', () => {
    const p = run({ nodes: 500, maxPodsPerNode: 110, services: 200, provider: 'gke', within: ['10.0.0.0/8'] });
    const f = p.families[0]!;
    assert.deepEqual(
      [f.nodeMask?.value, ...f.ranges.map((r) => r.length.value)],
      [24, 14, 23, 22], // pod, service (400 → 2^9 − 2 = 510), node subnet
    );
    assert.equal(f.ranges[0]!.length.sources[0], 'gkeMaxPods');
  });

  test('aks: a /24 per node, 100 nodes → /17; more than 250 pods is a problem', () => {
    const p = run({ nodes: 50, maxPodsPerNode: 250, services: 10, provider: 'aks' });
    assert.deepEqual(p.families[0]!.ranges.map((r) => [r.role, r.length.value]), [
      ['podCIDR', 17],
      ['serviceCIDR', 27], // max(20, 10) ClusterIPs → 2^5 − 2 = 30
      ['nodeSubnet', 25], // 100 + 5 reserved
    ]);
    assert.deepEqual(run({ nodes: 5, maxPodsPerNode: 300, services: 1, provider: 'aks' }).problems, [
      'IPv4: Azure CNI Overlay allows at most 250 pods per node, asked 300',
    ]);
  });

  test('eks: no pod CIDR; the node subnet holds every pod address', () => {
    const p = run({ nodes: 4, maxPodsPerNode: 29, services: 10, provider: 'eks' });
    assert.deepEqual(p.families[0]!.ranges.map((r) => [r.role, r.length.value]), [
      ['serviceCIDR', 27],
      ['nodeSubnet', 24], // 8 nodes × (1 + 29) + 5 = 245
    ]);
    const pd = run({ nodes: 4, maxPodsPerNode: 29, services: 10, provider: 'eks', awsPrefixDelegation: true });
    assert.equal(pd.families[0]!.ranges[1]!.length.value, 23); // 8 × (1 + 32 in two /28s) + 5 = 269
  });

  test('calico: blocks, not node masks — 200 nodes × 2 /26 blocks (110 pods + tunnel) → /17', () => {
    const p = run({ nodes: 100, maxPodsPerNode: 110, services: 100, provider: 'calico' });
    assert.equal(p.families[0]!.nodeMask, null);
    assert.equal(p.families[0]!.ranges[0]!.length.value, 17);
  });

  test('dual-stack: IPv6 node blocks /64, service range by 2^h − 1, node subnet /64', () => {
    const p = run({ nodes: 100, maxPodsPerNode: 110, services: 500, families: ['IPv4', 'IPv6'] });
    const v6 = p.families[1]!;
    assert.deepEqual([v6.nodeMask?.value, ...v6.ranges.map((r) => r.length.value)], [64, 56, 118, 64]);
    assert.deepEqual(summary(p)[1]!.ranges, { podCIDR: 'fd00::/56', serviceCIDR: 'fd00:0:0:101::/118', nodeSubnet: 'fd00:0:0:100::/64' });
  });
});

describe('targets, placement and refusals', () => {
  test('linear growth over a horizon beats the factor when larger', () => {
    assert.equal(run({ nodes: 10, maxPodsPerNode: 110, services: 10, horizonMonths: 12, nodesPerMonth: 5 }).targets.nodes, 70);
    assert.equal(run({ nodes: 10, maxPodsPerNode: 110, services: 10, growthFactor: 1 }).targets.nodes, 10);
  });

  test('the topology’s ranges are avoided', () => {
    const p = run({ nodes: 200, maxPodsPerNode: 110, services: 100, within: ['10.96.0.0/11'] }, makeTopology());
    // 10.96.0.0/16 (services) and 10.100.0.0/24 (nodes) are taken: the /16 pod range lands after them.
    assert.equal(p.families[0]!.ranges[0]!.cidr, '10.97.0.0/16');
  });

  test('no room: the range stays unplaced and the plan says why', () => {
    const p = run({ nodes: 100, maxPodsPerNode: 110, services: 10, within: ['192.168.0.0/20'] });
    assert.equal(p.ok, false);
    assert.equal(p.families[0]!.ranges[0]!.cidr, null);
    assert.match(p.problems[0]!, /^IPv4 podCIDR: no free \/17 \(192\.168\.0\.0\/20: a \/17 is larger than the supernet 192\.168\.0\.0\/20\)$/);
  });

  test('more node blocks than kubeadm allows', () => {
    const p = run({ nodes: 40000, maxPodsPerNode: 110, services: 10 });
    assert.ok(p.problems.some((s) => s.includes('2^17 node blocks')));
  });

  test('invalid requests', () => {
    assert.deepEqual(plan({ nodes: 0, maxPodsPerNode: 110, services: 1 }), { ok: false, message: 'nodes must be a positive integer, got 0' });
    assert.equal(plan({ nodes: 1, maxPodsPerNode: 110, services: 1, within: ['x'] }).ok, false);
    assert.equal(plan({ nodes: 1, maxPodsPerNode: 110, services: 1, growthFactor: 0.5 }).ok, false);
  });
});

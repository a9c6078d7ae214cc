/**
 * Startup behavior of the node IPAM range allocator. Cases named like upstream tests are ported from
 *   kubernetes/kubernetes pkg/controller/nodeipam/ipam/range_allocator_test.go
 *   kubernetes/kubernetes pkg/controller/nodeipam/node_ipam_controller_test.go (TestNewNodeIpamControllerWithCIDRMasks)
 * with upstream's inputs and expected values. Upstream occupies "allocatedCIDRs" white-box in the sets;
 * here the same CIDRs enter as other nodes' spec.podCIDRs, which reaches the same Occupy calls.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK } from '../../../src/engine/net/cidrSet';
import {
  ERR_NO_CLUSTER_CIDR,
  rangeAllocatorParams,
  simulateRangeAllocatorStartup,
  type RangeAllocatorNode,
  type RangeAllocatorParams,
  type RangeAllocatorStartup,
} from '../../../src/engine/net/rangeAllocator';
import type { Topology } from '../../../src/engine/model/topology';
import { p } from './helpers';

function params(cluster: string[], masks: number[], service?: string, secondary?: string): RangeAllocatorParams {
  return {
    clusterCIDRs: cluster.map(p),
    nodeCIDRMaskSizes: masks,
    serviceCIDR: service ? p(service) : null,
    secondaryServiceCIDR: secondary ? p(secondary) : null,
  };
}

function node(name: string, ...podCIDRs: string[]): RangeAllocatorNode {
  return { name, podCIDRs };
}

/** node name → its CIDRs (or "failed: …"), for compact assertions. */
function summary(r: RangeAllocatorStartup): Record<string, string[] | string> {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return Object.fromEntries(r.nodes.map((n) => [n.node, n.status === 'failed' ? `failed: ${n.message}` : n.podCIDRs.map(String)]));
}

describe('TestOccupyPreExistingCIDR', () => {
  const v4 = ['10.10.0.0/16'];
  const dual = ['10.10.0.0/16', 'ace:cab:deca::/8'];
  const cases: Array<{ description: string; cluster: string[]; masks: number[]; podCIDRs: string[]; ctrlCreateFail: boolean }> = [
    { description: 'success, single stack no node allocation', cluster: v4, masks: [24], podCIDRs: [], ctrlCreateFail: false },
    { description: 'success, dual stack no node allocation', cluster: dual, masks: [24, 24], podCIDRs: [], ctrlCreateFail: false },
    { description: 'success, single stack correct node allocation', cluster: v4, masks: [24], podCIDRs: ['10.10.0.1/24'], ctrlCreateFail: false },
    { description: 'success, dual stack both allocated correctly', cluster: dual, masks: [24, 24], podCIDRs: ['10.10.0.1/24', 'a00::/86'], ctrlCreateFail: false },
    { description: 'fail, single stack incorrect node allocation', cluster: v4, masks: [24], podCIDRs: ['172.10.0.1/24'], ctrlCreateFail: true },
    { description: 'fail, dualstack node allocating from non existing cidr', cluster: v4, masks: [24], podCIDRs: ['10.10.0.1/24', 'a00::/86'], ctrlCreateFail: true },
    { description: 'fail, dualstack node allocating bad v4', cluster: dual, masks: [24, 24], podCIDRs: ['172.10.0.1/24', 'a00::/86'], ctrlCreateFail: true },
    { description: 'fail, dualstack node allocating bad v6', cluster: dual, masks: [24, 24], podCIDRs: ['10.10.0.1/24', 'cdd::/86'], ctrlCreateFail: true },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const r = simulateRangeAllocatorStartup(params(c.cluster, c.masks), [node('node0', ...c.podCIDRs)]);
      assert.equal(!r.ok, c.ctrlCreateFail, r.ok ? 'started' : r.message);
    });
  }

  test('the failure messages are upstream text', () => {
    const outside = simulateRangeAllocatorStartup(params(v4, [24]), [node('node0', '172.10.0.1/24')]);
    assert.ok(!outside.ok);
    assert.equal(
      outside.message,
      'failed to mark cidr[172.10.0.0/24] at idx [0] as occupied for node: node0: cidr 172.10.0.0/24 is out the range of cluster cidr 10.10.0.0/16',
    );
    const extra = simulateRangeAllocatorStartup(params(v4, [24]), [node('node0', '10.10.0.1/24', 'a00::/86')]);
    assert.ok(!extra.ok);
    assert.equal(extra.message, 'node:node0 has an allocated cidr: a00::/86 at index:1 that does not exist in cluster cidrs configuration');
  });
});

describe('TestAllocateOrOccupyCIDRSuccess', () => {
  const cases: Array<{ description: string; params: RangeAllocatorParams; existing?: string[]; expected: string[] }> = [
    {
      description: "When there's no ServiceCIDR return first CIDR in range",
      params: params(['127.123.234.0/24'], [30]),
      expected: ['127.123.234.0/30'],
    },
    {
      description: 'Correctly filter out ServiceCIDR',
      params: params(['127.123.234.0/24'], [30], '127.123.234.0/26'),
      expected: ['127.123.234.64/30'], // "it should return first /30 CIDR after service range"
    },
    {
      description: 'Correctly ignore already allocated CIDRs',
      params: params(['127.123.234.0/24'], [30], '127.123.234.0/26'),
      existing: ['127.123.234.64/30', '127.123.234.68/30', '127.123.234.72/30', '127.123.234.80/30'],
      expected: ['127.123.234.76/30'],
    },
    {
      description: 'no double counting',
      params: params(['10.10.0.0/22'], [24]),
      existing: ['10.10.0.0/24', '10.10.2.0/24'],
      expected: ['10.10.1.0/24'],
    },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const nodes = [...(c.existing ?? []).map((cidr, i) => node(`pre${i}`, cidr)), node('node0')];
      assert.deepEqual(summary(simulateRangeAllocatorStartup(c.params, nodes))['node0'], c.expected);
    });
  }

  // Upstream only checks that these succeed; the CIDRs are derived from cidr_set.go (first block of each set, in set order).
  const dualCases: Array<{ description: string; params: RangeAllocatorParams; expected: string[] }> = [
    { description: 'Dualstack CIDRs v4,v6', params: params(['127.123.234.0/8', 'ace:cab:deca::/84'], [24, 98], '127.123.234.0/26'), expected: ['127.0.0.0/24', 'ace:cab:deca::/98'] },
    { description: 'Dualstack CIDRs v6,v4', params: params(['ace:cab:deca::/84', '127.123.234.0/8'], [98, 24], '127.123.234.0/26'), expected: ['ace:cab:deca::/98', '127.0.0.0/24'] },
    { description: 'Dualstack CIDRs, more than two', params: params(['127.123.234.0/8', 'ace:cab:deca::/84', '10.0.0.0/8'], [24, 98, 24], '127.123.234.0/26'), expected: ['127.0.0.0/24', 'ace:cab:deca::/98', '10.0.0.0/24'] },
  ];
  for (const c of dualCases) {
    test(c.description, () => assert.deepEqual(summary(simulateRangeAllocatorStartup(c.params, [node('node0')]))['node0'], c.expected));
  }
});

describe('TestAllocateOrOccupyCIDRFailure', () => {
  test("When there's no ServiceCIDR return first CIDR in range (all four /30s taken)", () => {
    const existing = ['127.123.234.0/30', '127.123.234.4/30', '127.123.234.8/30', '127.123.234.12/30'];
    const r = simulateRangeAllocatorStartup(params(['127.123.234.0/28'], [30]), [...existing.map((c, i) => node(`pre${i}`, c)), node('node0')]);
    assert.equal(
      summary(r)['node0'],
      'failed: failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    );
  });
});

describe('TestReleaseCIDRSuccess (on the sets the startup leaves behind)', () => {
  test('Correctly release preallocated CIDR', () => {
    const existing = ['127.123.234.0/30', '127.123.234.4/30', '127.123.234.8/30', '127.123.234.12/30'];
    const r = simulateRangeAllocatorStartup(params(['127.123.234.0/28'], [30]), [...existing.map((c, i) => node(`pre${i}`, c)), node('node0')]);
    assert.ok(r.ok);
    assert.equal(r.nodes.find((n) => n.node === 'node0')?.status, 'failed');
    const set = r.sets[0]!;
    assert.ok(set.release(p('127.123.234.4/30')).ok);
    const again = set.allocateNext();
    assert.ok(again.ok);
    assert.equal(again.value.toString(), '127.123.234.4/30');
  });
  test('Correctly recycle CIDR', () => {
    const existing = ['127.123.234.4/30', '127.123.234.8/30', '127.123.234.12/30'];
    const r = simulateRangeAllocatorStartup(params(['127.123.234.0/28'], [30]), [...existing.map((c, i) => node(`pre${i}`, c)), node('node0')]);
    assert.deepEqual(summary(r)['node0'], ['127.123.234.0/30']);
    assert.ok(r.ok);
    assert.ok(r.sets[0]!.release(p('127.123.234.0/30')).ok);
    const again = r.sets[0]!.allocateNext();
    assert.ok(again.ok);
    assert.equal(again.value.toString(), '127.123.234.0/30');
  });
});

describe('TestNewNodeIpamControllerWithCIDRMasks (range allocator rows)', () => {
  const cases: Array<{ desc: string; params: RangeAllocatorParams; expectedError: string | null }> = [
    { desc: 'valid_range_allocator', params: params(['10.0.0.0/21'], [24], '10.1.0.0/21'), expectedError: null },
    { desc: 'valid_range_allocator_dualstack', params: params(['10.0.0.0/21', '2000::/48'], [24, 64], '10.1.0.0/21'), expectedError: null },
    { desc: 'valid_range_allocator_dualstack_dualstackservice', params: params(['10.0.0.0/21', '2000::/48'], [24, 64], '10.1.0.0/21', '3000::/112'), expectedError: null },
    { desc: 'invalid_cluster_CIDR', params: params([], []), expectedError: ERR_NO_CLUSTER_CIDR },
    { desc: 'invalid_CIDR_smaller_than_mask_other_allocators', params: params(['10.0.0.0/26'], [24], '10.1.0.0/21'), expectedError: ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK },
    { desc: 'invalid_CIDR_mask_size', params: params(['10.0.0.0/24', '2000::/64'], [24, 48], '10.1.0.0/21'), expectedError: ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK },
  ];
  for (const c of cases) {
    test(c.desc, () => {
      const r = simulateRangeAllocatorStartup(c.params, []);
      assert.equal(r.ok ? null : r.message, c.expectedError);
    });
  }
});

describe('startup order and dual-stack (derived from range_allocator.go)', () => {
  test('existing CIDRs are occupied before any node is allocated, whatever the node order', () => {
    const r = simulateRangeAllocatorStartup(params(['10.244.0.0/16'], [24], '10.96.0.0/12'), [
      node('a'),
      node('b', '10.244.0.0/24'),
      node('c'),
      node('d', '10.244.2.0/24'),
    ]);
    assert.deepEqual(summary(r), { a: ['10.244.1.0/24'], b: ['10.244.0.0/24'], c: ['10.244.3.0/24'], d: ['10.244.2.0/24'] });
    assert.ok(r.ok);
    assert.deepEqual(r.nodes.map((n) => n.status), ['allocated', 'existing', 'allocated', 'existing']);
  });

  test('a service CIDR that contains the cluster CIDR leaves nothing to allocate', () => {
    const r = simulateRangeAllocatorStartup(params(['10.0.0.0/16'], [24], '10.0.0.0/8'), [node('a')]);
    assert.match(summary(r)['a'] as string, /^failed: failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed/);
  });

  test('dual-stack: one CIDR per family; an exhausted second family fails the node but keeps its first block taken', () => {
    const r = simulateRangeAllocatorStartup(params(['10.0.0.0/23', 'fd00::/127'], [24, 128]), [node('a'), node('b'), node('c')]);
    const s = summary(r);
    assert.deepEqual(s['a'], ['10.0.0.0/24', 'fd00::/128']);
    assert.deepEqual(s['b'], ['10.0.1.0/24', 'fd00::1/128']);
    assert.match(s['c'] as string, /idx:0: CIDR allocation failed/);
    assert.ok(r.ok);
    assert.equal(r.sets[0]!.allocatedCount, 2);
  });

  test('partial failure leaks the first family block, as upstream', () => {
    const r = simulateRangeAllocatorStartup(params(['10.0.0.0/22', 'fd00::/127'], [24, 128]), [node('a'), node('b'), node('c')]);
    const s = summary(r);
    assert.match(s['c'] as string, /^failed: failed to allocate cidr from cluster cidr at idx:1: /);
    assert.ok(r.ok);
    assert.equal(r.sets[0]!.allocatedCount, 3, "c's IPv4 block stays occupied");
  });

  test('a node whose podCIDRs are in the wrong family order stops the controller', () => {
    const r = simulateRangeAllocatorStartup(params(['10.0.0.0/16', 'fd00::/48'], [24, 64]), [node('a', 'fd00::/64', '10.0.0.0/24')]);
    assert.ok(!r.ok);
    assert.match(r.message, /^failed to mark cidr\[fd00::\/64\] at idx \[0\] as occupied for node: a: cidr fd00::\/64 is out the range of cluster cidr 10\.0\.0\.0\/16$/);
  });

  test('a service CIDR in another family than a cluster CIDR is only applied where it overlaps', () => {
    const r = simulateRangeAllocatorStartup(params(['10.0.0.0/16', 'fd00::/112'], [24, 120], 'fd00::/120', '10.0.0.0/24'), [node('a')]);
    assert.deepEqual(summary(r)['a'], ['10.0.1.0/24', 'fd00::100/120']);
    assert.ok(r.ok);
    assert.deepEqual(r.serviceFilterErrors, []);
  });
});

describe('rangeAllocatorParams', () => {
  test('reads cluster CIDRs, per-family masks and the service CIDRs from a topology', () => {
    const t = {
      podCIDRs: ['10.244.0.0/16', 'fd00:10:244::/56'],
      serviceCIDRs: ['10.96.0.0/12', 'fd00:10:96::/112'],
      nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
    } as unknown as Topology;
    const r = rangeAllocatorParams(t);
    assert.deepEqual(r.clusterCIDRs.map(String), ['10.244.0.0/16', 'fd00:10:244::/56']);
    assert.deepEqual(r.nodeCIDRMaskSizes, [24, 64]);
    assert.equal(r.serviceCIDR?.toString(), '10.96.0.0/12');
    assert.equal(r.secondaryServiceCIDR?.toString(), 'fd00:10:96::/112');
  });
});

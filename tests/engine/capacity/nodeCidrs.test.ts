// Node CIDR headroom by kube-controller-manager's range allocator (the cidrset port itself is tested in
// tests/engine/net against upstream's cidr_set_test.go). The expected values follow cidr_set.go's
// semantics: 2^(nodeMask − clusterMask) blocks, Occupy takes every block a CIDR touches, AllocateNext
// returns the first free block from index 0 after a (re)start; errors carry upstream's text.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { nodeCidrReport } from '../../../src/engine/capacity';
import { dualStack, makeNode, makeTopology } from '../fixtures/cluster';

describe('nodeCidrReport', () => {
  test('the seed cluster: two /24s used out of 256', () => {
    const r = nodeCidrReport(makeTopology());
    assert.equal(r.controllerError, null);
    const [f] = r.families;
    assert.deepEqual(
      [f!.blocks.value, f!.usedByNodes, f!.usedByServiceRange, f!.used, f!.free.value, f!.maxNodes.value],
      ['256', 2, 0, 2, '254', '256'],
    );
    assert.deepEqual(f!.next, ['172.17.2.0/24', '172.17.3.0/24', '172.17.4.0/24', '172.17.5.0/24', '172.17.6.0/24']);
    assert.deepEqual(f!.freeRanges, ['172.17.2.0/23', '172.17.4.0/22', '172.17.8.0/21', '172.17.16.0/20', '172.17.32.0/19', '172.17.64.0/18', '172.17.128.0/17']);
    assert.equal(r.maxNodes?.value, 256);
    assert.deepEqual(r.kubeadm, []);
  });

  test('a service range inside the cluster CIDR is carved out (filterOutServiceRange)', () => {
    const t = makeTopology((d) => (d.serviceCIDRs = ['172.17.128.0/20']));
    const [f] = nodeCidrReport(t).families;
    assert.deepEqual([f!.usedByServiceRange, f!.used, f!.free.value, f!.maxNodes.value], [16, 18, '238', '240']);
    assert.ok(!f!.freeRanges.some((p) => p.startsWith('172.17.128.')));
  });

  test('nodes without podCIDRs get the first free blocks at startup; "next" continues after them', () => {
    const t = makeTopology((d) => {
      d.nodes.push(makeNode('node-3', ['10.100.0.4'], [], 'node-net'), makeNode('node-4', ['10.100.0.5'], [], 'node-net'));
      d.nodes[0]!.podCIDRs = ['172.17.5.0/24'];
    });
    const r = nodeCidrReport(t, { next: 2 });
    const [f] = r.families;
    assert.deepEqual(f!.assignedAtStartup, [
      { node: 'node-3', cidr: '172.17.0.0/24' },
      { node: 'node-4', cidr: '172.17.2.0/24' },
    ]);
    assert.deepEqual(f!.next, ['172.17.3.0/24', '172.17.4.0/24']);
    assert.equal(r.nodesWithoutPodCIDRs, 2);
  });

  test('dual-stack: a node needs a block of each family, so the smaller family bounds the cluster', () => {
    const t = makeTopology(dualStack, (d) => (d.nodeCIDRMaskSize.ipv4 = 25));
    const r = nodeCidrReport(t);
    const [v4, v6] = r.families;
    // Each /24 node CIDR occupies two /25 blocks.
    assert.deepEqual([v4!.blocks.value, v4!.usedByNodes, v6!.blocks.value, v6!.usedByNodes], ['512', 4, '256', 2]);
    assert.equal(r.maxNodes?.value, 256);
    assert.equal(v6!.next[0], 'fd00:172:17:2::/64');
  });

  test('mask combinations the controller refuses', () => {
    const tooBig = nodeCidrReport(makeTopology(dualStack, (d) => (d.podCIDRs[1] = 'fd00:172::/40')));
    assert.equal(tooBig.controllerError, 'New CIDR set failed; the node CIDR size is too big');
    assert.equal(tooBig.families[1]!.setError, 'New CIDR set failed; the node CIDR size is too big');
    assert.equal(tooBig.maxNodes, null);
    assert.ok(tooBig.kubeadm.some((e) => e.detail === 'pod subnet mask (40) and node-mask (64) difference is greater than 16'));

    const tooSmall = nodeCidrReport(makeTopology((d) => ((d.podCIDRs = ['172.17.0.0/26']), (d.nodes = []))));
    assert.equal(
      tooSmall.controllerError,
      'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family',
    );
    assert.equal(tooSmall.families[0]!.blocks.value, '0');
  });

  test('an exhausted cluster CIDR: the node that finds no block fails with upstream text', () => {
    const t = makeTopology((d) => {
      d.podCIDRs = ['172.17.0.0/23'];
      d.nodes.push(makeNode('node-3', ['10.100.0.4'], [], 'node-net'));
    });
    const r = nodeCidrReport(t);
    assert.deepEqual(r.failedAtStartup, [
      {
        node: 'node-3',
        message: 'failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
      },
    ]);
    assert.deepEqual([r.families[0]!.free.value, r.families[0]!.next, r.families[0]!.freeRanges], ['0', [], []]);
  });

  test('no cluster CIDR: the controller does not start (--allocate-node-cidrs needs --cluster-cidr)', () => {
    const r = nodeCidrReport(makeTopology((d) => (d.podCIDRs = [])));
    assert.deepEqual([r.controllerError, r.families, r.maxNodes], ['Controller: Must specify --cluster-cidr if --allocate-node-cidrs is set', [], null]);
  });

  test('the free list is capped', () => {
    const f = nodeCidrReport(makeTopology(), { freeList: 2 }).families[0]!;
    assert.deepEqual([f.freeRanges, f.freeRangesTruncated], [['172.17.2.0/23', '172.17.4.0/22'], true]);
  });
});

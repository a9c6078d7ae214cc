/**
 * setClusterCIDRs, addClusterCIDR, setNodeMask, setServiceCIDRs. Refusals carry kube-controller-manager's
 * own texts (node_ipam_controller.go, cidr_set.go, range_allocator.go occupyCIDRs) and the API server's
 * (cmd/kube-apiserver/app/options/validation.go: "specified --service-cluster-ip-range is too large; for
 * 32-bit addresses, the mask must be >= 12", the case "ipv4 cidr to big" of its validation_test.go).
 */
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { dualStack, makeTopology, twoSubnets } from '../fixtures/cluster';
import { example, note, runApply, runReject } from './harness';

const calico = () => example('kubeadm-calico');

describe('setClusterCIDRs', () => {
  runApply([
    {
      name: 'widening keeps every node inside: applies, nodes keep their podCIDRs',
      base: calico,
      ops: [{ op: 'setClusterCIDRs', cidrs: ['10.244.0.0/15'] }],
      check: (t, notes, base) => {
        assert.deepEqual(t.podCIDRs, ['10.244.0.0/15']);
        assert.deepEqual(t.nodes, base.nodes);
        note(notes, /10\.244\.0\.0\/15 holds 512 \/24 node blocks; 6 are occupied/);
      },
    },
    {
      name: 'kube-proxy\'s explicit --cluster-cidr is reported stale',
      base: () => makeTopology((t) => (t.kubeProxy.clusterCIDRs = ['172.17.0.0/16'])),
      ops: [{ op: 'setClusterCIDRs', cidrs: ['172.16.0.0/15'] }],
      check: (_t, notes) => note(notes, /kube-proxy's --cluster-cidr still says 172\.17\.0\.0\/16/),
    },
  ]);
  runReject([
    {
      name: 'existing podCIDRs outside the new range: the controller would not start',
      base: calico,
      ops: [{ op: 'setClusterCIDRs', cidrs: ['10.245.0.0/16'] }],
      path: 'operations[0].cidrs',
      message: /^kube-controller-manager's node IPAM controller would not start: failed to mark cidr\[10\.244\.0\.0\/24\] at idx \[0\] as occupied for node: control-plane-1: cidr 10\.244\.0\.0\/24 is out the range of cluster cidr 10\.245\.0\.0\/16$/,
    },
    {
      name: 'dropping the second family while nodes hold two podCIDRs',
      base: () => makeTopology(twoSubnets, dualStack),
      ops: [{ op: 'setClusterCIDRs', cidrs: ['172.17.0.0/16'] }],
      path: 'operations[0].cidrs',
      message: /node:node-1 has an allocated cidr: fd00:172:17::\/64 at index:1 that does not exist in cluster cidrs configuration/,
    },
    {
      name: 'a cluster CIDR longer than the node mask',
      base: calico,
      ops: [{ op: 'setClusterCIDRs', cidrs: ['10.244.0.0/25'] }],
      path: 'operations[0].cidrs',
      message: /^Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family/,
    },
  ]);
});

describe('addClusterCIDR', () => {
  runApply([
    {
      name: 'a second family: existing nodes stay single-stack, new nodes get both',
      base: calico,
      ops: [{ op: 'addClusterCIDR', cidr: 'fd00:10:244::/56' }, { op: 'addNodes', count: 1, subnet: 'rack-a' }],
      check: (t, notes) => {
        assert.deepEqual(t.podCIDRs, ['10.244.0.0/16', 'fd00:10:244::/56']);
        assert.deepEqual(t.nodes[0]!.podCIDRs, ['10.244.0.0/24']);
        assert.deepEqual(t.nodes[6]!.podCIDRs, ['10.244.6.0/24', 'fd00:10:244::/64']);
        note(notes, /6 existing nodes stay single-stack: spec\.podCIDRs can only go from empty to set/);
        note(notes, /no IPv6 service CIDR: Services stay single-stack/);
      },
    },
  ]);
  runReject([
    { name: 'the family is already there', base: calico, ops: [{ op: 'addClusterCIDR', cidr: '10.250.0.0/16' }], path: 'operations[0].cidr', message: /already has an IPv4 cluster CIDR \(10\.244\.0\.0\/16\)/ },
    // cidr_set.go clusterSubnetMaxDiff = 16: a /40 cut into /64s is 2^24 blocks.
    { name: 'an IPv6 range cut into more than 2^16 node blocks', base: calico, ops: [{ op: 'addClusterCIDR', cidr: 'fd00::/40' }], path: 'operations[0].cidr', message: /^New CIDR set failed; the node CIDR size is too big/ },
  ]);
});

describe('setNodeMask', () => {
  runApply([
    {
      name: 'shrinking the blocks to /23: applies, existing nodes keep their /24s and are reported',
      base: calico,
      ops: [{ op: 'setNodeMask', family: 'IPv4', size: 23 }],
      check: (t, notes, base) => {
        assert.deepEqual(t.nodeCIDRMaskSize, { ipv4: 23, ipv6: 64 });
        assert.deepEqual(t.nodes, base.nodes);
        note(notes, /6 existing nodes no longer fit the new mask \(their podCIDR is not a \/23\): control-plane-1 \(10\.244\.0\.0\/24\), worker-a1/);
        note(notes, /10\.244\.0\.0\/16 holds 128 \/23 node blocks; 3 are occupied/);
        note(notes, /lie in one new \/23 block, which counts once: 10\.244\.0\.0\/23 \(control-plane-1, worker-a1\)/);
      },
    },
    {
      name: 'the next node gets a block of the new size after the ones the old nodes occupy',
      base: calico,
      ops: [{ op: 'setNodeMask', family: 'IPv4', size: 23 }, { op: 'addNodes', count: 1, subnet: 'rack-a' }],
      check: (t) => assert.deepEqual(t.nodes[6]!.podCIDRs, ['10.244.6.0/23']),
    },
    {
      name: 'a family without a cluster CIDR: stored for later',
      base: calico,
      ops: [{ op: 'setNodeMask', family: 'IPv6', size: 80 }],
      check: (t, notes) => {
        assert.equal(t.nodeCIDRMaskSize.ipv6, 80);
        note(notes, /no IPv6 cluster CIDR, so it takes effect when one is added/);
      },
    },
  ]);
  runReject([
    { name: 'a mask shorter than the cluster CIDR cannot hold the allocation', base: calico, ops: [{ op: 'setNodeMask', family: 'IPv4', size: 15 }], path: 'operations[0].size', message: /^Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size/ },
    { name: 'IPv6 blocks too small for the bitmap', base: () => makeTopology(twoSubnets, dualStack), ops: [{ op: 'setNodeMask', family: 'IPv6', size: 80 }], path: 'operations[0].size', message: /New CIDR set failed; the node CIDR size is too big/ },
  ]);
});

describe('setServiceCIDRs', () => {
  runApply([
    {
      name: 'ClusterIPs outside the new range keep their address and are listed',
      base: calico,
      ops: [{ op: 'setServiceCIDRs', cidrs: ['10.96.0.0/16'] }],
      check: (t, notes) => {
        assert.deepEqual(t.serviceCIDRs, ['10.96.0.0/16']);
        note(notes, /4 ClusterIPs fall outside the new ranges .*: shop\/web 10\.100\.20\.15, shop\/web-nodeport 10\.100\.20\.16, shop\/api 10\.100\.30\.7, ingress-nginx\/ingress-nginx-controller 10\.104\.55\.21$/);
      },
    },
    {
      name: 'a /8 is refused by the bitmap allocator of older API servers: noted with its text',
      base: calico,
      ops: [{ op: 'setServiceCIDRs', cidrs: ['10.0.0.0/8'] }],
      check: (_t, notes) => note(notes, /kube-apiserver before 1\.33 \(bitmap allocator\) refuses it: "specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12"/),
    },
    {
      name: 'a service range inside the cluster CIDR is carved out by the allocator',
      base: calico,
      ops: [{ op: 'setServiceCIDRs', cidrs: ['10.244.128.0/20'] }, { op: 'setClusterCIDRs', cidrs: ['10.244.0.0/16'] }],
      // 6 node blocks + the 16 /24s of the /20 (filterOutServiceRange occupies them).
      check: (_t, notes) => note(notes, /10\.244\.0\.0\/16 holds 256 \/24 node blocks; 22 are occupied/),
    },
  ]);
});

/**
 * addNodes and removeNode. Pod CIDRs are what kube-controller-manager's range allocator hands out
 * (kubernetes/kubernetes pkg/controller/nodeipam/ipam/range_allocator.go, cidrset/cidr_set.go): existing
 * blocks occupied, the service range carved out, then the lowest free block; its error texts are
 * upstream's (ErrCIDRRangeNoCIDRsRemaining, "failed to allocate cidr from cluster cidr at idx:%v: %v").
 */
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { dualStack, makeNode, makeTopology, twoSubnets } from '../fixtures/cluster';
import { example, node, note, runApply, runReject } from './harness';

const calico = () => example('kubeadm-calico');
/** The fixture cluster (node-1 172.17.0.0/24, node-2 172.17.1.0/24) with a /22 cluster CIDR: room for two more nodes. */
const small = () => makeTopology((t) => (t.podCIDRs = ['172.17.0.0/22']));

describe('addNodes: applies', () => {
  runApply([
    {
      name: 'two nodes in rack-b: next free IPs, next free /24s, kubelet and zone labels, max pods 110',
      base: calico,
      ops: [{ op: 'addNodes', count: 2, subnet: 'rack-b' }],
      check: (t, notes) => {
        assert.deepEqual(t.nodes.slice(6), [
          { name: 'rack-b-node-1', internalIPs: ['10.0.2.2'], externalIPs: [], subnet: 'rack-b', podCIDRs: ['10.244.6.0/24'], labels: { 'kubernetes.io/hostname': 'rack-b-node-1', 'topology.kubernetes.io/zone': 'zone-b' }, mtu: null, maxPods: 110 },
          { name: 'rack-b-node-2', internalIPs: ['10.0.2.3'], externalIPs: [], subnet: 'rack-b', podCIDRs: ['10.244.7.0/24'], labels: { 'kubernetes.io/hostname': 'rack-b-node-2', 'topology.kubernetes.io/zone': 'zone-b' }, mtu: null, maxPods: 110 },
        ]);
        note(notes, /added 2 nodes in rack-b: rack-b-node-1 10\.0\.2\.2 podCIDRs 10\.244\.6\.0\/24, rack-b-node-2 10\.0\.2\.3 podCIDRs 10\.244\.7\.0\/24/);
      },
    },
    {
      name: 'the allocator skips blocks the service range occupies (filterOutServiceRange)',
      base: () => makeTopology((t) => (t.serviceCIDRs = ['172.17.2.0/23'])),
      ops: [{ op: 'addNodes', count: 1, subnet: 'node-net', namePattern: 'node-{n}' }],
      // node-1 and node-2 are taken by name, so the pattern yields node-3; blocks 0–1 are nodes', 2–3 the service range's.
      check: (t) => assert.deepEqual(node(t, 'node-3').podCIDRs, ['172.17.4.0/24']),
    },
    {
      name: 'explicit podCIDRs, name pattern, labels and max pods',
      base: calico,
      ops: [{ op: 'addNodes', count: 1, subnet: 'rack-a', namePattern: 'gpu-{n}', labels: { pool: 'gpu' }, podCIDRs: [['10.244.200.0/24']], maxPods: 30 }],
      check: (t) => {
        const n = node(t, 'gpu-1');
        assert.deepEqual([n.internalIPs, n.podCIDRs, n.labels.pool, n.maxPods], [['10.0.1.2'], ['10.244.200.0/24'], 'gpu', 30]);
      },
    },
    {
      name: 'dual-stack nodes take an address in each family and a podCIDR from each cluster CIDR',
      base: () => makeTopology(twoSubnets, dualStack),
      ops: [{ op: 'addNodes', count: 1, subnet: 'node-net-b', secondarySubnet: 'node-net-b-v6' }],
      check: (t) => {
        const n = node(t, 'node-net-b-node-1');
        // fd00:100:1::1 is the gateway, ::2 node-3's address.
        assert.deepEqual(n.internalIPs, ['10.100.1.3', 'fd00:100:1::3']);
        // IPv6 blocks are /64s of fd00:172:17::/56; blocks 0, 1 and 2 are the existing nodes'.
        assert.deepEqual(n.podCIDRs, ['172.17.3.0/24', 'fd00:172:17:3::/64']);
      },
    },
    {
      name: 'an existing node without a podCIDR is allocated first, as it registered first',
      base: () => makeTopology((t) => t.nodes.push(makeNode('node-0', ['10.100.0.9'], [], 'node-net'))),
      ops: [{ op: 'addNodes', count: 1, subnet: 'node-net' }],
      check: (t, notes) => {
        assert.deepEqual(node(t, 'node-net-node-1').podCIDRs, ['172.17.3.0/24']);
        assert.deepEqual(node(t, 'node-0').podCIDRs, []);
        note(notes, /existing nodes without a podCIDR are allocated first.*node-0 172\.17\.2\.0\/24/);
      },
    },
    {
      name: 'no cluster CIDR: the allocator does not run, nodes get no podCIDR',
      base: () => makeTopology((t) => (t.podCIDRs = [])),
      ops: [{ op: 'addNodes', count: 1, subnet: 'node-net' }],
      check: (t, notes) => {
        assert.deepEqual(node(t, 'node-net-node-1').podCIDRs, []);
        note(notes, /no cluster CIDR, so the range allocator does not run/);
      },
    },
    {
      name: 'exactly the room left: the last two /24s of a /22',
      base: small,
      ops: [{ op: 'addNodes', count: 2, subnet: 'node-net' }],
      check: (t) => assert.deepEqual(t.nodes.map((n) => n.podCIDRs[0]), ['172.17.0.0/24', '172.17.1.0/24', '172.17.2.0/24', '172.17.3.0/24']),
    },
  ]);
});

describe('addNodes: rejects', () => {
  runReject([
    { name: 'unknown subnet', base: calico, ops: [{ op: 'addNodes', count: 1, subnet: 'rack-z' }], path: 'operations[0].subnet', message: /subnet "rack-z" does not exist \(subnets: rack-a, rack-b\)/ },
    {
      name: 'the cluster CIDR runs out: the allocator\'s own error and how many fit',
      base: small,
      ops: [{ op: 'addNodes', count: 3, subnet: 'node-net' }],
      path: 'operations[0].count',
      message: /^failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range \(node node-net-node-3\): only 2 of the 3 new nodes fit in cluster CIDR 172\.17\.0\.0\/22 with \/24 node blocks$/,
    },
    {
      name: 'a later operation finds the cluster full after an earlier one filled it',
      base: small,
      ops: [{ op: 'addNodes', count: 2, subnet: 'node-net' }, { op: 'addNodes', count: 1, subnet: 'node-net' }],
      index: 1,
      path: 'operations[1].count',
      message: /no remaining CIDRs left to allocate.*none of the new nodes fits/,
    },
    { name: 'the subnet is out of addresses', base: () => makeTopology((t) => (t.underlay.subnets[0]!.cidr = '10.100.0.0/30')), ops: [{ op: 'addNodes', count: 1, subnet: 'node-net' }], path: 'operations[0].count', message: /node-net \(10\.100\.0\.0\/30\) has 0 free addresses for 1 new node/ },
    { name: 'explicit podCIDR outside the cluster CIDR', base: calico, ops: [{ op: 'addNodes', count: 1, subnet: 'rack-a', podCIDRs: [['10.245.0.0/24']] }], path: 'operations[0].podCIDRs[0][0]', message: /cidr 10\.245\.0\.0\/24 is out the range of cluster cidr 10\.244\.0\.0\/16/ },
    { name: 'explicit podCIDR already a node\'s', base: calico, ops: [{ op: 'addNodes', count: 1, subnet: 'rack-a', podCIDRs: [['10.244.3.0/25']] }], path: 'operations[0].podCIDRs[0][0]', message: /overlaps 10\.244\.3\.0\/24 of node worker-b1/ },
    { name: 'secondary subnet of the same family', base: calico, ops: [{ op: 'addNodes', count: 1, subnet: 'rack-a', secondarySubnet: 'rack-b' }], path: 'operations[0].secondarySubnet', message: /same IP family/ },
    { name: 'a generated name that is not a node name', base: () => makeTopology((t) => (t.underlay.subnets[0]!.name = 'Node_Net')), ops: [{ op: 'addNodes', count: 1, subnet: 'Node_Net' }], path: 'operations[0].namePattern', message: /"Node_Net-node-1" must consist of lower case letters/ },
  ]);
});

describe('removeNode', () => {
  runApply([
    {
      name: 'drained: its pods go, their endpoints leave explicit and inferred slices',
      base: calico,
      ops: [{ op: 'removeNode', name: 'worker-b1' }],
      check: (t, notes) => {
        assert.equal(t.nodes.some((n) => n.name === 'worker-b1'), false);
        assert.equal(t.pods.some((p) => p.nodeName === 'worker-b1'), false);
        const dns = t.endpointSlices.find((s) => s.name === 'kube-dns-2xkfp')!;
        assert.deepEqual(dns.endpoints.map((e) => e.addresses[0]), ['10.244.0.2']);
        assert.equal(dns.inferred, false, 'explicit slices stay explicit');
        const ingress = t.endpointSlices.filter((s) => s.serviceName === 'ingress-nginx-controller');
        assert.deepEqual(ingress.map((s) => [s.name, s.inferred, s.endpoints.map((e) => e.nodeName)]), [['ingress-nginx-controller-inferred-1', true, ['worker-a1']]]);
        note(notes, /endpoints removed: kube-system\/kube-dns \(1\), ingress-nginx\/ingress-nginx-controller \(1\)/);
        note(notes, /podCIDRs 10\.244\.3\.0\/24 are released/);
      },
    },
    {
      name: 'drain: false on a node without pods; its route table goes too',
      base: () => makeTopology((t) => t.nodeRoutes.push({ node: 'node-2', routes: [] })),
      ops: [{ op: 'addNodes', count: 1, subnet: 'node-net', namePattern: 'spare-{n}' }, { op: 'removeNode', name: 'spare-1', drain: false }],
      check: (t, _notes, base) => assert.deepEqual(t.nodes, base.nodes),
    },
    {
      name: 'routes via the removed node are reported stale',
      base: () => makeTopology((t) => t.underlay.routes.push({ destination: '172.17.1.0/24', via: '10.100.0.3', dev: null, type: 'unicast', metric: null, src: null, onlink: false })),
      ops: [{ op: 'removeNode', name: 'node-2' }],
      check: (_t, notes) => note(notes, /underlay route 172\.17\.1\.0\/24 via 10\.100\.0\.3 now points at an address no node has/),
    },
  ]);
  runReject([
    { name: 'unknown node', base: calico, ops: [{ op: 'removeNode', name: 'worker-z9' }], path: 'operations[0].name', message: /node "worker-z9" does not exist/ },
    { name: 'drain: false while pods run there', base: calico, ops: [{ op: 'removeNode', name: 'worker-b3', drain: false }], path: 'operations[0].drain', message: /worker-b3 still runs 2 pods \(shop\/api-5f6c7d8e9a-u7i8o, shop\/db-1\); drain it .*gcOrphaned/ },
  ]);
});

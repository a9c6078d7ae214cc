/**
 * The network-settings operations: CNI, MTUs, subnets, underlay and node routes, external networks,
 * kube-proxy. One applying and one refused case each; the modes a plugin offers are the overlay module's
 * table (its README cites each plugin's docs).
 */
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { makeRoute, makeTopology } from '../fixtures/cluster';
import { example, node, note, runApply, runReject } from './harness';

const calico = () => example('kubeadm-calico');
const routed = () => example('seed-routed');

describe('setCni', () => {
  runApply([
    {
      name: 'switching plugin and overlay keeps the rest of the CNI settings',
      base: calico,
      ops: [{ op: 'setCni', plugin: 'flannel', overlay: 'vxlan', crossSubnet: false }],
      check: (t, notes, base) => {
        assert.deepEqual(t.cni, { ...base.cni, plugin: 'flannel', overlay: 'vxlan', crossSubnet: false });
        note(notes, /^operations\[0\] setCni: CNI calico\/ipip \(crossSubnet\) → flannel\/vxlan$/);
      },
    },
    {
      name: 'crossSubnet on a routed mode is noted as having no effect',
      base: calico,
      ops: [{ op: 'setCni', overlay: 'bgp' }],
      check: (_t, notes) => note(notes, /crossSubnet has no effect: bgp never encapsulates/),
    },
  ]);
  runReject([{ name: 'a mode the plugin does not have', base: calico, ops: [{ op: 'setCni', overlay: 'ipsec' }], path: 'operations[0].overlay', message: /^calico has no ipsec mode \(it offers: none, host-gw, bgp, ipip, vxlan, wireguard\)$/ }]);
});

describe('setUnderlayMtu and setPodMtu', () => {
  runApply([
    {
      name: 'one subnet\'s MTU',
      base: calico,
      ops: [{ op: 'setUnderlayMtu', subnet: 'rack-b', mtu: 9001 }],
      check: (t) => assert.deepEqual(t.underlay.subnets.map((s) => s.mtu), [null, 9001]),
    },
    {
      name: 'the underlay default, with subnets that have their own noted',
      base: calico,
      ops: [{ op: 'setUnderlayMtu', subnet: 'rack-b', mtu: 9001 }, { op: 'setUnderlayMtu', mtu: 1450 }],
      check: (t, notes) => {
        assert.equal(t.underlay.mtu, 1450);
        note(notes, /subnets with their own MTU are not affected: rack-b \(9001\)/);
      },
    },
    { name: 'pod MTU explicit, then derived again', base: calico, ops: [{ op: 'setPodMtu', mtu: 1400 }, { op: 'setPodMtu', mtu: null }], check: (t) => assert.equal(t.cni.mtu, null) },
  ]);
  runReject([
    { name: 'unknown subnet', base: calico, ops: [{ op: 'setUnderlayMtu', subnet: 'rack-z', mtu: 1400 }], path: 'operations[0].subnet', message: /subnet "rack-z" does not exist/ },
    {
      name: 'an IPv6 subnet below 1280 (RFC 8200 §5)',
      base: () => makeTopology((t) => t.underlay.subnets.push({ name: 'v6', cidr: 'fd00:100::/64', gateway: null, zone: null, mtu: null })),
      ops: [{ op: 'setUnderlayMtu', subnet: 'v6', mtu: 1200 }],
      path: 'operations[0].mtu',
      message: /at least 1280/,
    },
  ]);
});

describe('addSubnet and removeSubnet', () => {
  runApply([
    {
      name: 'a new subnet; a node that had none and sits in it is homed there (as import would infer)',
      base: () => makeTopology((t) => (t.nodes[1]!.subnet = null), (t) => (t.underlay.subnets = [])),
      ops: [{ op: 'addSubnet', name: 'lab', cidr: '10.100.0.0/24', gateway: '10.100.0.1', zone: 'z1' }],
      check: (t, notes) => {
        assert.deepEqual(t.underlay.subnets, [{ name: 'lab', cidr: '10.100.0.0/24', gateway: '10.100.0.1', zone: 'z1', mtu: null }]);
        assert.equal(node(t, 'node-2').subnet, 'lab');
        note(notes, /nodes that had no subnet now sit in lab: node-2/);
      },
    },
    { name: 'removing a subnet no node uses', base: calico, ops: [{ op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24' }, { op: 'removeSubnet', name: 'rack-c' }], check: (t, _n, base) => assert.deepEqual(t.underlay, base.underlay) },
  ]);
  runReject([
    { name: 'a name in use', base: calico, ops: [{ op: 'addSubnet', name: 'rack-a', cidr: '10.0.9.0/24' }], path: 'operations[0].name', message: /already exists/ },
    { name: 'a gateway outside the subnet', base: calico, ops: [{ op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24', gateway: '10.0.4.1' }], path: 'operations[0].gateway', message: /10\.0\.4\.1 is not in 10\.0\.3\.0\/24/ },
    { name: 'removing a subnet that holds nodes', base: calico, ops: [{ op: 'removeSubnet', name: 'rack-b' }], path: 'operations[0].name', message: /rack-b still holds 3 nodes \(worker-b1, worker-b2, worker-b3\); remove them first/ },
  ]);
});

describe('underlay routes', () => {
  runApply([
    {
      name: 'a cloud route for a pod CIDR via its node',
      base: calico,
      ops: [{ op: 'addUnderlayRoute', route: { destination: '10.244.3.0/24', via: '10.0.2.11' } }],
      check: (t, notes) => {
        assert.deepEqual(t.underlay.routes.at(-1), makeRoute('10.244.3.0/24', { via: '10.0.2.11' }));
        note(notes, /10\.244\.3\.0\/24 via 10\.0\.2\.11 added \(next hop: node worker-b1\)/);
      },
    },
    { name: 'removing one by destination', base: calico, ops: [{ op: 'removeUnderlayRoute', destination: '192.168.0.0/16' }], check: (t) => assert.deepEqual(t.underlay.routes, []) },
  ]);
  runReject([
    { name: 'adding a route twice', base: calico, ops: [{ op: 'addUnderlayRoute', route: { destination: '192.168.0.0/16', via: '10.0.1.1' } }], path: 'operations[0].route', message: /already has the route 192\.168\.0\.0\/16 via 10\.0\.1\.1/ },
    { name: 'removing a route that is not there', base: calico, ops: [{ op: 'removeUnderlayRoute', destination: '10.244.3.0/24' }], path: 'operations[0].destination', message: /no route to 10\.244\.3\.0\/24 \(routes: 192\.168\.0\.0\/16 via 10\.0\.1\.1\)/ },
    {
      name: 'an ambiguous removal needs via',
      base: calico,
      ops: [{ op: 'addUnderlayRoute', route: { destination: '192.168.0.0/16', via: '10.0.2.1' } }, { op: 'removeUnderlayRoute', destination: '192.168.0.0/16' }],
      path: 'operations[1].destination',
      message: /2 routes to 192\.168\.0\.0\/16 .*give via to pick one/,
    },
  ]);
});

describe('node routes', () => {
  runApply([
    {
      name: 'a blackhole on a node without explicit routes starts its table',
      base: calico,
      ops: [{ op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.3.0/24', type: 'blackhole' } }],
      check: (t) => assert.deepEqual(t.nodeRoutes, [{ node: 'worker-a1', routes: [makeRoute('10.244.3.0/24', { type: 'blackhole' })] }]),
    },
    {
      name: 'removing one route of a pasted table',
      base: routed,
      ops: [{ op: 'removeNodeRoute', node: 'node-1', destination: '172.17.1.0/24' }],
      check: (t) => assert.deepEqual(t.nodeRoutes.find((x) => x.node === 'node-1')!.routes.map((r) => r.destination), ['0.0.0.0/0', '10.100.0.0/24', '172.17.0.0/24']),
    },
    {
      name: 'removing the last explicit route removes the table',
      base: calico,
      ops: [{ op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.3.0/24', type: 'blackhole' } }, { op: 'removeNodeRoute', node: 'worker-a1', destination: '10.244.3.0/24' }],
      check: (t, notes) => {
        assert.deepEqual(t.nodeRoutes, []);
        note(notes, /no explicit routes left: the table is all derived again/);
      },
    },
  ]);
  runReject([
    { name: 'unknown node', base: calico, ops: [{ op: 'addNodeRoute', node: 'nope', route: { destination: '10.0.0.0/8', dev: 'eth0' } }], path: 'operations[0].node', message: /node "nope" does not exist/ },
    { name: 'removing a derived route', base: calico, ops: [{ op: 'removeNodeRoute', node: 'worker-a1', destination: '10.244.3.0/24' }], path: 'operations[0].node', message: /derived routes cannot be removed/ },
  ]);
});

describe('external networks and kube-proxy', () => {
  runApply([
    {
      name: 'add and remove an external network',
      base: calico,
      ops: [{ op: 'addExternalNetwork', name: 'partner', cidr: '172.20.0.0/16', kind: 'peering' }, { op: 'removeExternalNetwork', name: 'corp' }],
      check: (t) => assert.deepEqual(t.externalNetworks, [{ name: 'partner', cidr: '172.20.0.0/16', kind: 'peering' }]),
    },
    {
      name: 'kube-proxy mode and settings',
      base: calico,
      ops: [{ op: 'setKubeProxy', mode: 'nftables', masqueradeAll: true }],
      check: (t, notes) => {
        assert.deepEqual([t.kubeProxy.mode, t.kubeProxy.masqueradeAll, t.kubeProxy.masqueradeBit], ['nftables', true, 14]);
        note(notes, /kube-proxy: mode "iptables" → "nftables"; masqueradeAll false → true/);
      },
    },
  ]);
  runReject([
    { name: 'an external network name in use', base: calico, ops: [{ op: 'addExternalNetwork', name: 'corp', cidr: '172.20.0.0/16' }], path: 'operations[0].name', message: /already exists/ },
    { name: 'removing an unknown external network', base: calico, ops: [{ op: 'removeExternalNetwork', name: 'partner' }], path: 'operations[0].name', message: /does not exist \(external networks: corp\)/ },
    { name: 'setKubeProxy with an invalid mode is refused at the boundary', base: calico, ops: [{ op: 'setKubeProxy', mode: 'userspace' }], path: 'operations[0].mode', message: /expected one of iptables, ipvs, nftables, none/ },
  ]);
});

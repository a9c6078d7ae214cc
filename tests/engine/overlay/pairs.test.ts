import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { encapPlan, nodePairs, pairEncapsulation, subnetPairs } from '../../../src/engine/overlay';
import type { CniPlugin, OverlayMode } from '../../../src/engine/model/topology';
import { dualStack, makeNode, makeSubnet, makeTopology } from './builder';

/** "from>to" of the encapsulated IPv4 pairs, sorted. */
function encapsulatedPairs(plugin: CniPlugin, overlay: OverlayMode, crossSubnet: boolean): string[] {
  const t = makeTopology((d) => Object.assign(d.cni, { plugin, overlay, crossSubnet }));
  return nodePairs(t)
    .filter((p) => p.encapsulated.includes('IPv4'))
    .map((p) => `${p.from}>${p.to}`)
    .sort();
}

const ALL = ['a1>a2', 'a1>b1', 'a1>b2', 'a2>a1', 'a2>b1', 'a2>b2', 'b1>a1', 'b1>a2', 'b1>b2', 'b2>a1', 'b2>a2', 'b2>b1'];
const CROSS = ['a1>b1', 'a1>b2', 'a2>b1', 'a2>b2', 'b1>a1', 'b1>a2', 'b2>a1', 'b2>a2'];

describe('which node pairs encapsulate (nodes a1, a2 in subnet a; b1, b2 in subnet b)', () => {
  const cases: { name: string; plugin: CniPlugin; mode: OverlayMode; cross: boolean; expected: string[] }[] = [
    { name: 'Calico VXLAN Always: every pair', plugin: 'calico', mode: 'vxlan', cross: false, expected: ALL },
    { name: 'Calico VXLAN CrossSubnet: only pairs across subnets', plugin: 'calico', mode: 'vxlan', cross: true, expected: CROSS },
    { name: 'Calico IPIP CrossSubnet: only pairs across subnets', plugin: 'calico', mode: 'ipip', cross: true, expected: CROSS },
    { name: 'flannel VXLAN DirectRouting: only pairs across subnets', plugin: 'flannel', mode: 'vxlan', cross: true, expected: CROSS },
    { name: 'Calico WireGuard has no cross-subnet variant: every pair', plugin: 'calico', mode: 'wireguard', cross: true, expected: ALL },
    { name: 'Cilium VXLAN has no hybrid mode: every pair', plugin: 'cilium', mode: 'vxlan', cross: true, expected: ALL },
    { name: 'Calico BGP: none', plugin: 'calico', mode: 'bgp', cross: false, expected: [] },
    { name: 'flannel host-gw: none', plugin: 'flannel', mode: 'host-gw', cross: false, expected: [] },
    { name: 'Calico IPsec (not offered): none computed', plugin: 'calico', mode: 'ipsec', cross: false, expected: [] },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(encapsulatedPairs(c.plugin, c.mode, c.cross), c.expected));

  test('a node never pairs with itself', () => assert.ok(nodePairs(makeTopology()).every((p) => p.from !== p.to)));

  test('Calico IPIP in a dual-stack cluster encapsulates IPv4 only', () => {
    const t = makeTopology((d) => {
      dualStack(d);
      d.cni.overlay = 'ipip';
    });
    const pair = nodePairs(t).find((p) => p.from === 'a1' && p.to === 'b1');
    assert.deepEqual(pair?.encapsulated, ['IPv4']);
  });

  test('flannel VXLAN in a dual-stack cluster encapsulates both families', () => {
    const t = makeTopology((d) => {
      dualStack(d);
      d.cni.plugin = 'flannel';
    });
    assert.deepEqual(nodePairs(t).find((p) => p.from === 'a1' && p.to === 'a2')?.encapsulated, ['IPv4', 'IPv6']);
  });

  test('cross-subnet with an unknown subnet: assumed different, encapsulated (even between two unknowns)', () => {
    const t = makeTopology((d) => {
      d.cni.crossSubnet = true;
      d.nodes.push(makeNode('x1', null, '10.0.9.1'), makeNode('x2', null, '10.0.9.2'));
    });
    const enc = (from: string, to: string) => nodePairs(t).find((p) => p.from === from && p.to === to)?.encapsulated;
    assert.deepEqual([enc('x1', 'a1'), enc('x1', 'x2'), enc('a1', 'a2')], [['IPv4'], ['IPv4'], []]);
  });
});

describe('pairEncapsulation: one pair with its reason', () => {
  const t = makeTopology((d) => (d.cni.crossSubnet = true));
  const cases: { name: string; from: string; to: string; encapsulated: string[]; reason: RegExp }[] = [
    { name: 'same subnet is routed directly', from: 'a1', to: 'a2', encapsulated: [], reason: /same subnet a/ },
    { name: 'across subnets is encapsulated', from: 'a1', to: 'b2', encapsulated: ['IPv4'], reason: /different subnets a → b/ },
    { name: 'same node never leaves the node', from: 'b1', to: 'b1', encapsulated: [], reason: /same node/ },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = pairEncapsulation(t, c.from, c.to);
      assert.ok(r !== null);
      assert.deepEqual(r.encapsulated, c.encapsulated);
      assert.match(r.reason, c.reason);
    });
  }
  test('an unknown node gives null, not an answer', () => assert.equal(pairEncapsulation(t, 'a1', 'nope'), null));
});

describe('subnetPairs: the grouped answer', () => {
  test('counts ordered node pairs per subnet pair: k(k−1) inside, ka·kb across', () => {
    const t = makeTopology((d) => {
      d.cni.crossSubnet = true;
      d.nodes.push(makeNode('b3', 'b', '10.0.2.13'));
    });
    const got = subnetPairs(t).map((p) => [p.fromSubnet, p.toSubnet, p.nodePairs, p.encapsulated.join()]);
    assert.deepEqual(got, [
      ['a', 'a', 2, ''],
      ['a', 'b', 6, 'IPv4'],
      ['b', 'a', 6, 'IPv4'],
      ['b', 'b', 6, ''],
    ]);
    assert.equal(subnetPairs(t).reduce((s, p) => s + p.nodePairs, 0), nodePairs(t).length);
  });

  test('a subnet with one node has no pair with itself; subnets without nodes are left out', () => {
    const t = makeTopology((d) => {
      d.underlay.subnets.push(makeSubnet('empty', '10.0.3.0/24'));
      d.nodes = [makeNode('a1', 'a', '10.0.1.11'), makeNode('b1', 'b', '10.0.2.11')];
    });
    assert.deepEqual(subnetPairs(t).map((p) => `${p.fromSubnet}>${p.toSubnet}`), ['a>b', 'b>a']);
  });

  test('5,000 nodes in 50 subnets: 2,500 subnet pairs summing to n(n−1), without enumerating node pairs', () => {
    const t = makeTopology((d) => {
      d.cni.crossSubnet = true;
      d.underlay.subnets = Array.from({ length: 50 }, (_, s) => makeSubnet(`s${s}`, `10.${s}.0.0/16`));
      d.nodes = Array.from({ length: 5000 }, (_, i) => makeNode(`n${i}`, `s${i % 50}`, `10.${i % 50}.${Math.floor(i / 50)}.1`));
    });
    const pairs = subnetPairs(t, encapPlan(t));
    assert.equal(pairs.length, 2500);
    assert.equal(pairs.reduce((s, p) => s + p.nodePairs, 0), 5000 * 4999);
    assert.equal(pairs.filter((p) => p.encapsulated.length === 0).length, 50);
  });
});

/**
 * Explicit routes (topology.nodeRoutes) combined with the derived table, the lookup the tracer uses, and
 * the underlay routers' table.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import { lookupRoute, lookupUnderlay, nodeRouteTable } from '../../../src/engine/routing';
import { IpAddress } from '../../../src/engine/net';
import { cni, makeRoute, makeTopology, twoSubnets, withSeedRoutes } from '../fixtures/cluster';

describe('explicit routes', () => {
  test('a route with the destination of a derived one replaces it; others are added', () => {
    const snap = compileSnapshot(
      makeTopology((t) => (t.nodeRoutes = [{ node: 'node-1', routes: [makeRoute('172.17.1.0/24', { via: '10.100.0.9', dev: 'eth0' }), makeRoute('192.168.50.0/24', { type: 'unreachable' })] }])),
    );
    const t = nodeRouteTable(snap, 'node-1')!;
    assert.deepEqual(t.modes, { IPv4: 'derived+explicit', IPv6: 'derived' });
    assert.deepEqual(
      t.routes.map((r) => `${r.text} [${r.origin}]`),
      [
        'default via 10.100.0.1 dev eth0 [default]',
        '10.100.0.0/24 dev eth0 src 10.100.0.2 [connected]',
        '172.17.0.0/24 dev docker0 src 172.17.0.1 [cni:bridge]',
        '172.17.1.0/24 via 10.100.0.9 dev eth0 [explicit]',
        'unreachable 192.168.50.0/24 [explicit]',
      ],
    );
    assert.equal(lookupRoute(snap, 'node-1', '172.17.1.5')?.route?.text, '172.17.1.0/24 via 10.100.0.9 dev eth0');
  });

  test('a table holding the node\'s own connected route is a pasted `ip route show`: nothing is derived for that family', () => {
    const snap = compileSnapshot(makeTopology(twoSubnets, cni('flannel', 'vxlan'), withSeedRoutes));
    const t = nodeRouteTable(snap, 'node-1')!;
    assert.equal(t.modes.IPv4, 'explicit');
    assert.equal(t.text, 'default via 10.100.0.1 dev eth0\n10.100.0.0/24 dev eth0 src 10.100.0.2\n172.17.0.0/24 dev docker0 src 172.17.0.1\n172.17.1.0/24 via 10.100.0.3 dev eth0\n');
    // node-3's pod CIDR is not in the pasted table: the default route is what the node really uses.
    assert.equal(lookupRoute(snap, 'node-1', '172.17.2.2')?.route?.text, 'default via 10.100.0.1 dev eth0');
    // node-3 has no explicit table: its routes are derived.
    assert.equal(nodeRouteTable(snap, 'node-3')!.modes.IPv4, 'derived');
  });

  test('more specific wins over a shorter explicit route; among equal destinations the lowest metric', () => {
    const snap = compileSnapshot(
      makeTopology((t) => {
        t.nodeRoutes = [
          {
            node: 'node-1',
            routes: [
              makeRoute('172.17.0.0/16', { type: 'blackhole' }),
              makeRoute('172.17.9.0/24', { via: '10.100.0.3', dev: 'eth0', metric: 200 }),
              makeRoute('172.17.9.0/24', { via: '10.100.0.1', dev: 'eth0', metric: 100 }),
            ],
          },
        ];
      }),
    );
    assert.equal(lookupRoute(snap, 'node-1', '172.17.1.2')?.route?.text, '172.17.1.0/24 via 10.100.0.3 dev eth0'); // derived /24 beats explicit /16
    assert.equal(lookupRoute(snap, 'node-1', '172.17.5.5')?.route?.text, 'blackhole 172.17.0.0/16');
    assert.equal(lookupRoute(snap, 'node-1', '172.17.9.1')?.route?.text, '172.17.9.0/24 via 10.100.0.1 dev eth0 metric 100');
  });

  test('lookup reports a more specific route the plugin failed to install', () => {
    const snap = compileSnapshot(makeTopology(twoSubnets, cni('flannel', 'host-gw')));
    const r = lookupRoute(snap, 'node-1', IpAddress.parse('172.17.2.2'))!;
    assert.equal(r.route?.text, 'default via 10.100.0.1 dev eth0');
    assert.deepEqual(r.skipped.map((s) => s.text), ['172.17.2.0/24 via 10.100.1.2 dev eth0']);
    assert.match(r.skipped[0]!.reason, /not on node-1's subnet.*flannel logs the error and skips it/);
  });

  test('an unknown node gives null', () => assert.equal(lookupRoute(compileSnapshot(makeTopology()), 'nope', '10.0.0.1'), null));
});

describe('the underlay routers', () => {
  test('one connected route per subnet; explicit routes add to it and replace equal destinations', () => {
    const snap = compileSnapshot(
      makeTopology(twoSubnets, (t) => t.underlay.routes.push(makeRoute('10.100.1.0/24', { via: '10.100.0.2' }), makeRoute('172.17.0.0/16', { type: 'blackhole' }))),
    );
    assert.deepEqual(
      snap.underlay.routes.map((r) => `${r.text} [${r.origin}]`),
      ['10.100.0.0/24 dev node-net src 10.100.0.1 [connected]', '10.100.1.0/24 via 10.100.0.2 [explicit]', 'blackhole 172.17.0.0/16 [explicit]'],
    );
    assert.equal(lookupUnderlay(snap.underlay, IpAddress.parse('172.17.3.3'))?.text, 'blackhole 172.17.0.0/16');
    assert.equal(lookupUnderlay(snap.underlay, IpAddress.parse('8.8.8.8')), null);
  });
});

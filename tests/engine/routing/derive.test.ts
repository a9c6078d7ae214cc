/**
 * What each CNI plugin installs, as `ip route show` on node-1 of the two-subnet fixture: node-1 10.100.0.2
 * and node-2 10.100.0.3 on 10.100.0.0/24 (gateway .1), node-3 10.100.1.2 on 10.100.1.0/24; pod CIDRs
 * 172.17.0.0/24, 172.17.1.0/24, 172.17.2.0/24; node-1 runs pods 172.17.0.2 (default/account-app-x2kqp) and
 * 172.17.0.3 (default/web-frontend). Each table encodes the upstream rule cited in src/engine/routing/README.md.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { CniPlugin, OverlayMode } from '../../../src/engine/model/topology';
import { nodeRouteTable } from '../../../src/engine/routing';
import { cni, dualStack, makeTopology, twoSubnets } from '../fixtures/cluster';

const BASE = ['default via 10.100.0.1 dev eth0', '10.100.0.0/24 dev eth0 src 10.100.0.2'];
const CALICO_LOCAL = ['blackhole 172.17.0.0/24', '172.17.0.2 dev cali42e1cab0f24', '172.17.0.3 dev cali5b53445d53d'];

function table(plugin: CniPlugin, overlay: OverlayMode, crossSubnet = false, node = 'node-1') {
  const t = nodeRouteTable(compileSnapshot(makeTopology(twoSubnets, cni(plugin, overlay, crossSubnet))), node);
  assert.ok(t !== null);
  return t;
}

describe('derived IPv4 tables per plugin and mode (node-1)', () => {
  const cases: { name: string; plugin: CniPlugin; overlay: OverlayMode; cross?: boolean; routes: string[]; skipped?: string[] }[] = [
    {
      name: 'bridge plugin, routed: the bridge owns the pod CIDR; on-link peers only',
      plugin: 'bridge',
      overlay: 'none',
      routes: [...BASE, '172.17.0.0/24 dev docker0 src 172.17.0.1', '172.17.1.0/24 via 10.100.0.3 dev eth0'],
      skipped: ['172.17.2.0/24 via 10.100.1.2 dev eth0'],
    },
    {
      name: 'flannel host-gw: the route to node-3 (other subnet) is refused and skipped',
      plugin: 'flannel',
      overlay: 'host-gw',
      routes: [...BASE, '172.17.0.0/24 dev cni0 src 172.17.0.1', '172.17.1.0/24 via 10.100.0.3 dev eth0'],
      skipped: ['172.17.2.0/24 via 10.100.1.2 dev eth0'],
    },
    {
      name: 'flannel VXLAN: via the remote lease\'s network address on flannel.1, onlink',
      plugin: 'flannel',
      overlay: 'vxlan',
      routes: [...BASE, '172.17.0.0/24 dev cni0 src 172.17.0.1', '172.17.1.0/24 via 172.17.1.0 dev flannel.1 onlink', '172.17.2.0/24 via 172.17.2.0 dev flannel.1 onlink'],
    },
    {
      name: 'flannel VXLAN DirectRouting: direct on the same subnet, flannel.1 across',
      plugin: 'flannel',
      overlay: 'vxlan',
      cross: true,
      routes: [...BASE, '172.17.0.0/24 dev cni0 src 172.17.0.1', '172.17.1.0/24 via 10.100.0.3 dev eth0', '172.17.2.0/24 via 172.17.2.0 dev flannel.1 onlink'],
    },
    {
      name: 'flannel IPIP DirectRouting: eth0 onlink on the same subnet, flannel.ipip across',
      plugin: 'flannel',
      overlay: 'ipip',
      cross: true,
      routes: [...BASE, '172.17.0.0/24 dev cni0 src 172.17.0.1', '172.17.1.0/24 via 10.100.0.3 dev eth0 onlink', '172.17.2.0/24 via 10.100.1.2 dev flannel.ipip onlink'],
    },
    { name: 'flannel WireGuard: the whole network into flannel-wg', plugin: 'flannel', overlay: 'wireguard', routes: [...BASE, '172.17.0.0/16 dev flannel-wg', '172.17.0.0/24 dev cni0 src 172.17.0.1'] },
    { name: 'flannel udp: the whole network into flannel0', plugin: 'flannel', overlay: 'udp', routes: [...BASE, '172.17.0.0/16 dev flannel0', '172.17.0.0/24 dev cni0 src 172.17.0.1'] },
    { name: 'flannel IPsec: no routes, only XFRM policies', plugin: 'flannel', overlay: 'ipsec', routes: [...BASE, '172.17.0.0/24 dev cni0 src 172.17.0.1'] },
    {
      name: 'Calico BGP: per-pod /32s to cali veths, blackhole for the block, peers via their address or (other subnet) the gateway',
      plugin: 'calico',
      overlay: 'bgp',
      routes: [...BASE, ...CALICO_LOCAL, '172.17.1.0/24 via 10.100.0.3 dev eth0', '172.17.2.0/24 via 10.100.0.1 dev eth0'],
    },
    { name: 'Calico IPIP: tunl0 via the node, onlink', plugin: 'calico', overlay: 'ipip', routes: [...BASE, ...CALICO_LOCAL, '172.17.1.0/24 via 10.100.0.3 dev tunl0 onlink', '172.17.2.0/24 via 10.100.1.2 dev tunl0 onlink'] },
    {
      name: 'Calico VXLAN CrossSubnet: direct on the same subnet, vxlan.calico via the VTEP address across',
      plugin: 'calico',
      overlay: 'vxlan',
      cross: true,
      routes: [...BASE, ...CALICO_LOCAL, '172.17.1.0/24 via 10.100.0.3 dev eth0', '172.17.2.0/24 via 172.17.2.0 dev vxlan.calico onlink'],
    },
    { name: 'Calico WireGuard: wireguard.cali (policy table flattened)', plugin: 'calico', overlay: 'wireguard', routes: [...BASE, ...CALICO_LOCAL, '172.17.1.0/24 dev wireguard.cali', '172.17.2.0/24 dev wireguard.cali'] },
    {
      name: 'Cilium VXLAN: everything through cilium_host (router IP .1)',
      plugin: 'cilium',
      overlay: 'vxlan',
      routes: [
        ...BASE,
        '172.17.0.0/24 via 172.17.0.1 dev cilium_host src 172.17.0.1',
        '172.17.0.1 dev cilium_host',
        '172.17.1.0/24 via 172.17.0.1 dev cilium_host src 172.17.0.1',
        '172.17.2.0/24 via 172.17.0.1 dev cilium_host src 172.17.0.1',
      ],
    },
    {
      name: 'Cilium native routing: auto-direct-node-routes on the same subnet only',
      plugin: 'cilium',
      overlay: 'none',
      routes: [...BASE, '172.17.0.0/24 via 172.17.0.1 dev cilium_host src 172.17.0.1', '172.17.0.1 dev cilium_host', '172.17.1.0/24 via 10.100.0.3 dev eth0'],
      skipped: ['172.17.2.0/24 via 10.100.1.2 dev eth0'],
    },
    { name: 'kubenet: cbr0 and nothing for other nodes (cloud routes do that)', plugin: 'kubenet', overlay: 'none', routes: [...BASE, '172.17.0.0/24 dev cbr0 src 172.17.0.1'] },
    { name: 'aws-vpc-cni: a /32 per pod to its eni veth', plugin: 'aws-vpc-cni', overlay: 'none', routes: [...BASE, '172.17.0.2 dev eni42e1cab0f24', '172.17.0.3 dev eni5b53445d53d'] },
    { name: 'Weave: the weave bridge owns the whole range', plugin: 'weave', overlay: 'vxlan', routes: [...BASE, '172.17.0.0/16 dev weave src 172.17.0.1'] },
    { name: 'a mode the plugin does not offer: nothing toward other nodes', plugin: 'bridge', overlay: 'vxlan', routes: [...BASE, '172.17.0.0/24 dev docker0 src 172.17.0.1'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const t = table(c.plugin, c.overlay, c.cross);
      assert.deepEqual(t.routes.map((r) => r.text), c.routes);
      assert.equal(t.text, c.routes.map((r) => `${r}\n`).join(''));
      assert.deepEqual(t.skipped.map((s) => s.text), c.skipped ?? []);
    });
  }

  test('origins: connected, default, and the plugin for its own routes', () => {
    const t = table('calico', 'ipip');
    assert.deepEqual(
      t.routes.map((r) => r.origin),
      ['default', 'connected', 'cni:calico', 'cni:calico', 'cni:calico', 'cni:calico', 'cni:calico'],
    );
  });
  test('a mode the plugin does not offer is explained in the notes', () => assert.match(table('bridge', 'vxlan').notes.join(), /bridge does not offer overlay mode "vxlan"/));
  test('kubenet uses cbr0 even though cni.bridge defaults to cni0; an explicit bridge name wins', () => {
    const t = nodeRouteTable(compileSnapshot(makeTopology(cni('kubenet', 'none'), (d) => (d.cni.bridge = 'br-pods'))), 'node-1');
    assert.ok(t?.text.includes('172.17.0.0/24 dev br-pods src 172.17.0.1'));
  });
  test('an unknown node has no table', () => assert.equal(nodeRouteTable(compileSnapshot(makeTopology()), 'node-9'), null));
});

describe('derived IPv6 tables (dual-stack)', () => {
  const v6 = (plugin: CniPlugin, overlay: OverlayMode, crossSubnet = false) => {
    const t = nodeRouteTable(compileSnapshot(makeTopology(twoSubnets, dualStack, cni(plugin, overlay, crossSubnet))), 'node-1')!;
    return { ...t, v6: t.routes.filter((r) => r.prefix.family === 'IPv6').map((r) => r.text) };
  };
  const BASE6 = ['default via fd00:100::1 dev eth0', 'fd00:100::/64 dev eth0 src fd00:100::2'];
  test('flannel VXLAN: flannel-v6.1', () =>
    assert.deepEqual(v6('flannel', 'vxlan').v6, [...BASE6, 'fd00:172:17::/64 dev cni0 src fd00:172:17::1', 'fd00:172:17:1::/64 via fd00:172:17:1:: dev flannel-v6.1 onlink', 'fd00:172:17:2::/64 via fd00:172:17:2:: dev flannel-v6.1 onlink']));
  test('Calico IPIP carries IPv4 only: IPv6 is routed like BGP', () => {
    const t = v6('calico', 'ipip');
    assert.deepEqual(t.v6.slice(-2), ['fd00:172:17:1::/64 via fd00:100::3 dev eth0', 'fd00:172:17:2::/64 via fd00:100::1 dev eth0']);
    assert.match(t.notes.join(), /Calico IP-in-IP carries IPv4 only/);
  });
  test('flannel udp is IPv4 only: no IPv6 routes toward other nodes, and a note', () => {
    const t = v6('flannel', 'udp');
    assert.deepEqual(t.v6, [...BASE6, 'fd00:172:17::/64 dev cni0 src fd00:172:17::1']);
    assert.match(t.notes.join(), /flannel's udp backend is IPv4 only/);
  });
});

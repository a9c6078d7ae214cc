import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Route } from '../../src/engine/model/topology';
import { formatIpRoute, formatRoute, parseIpRoute } from '../../src/io/ipRoute';

const route = (fields: Partial<Route> & { destination: string }): Route => ({
  via: null,
  dev: null,
  type: 'unicast',
  metric: null,
  src: null,
  onlink: false,
  ...fields,
});

// Input lines are `ip route show` output as iproute2 prints it (grammar: ip-route(8), iproute2 repository
// man/man8/ip-route.8.in); the routes are what each CNI installs, as seen on real nodes.
const REAL_LINES: Array<{ name: string; line: string; expected: Route }> = [
  {
    name: 'DHCP default route (cloud VM)',
    line: 'default via 10.100.0.1 dev eth0 proto dhcp src 10.100.0.3 metric 100',
    expected: route({ destination: '0.0.0.0/0', via: '10.100.0.1', dev: 'eth0', src: '10.100.0.3', metric: 100 }),
  },
  {
    name: 'connected subnet (kernel route)',
    line: '10.100.0.0/24 dev eth0 proto kernel scope link src 10.100.0.2',
    expected: route({ destination: '10.100.0.0/24', dev: 'eth0', src: '10.100.0.2' }),
  },
  {
    name: 'flannel VXLAN: remote subnet via its VTEP address on flannel.1, onlink',
    line: '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink',
    expected: route({ destination: '10.244.2.0/24', via: '10.244.2.0', dev: 'flannel.1', onlink: true }),
  },
  {
    name: 'flannel: local pod subnet on the cni0 bridge',
    line: '10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1',
    expected: route({ destination: '10.244.0.0/24', dev: 'cni0', src: '10.244.0.1' }),
  },
  {
    name: 'flannel host-gw: remote subnet via the node IP',
    line: '10.244.1.0/24 via 192.168.1.102 dev eth0',
    expected: route({ destination: '10.244.1.0/24', via: '192.168.1.102', dev: 'eth0' }),
  },
  {
    name: 'Calico/bird: blackhole for the node’s own IPAM block',
    line: 'blackhole 10.244.40.0/26 proto bird',
    expected: route({ destination: '10.244.40.0/26', type: 'blackhole' }),
  },
  {
    name: 'Calico IPIP: remote block via tunl0, onlink',
    line: '10.244.166.128/26 via 10.101.14.51 dev tunl0 proto bird onlink',
    expected: route({ destination: '10.244.166.128/26', via: '10.101.14.51', dev: 'tunl0', onlink: true }),
  },
  {
    name: 'Calico: host route to a pod on its cali veth (no /32 printed)',
    line: '10.244.40.1 dev calife2afe74a4e scope link',
    expected: route({ destination: '10.244.40.1/32', dev: 'calife2afe74a4e' }),
  },
  {
    name: 'kubenet: node pod CIDR on cbr0',
    line: '10.244.3.0/24 dev cbr0 proto kernel scope link src 10.244.3.1',
    expected: route({ destination: '10.244.3.0/24', dev: 'cbr0', src: '10.244.3.1' }),
  },
  {
    name: 'docker0 bridge with no containers (linkdown flag)',
    line: '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown',
    expected: route({ destination: '172.17.0.0/16', dev: 'docker0', src: '172.17.0.1' }),
  },
  {
    name: 'link-local with metric',
    line: '169.254.0.0/16 dev eth0 scope link metric 1002',
    expected: route({ destination: '169.254.0.0/16', dev: 'eth0', metric: 1002 }),
  },
  {
    name: 'IPv6 router-advertised default (ip -6 route)',
    line: 'default via fe80::1 dev eth0 proto ra metric 1024 expires 1798sec hoplimit 64 pref medium',
    expected: route({ destination: '::/0', via: 'fe80::1', dev: 'eth0', metric: 1024 }),
  },
  {
    name: 'IPv6 unreachable with error code (ip -6 route)',
    line: 'unreachable ::/96 dev lo metric 1024 error -113 pref medium',
    expected: route({ destination: '::/96', dev: 'lo', type: 'unreachable', metric: 1024 }),
  },
  {
    name: 'local table entry (ip route show table local)',
    line: 'local 10.100.0.2 dev eth0 table local proto kernel scope host src 10.100.0.2',
    expected: route({ destination: '10.100.0.2/32', dev: 'eth0', type: 'local', src: '10.100.0.2' }),
  },
  {
    name: 'prohibit route',
    line: 'prohibit 10.99.0.0/16',
    expected: route({ destination: '10.99.0.0/16', type: 'prohibit' }),
  },
  {
    name: 'locked MTU metric and explicit via family',
    line: '10.50.0.0/16 via inet 10.100.0.9 dev eth0 mtu lock 1400',
    expected: route({ destination: '10.50.0.0/16', via: '10.100.0.9', dev: 'eth0' }),
  },
];

describe('parseIpRoute reads real route tables', () => {
  for (const c of REAL_LINES) {
    test(c.name, () => {
      const table = parseIpRoute(c.line);
      assert.deepEqual(table.errors, []);
      assert.deepEqual(table.routes, [c.expected]);
    });
  }

  test('a whole table keeps line order, skips blank lines and comments', () => {
    const table = parseIpRoute('# node-a\ndefault via 10.0.0.1 dev eth0\n\n10.0.0.0/24 dev eth0\n');
    assert.deepEqual(table.routes.map((r) => r.destination), ['0.0.0.0/0', '10.0.0.0/24']);
  });

  test('IPv6 default without via takes the family the caller gives', () => {
    assert.equal(parseIpRoute('default dev wg0', { family: 'IPv6' }).routes[0]?.destination, '::/0');
    assert.equal(parseIpRoute('default dev wg0').routes[0]?.destination, '0.0.0.0/0');
  });

  test('broadcast entries are skipped with a warning naming the line', () => {
    const table = parseIpRoute('10.0.0.0/24 dev eth0\nbroadcast 10.0.0.255 dev eth0 table local proto kernel scope link src 10.0.0.2');
    assert.equal(table.routes.length, 1);
    assert.equal(table.errors.length, 0);
    assert.equal(table.warnings[0]?.line, 2);
    assert.match(table.warnings[0]?.message ?? '', /^line 2: broadcast route skipped/);
  });
});

describe('parseIpRoute refuses what it cannot read, with the line number', () => {
  const cases: Array<{ name: string; text: string; line: number; message: string }> = [
    { name: 'multipath nexthop continuation', text: 'default proto static\n\tnexthop via 10.0.0.1 dev eth0 weight 1', line: 2, message: 'multipath' },
    { name: 'unknown word', text: '10.0.0.0/8 via 10.0.0.1 bogus 3', line: 1, message: 'unknown word "bogus"' },
    { name: 'keyword without a value', text: '10.0.0.0/8 dev', line: 1, message: '"dev" needs a value' },
    { name: 'throw routes', text: 'throw 10.0.0.0/8', line: 1, message: '"throw" routes are not supported' },
    { name: 'source-specific route', text: '2001:db8::/64 from 2001:db8:1::/64 via fe80::1 dev eth0', line: 1, message: '"from"' },
    { name: 'malformed destination', text: 'default via 10.0.0.1\n10.0.0.300/24 dev eth0', line: 2, message: '"10.0.0.300/24" is not a CIDR' },
    { name: 'host bits in destination', text: '10.0.0.1/24 dev eth0', line: 1, message: 'did you mean 10.0.0.0/24?' },
    { name: 'via of another family', text: '10.0.0.0/8 via fd00::1', line: 1, message: 'fd00::1 is IPv6 but the destination 10.0.0.0/8 is IPv4' },
    { name: 'non-numeric metric', text: '10.0.0.0/8 dev eth0 metric high', line: 1, message: 'metric "high"' },
    { name: 'bad interface name', text: '10.0.0.0/8 dev averyveryverylongname0', line: 1, message: 'IFNAMSIZ' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const table = parseIpRoute(c.text);
      const error = table.errors.find((e) => e.line === c.line);
      assert.ok(error, JSON.stringify(table.errors));
      assert.ok(error.message.startsWith(`line ${c.line}: `), error.message);
      assert.ok(error.message.includes(c.message), error.message);
    });
  }
});

describe('formatRoute', () => {
  const cases: Array<{ name: string; route: Route; text: string }> = [
    { name: 'IPv4 default', route: route({ destination: '0.0.0.0/0', via: '10.0.0.1', dev: 'eth0' }), text: 'default via 10.0.0.1 dev eth0' },
    { name: 'IPv6 default with via reads back by via', route: route({ destination: '::/0', via: 'fd00::1' }), text: 'default via fd00::1' },
    { name: 'IPv6 default without via stays ::/0', route: route({ destination: '::/0', dev: 'wg0' }), text: '::/0 dev wg0' },
    { name: 'host route printed bare, as ip does', route: route({ destination: '10.1.2.3/32', dev: 'cali1' }), text: '10.1.2.3 dev cali1' },
    {
      name: 'every attribute in ip’s order',
      route: route({ destination: '10.0.0.0/8', via: '10.1.0.1', dev: 'eth0', src: '10.1.0.5', metric: 7, onlink: true, type: 'unicast' }),
      text: '10.0.0.0/8 via 10.1.0.1 dev eth0 src 10.1.0.5 metric 7 onlink',
    },
    { name: 'type word first', route: route({ destination: '10.244.0.0/26', type: 'blackhole' }), text: 'blackhole 10.244.0.0/26' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(formatRoute(c.route), c.text);
      assert.deepEqual(parseIpRoute(c.text).routes, [c.route]);
    });
  }

  test('every real line survives format → parse unchanged', () => {
    const routes = REAL_LINES.map((c) => c.expected);
    assert.deepEqual(parseIpRoute(formatIpRoute(routes)).routes, routes);
  });
});

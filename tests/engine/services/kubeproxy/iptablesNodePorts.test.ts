/**
 * NodePorts, health checks, the KUBE-FORWARD / KUBE-POSTROUTING variants and large-cluster mode, from
 * kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go: TestNodePorts, TestHealthCheckNodePort,
 * TestDropInvalidRule, TestMasqueradeRule, TestSyncProxyRulesLargeClusterMode, TestComputeProbability.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { computeProbability } from '../../../../src/engine/services/kubeproxy';
import { assertIPTablesChainEqual, dedent } from './upstreamSort';
import { rulesFor, runPacketFlowTests, type PacketFlowTest } from './flow';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testExternalClient, testNodeIP, testNodeIPAlt, testNodeIPv6, testNodeIPv6Alt, testNodeName } from './harness';

describe('TestNodePorts', () => {
  const cases = [
    { name: 'ipv4, localhost-nodeports enabled', family: 'IPv4', localhostNodePorts: true, nodePortAddresses: [], allowAltNodeIP: true, expectFirewall: true },
    { name: 'ipv4, localhost-nodeports disabled', family: 'IPv4', localhostNodePorts: false, nodePortAddresses: [], allowAltNodeIP: true, expectFirewall: false },
    { name: 'ipv4, localhost-nodeports disabled, localhost in nodeport-addresses', family: 'IPv4', localhostNodePorts: false, nodePortAddresses: ['192.168.0.0/24', '127.0.0.1/32'], allowAltNodeIP: false, expectFirewall: false },
    { name: 'ipv4, localhost-nodeports enabled, multiple nodeport-addresses', family: 'IPv4', localhostNodePorts: false, nodePortAddresses: ['192.168.0.0/24', '192.168.1.0/24', '2001:db8::/64'], allowAltNodeIP: true, expectFirewall: false },
    { name: 'ipv6, localhost-nodeports enabled', family: 'IPv6', localhostNodePorts: true, nodePortAddresses: [], allowAltNodeIP: true, expectFirewall: false },
    { name: 'ipv6, localhost-nodeports disabled', family: 'IPv6', localhostNodePorts: false, nodePortAddresses: [], allowAltNodeIP: true, expectFirewall: false },
    { name: 'ipv6, localhost-nodeports disabled, multiple nodeport-addresses', family: 'IPv6', localhostNodePorts: false, nodePortAddresses: ['192.168.0.0/24', '192.168.1.0/24', '2001:db8::/64'], allowAltNodeIP: false, expectFirewall: false },
  ] as const;
  for (const tc of cases) {
    describe(tc.name, () => {
      const v4 = tc.family === 'IPv4';
      const [svcIP, epIP1, epIP2] = v4 ? ['172.30.0.41', '10.180.0.1', '10.180.2.1'] : ['fd00:172:30::41', 'fd00:10:180::1', 'fd00:10:180::2:1'];
      const topology = harnessTopology(
        [
          makeTestService('ns1', 'svc1', (s) => {
            s.type = 'NodePort';
            s.clusterIPs = [svcIP];
            s.ports = [port('p80', 80, 'TCP', 3001)];
          }),
        ],
        [
          makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
            s.addressType = tc.family;
            s.endpoints = [ep(epIP1), ep(epIP2, { nodeName: testNodeName })];
            s.ports = [epPort('p80', 80)];
          }),
        ],
        (t) => {
          t.kubeProxy.localhostNodePorts = tc.localhostNodePorts;
          t.kubeProxy.nodePortAddresses = [...tc.nodePortAddresses];
        },
      );
      const rules = rulesFor(topology, tc.family);
      const [podIP, externalClientIP, nodeIP, altNodeIP, localhostIP] = v4
        ? ['10.0.0.2', testExternalClient, testNodeIP, testNodeIPAlt, '127.0.0.1']
        : ['fd00:10::2', '2600:5200::1', testNodeIPv6, testNodeIPv6Alt, '::1'];
      const output = v4 ? `${epIP1}:80, ${epIP2}:80` : `[${epIP1}]:80, [${epIP2}]:80`;
      const flows: PacketFlowTest[] = [
        { name: 'pod to cluster IP', sourceIP: podIP, destIP: svcIP, destPort: 80, output },
        { name: 'external to nodePort', sourceIP: externalClientIP, destIP: nodeIP, destPort: 3001, output, masq: true },
        { name: 'node to nodePort', sourceIP: nodeIP, destIP: nodeIP, destPort: 3001, output, masq: true },
        v4 && tc.localhostNodePorts
          ? { name: 'localhost to nodePort gets masqueraded', sourceIP: localhostIP, destIP: localhostIP, destPort: 3001, output, masq: true }
          : { name: 'localhost to nodePort is ignored', sourceIP: localhostIP, destIP: localhostIP, destPort: 3001, output: '' },
        tc.allowAltNodeIP
          ? { name: 'external to nodePort on secondary IP', sourceIP: externalClientIP, destIP: altNodeIP, destPort: 3001, output, masq: true }
          : { name: 'secondary nodeIP ignores NodePorts', sourceIP: externalClientIP, destIP: altNodeIP, destPort: 3001, output: '' },
      ];
      runPacketFlowTests(rules, flows);
      test('KUBE-FIREWALL anti-martian rule', () => {
        const expected = tc.expectFirewall
          ? '-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP\n'
          : '';
        assertIPTablesChainEqual('filter', 'KUBE-FIREWALL', expected, rules.text);
      });
    });
  }
});

describe('TestHealthCheckNodePort', () => {
  const svc = makeTestService('ns1', 'svc1', (s) => {
    s.type = 'LoadBalancer';
    s.clusterIPs = ['172.30.0.42'];
    s.ports = [port('p80', 80, 'TCP', 3001)];
    s.healthCheckNodePort = 30000;
    s.externalTrafficPolicy = 'Local';
  });
  const withAddresses = (t: Parameters<NonNullable<Parameters<typeof harnessTopology>[2]>>[0]): void => {
    t.kubeProxy.nodePortAddresses = ['127.0.0.0/8'];
  };
  runPacketFlowTests(rulesFor(harnessTopology([svc], [], withAddresses)), [
    { name: 'firewall accepts HealthCheckNodePort', sourceIP: '1.2.3.4', destIP: testNodeIP, destPort: 30000, output: 'ACCEPT' },
  ]);
  runPacketFlowTests(rulesFor(harnessTopology([], [], withAddresses)), [
    { name: 'HealthCheckNodePort no longer has any rule', sourceIP: '1.2.3.4', destIP: testNodeIP, destPort: 30000, output: '' },
  ]);
});

describe('TestDropInvalidRule', () => {
  const forwardRules = dedent(`
    -A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
    -A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  `).replace(/^\n/, '');
  const cases = [
    { nfacct: false, tcpLiberal: false, dropRule: '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP\n' },
    { nfacct: true, tcpLiberal: false, dropRule: '-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP\n' },
    { nfacct: false, tcpLiberal: true, dropRule: '' },
  ];
  for (const c of cases) {
    test(`tcpLiberal is ${c.tcpLiberal} and nfacctEnsured is ${c.nfacct}`, () => {
      const rules = rulesFor(harnessTopology([], []), 'IPv4', { nfacct: c.nfacct, conntrackTCPLiberal: c.tcpLiberal });
      assertIPTablesChainEqual('filter', 'KUBE-FORWARD', c.dropRule + forwardRules, rules.text);
    });
  }
});

describe('TestMasqueradeRule', () => {
  for (const randomFully of [false, true]) {
    test(`randomFully ${randomFully}`, () => {
      const rules = rulesFor(harnessTopology([], []), 'IPv4', { randomFully });
      const expected = dedent(`
        -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
        -A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
        -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE${randomFully ? ' --random-fully' : ''}
      `);
      assertIPTablesChainEqual('nat', 'KUBE-POSTROUTING', expected, rules.text);
    });
  }
});

describe('TestSyncProxyRulesLargeClusterMode', () => {
  const svc = (n: number, portName: string, p: number) =>
    makeTestService(`ns${n}`, `svc${n}`, (s) => {
      s.clusterIPs = [`172.30.0.4${n}`];
      s.ports = [port(portName, p)];
    });
  const many = (n: number, portName: string, p: number, second: number) =>
    makeTestEndpointSlice(`ns${n}`, `svc${n}`, 1, (s) => {
      s.endpoints = Array.from({ length: 1000 / 2 - 1 }, (_, i) => ep(`10.${second}.${i % 256}.${Math.floor(i / 256)}`));
      s.ports = [epPort(portName, p)];
    });
  const svc3Slice = makeTestEndpointSlice('ns3', 'svc3', 1, (s) => {
    s.endpoints = [ep('203.0.113.4'), ep('203.0.113.8'), ep('203.0.113.12')];
    s.ports = [epPort('p8081', 8081)];
  });
  const masqAll = (t: Parameters<NonNullable<Parameters<typeof harnessTopology>[2]>>[0]): void => {
    t.kubeProxy.masqueradeAll = true;
  };
  /** countEndpointsAndComments: DNAT lines of SEP chains, those with a comment, and the line matching `ip`. */
  const count = (text: string, ip: string): [string, number, number] => {
    const lines = text.split('\n').filter((l) => l.startsWith('-A KUBE-SEP-') && l.includes('-j DNAT'));
    return [lines.find((l) => l.includes(ip)) ?? '', lines.length, lines.filter((l) => l.includes('--comment')).length];
  };
  const services = [svc(1, 'p80', 80), svc(2, 'p8080', 8080), svc(3, 'p8081', 8081)];

  test('998 endpoints: below the threshold, comments kept', () => {
    const rules = rulesFor(harnessTopology(services, [many(1, 'p80', 80, 0), many(2, 'p8080', 8080, 1)], masqAll));
    const [first, n, comments] = count(rules.text, '10.0.0.0');
    assert.equal(first, '-A KUBE-SEP-DKGQUZGBKLTPAR56 -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.0.0.0:80');
    assert.equal(n, 998);
    assert.equal(comments, 998);
    assert.equal(rules.largeClusterMode, false);
  });

  test('1001 endpoints: full sync drops the comments', () => {
    const rules = rulesFor(harnessTopology(services, [many(1, 'p80', 80, 0), many(2, 'p8080', 8080, 1), svc3Slice], masqAll));
    const [first, n, comments] = count(rules.text, '10.0.0.0');
    assert.equal(first, '-A KUBE-SEP-DKGQUZGBKLTPAR56 -m tcp -p tcp -j DNAT --to-destination 10.0.0.0:80');
    assert.equal(n, 1001);
    assert.equal(comments, 0);
    assert.equal(count(rules.text, '203.0.113.4')[0], '-A KUBE-SEP-RUVVH7YV3PHQBDOS -m tcp -p tcp -j DNAT --to-destination 203.0.113.4:8081');
  });

  test('svc4 chains keep their upstream names', () => {
    const svc4 = makeTestService('ns4', 'svc4', (s) => {
      s.clusterIPs = ['172.30.0.44'];
      s.ports = [port('p8082', 8082)];
    });
    const slice4 = makeTestEndpointSlice('ns4', 'svc4', 1, (s) => {
      s.endpoints = [ep('10.4.0.1')];
      s.ports = [epPort('p8082', 8082)];
    });
    const rules = rulesFor(harnessTopology([...services, svc4], [many(1, 'p80', 80, 0), many(2, 'p8080', 8080, 1), svc3Slice, slice4], masqAll));
    assert.equal(count(rules.text, '10.4.0.1')[0], '-A KUBE-SEP-SU5STNODRYEWJAUF -m tcp -p tcp -j DNAT --to-destination 10.4.0.1:8082');
    assert.ok(rules.tables.nat.chainLines.includes(':KUBE-SVC-EBDQOQU5SJFXRIL3 - [0:0]'));
  });
});

describe('TestComputeProbability', () => {
  const expected: [number, string][] = [
    [1, '1.0000000000'],
    [2, '0.5000000000'],
    [10, '0.1000000000'],
    [100, '0.0100000000'],
    [1000, '0.0010000000'],
    [10000, '0.0001000000'],
    [100000, '0.0000100000'],
    [100001, '0.0000099999'],
  ];
  for (const [n, s] of expected) test(`computeProbability(${n})`, () => assert.equal(computeProbability(n), s));
  test('strictly decreasing from 2 to 100000', () => {
    let prev = 0;
    for (let i = 100000; i > 1; i--) {
      const p = Number(computeProbability(i));
      assert.ok(p > prev, `probability for ${i}`);
      prev = p;
    }
  });
  test("a tie rounds to even like Go's %0.10f: 1/2048 = 0.00048828125", () => assert.equal(computeProbability(2048), '0.0004882812'));
});

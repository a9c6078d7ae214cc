/**
 * Packet flows that fail, each with the step that decided: missing routes, deliberate drops, loops, MTUs,
 * addresses nobody owns, next hops that cannot be reached, and what the tracer refuses to guess (Services).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { trace } from '../../../src/engine/trace';
import { cni, dualStack, makePod, makeRoute, makeTopology, twoSubnets } from '../fixtures/cluster';
import { runFlows, snapshotOf } from './harness';

const A = 'pod:default/account-app-x2kqp'; // node-1
const B = 'pod:default/account-app-7hw5m'; // node-2
const C = 'pod:default/account-app-b3'; // node-3

describe('missing routes and deliberate drops', () => {
  runFlows([
    {
      name: 'a subnet without a gateway gives its nodes no default route: NO_ROUTE on the node',
      topology: makeTopology((t) => (t.underlay.subnets[0]!.gateway = null)),
      from: A,
      to: 'external:1.1.1.1',
      disposition: 'NO_ROUTE',
      steps: [{ node: 'node-1', type: 'routing', action: 'NO_ROUTE', text: /node-1 has no route to 1\.1\.1\.1/ }],
    },
    {
      name: 'a pasted table without the peer\'s pod route (and no default): NO_ROUTE',
      topology: makeTopology((t) => {
        t.nodeRoutes = [{ node: 'node-1', routes: [makeRoute('10.100.0.0/24', { dev: 'eth0', src: '10.100.0.2' }), makeRoute('172.17.0.0/24', { dev: 'docker0' })] }];
      }),
      from: A,
      to: B,
      disposition: 'NO_ROUTE',
      steps: [{ node: 'node-1', type: 'routing', action: 'NO_ROUTE' }],
      assumes: [/node-1: its explicit IPv4 routes include the node's connected route/],
    },
    ...(['blackhole', 'unreachable', 'prohibit'] as const).map((type) => ({
      name: `an explicit ${type} route replaces the derived one: DROPPED, the route named`,
      topology: makeTopology((t) => (t.nodeRoutes = [{ node: 'node-1', routes: [makeRoute('172.17.1.0/24', { type })] }])),
      from: A,
      to: B,
      disposition: 'DROPPED' as const,
      steps: [{ node: 'node-1', type: 'routing' as const, action: 'DROPPED' as const, route: `${type} 172.17.1.0/24`, text: new RegExp(`${type} route on node-1`) }],
    })),
    {
      name: 'an underlay blackhole route drops at the router',
      topology: makeTopology(twoSubnets, cni('calico', 'bgp'), (t) => t.underlay.routes.push(makeRoute('172.17.2.0/24', { type: 'blackhole' }))),
      from: A,
      to: C,
      disposition: 'DROPPED',
      steps: [{ node: 'underlay', type: 'routing', action: 'DROPPED', route: 'blackhole 172.17.2.0/24' }],
    },
  ]);
});

describe('loops', () => {
  runFlows([
    {
      name: 'two nodes that route a pod CIDR to each other: LOOP',
      topology: makeTopology((t) => (t.nodeRoutes = [{ node: 'node-2', routes: [makeRoute('172.17.1.0/24', { via: '10.100.0.2', dev: 'eth0' })] }])),
      from: A,
      to: B,
      disposition: 'LOOP',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'node-2 host', 'node-1 host'],
      steps: [{ node: 'node-2', type: 'routing', route: '172.17.1.0/24 via 10.100.0.2 dev eth0' }, { node: 'node-1', type: 'forward', action: 'LOOP' }],
    },
    {
      name: 'an underlay route back to the sending node: router and node bounce the packet',
      topology: makeTopology(twoSubnets, cni('calico', 'bgp'), (t) => t.underlay.routes.push(makeRoute('172.17.2.0/24', { via: '10.100.0.2' }))),
      from: A,
      to: C,
      disposition: 'LOOP',
      steps: [{ node: 'underlay', type: 'routing', route: '172.17.2.0/24 via 10.100.0.2' }, { type: 'forward', action: 'LOOP' }],
    },
  ]);
});

describe('MTU', () => {
  const vxlan = makeTopology(twoSubnets, cni('flannel', 'vxlan'));
  runFlows([
    { name: 'above the pod MTU (1500 − 50): dropped at the pod\'s eth0', topology: vxlan, from: A, to: C, packetSize: 1451, disposition: 'MTU_EXCEEDED', steps: [{ node: 'node-1', type: 'transmit', action: 'MTU_EXCEEDED', device: 'eth0', mtu: 1450 }], assumes: [/DF set/] },
    { name: 'at the pod MTU: fits every link (1450 + 50 = 1500)', topology: vxlan, from: A, to: C, packetSize: 1450, disposition: 'DELIVERED' },
    {
      name: 'cni.mtu set too high: the pod sends 1480, the tunnel device (1450) refuses it',
      topology: makeTopology(twoSubnets, cni('flannel', 'vxlan'), (t) => (t.cni.mtu = 1500)),
      from: A,
      to: B,
      packetSize: 1480,
      disposition: 'MTU_EXCEEDED',
      steps: [{ node: 'node-1', type: 'transmit', action: 'MTU_EXCEEDED', device: 'flannel.1', mtu: 1450 }],
    },
    {
      name: 'flannel VXLAN over IPv6 subtracts 50, not 70: 1440 + 70 = 1510 does not fit eth0 (flannel-io/flannel#1781)',
      topology: makeTopology(twoSubnets, dualStack, cni('flannel', 'vxlan')),
      from: A,
      to: B,
      family: 'IPv6',
      packetSize: 1440,
      disposition: 'MTU_EXCEEDED',
      steps: [{ node: 'node-1', type: 'encapsulate', bytes: 70 }, { node: 'node-1', type: 'transmit', action: 'MTU_EXCEEDED', device: 'eth0', mtu: 1500 }],
    },
    {
      name: 'a smaller MTU on the destination subnet: the router cannot forward the outer packet',
      topology: makeTopology(twoSubnets, cni('flannel', 'vxlan'), (t) => (t.underlay.subnets[1]!.mtu = 1400)),
      from: A,
      to: C,
      packetSize: 1400,
      disposition: 'MTU_EXCEEDED',
      steps: [{ node: 'underlay', type: 'transmit', action: 'MTU_EXCEEDED', device: 'node-net-b', mtu: 1400 }],
    },
    {
      name: 'a receiving NIC with a smaller MTU on the same L2 drops the frame silently',
      topology: makeTopology((t) => (t.nodes[1]!.mtu = 1400)),
      from: 'node:node-1',
      to: 'node:node-2',
      packetSize: 1450,
      disposition: 'MTU_EXCEEDED',
      steps: [{ node: 'node-2', type: 'forward', action: 'MTU_EXCEEDED', device: 'eth0', mtu: 1400, text: /drops the frame/ }],
    },
    {
      name: 'node → a local pod larger than the bridge MTU: refused on cni0',
      topology: vxlan,
      from: 'node:node-1',
      to: A,
      packetSize: 1480,
      disposition: 'MTU_EXCEEDED',
      steps: [{ node: 'node-1', type: 'transmit', action: 'MTU_EXCEEDED', device: 'cni0', mtu: 1450 }],
    },
  ]);
});

describe('addresses nobody owns, unreachable next hops', () => {
  runFlows([
    { name: 'bridge: an unused address of node-2\'s pod CIDR is dropped on node-2', topology: makeTopology(), from: A, to: 'ip:172.17.1.99', disposition: 'DROPPED', steps: [{ node: 'node-2', type: 'forward', action: 'DROPPED', text: /no pod on node-2 has 172\.17\.1\.99/ }] },
    {
      name: 'Calico: the block\'s blackhole route drops it',
      topology: makeTopology(cni('calico', 'bgp')),
      from: A,
      to: 'ip:172.17.1.99',
      disposition: 'DROPPED',
      steps: [{ node: 'node-2', type: 'routing', action: 'DROPPED', route: 'blackhole 172.17.1.0/24', text: /Calico blackholes its local block/ }],
    },
    {
      name: 'same node, bridge: ARP on the bridge goes unanswered',
      topology: makeTopology(),
      from: A,
      to: 'ip:172.17.0.99',
      disposition: 'DROPPED',
      path: ['node-1 pod:default/account-app-x2kqp'],
      steps: [{ type: 'forward', action: 'DROPPED', device: 'docker0' }],
    },
    { name: 'inside the cluster CIDR but no node\'s pod CIDR: the underlay has no route', topology: makeTopology(), from: A, to: 'ip:172.17.200.5', disposition: 'NO_ROUTE', steps: [{ node: 'underlay', action: 'NO_ROUTE', type: 'routing' }] },
    { name: 'an address of the node subnet that is not a node: a host outside the model', topology: makeTopology(), from: 'node:node-1', to: 'ip:10.100.0.50', disposition: 'EXITS_CLUSTER', steps: [{ node: 'node-1', type: 'exit', text: /not a node/ }] },
    {
      name: 'an explicit gateway that is not on the node\'s subnet: NEXT_HOP_UNREACHABLE',
      topology: makeTopology((t) => (t.nodeRoutes = [{ node: 'node-1', routes: [makeRoute('172.17.1.0/24', { via: '10.200.0.9', dev: 'eth0' })] }])),
      from: A,
      to: B,
      disposition: 'NEXT_HOP_UNREACHABLE',
      steps: [{ node: 'node-1', type: 'forward', action: 'NEXT_HOP_UNREACHABLE', text: /not on node-1's IPv4 link/ }],
    },
    {
      name: 'an explicit gateway on the subnet that nobody has: ARP gets no answer',
      topology: makeTopology((t) => (t.nodeRoutes = [{ node: 'node-1', routes: [makeRoute('172.17.1.0/24', { via: '10.100.0.77', dev: 'eth0' })] }])),
      from: A,
      to: B,
      disposition: 'NEXT_HOP_UNREACHABLE',
      steps: [{ node: 'node-1', type: 'forward', action: 'NEXT_HOP_UNREACHABLE', text: /no node or gateway has 10\.100\.0\.77/ }],
    },
  ]);
});

describe('what the tracer does not guess, and bad queries', () => {
  const t = makeTopology((d) => {
    d.services[0]!.type = 'NodePort';
    d.services[0]!.ports[0]!.nodePort = 30080;
    d.pods.push(makePod('default', 'pending', null, []));
  });
  const insufficient = [
    // The fixture has no kube-dns Service and nothing at 10.96.0.10 (dns/dnsServer.ts): pods have no cluster resolver.
    ['a DNS name, with no cluster DNS in the topology', 'dns:account-app.default.svc.cluster.local:80', /nameserver is not the cluster DNS \(there is no Service kube-system\/kube-dns/],
    ['an unscheduled pod', 'pod:default/pending', /not scheduled/],
  ] as const;
  for (const [what, to, why] of insufficient) {
    test(`to ${what}: INSUFFICIENT_INFO, never a guess`, () => {
      const answer = trace(snapshotOf(t), A, to);
      assert.equal(answer.trace?.disposition, 'INSUFFICIENT_INFO');
      assert.deepEqual(answer.trace.hops, []);
      assert.match(answer.trace.assumptions.join(' '), why);
    });
  }
  // Services are traced now (services.*.test.ts); default/account-app has no EndpointSlice, so kube-proxy REJECTs.
  const rejected = [
    ['a Service by name', 'svc:default/account-app:80', /"default\/account-app:http has no endpoints"/],
    ['its ClusterIP', 'ip:10.96.0.100:80', /has no endpoints/],
    ['its NodePort on a node address', 'ip:10.100.0.3:30080', /KUBE-EXTERNAL-SERVICES|has no endpoints/],
  ] as const;
  for (const [what, to, why] of rejected) {
    test(`to ${what} without endpoints: NO_ENDPOINTS (REJECT)`, () => {
      const answer = trace(snapshotOf(t), A, to);
      assert.equal(answer.trace?.disposition, 'NO_ENDPOINTS');
      const last = answer.trace.hops.at(-1)?.steps.at(-1);
      assert.equal(last?.type, 'filter');
      assert.match(last.detail.summary, why);
    });
  }
  test('the same node address on a port that is not a NodePort is traced', () => assert.equal(trace(snapshotOf(t), A, 'ip:10.100.0.3:22').trace?.disposition, 'DELIVERED'));
  test('an IPv6 destination from an IPv4-only cluster: INSUFFICIENT_INFO naming the missing address', () => {
    const answer = trace(snapshotOf(t), A, 'ip:fd00::1');
    assert.equal(answer.trace?.disposition, 'INSUFFICIENT_INFO');
    assert.match(answer.trace.assumptions[0]!, /the source has no IPv6 address/);
  });
  const errors = [
    ['an unknown pod', 'pod:default/nope', /to: no pod default\/nope in topology seed-routed/],
    ['an unknown node', 'node:node-9', /no node node-9/],
    ['an unparsable target', 'pod:default', /to: "pod:default": expected <namespace>\/<name>/],
    ['a bad address', 'ip:10.0.0.300', /"10\.0\.0\.300" is not an IP address/],
  ] as const;
  for (const [what, to, message] of errors) {
    test(`${what} is a query error, not a trace`, () => {
      const answer = trace(snapshotOf(t), A, to);
      assert.equal(answer.trace, null);
      assert.match(answer.errors.join('\n'), message);
    });
  }
  test('bad options are reported together', () => {
    const answer = trace(snapshotOf(t), A, B, { port: 70000, packetSize: 10 });
    assert.equal(answer.trace, null);
    assert.equal(answer.errors.length, 2);
  });
});

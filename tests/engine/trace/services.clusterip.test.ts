/**
 * Packet-flow tables through ClusterIP Services on the fixture cluster (cluster.ts), kube-proxy in iptables
 * mode unless a case says otherwise. Expected values and where they come from:
 * - endpoint choice: kube-proxy writes one `-m statistic --mode random --probability 1/(n−i)` jump per
 *   endpoint but the last, endpoints in `ip:port` string order (kubernetes/kubernetes pkg/proxy/iptables/
 *   proxier.go writeServiceToEndpointRules, computeProbability `%0.10f`): 3 endpoints → 0.3333333333,
 *   (1−0.3333333333)·0.5, the rest — 1/3 each to 10 digits (TestComputeProbability);
 * - no endpoints → `-j REJECT` "has no endpoints" (proxier_test.go TestNoEndpointsReject: "REJECT");
 * - pod → ClusterIP keeps the client's address ("The client_address is always the client pod's IP address",
 *   kubernetes/website docs/tutorials/services/source-ip.md); a hairpin or off-cluster source is marked
 *   (`-s <endpoint> -j KUBE-MARK-MASQ`, `! -s <cluster CIDR> -j KUBE-MARK-MASQ`) and masqueraded to the
 *   egress device's address (Linux nf_nat_masquerade.c inet_select_addr);
 * - nftables: `cluster-ips-check` REJECTs undefined ports and DROPs unallocated ClusterIPs
 *   (pkg/proxy/nftables/proxier.go).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { trace } from '../../../src/engine/trace';
import { cni, dualStack, makeTopology, twoSubnets } from '../fixtures/cluster';
import { serviceOver, withHttpPort } from '../fixtures/services';
import { runFlows, snapshotOf, type BranchWant } from './harness';

const FRONTEND = 'pod:default/web-frontend'; // node-1, 172.17.0.3
const X2 = 'pod:default/account-app-x2kqp'; // node-1, 172.17.0.2
const PODS = ['account-app-x2kqp', 'account-app-7hw5m', 'account-app-b3'];

/** node-1, node-2 (subnet node-net) and node-3 (node-net-b), flannel VXLAN; default/api 10.96.0.50 over three pods, default/account-app (10.96.0.100) with no endpoints. */
const three = (...more: Parameters<typeof makeTopology>) =>
  makeTopology(twoSubnets, cni('flannel', 'vxlan'), (t) => withHttpPort(t, 'account-app-b3'), serviceOver('default', 'api', ['10.96.0.50'], PODS), ...more);

const T = three();
const third = 1 - 0.3333333333; // what the first rule leaves

/** The three branches from a pod on node-1 (none of them the sender). */
const threeBranches = (src: string): BranchWant[] => [
  {
    endpoint: '172.17.0.2:8080',
    probability: 0.3333333333,
    disposition: 'DELIVERED',
    steps: [
      { node: 'node-1', type: 'nat', action: 'TRANSFORMED', out: `${src} → 172.17.0.2:8080`, rule: /-m statistic --mode random --probability 0\.3333333333 -j KUBE-SEP-/ },
      { node: 'node-1', type: 'deliver', in: `${src} → 172.17.0.2:8080` },
    ],
  },
  {
    endpoint: '172.17.1.2:8080',
    probability: third * 0.5,
    disposition: 'DELIVERED',
    steps: [
      { node: 'node-1', type: 'nat', out: `${src} → 172.17.1.2:8080`, rule: /--probability 0\.5000000000 -j KUBE-SEP-/ },
      { node: 'node-1', type: 'encapsulate', outer: ['10.100.0.2', '10.100.0.3'] },
      { node: 'node-2', type: 'deliver', in: `${src} → 172.17.1.2:8080` },
    ],
  },
  {
    endpoint: '172.17.2.2:8080',
    probability: third * 0.5,
    disposition: 'DELIVERED',
    steps: [
      { node: 'node-1', type: 'nat', out: `${src} → 172.17.2.2:8080`, rule: /^-A KUBE-SVC-\S+ -m comment --comment "default\/api:http -> 172\.17\.2\.2:8080" -j KUBE-SEP-\S+$/ },
      { node: 'node-3', type: 'deliver', in: `${src} → 172.17.2.2:8080` },
    ],
  },
];

describe('ClusterIP: one branch per endpoint', () => {
  runFlows([
    {
      name: 'three endpoints → three branches, 1/3 each, the client address kept (no SNAT)',
      topology: T,
      from: FRONTEND,
      to: 'svc:default/api',
      disposition: 'DELIVERED',
      steps: [{ node: 'node-1', type: 'nat', action: 'TRANSFORMED', text: /kube-proxy \(iptables\) on node-1: DNAT 10\.96\.0\.50:80 → 172\.17\.0\.2:8080 \(default\/api:http, p=0\.3333333333\) via KUBE-SERVICES → KUBE-SVC-/ }],
      branches: threeBranches('172.17.0.3'),
    },
    { name: 'the named port is the same port', topology: T, from: FRONTEND, to: 'svc:default/api:http', disposition: 'DELIVERED', branches: threeBranches('172.17.0.3') },
    { name: 'ip:<ClusterIP>:<port> is the same packet', topology: T, from: FRONTEND, to: 'ip:10.96.0.50:80', disposition: 'DELIVERED', branches: threeBranches('172.17.0.3') },
    {
      name: 'ip:<ClusterIP> without a port takes the Service\'s only port, and says so',
      topology: T,
      from: FRONTEND,
      to: 'ip:10.96.0.50',
      disposition: 'DELIVERED',
      branches: threeBranches('172.17.0.3'),
      assumes: [/port: 80\/TCP, the only port of Service default\/api/],
    },
    {
      name: 'hairpin: the branch that picks the sender itself is masqueraded to the bridge address; the others are not',
      topology: T,
      from: X2,
      to: 'svc:default/api',
      disposition: 'DELIVERED',
      branches: [
        {
          endpoint: '172.17.0.2:8080',
          probability: 0.3333333333,
          disposition: 'DELIVERED',
          steps: [
            { type: 'nat', out: '172.17.0.2 → 172.17.0.2:8080', rule: /^-A KUBE-SEP-\S+ -m comment --comment default\/api:http -s 172\.17\.0\.2 -j KUBE-MARK-MASQ$/ },
            { type: 'routing', route: '172.17.0.0/24 dev cni0 src 172.17.0.1' },
            { type: 'nat', device: 'cni0', out: '172.17.0.1 → 172.17.0.2:8080', text: /SNAT 172\.17\.0\.2 → 172\.17\.0\.1 on cni0 .*hairpin/, rule: /-j MASQUERADE --random-fully$/ },
            { type: 'deliver', in: '172.17.0.1 → 172.17.0.2:8080' },
          ],
        },
        { endpoint: '172.17.1.2:8080', probability: third * 0.5, disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'deliver', in: '172.17.0.2 → 172.17.1.2:8080' }] },
        { endpoint: '172.17.2.2:8080', probability: third * 0.5, disposition: 'DELIVERED', steps: [{ node: 'node-3', type: 'deliver', in: '172.17.0.2 → 172.17.2.2:8080' }] },
      ],
      assumes: [/Hairpin: the bridge lets the frame leave by the port it came in/, /MASQUERADE takes the egress device's primary address/],
    },
    {
      name: 'a single-endpoint Service does not fork: the hairpin path is the trace',
      topology: three(serviceOver('default', 'self', ['10.96.0.60'], ['account-app-x2kqp'])),
      from: X2,
      to: 'svc:default/self',
      disposition: 'DELIVERED',
      path: ['node-1 pod:default/account-app-x2kqp', 'node-1 host', 'node-1 pod:default/account-app-x2kqp'],
      steps: [
        { type: 'nat', text: /DNAT 10\.96\.0\.60:80 → 172\.17\.0\.2:8080 \(default\/self:http\)/ },
        { type: 'nat', out: '172.17.0.1 → 172.17.0.2:8080' },
      ],
    },
    {
      name: 'from a node (nat OUTPUT): `! -s <cluster CIDR>` marks it; masqueraded to flannel.1\'s or cni0\'s address by the route taken',
      topology: T,
      from: 'node:node-2',
      to: 'svc:default/api',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '172.17.0.2:8080', probability: 0.3333333333, disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'nat', rule: /! -s 172\.17\.0\.0\/16 -j KUBE-MARK-MASQ$/ }, { node: 'node-2', type: 'nat', device: 'flannel.1', out: '172.17.1.0 → 172.17.0.2:8080' }] },
        { endpoint: '172.17.1.2:8080', probability: third * 0.5, disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'nat', device: 'cni0', out: '172.17.1.1 → 172.17.1.2:8080' }] },
        { endpoint: '172.17.2.2:8080', probability: third * 0.5, disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'nat', device: 'flannel.1', out: '172.17.1.0 → 172.17.2.2:8080' }] },
      ],
    },
  ]);
});

describe('ClusterIP: what kube-proxy refuses, and ports it has no rule for', () => {
  runFlows([
    {
      name: 'no endpoints: REJECT → NO_ENDPOINTS',
      topology: T,
      from: FRONTEND,
      to: 'svc:default/account-app:80',
      disposition: 'NO_ENDPOINTS',
      steps: [{ node: 'node-1', type: 'filter', action: 'REJECTED', chains: ['KUBE-SERVICES'], rule: /--comment "default\/account-app:http has no endpoints" -m tcp -p tcp -d 10\.96\.0\.100 --dport 80 -j REJECT$/ }],
    },
    {
      name: 'a port the Service does not have: no rule, not DNAT-ed; the underlay carries no service range → NO_ROUTE',
      topology: T,
      from: FRONTEND,
      to: 'svc:default/api:8081',
      disposition: 'NO_ROUTE',
      steps: [
        { node: 'node-1', type: 'nat', action: 'FORWARDED', text: /no rule matches 10\.96\.0\.50:8081\/TCP/ },
        { node: 'node-1', type: 'routing', route: 'default via 10.100.0.1 dev eth0' },
        { node: 'underlay', type: 'routing', action: 'NO_ROUTE' },
      ],
      assumes: [/Service default\/api has no port 8081\/TCP/],
    },
    { name: 'the same packet written as ip:<ClusterIP>:<port>', topology: T, from: FRONTEND, to: 'ip:10.96.0.50:8081', disposition: 'NO_ROUTE', steps: [{ type: 'nat', action: 'FORWARDED' }] },
    {
      name: 'the right port number with the wrong protocol has no rule either',
      topology: T,
      from: FRONTEND,
      to: 'svc:default/api:80',
      protocol: 'UDP',
      disposition: 'NO_ROUTE',
      steps: [{ type: 'nat', action: 'FORWARDED', text: /10\.96\.0\.50:80\/UDP/ }],
    },
    {
      name: 'nftables mode, undefined port: cluster-ips-check REJECTs it',
      topology: three((t) => (t.kubeProxy.mode = 'nftables')),
      from: FRONTEND,
      to: 'svc:default/api:8081',
      disposition: 'DROPPED',
      steps: [{ type: 'filter', action: 'REJECTED', chains: ['cluster-ips-check'] }],
      assumes: [/nftables mode/],
    },
    {
      name: 'nftables mode, an address of the service CIDR no Service holds: DROP',
      topology: three((t) => (t.kubeProxy.mode = 'nftables')),
      from: FRONTEND,
      to: 'ip:10.96.5.5:80',
      disposition: 'DROPPED',
      steps: [{ type: 'filter', action: 'DROPPED', text: /Drop traffic to unallocated ClusterIPs/ }],
    },
    { name: 'iptables mode, the same unallocated address: no rule, NO_ROUTE at the underlay', topology: T, from: FRONTEND, to: 'ip:10.96.5.5:80', disposition: 'NO_ROUTE' },
    {
      name: 'kube-proxy mode none: another component implements Services: INSUFFICIENT_INFO',
      topology: three((t) => (t.kubeProxy.mode = 'none')),
      from: FRONTEND,
      to: 'svc:default/api',
      disposition: 'INSUFFICIENT_INFO',
      steps: [{ type: 'nat', action: 'INSUFFICIENT_INFO' }],
    },
    { name: 'IPVS mode: the same choice, with its assumption', topology: three((t) => (t.kubeProxy.mode = 'ipvs')), from: FRONTEND, to: 'svc:default/api', disposition: 'DELIVERED', branches: threeBranches('172.17.0.3'), assumes: [/IPVS mode/] },
  ]);
});

describe('dual-stack: one Service, traced in each family', () => {
  const ds = makeTopology(dualStack, (t) => withHttpPort(t, 'account-app-7hw5m'), serviceOver('default', 'web', ['10.96.0.70', 'fd00:96::70'], ['account-app-x2kqp', 'account-app-7hw5m']));
  const v4: BranchWant[] = [
    { endpoint: '172.17.0.2:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', out: '172.17.0.3 → 172.17.0.2:8080' }] },
    { endpoint: '172.17.1.2:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ node: 'node-2', type: 'deliver' }] },
  ];
  runFlows([
    { name: 'IPv4 (the primary family): the IPv4 ClusterIP and endpoints', topology: ds, from: FRONTEND, to: 'svc:default/web', disposition: 'DELIVERED', branches: v4 },
    {
      name: 'IPv6: the IPv6 ClusterIP, ip6tables rules, endpoints in [ip]:port string order',
      topology: ds,
      from: FRONTEND,
      to: 'svc:default/web',
      family: 'IPv6',
      disposition: 'DELIVERED',
      branches: [
        { endpoint: '[fd00:172:17:1::2]:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', out: 'fd00:172:17::3 → fd00:172:17:1::2:8080', rule: /-d fd00:96::70 --dport 80 -j KUBE-SVC-/ }, { node: 'node-2', type: 'deliver' }] },
        { endpoint: '[fd00:172:17::2]:8080', probability: 0.5, disposition: 'DELIVERED', steps: [{ type: 'nat', out: 'fd00:172:17::3 → fd00:172:17::2:8080' }] },
      ],
    },
  ]);
});

describe('svc: targets that are query errors', () => {
  const cases: [string, string, RegExp][] = [
    ['an unknown Service', 'svc:default/nope', /to: no Service default\/nope in topology seed-routed/],
    ['an unknown port name', 'svc:default/api:grpc', /Service default\/api has no port named "grpc" \(it has http 80\/TCP\)/],
  ];
  for (const [what, to, message] of cases) {
    test(what, () => {
      const a = trace(snapshotOf(T), FRONTEND, to);
      assert.equal(a.trace, null);
      assert.match(a.errors.join('\n'), message);
    });
  }
  test('several ports and none named', () => {
    const t = three((d) => d.services[1]!.ports.push({ name: 'admin', protocol: 'TCP', port: 9001, targetPort: 9001, nodePort: null, appProtocol: null }));
    assert.match(trace(snapshotOf(t), FRONTEND, 'svc:default/api').errors.join(''), /Service default\/api has several ports \(http 80\/TCP, admin 9001\/TCP\): name one/);
  });
  test('the query echoes the port and protocol the Service port gave', () => {
    const a = trace(snapshotOf(T), FRONTEND, 'svc:default/api:http');
    assert.deepEqual([a.query.port, a.query.protocol, a.query.family], [80, 'TCP', 'IPv4']);
  });
});

/**
 * The IPVS proxier's iptables-restore input against kubernetes/kubernetes pkg/proxy/ipvs/proxier_test.go
 * (v1.31–v1.32 line). Upstream checks it with `checkIptables`: per chain, the rules of nat then filter
 * (`getRules`: SaveInto(nat), SaveInto(filter)) in number and order, each by its jump and its match set; the
 * chain lines with TestCreateAndLinkKubeChain, the first KUBE-SERVICES rule with TestDismissLocalhostRuleExist
 * and `--random-fully` with TestMasqueradeRule. Those expectations are ported verbatim below (the chain name
 * keys are upstream's; "KUBE-LOAD-BALANCER" is both a set and a chain there).
 *
 * Upstream's fake proxier, rebuilt on the harness: ClusterIPs move into the harness service range
 * (10.20.30.41 → 172.30.0.41); its node address 100.101.102.103 becomes the harness node's 192.168.0.2
 * (`--nodeport-addresses 192.168.0.0/24` where the test restricts to 100.101.102.0/24); where the fake has
 * no node address at all (nodeIPs nil) `--nodeport-addresses 100.101.102.0/24` leaves the harness node none.
 * The fake has no local-traffic detector (so its ClusterIP masquerade rule matches `src,dst`); the harness
 * has 10.0.0.0/8 (`dst,dst ! -s 10.0.0.0/8`): both jump to KUBE-MARK-MASQ on KUBE-CLUSTER-IP, which is what
 * checkIptables compares.
 *
 * The last tests pin the whole text byte for byte. Those expected texts are written from proxier.go
 * `writeIptablesRules` / `createAndLinkKubeChain` (upstream has no test comparing the whole IPVS restore
 * input); the checks above are the part that comes from upstream's tests.
 */
import { describe, expect, test } from '@jest/globals';
import type { Draft, TopologyDraft } from '../../fixtures/cluster';
import type { EndpointSlice, Service } from '../../../../src/engine/model/topology';
import { parseIptablesDump } from '../../../../src/engine/services/kubeproxy';
import { renderIpvs, type IpvsPlan } from '../../../../src/engine/services/kubeproxy/ipvs';
import { ep, epPort, harnessTopology, HARNESS_OPTIONS, makeTestEndpointSlice, makeTestService, port, testNodeName } from './harness';

const svcIP = '172.30.0.41';
/** A node-port CIDR holding none of the harness node's addresses: upstream's fake proxier with nodeIPs nil. */
const NO_NODE_IPS = ['100.101.102.0/24'];
const NODE_IP_ONLY = ['192.168.0.0/24'];

function plan(services: Draft<Service>[], slices: Draft<EndpointSlice>[], nodePortAddresses: string[] = [], family: 'IPv4' | 'IPv6' = 'IPv4', randomFully = false): IpvsPlan {
  const topology = harnessTopology(services, slices, (t) => (t.kubeProxy.nodePortAddresses = nodePortAddresses));
  const answer = renderIpvs(topology, testNodeName, { ...HARNESS_OPTIONS, family, randomFully });
  expect(answer.errors).toEqual([]);
  return answer.families[0]!;
}

/** getRules: the `-A <chain>` rules of nat, then of filter, as `JUMP [MATCH-SET]` (upstream's checkIptables fields). */
function chainRules(p: IpvsPlan, chain: string): string[] {
  const dump = parseIptablesDump(p.iptables.text);
  const out: string[] = [];
  for (const table of ['nat', 'filter']) {
    const t = dump.tables.find((x) => x.name === table)!;
    for (const r of t.chains.find((c) => c.name === chain)?.rules ?? []) out.push([r.jump?.value ?? '', r.matchSet?.value ?? ''].join(' ').trim());
  }
  return out;
}

function checkIptables(p: IpvsPlan, expected: Record<string, string[]>): void {
  for (const [chain, rules] of Object.entries(expected)) expect({ chain, rules: chainRules(p, chain) }).toEqual({ chain, rules });
}

const set = (p: IpvsPlan, name: string) => [...(p.ipsets.find((s) => s.name === name)?.entries ?? [])].sort();

const svc = (name: string, edit: (s: Draft<Service>) => void) =>
  makeTestService('ns1', name, (s) => {
    s.clusterIPs = [svcIP];
    edit(s);
  });
const slice = (name: string, endpoints: Draft<EndpointSlice>['endpoints'], protocol: 'TCP' | 'UDP' | 'SCTP' = 'TCP') =>
  makeTestEndpointSlice('ns1', name, 1, (s) => {
    s.endpoints = endpoints;
    s.ports = [epPort('p80', 80, protocol)];
  });
const local = (ip: string) => ep(ip, { nodeName: testNodeName });
const remote = (ip: string) => ep(ip, { nodeName: 'other-node' });

// KUBE-SERVICES as upstream expects it for a ClusterIP (+ NodePort) service, and with a load balancer.
const SERVICES_CLUSTER_IP = ['RETURN', 'KUBE-MARK-MASQ KUBE-CLUSTER-IP', 'KUBE-NODE-PORT', 'ACCEPT KUBE-CLUSTER-IP'];
const SERVICES_LB = ['RETURN', 'KUBE-LOAD-BALANCER KUBE-LOAD-BALANCER', 'KUBE-MARK-MASQ KUBE-CLUSTER-IP', 'KUBE-NODE-PORT', 'ACCEPT KUBE-CLUSTER-IP', 'ACCEPT KUBE-LOAD-BALANCER'];

describe('IPVS iptables rules, upstream checkIptables expectations', () => {
  const cases: { name: string; services: Draft<Service>[]; slices: Draft<EndpointSlice>[]; nodePortAddresses?: string[]; chains: Record<string, string[]>; sets?: Record<string, string[]> }[] = [
    {
      name: 'TestNodePortIPv4 "1 UDP service with node port, has endpoints"',
      services: [svc('svc1', (s) => ((s.type = 'NodePort'), (s.ports = [port('p80', 80, 'UDP', 3001)])))],
      slices: [slice('svc1', [ep('10.180.0.1')], 'UDP')],
      nodePortAddresses: ['0.0.0.0/0'],
      chains: { 'KUBE-NODE-PORT': ['KUBE-MARK-MASQ KUBE-NODE-PORT-UDP', 'ACCEPT KUBE-HEALTH-CHECK-NODE-PORT'], 'KUBE-SERVICES': SERVICES_CLUSTER_IP },
      sets: { 'KUBE-NODE-PORT-UDP': ['3001'] },
    },
    {
      name: 'TestNodePortIPv4 "node port service with protocol sctp and externalTrafficPolicy local"',
      services: [svc('svc1', (s) => ((s.type = 'NodePort'), (s.ports = [port('p80', 80, 'SCTP', 3001)]), (s.externalTrafficPolicy = 'Local')))],
      slices: [slice('svc1', [local('10.180.0.1'), remote('10.180.1.1')], 'SCTP')],
      nodePortAddresses: NODE_IP_ONLY,
      chains: { 'KUBE-NODE-PORT': ['RETURN KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'KUBE-MARK-MASQ KUBE-NODE-PORT-SCTP-HASH', 'ACCEPT KUBE-HEALTH-CHECK-NODE-PORT'] },
      sets: { 'KUBE-NODE-PORT-SCTP-HASH': ['192.168.0.2,sctp:3001'], 'KUBE-NODE-PORT-LOCAL-SCTP-HASH': ['192.168.0.2,sctp:3001'] },
    },
    {
      name: 'TestLoadBalancer',
      services: [svc('svc1', (s) => ((s.type = 'LoadBalancer'), (s.ports = [port('p80', 80, 'TCP', 3001)]), (s.loadBalancerIPs = ['1.2.3.4'])))],
      slices: [slice('svc1', [ep('10.180.0.1')])],
      nodePortAddresses: NO_NODE_IPS,
      chains: { 'KUBE-SERVICES': SERVICES_LB, 'KUBE-LOAD-BALANCER': ['KUBE-MARK-MASQ'] },
      sets: { 'KUBE-LOAD-BALANCER': ['1.2.3.4,tcp:80'] },
    },
    {
      name: 'TestOnlyLocalNodePorts',
      services: [svc('svc1', (s) => ((s.type = 'NodePort'), (s.ports = [port('p80', 80, 'TCP', 3001)]), (s.externalTrafficPolicy = 'Local')))],
      slices: [slice('svc1', [local('10.180.0.1'), remote('10.180.1.1')])],
      nodePortAddresses: NODE_IP_ONLY,
      chains: { 'KUBE-SERVICES': SERVICES_CLUSTER_IP, 'KUBE-NODE-PORT': ['RETURN KUBE-NODE-PORT-LOCAL-TCP', 'KUBE-MARK-MASQ KUBE-NODE-PORT-TCP', 'ACCEPT KUBE-HEALTH-CHECK-NODE-PORT'] },
      sets: { 'KUBE-NODE-PORT-TCP': ['3001'], 'KUBE-NODE-PORT-LOCAL-TCP': ['3001'] },
    },
    {
      name: 'TestHealthCheckNodePort (only LoadBalancer + Local ports get a health-check port)',
      services: (
        [
          ['valid-svc1', 'Local', 30000],
          ['valid-svc2', 'Local', 30001],
          ['invalid-svc3', 'Cluster', 30002],
        ] as const
      ).map(([name, policy, hc], i) =>
        makeTestService('ns1', name, (s) => {
          s.type = 'LoadBalancer';
          s.clusterIPs = [`172.30.0.${41 + i}`];
          s.ports = [port('p80', 80, 'TCP', 3000)];
          s.externalTrafficPolicy = policy;
          s.healthCheckNodePort = hc;
        }),
      ),
      slices: [],
      nodePortAddresses: NODE_IP_ONLY,
      chains: { 'KUBE-NODE-PORT': ['RETURN KUBE-NODE-PORT-LOCAL-TCP', 'KUBE-MARK-MASQ KUBE-NODE-PORT-TCP', 'ACCEPT KUBE-HEALTH-CHECK-NODE-PORT'] },
      sets: { 'KUBE-HEALTH-CHECK-NODE-PORT': ['30000', '30001'] },
    },
    {
      name: 'TestLoadBalancerSourceRanges',
      services: [svc('svc1', (s) => ((s.type = 'LoadBalancer'), (s.ports = [port('p80', 80)]), (s.loadBalancerIPs = ['1.2.3.4']), (s.loadBalancerSourceRanges = ['10.0.0.0/8'])))],
      slices: [slice('svc1', [ep('10.180.0.1')])],
      chains: {
        'KUBE-SERVICES': SERVICES_LB,
        'KUBE-PROXY-FIREWALL': ['KUBE-SOURCE-RANGES-FIREWALL KUBE-LOAD-BALANCER-FW'],
        'KUBE-SOURCE-RANGES-FIREWALL': ['RETURN KUBE-LOAD-BALANCER-SOURCE-CIDR', 'DROP'],
      },
      sets: { 'KUBE-LOAD-BALANCER': ['1.2.3.4,tcp:80'], 'KUBE-LOAD-BALANCER-FW': ['1.2.3.4,tcp:80'], 'KUBE-LOAD-BALANCER-SOURCE-CIDR': ['1.2.3.4,tcp:80,10.0.0.0/8'] },
    },
    {
      name: 'TestAcceptIPVSTraffic',
      services: (
        [
          ['ClusterIP', '172.30.0.40', 'svc1'],
          ['LoadBalancer', '172.30.0.41', 'svc2'],
          ['NodePort', '172.30.0.42', 'svc3'],
        ] as const
      ).map(([type, ip, name]) =>
        makeTestService('ns1', name, (s) => {
          s.type = type;
          s.clusterIPs = [ip];
          s.ports = [port('p80', 80, 'TCP', type === 'ClusterIP' ? null : 80)];
          if (type === 'LoadBalancer') s.loadBalancerIPs = ['1.2.3.4'];
          if (type === 'ClusterIP') s.externalIPs = ['5.6.7.8'];
        }),
      ),
      slices: [],
      nodePortAddresses: NO_NODE_IPS,
      chains: {
        'KUBE-SERVICES': [
          'RETURN',
          'KUBE-LOAD-BALANCER KUBE-LOAD-BALANCER',
          'KUBE-MARK-MASQ KUBE-CLUSTER-IP',
          'KUBE-MARK-MASQ KUBE-EXTERNAL-IP',
          'ACCEPT KUBE-EXTERNAL-IP', // with externalTrafficOnlyArgs
          'ACCEPT KUBE-EXTERNAL-IP', // with dstLocalOnlyArgs
          'KUBE-NODE-PORT',
          'ACCEPT KUBE-CLUSTER-IP',
          'ACCEPT KUBE-LOAD-BALANCER',
        ],
      },
    },
    {
      name: 'TestOnlyLocalLoadBalancing',
      services: [svc('svc1', (s) => ((s.type = 'LoadBalancer'), (s.ports = [port('p80', 80, 'TCP', 3001)]), (s.loadBalancerIPs = ['1.2.3.4']), (s.externalTrafficPolicy = 'Local')))],
      slices: [slice('svc1', [local('10.180.0.1'), remote('10.180.1.1')])],
      nodePortAddresses: NO_NODE_IPS,
      chains: { 'KUBE-SERVICES': SERVICES_LB, 'KUBE-LOAD-BALANCER': ['RETURN KUBE-LOAD-BALANCER-LOCAL', 'KUBE-MARK-MASQ'] },
      sets: { 'KUBE-LOAD-BALANCER': ['1.2.3.4,tcp:80'], 'KUBE-LOAD-BALANCER-LOCAL': ['1.2.3.4,tcp:80'] },
    },
  ];

  test.each(cases)('$name', ({ services, slices, nodePortAddresses, chains, sets }) => {
    const p = plan(services, slices, nodePortAddresses);
    checkIptables(p, chains);
    for (const [name, entries] of Object.entries(sets ?? {})) expect({ name, entries: set(p, name) }).toEqual({ name, entries });
  });

  test('TestCreateAndLinkKubeChain: the chains of each table, in order', () => {
    const p = plan([], []);
    expect(p.iptables.tables.nat.chainLines.join('\n') + '\n').toBe(':KUBE-SERVICES - [0:0]\n:KUBE-POSTROUTING - [0:0]\n:KUBE-NODE-PORT - [0:0]\n:KUBE-LOAD-BALANCER - [0:0]\n:KUBE-MARK-MASQ - [0:0]\n');
    expect(p.iptables.tables.filter.chainLines.join('\n') + '\n').toBe(
      ':KUBE-FORWARD - [0:0]\n:KUBE-NODE-PORT - [0:0]\n:KUBE-PROXY-FIREWALL - [0:0]\n:KUBE-SOURCE-RANGES-FIREWALL - [0:0]\n:KUBE-IPVS-FILTER - [0:0]\n:KUBE-IPVS-OUT-FILTER - [0:0]\n',
    );
  });

  test.each([
    { family: 'IPv4', src: '127.0.0.0/8' },
    { family: 'IPv6', src: '::1/128' },
  ] as const)('TestDismissLocalhostRuleExist ($family): KUBE-SERVICES starts with -s $src -j RETURN', ({ family, src }) => {
    const first = parseIptablesDump(plan([], [], [], family).iptables.text).tables.find((t) => t.name === 'nat')!.chains.find((c) => c.name === 'KUBE-SERVICES')!.rules[0]!;
    expect([first.jump?.value, first.sourceAddress?.value]).toEqual(['RETURN', src]);
  });

  test.each([false, true])('TestMasqueradeRule: --random-fully on the MASQUERADE rule iff iptables has it (%s)', (randomFully) => {
    const masq = parseIptablesDump(plan([], [], [], 'IPv4', randomFully).iptables.text)
      .tables.find((t) => t.name === 'nat')!
      .chains.find((c) => c.name === 'KUBE-POSTROUTING')!
      .rules.find((r) => r.jump?.value === 'MASQUERADE')!;
    expect(masq.randomFully === true).toBe(randomFully);
  });
});

// The whole restore input, written out from proxier.go (see the header): nat then filter, as the proxier
// concatenates natChains, natRules, filterChains, filterRules.
const FILTER_TAIL = (sets: string, mark: string) => [
  `-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark ${mark}/${mark} -j ACCEPT`,
  '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  `-A KUBE-NODE-PORT -m comment --comment "Kubernetes health check node port" -m set --match-set ${sets}HEALTH-CHECK-NODE-PORT dst -j ACCEPT`,
  `-A KUBE-IPVS-FILTER -m set --match-set ${sets}LOAD-BALANCER dst,dst -j RETURN`,
  `-A KUBE-IPVS-FILTER -m set --match-set ${sets}CLUSTER-IP dst,dst -j RETURN`,
  `-A KUBE-IPVS-FILTER -m set --match-set ${sets}EXTERNAL-IP dst,dst -j RETURN`,
  `-A KUBE-IPVS-FILTER -m set --match-set ${sets}EXTERNAL-IP-LOCAL dst,dst -j RETURN`,
  `-A KUBE-IPVS-FILTER -m set --match-set ${sets}HEALTH-CHECK-NODE-PORT dst -j RETURN`,
  `-A KUBE-IPVS-FILTER -m conntrack --ctstate NEW -m set --match-set ${sets}IPVS-IPS dst -j REJECT`,
  'COMMIT',
];
const NAT_TAIL = (mark: string) => [
  `-A KUBE-POSTROUTING -m mark ! --mark ${mark}/${mark} -j RETURN`,
  `-A KUBE-POSTROUTING -j MARK --xor-mark ${mark}`,
  '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE',
  `-A KUBE-MARK-MASQ -j MARK --or-mark ${mark}`,
  'COMMIT',
];
const NAT_CHAINS = ['*nat', ':KUBE-SERVICES - [0:0]', ':KUBE-POSTROUTING - [0:0]', ':KUBE-NODE-PORT - [0:0]', ':KUBE-LOAD-BALANCER - [0:0]', ':KUBE-MARK-MASQ - [0:0]'];
const FILTER_CHAINS = ['*filter', ':KUBE-FORWARD - [0:0]', ':KUBE-NODE-PORT - [0:0]', ':KUBE-PROXY-FIREWALL - [0:0]', ':KUBE-SOURCE-RANGES-FIREWALL - [0:0]', ':KUBE-IPVS-FILTER - [0:0]', ':KUBE-IPVS-OUT-FILTER - [0:0]'];
const text = (...parts: string[][]) => parts.flat().join('\n') + '\n';

describe('IPVS iptables-restore input, byte for byte', () => {
  test('IPv4: a load balancer with a source range that leaves the node out, and an external IP', () => {
    const p = plan(
      [
        svc('svc1', (s) => ((s.type = 'LoadBalancer'), (s.ports = [port('p80', 80)]), (s.loadBalancerIPs = ['1.2.3.4']), (s.loadBalancerSourceRanges = ['10.0.0.0/8']))),
        makeTestService('ns1', 'svc2', (s) => ((s.clusterIPs = ['172.30.0.42']), (s.externalIPs = ['50.60.70.81']), (s.ports = [port('p53', 53, 'UDP')]))),
      ],
      [slice('svc1', [ep('10.180.0.1')])],
    );
    expect(p.iptables.command).toBe('iptables-restore');
    expect(p.iptables.text).toBe(
      text(
        NAT_CHAINS,
        [
          '-A KUBE-SERVICES -s 127.0.0.0/8 -j RETURN',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service lb portal" -m set --match-set KUBE-LOAD-BALANCER dst,dst -j KUBE-LOAD-BALANCER',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP dst,dst ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service external ip + port for masquerade and filter purpose" -m set --match-set KUBE-EXTERNAL-IP dst,dst -j KUBE-MARK-MASQ',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service external ip + port for masquerade and filter purpose" -m set --match-set KUBE-EXTERNAL-IP dst,dst -m physdev ! --physdev-is-in -m addrtype ! --src-type LOCAL -j ACCEPT',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service external ip + port for masquerade and filter purpose" -m set --match-set KUBE-EXTERNAL-IP dst,dst -m addrtype --dst-type LOCAL -j ACCEPT',
          '-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT',
          '-A KUBE-LOAD-BALANCER -j KUBE-MARK-MASQ',
          '-A KUBE-SERVICES -m set --match-set KUBE-CLUSTER-IP dst,dst -j ACCEPT',
          '-A KUBE-SERVICES -m set --match-set KUBE-LOAD-BALANCER dst,dst -j ACCEPT',
        ],
        NAT_TAIL('0x4000'),
        FILTER_CHAINS,
        [
          '-A KUBE-PROXY-FIREWALL -m comment --comment "Kubernetes service load balancer ip + port for load balancer with sourceRange" -m set --match-set KUBE-LOAD-BALANCER-FW dst,dst -j KUBE-SOURCE-RANGES-FIREWALL',
          '-A KUBE-SOURCE-RANGES-FIREWALL -m comment --comment "Kubernetes service load balancer ip + port + source cidr for packet filter purpose" -m set --match-set KUBE-LOAD-BALANCER-SOURCE-CIDR dst,dst,src -j RETURN',
          '-A KUBE-SOURCE-RANGES-FIREWALL -j DROP',
          // 192.168.0.2 is outside 10.0.0.0/8: the node may not reach the VIP (https://issue.k8s.io/119656).
          '-A KUBE-IPVS-OUT-FILTER -s 1.2.3.4 -m ipvs --vaddr 1.2.3.4 --vproto tcp --vport 80 -j DROP',
        ],
        FILTER_TAIL('KUBE-', '0x4000'),
      ),
    );
    expect(p.counts.iptablesRules).toBe(14 + 13);
  });

  test('IPv6: KUBE-6- sets cut to 31 characters, ::1/128, SCTP NodePort with Local policy, a range holding the node IP', () => {
    const p = plan(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'LoadBalancer';
          s.clusterIPs = ['fd00:10:96::41'];
          s.ports = [port('p80', 80, 'SCTP', 3001)];
          s.loadBalancerIPs = ['2001:db8:2::4'];
          s.loadBalancerSourceRanges = ['2001:db8::/64'];
          s.externalTrafficPolicy = 'Local';
          s.healthCheckNodePort = 30000;
        }),
      ],
      [
        makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
          s.addressType = 'IPv6';
          s.endpoints = [local('fd00:10::5')];
          s.ports = [epPort('p80', 80, 'SCTP')];
        }),
      ],
      [],
      'IPv6',
    );
    expect(p.iptables.command).toBe('ip6tables-restore');
    expect(p.iptables.text).toBe(
      text(
        NAT_CHAINS,
        [
          '-A KUBE-SERVICES -s ::1/128 -j RETURN',
          '-A KUBE-POSTROUTING -m comment --comment "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose" -m set --match-set KUBE-6-LOOP-BACK dst,dst,src -j MASQUERADE',
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service lb portal" -m set --match-set KUBE-6-LOAD-BALANCER dst,dst -j KUBE-LOAD-BALANCER',
          '-A KUBE-LOAD-BALANCER -m comment --comment "Kubernetes service load balancer ip + port with externalTrafficPolicy=local" -m set --match-set KUBE-6-LOAD-BALANCER-LOCAL dst,dst -j RETURN',
          `-A KUBE-NODE-PORT -p sctp -m comment --comment "Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type 'hash ip:port'" -m set --match-set KUBE-6-NODE-PORT-LOCAL-SCTP-HAS dst,dst -j RETURN`,
          `-A KUBE-NODE-PORT -p sctp -m comment --comment "Kubernetes nodeport SCTP port for masquerade purpose with type 'hash ip:port'" -m set --match-set KUBE-6-NODE-PORT-SCTP-HASH dst,dst -j KUBE-MARK-MASQ`,
          '-A KUBE-SERVICES -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-6-CLUSTER-IP dst,dst ! -s fd00:10::/64 -j KUBE-MARK-MASQ',
          '-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT',
          '-A KUBE-LOAD-BALANCER -j KUBE-MARK-MASQ',
          '-A KUBE-SERVICES -m set --match-set KUBE-6-CLUSTER-IP dst,dst -j ACCEPT',
          '-A KUBE-SERVICES -m set --match-set KUBE-6-LOAD-BALANCER dst,dst -j ACCEPT',
        ],
        NAT_TAIL('0x4000'),
        FILTER_CHAINS,
        [
          '-A KUBE-PROXY-FIREWALL -m comment --comment "Kubernetes service load balancer ip + port for load balancer with sourceRange" -m set --match-set KUBE-6-LOAD-BALANCER-FW dst,dst -j KUBE-SOURCE-RANGES-FIREWALL',
          '-A KUBE-SOURCE-RANGES-FIREWALL -m comment --comment "Kubernetes service load balancer ip + port + source cidr for packet filter purpose" -m set --match-set KUBE-6-LOAD-BALANCER-SOURCE-CID dst,dst,src -j RETURN',
          '-A KUBE-SOURCE-RANGES-FIREWALL -m comment --comment "Kubernetes service load balancer ip + port + source IP for packet filter purpose" -m set --match-set KUBE-6-LOAD-BALANCER-SOURCE-IP dst,dst,src -j RETURN',
          '-A KUBE-SOURCE-RANGES-FIREWALL -j DROP',
        ],
        FILTER_TAIL('KUBE-6-', '0x4000'),
      ),
    );
    // The source range holds the node IP 2001:db8::1: the VIP is an allowed source of itself, not blocked.
    expect(set(p, 'KUBE-6-LOAD-BALANCER-SOURCE-IP')).toEqual(['2001:db8:2::4,sctp:80,2001:db8:2::4']);
    expect(set(p, 'KUBE-6-NODE-PORT-LOCAL-SCTP-HAS')).toEqual(['2001:db8:1::2,sctp:3001', '2001:db8::1,sctp:3001']);
  });

  test('the jump rules kube-proxy prepends to the built-in chains (iptablesJumpChain)', () => {
    expect(plan([], []).iptables.jumpRules).toEqual([
      '-t nat -I OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-t nat -I PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-t nat -I POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
      '-t filter -I FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
      '-t filter -I INPUT -m comment --comment "kubernetes health check rules" -j KUBE-NODE-PORT',
      '-t filter -I INPUT -m comment --comment "kube-proxy firewall rules" -j KUBE-PROXY-FIREWALL',
      '-t filter -I FORWARD -m comment --comment "kube-proxy firewall rules" -j KUBE-PROXY-FIREWALL',
      '-t filter -I INPUT -m comment --comment "kubernetes ipvs access filter" -j KUBE-IPVS-FILTER',
      '-t filter -I OUTPUT -m comment --comment "kubernetes ipvs access filter" -j KUBE-IPVS-OUT-FILTER',
    ]);
  });

  const variants: { name: string; edit: (t: TopologyDraft) => void; rule: string }[] = [
    { name: 'masqueradeAll', edit: (t) => (t.kubeProxy.masqueradeAll = true), rule: 'dst,dst -j KUBE-MARK-MASQ' },
    { name: 'no local-traffic detector (no cluster CIDR)', edit: (t) => (t.podCIDRs = []), rule: 'src,dst -j KUBE-MARK-MASQ' },
  ];
  test.each(variants)('the ClusterIP masquerade rule with $name', ({ edit, rule }) => {
    const topology = harnessTopology([svc('svc1', (s) => (s.ports = [port('p80', 80)]))], [], edit);
    const p = renderIpvs(topology, testNodeName, { ...HARNESS_OPTIONS, family: 'IPv4' }).families[0]!;
    expect(p.iptables.tables.nat.ruleLines[1]).toBe(`-A KUBE-SERVICES -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP ${rule}`);
  });
});

/**
 * Upstream's packet-flow tests (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go), each Service and
 * EndpointSlice rebuilt on the harness cluster, rendered by us and evaluated by `translate` with the
 * expected outputs copied from upstream: TestNoEndpointsReject, TestClusterIPGeneral, TestLoadBalancer,
 * TestExternalTrafficPolicyLocal, TestExternalTrafficPolicyCluster, TestInternalTrafficPolicy.
 */
import { describe } from '@jest/globals';
import { rulesFor, runPacketFlowTests } from './flow';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testExternalClient, testExternalClientBlocked, testNodeIP, testNodeName } from './harness';

describe('TestNoEndpointsReject', () => {
  const t = harnessTopology(
    [
      makeTestService('ns1', 'svc1', (s) => {
        s.type = 'LoadBalancer';
        s.clusterIPs = ['172.30.0.41'];
        s.externalIPs = ['192.168.99.11'];
        s.ports = [port('p80', 80, 'TCP', 3001)];
        s.loadBalancerIPs = ['1.2.3.4'];
      }),
    ],
    [],
  );
  runPacketFlowTests(rulesFor(t), [
    { name: 'pod to cluster IP with no endpoints', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: 'REJECT' },
    { name: 'external to external IP with no endpoints', sourceIP: testExternalClient, destIP: '192.168.99.11', destPort: 80, output: 'REJECT' },
    { name: 'pod to NodePort with no endpoints', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3001, output: 'REJECT' },
    { name: 'external to NodePort with no endpoints', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3001, output: 'REJECT' },
    { name: 'pod to LoadBalancer IP with no endpoints', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
    { name: 'external to LoadBalancer IP with no endpoints', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
  ]);
});

describe('TestClusterIPGeneral', () => {
  const t = harnessTopology(
    [
      makeTestService('ns1', 'svc1', (s) => {
        s.clusterIPs = ['172.30.0.41'];
        s.ports = [port('http', 80)];
      }),
      makeTestService('ns2', 'svc2', (s) => {
        s.clusterIPs = ['172.30.0.42'];
        s.ports = [port('http', 80), port('https', 443), port('dns-udp', 53, 'UDP'), port('dns-tcp', 53), port('dns-sctp', 53, 'SCTP')];
      }),
    ],
    [
      makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
        s.endpoints = [ep('10.180.0.1', { nodeName: testNodeName })];
        s.ports = [epPort('http', 80)];
      }),
      makeTestEndpointSlice('ns2', 'svc2', 1, (s) => {
        s.endpoints = [ep('10.180.0.1', { nodeName: testNodeName }), ep('10.180.2.1', { nodeName: 'node2' })];
        s.ports = [epPort('http', 80), epPort('https', 8443), epPort('dns-udp', 53, 'UDP'), epPort('dns-tcp', 5353), epPort('dns-sctp', 53, 'SCTP')];
      }),
    ],
  );
  runPacketFlowTests(rulesFor(t), [
    { name: 'simple clusterIP', sourceIP: '10.180.0.2', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80' },
    { name: 'hairpin to cluster IP', sourceIP: '10.180.0.1', destIP: '172.30.0.41', destPort: 80, output: '10.180.0.1:80', masq: true },
    { name: 'clusterIP with multiple endpoints', sourceIP: '10.180.0.2', destIP: '172.30.0.42', destPort: 80, output: '10.180.0.1:80, 10.180.2.1:80' },
    { name: 'clusterIP with TargetPort', sourceIP: '10.180.0.2', destIP: '172.30.0.42', destPort: 443, output: '10.180.0.1:8443, 10.180.2.1:8443' },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (TCP)', sourceIP: '10.180.0.2', protocol: 'TCP', destIP: '172.30.0.42', destPort: 53, output: '10.180.0.1:5353, 10.180.2.1:5353' },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (UDP)', sourceIP: '10.180.0.2', protocol: 'UDP', destIP: '172.30.0.42', destPort: 53, output: '10.180.0.1:53, 10.180.2.1:53' },
    { name: 'clusterIP with TCP, UDP, and SCTP on same port (SCTP)', sourceIP: '10.180.0.2', protocol: 'SCTP', destIP: '172.30.0.42', destPort: 53, output: '10.180.0.1:53, 10.180.2.1:53' },
    { name: 'TCP-only port does not match UDP traffic', sourceIP: '10.180.0.2', protocol: 'UDP', destIP: '172.30.0.42', destPort: 80, output: '' },
    { name: "svc1 does not accept svc2's ports", sourceIP: '10.180.0.2', destIP: '172.30.0.41', destPort: 443, output: '' },
  ]);
});

describe('TestLoadBalancer', () => {
  const t = harnessTopology(
    [
      makeTestService('ns1', 'svc1', (s) => {
        s.type = 'LoadBalancer';
        s.clusterIPs = ['172.30.0.41'];
        s.ports = [port('p80', 80, 'TCP', 3001)];
        s.loadBalancerIPs = ['1.2.3.4', '5.6.7.8'];
        s.loadBalancerSourceRanges = ['192.168.0.0/24', '203.0.113.0/25'];
      }),
    ],
    [
      makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
        s.endpoints = [ep('10.180.0.1')];
        s.ports = [epPort('p80', 80)];
      }),
    ],
  );
  const out = '10.180.0.1:80';
  runPacketFlowTests(rulesFor(t), [
    { name: 'pod to cluster IP', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: out },
    { name: 'external to nodePort', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3001, output: out, masq: true },
    { name: 'nodePort bypasses LoadBalancerSourceRanges', sourceIP: testExternalClientBlocked, destIP: testNodeIP, destPort: 3001, output: out, masq: true },
    { name: 'accepted external to LB1', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: out, masq: true },
    { name: 'accepted external to LB2', sourceIP: testExternalClient, destIP: '5.6.7.8', destPort: 80, output: out, masq: true },
    { name: 'blocked external to LB1', sourceIP: testExternalClientBlocked, destIP: '1.2.3.4', destPort: 80, output: 'DROP' },
    { name: 'blocked external to LB2', sourceIP: testExternalClientBlocked, destIP: '5.6.7.8', destPort: 80, output: 'DROP' },
    { name: 'pod to LB1 (blocked by LoadBalancerSourceRanges)', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: 'DROP' },
    { name: 'pod to LB2 (blocked by LoadBalancerSourceRanges)', sourceIP: '10.0.0.2', destIP: '5.6.7.8', destPort: 80, output: 'DROP' },
    { name: 'node to LB1 (allowed by LoadBalancerSourceRanges)', sourceIP: testNodeIP, destIP: '1.2.3.4', destPort: 80, output: out, masq: true },
    { name: 'node to LB2 (allowed by LoadBalancerSourceRanges)', sourceIP: testNodeIP, destIP: '5.6.7.8', destPort: 80, output: out, masq: true },
    { name: 'same node to LB1, SNATted to LB1 (implicitly allowed)', sourceIP: '1.2.3.4', destIP: '1.2.3.4', destPort: 80, output: out, masq: true },
    { name: 'same node to LB2, SNATted to LB2 (implicitly allowed)', sourceIP: '5.6.7.8', destIP: '5.6.7.8', destPort: 80, output: out, masq: true },
  ]);
});

function policyTopology(policy: 'Local' | 'Cluster') {
  return harnessTopology(
    [
      makeTestService('ns1', 'svc1', (s) => {
        s.type = 'LoadBalancer';
        s.externalTrafficPolicy = policy;
        s.clusterIPs = ['172.30.0.41'];
        s.externalIPs = ['192.168.99.11'];
        s.ports = [port('p80', 80, 'TCP', 3001)];
        if (policy === 'Local') s.healthCheckNodePort = 30000;
        s.loadBalancerIPs = ['1.2.3.4'];
      }),
    ],
    [
      makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
        s.endpoints = [ep('10.180.0.1'), ep('10.180.2.1', { nodeName: testNodeName })];
        s.ports = [epPort('p80', 80)];
      }),
    ],
  );
}

describe('TestExternalTrafficPolicyLocal', () => {
  const both = '10.180.0.1:80, 10.180.2.1:80';
  const local = '10.180.2.1:80';
  runPacketFlowTests(rulesFor(policyTopology('Local')), [
    { name: 'pod to cluster IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: both },
    { name: 'pod to external IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '192.168.99.11', destPort: 80, output: both },
    { name: 'external to external IP hits only local endpoint, unmasqueraded', sourceIP: testExternalClient, destIP: '192.168.99.11', destPort: 80, output: local },
    { name: 'pod to LB IP hits only both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: both },
    { name: 'external to LB IP hits only local endpoint, unmasqueraded', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: local },
    { name: 'pod to NodePort hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3001, output: both },
    { name: 'external to NodePort hits only local endpoint, unmasqueraded', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3001, output: local },
  ]);
});

describe('TestExternalTrafficPolicyCluster', () => {
  const both = '10.180.0.1:80, 10.180.2.1:80';
  runPacketFlowTests(rulesFor(policyTopology('Cluster')), [
    { name: 'pod to cluster IP hits both endpoints, unmasqueraded', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: both },
    { name: 'pod to external IP hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: '192.168.99.11', destPort: 80, output: both, masq: true },
    { name: 'external to external IP hits both endpoints, masqueraded', sourceIP: testExternalClient, destIP: '192.168.99.11', destPort: 80, output: both, masq: true },
    { name: 'pod to LB IP hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: both, masq: true },
    { name: 'external to LB IP hits both endpoints, masqueraded', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: both, masq: true },
    { name: 'pod to NodePort hits both endpoints, masqueraded', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3001, output: both, masq: true },
    { name: 'external to NodePort hits both endpoints, masqueraded', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3001, output: both, masq: true },
  ]);
});

describe('TestInternalTrafficPolicy', () => {
  const cases: { name: string; policy: 'Cluster' | 'Local'; endpoints: [string, string][]; output: string }[] = [
    { name: 'internalTrafficPolicy is cluster', policy: 'Cluster', endpoints: [['10.0.1.1', testNodeName], ['10.0.1.2', 'node1'], ['10.0.1.3', 'node2']], output: '10.0.1.1:80, 10.0.1.2:80, 10.0.1.3:80' },
    { name: 'internalTrafficPolicy is local and there is one local endpoint', policy: 'Local', endpoints: [['10.0.1.1', testNodeName], ['10.0.1.2', 'node1'], ['10.0.1.3', 'node2']], output: '10.0.1.1:80' },
    { name: 'internalTrafficPolicy is local and there are multiple local endpoints', policy: 'Local', endpoints: [['10.0.1.1', testNodeName], ['10.0.1.2', testNodeName], ['10.0.1.3', 'node2']], output: '10.0.1.1:80, 10.0.1.2:80' },
    { name: 'internalTrafficPolicy is local and there are no local endpoints', policy: 'Local', endpoints: [['10.0.1.1', 'node0'], ['10.0.1.2', 'node1'], ['10.0.1.3', 'node2']], output: 'DROP' },
  ];
  for (const c of cases) {
    describe(c.name, () => {
      const svc = makeTestService('ns1', 'svc1', (s) => {
        s.clusterIPs = ['172.30.1.1'];
        s.selector = { foo: 'bar' };
        s.ports = [port('', 80)];
        s.internalTrafficPolicy = c.policy;
      });
      const slice = makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
        s.ports = [epPort('', 80)];
        s.endpoints = c.endpoints.map(([ip, nodeName]) => ep(ip, { nodeName }));
      });
      runPacketFlowTests(rulesFor(harnessTopology([svc], [slice])), [{ name: 'pod to ClusterIP', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: c.output }]);
      // "endpoints deleted"
      runPacketFlowTests(rulesFor(harnessTopology([svc], [])), [{ name: 'endpoints deleted', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: 'REJECT' }]);
    });
  }
});

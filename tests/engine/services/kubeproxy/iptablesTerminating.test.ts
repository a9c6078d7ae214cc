/**
 * Terminating-endpoint fallback and masquerade decisions, from kubernetes/kubernetes
 * pkg/proxy/iptables/proxier_test.go: TestTerminatingEndpointsTrafficPolicyLocal,
 * TestTerminatingEndpointsTrafficPolicyCluster and TestInternalExternalMasquerade (its base flow table and
 * the overrides for "no LocalTrafficDetector", "masqueradeAll" and both).
 */
import { describe } from '@jest/globals';
import type { Draft } from '../../fixtures/cluster';
import type { Endpoint } from '../../../../src/engine/model/topology';
import { rulesFor, runPacketFlowTests, type PacketFlowTest } from './flow';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testExternalClient, testNodeIP, testNodeName } from './harness';

type Cond = [ready: boolean, serving: boolean, terminating: boolean];
const e = (ip: string, [ready, serving, terminating]: Cond, nodeName: string): Draft<Endpoint> => ep(ip, { ready, serving, terminating, nodeName });
const READY: Cond = [true, true, false];
const SERVING_TERMINATING: Cond = [false, true, true];
const TERMINATING: Cond = [false, false, true];

function terminatingTopology(policy: 'Local' | 'Cluster', endpoints: Draft<Endpoint>[]) {
  return harnessTopology(
    [
      makeTestService('ns1', 'svc1', (s) => {
        s.clusterIPs = ['172.30.1.1'];
        s.type = 'LoadBalancer';
        s.externalTrafficPolicy = policy;
        s.ports = [port('', 80)];
        s.healthCheckNodePort = 30000;
        s.loadBalancerIPs = ['1.2.3.4'];
      }),
    ],
    endpoints.length === 0
      ? []
      : [
          makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
            s.ports = [epPort('', 80)];
            s.endpoints = endpoints;
          }),
        ],
  );
}

const flows = (clusterIP: string, lb: string, lbMasq = false): PacketFlowTest[] => [
  { name: 'pod to clusterIP', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: clusterIP },
  { name: 'external to LB', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: lb, masq: lbMasq },
];

const afterDelete = [
  { name: 'pod to clusterIP after endpoints deleted', sourceIP: '10.0.0.2', destIP: '172.30.1.1', destPort: 80, output: 'REJECT' },
  { name: 'external to LB after endpoints deleted', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: 'REJECT' },
];

describe('TestTerminatingEndpointsTrafficPolicyLocal', () => {
  const cases = [
    {
      name: 'ready endpoints exist',
      endpoints: [e('10.0.1.1', READY, testNodeName), e('10.0.1.2', READY, testNodeName), e('10.0.1.3', SERVING_TERMINATING, testNodeName), e('10.0.1.4', TERMINATING, testNodeName), e('10.0.1.5', READY, 'node-1')],
      flows: flows('10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', '10.0.1.1:80, 10.0.1.2:80'),
    },
    {
      name: 'only terminating endpoints exist',
      endpoints: [e('10.0.1.2', SERVING_TERMINATING, testNodeName), e('10.0.1.3', SERVING_TERMINATING, testNodeName), e('10.0.1.4', TERMINATING, testNodeName), e('10.0.1.5', READY, 'node-1')],
      flows: flows('10.0.1.5:80', '10.0.1.2:80, 10.0.1.3:80'),
    },
    { name: 'terminating endpoints on remote node', endpoints: [e('10.0.1.5', SERVING_TERMINATING, 'node-1')], flows: flows('10.0.1.5:80', 'DROP') },
    { name: 'no usable endpoints on any node', endpoints: [e('10.0.1.5', TERMINATING, testNodeName), e('10.0.1.5', TERMINATING, 'node-1')], flows: flows('REJECT', 'REJECT') },
  ];
  for (const c of cases) {
    describe(c.name, () => {
      runPacketFlowTests(rulesFor(terminatingTopology('Local', c.endpoints)), c.flows);
      runPacketFlowTests(rulesFor(terminatingTopology('Local', [])), afterDelete);
    });
  }
});

describe('TestTerminatingEndpointsTrafficPolicyCluster', () => {
  const cases = [
    {
      name: 'ready endpoints exist',
      endpoints: [e('10.0.1.1', READY, testNodeName), e('10.0.1.2', READY, testNodeName), e('10.0.1.3', SERVING_TERMINATING, 'another-node'), e('10.0.1.4', TERMINATING, 'another-node'), e('10.0.1.5', READY, 'another-node')],
      flows: flows('10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', '10.0.1.1:80, 10.0.1.2:80, 10.0.1.5:80', true),
    },
    {
      name: 'only terminating endpoints exist',
      endpoints: [e('10.0.1.2', SERVING_TERMINATING, testNodeName), e('10.0.1.3', SERVING_TERMINATING, testNodeName), e('10.0.1.4', TERMINATING, 'another-node'), e('10.0.1.5', SERVING_TERMINATING, 'another-node')],
      flows: flows('10.0.1.2:80, 10.0.1.3:80, 10.0.1.5:80', '10.0.1.2:80, 10.0.1.3:80, 10.0.1.5:80', true),
    },
    { name: 'terminating endpoints on remote node', endpoints: [e('10.0.1.5', SERVING_TERMINATING, 'node-1')], flows: flows('10.0.1.5:80', '10.0.1.5:80', true) },
    { name: 'no usable endpoints on any node', endpoints: [e('10.0.1.5', TERMINATING, testNodeName), e('10.0.1.5', TERMINATING, 'node-1')], flows: flows('REJECT', 'REJECT') },
  ];
  for (const c of cases) {
    describe(c.name, () => {
      runPacketFlowTests(rulesFor(terminatingTopology('Cluster', c.endpoints)), c.flows);
      runPacketFlowTests(rulesFor(terminatingTopology('Cluster', [])), afterDelete);
    });
  }
});

describe('TestInternalExternalMasquerade', () => {
  const services = [
    makeTestService('ns1', 'svc1', (s) => {
      s.type = 'LoadBalancer';
      s.clusterIPs = ['172.30.0.41'];
      s.ports = [port('p80', 80, 'TCP', 3001)];
      s.healthCheckNodePort = 30001;
      s.loadBalancerIPs = ['1.2.3.4'];
    }),
    makeTestService('ns2', 'svc2', (s) => {
      s.type = 'LoadBalancer';
      s.clusterIPs = ['172.30.0.42'];
      s.ports = [port('p80', 80, 'TCP', 3002)];
      s.healthCheckNodePort = 30002;
      s.externalTrafficPolicy = 'Local';
      s.loadBalancerIPs = ['5.6.7.8'];
    }),
    makeTestService('ns3', 'svc3', (s) => {
      s.type = 'LoadBalancer';
      s.clusterIPs = ['172.30.0.43'];
      s.ports = [port('p80', 80, 'TCP', 3003)];
      s.healthCheckNodePort = 30003;
      s.internalTrafficPolicy = 'Local';
      s.loadBalancerIPs = ['9.10.11.12'];
    }),
  ];
  const slices = [1, 2, 3].map((n) =>
    makeTestEndpointSlice(`ns${n}`, `svc${n}`, 1, (s) => {
      s.endpoints = [ep(`10.180.0.${n}`, { nodeName: testNodeName }), ep(`10.180.1.${n}`, { nodeName: 'remote' })];
      s.ports = [epPort('p80', 80)];
    }),
  );
  const all = (n: number): string => `10.180.0.${n}:80, 10.180.1.${n}:80`;
  const base: PacketFlowTest[] = [
    { name: 'pod to ClusterIP', sourceIP: '10.0.0.2', destIP: '172.30.0.41', destPort: 80, output: all(1) },
    { name: 'pod to NodePort', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3001, output: all(1), masq: true },
    { name: 'pod to LB', sourceIP: '10.0.0.2', destIP: '1.2.3.4', destPort: 80, output: all(1), masq: true },
    { name: 'node to ClusterIP', sourceIP: testNodeIP, destIP: '172.30.0.41', destPort: 80, output: all(1), masq: true },
    { name: 'node to NodePort', sourceIP: testNodeIP, destIP: testNodeIP, destPort: 3001, output: all(1), masq: true },
    { name: 'localhost to NodePort', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3001, output: all(1), masq: true },
    { name: 'node to LB', sourceIP: testNodeIP, destIP: '1.2.3.4', destPort: 80, output: all(1), masq: true },
    { name: 'external to ClusterIP', sourceIP: testExternalClient, destIP: '172.30.0.41', destPort: 80, output: all(1), masq: true },
    { name: 'external to NodePort', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3001, output: all(1), masq: true },
    { name: 'external to LB', sourceIP: testExternalClient, destIP: '1.2.3.4', destPort: 80, output: all(1), masq: true },
    { name: 'pod to ClusterIP with eTP:Local', sourceIP: '10.0.0.2', destIP: '172.30.0.42', destPort: 80, output: all(2) },
    { name: 'pod to NodePort with eTP:Local', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3002, output: all(2) },
    { name: 'pod to LB with eTP:Local', sourceIP: '10.0.0.2', destIP: '5.6.7.8', destPort: 80, output: all(2) },
    { name: 'node to ClusterIP with eTP:Local', sourceIP: testNodeIP, destIP: '172.30.0.42', destPort: 80, output: all(2), masq: true },
    { name: 'node to NodePort with eTP:Local', sourceIP: testNodeIP, destIP: testNodeIP, destPort: 3001, output: all(1), masq: true },
    { name: 'localhost to NodePort with eTP:Local', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3002, output: all(2), masq: true },
    { name: 'node to LB with eTP:Local', sourceIP: testNodeIP, destIP: '5.6.7.8', destPort: 80, output: all(2), masq: true },
    { name: 'external to ClusterIP with eTP:Local', sourceIP: testExternalClient, destIP: '172.30.0.42', destPort: 80, output: all(2), masq: true },
    { name: 'external to NodePort with eTP:Local', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3002, output: '10.180.0.2:80' },
    { name: 'external to LB with eTP:Local', sourceIP: testExternalClient, destIP: '5.6.7.8', destPort: 80, output: '10.180.0.2:80' },
    { name: 'pod to ClusterIP with iTP:Local', sourceIP: '10.0.0.2', destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80' },
    { name: 'pod to NodePort with iTP:Local', sourceIP: '10.0.0.2', destIP: testNodeIP, destPort: 3003, output: all(3), masq: true },
    { name: 'pod to LB with iTP:Local', sourceIP: '10.0.0.2', destIP: '9.10.11.12', destPort: 80, output: all(3), masq: true },
    { name: 'node to ClusterIP with iTP:Local', sourceIP: testNodeIP, destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80', masq: true },
    { name: 'node to NodePort with iTP:Local', sourceIP: testNodeIP, destIP: testNodeIP, destPort: 3003, output: all(3), masq: true },
    { name: 'localhost to NodePort with iTP:Local', sourceIP: '127.0.0.1', destIP: '127.0.0.1', destPort: 3003, output: all(3), masq: true },
    { name: 'node to LB with iTP:Local', sourceIP: testNodeIP, destIP: '9.10.11.12', destPort: 80, output: all(3), masq: true },
    { name: 'external to ClusterIP with iTP:Local', sourceIP: testExternalClient, destIP: '172.30.0.43', destPort: 80, output: '10.180.0.3:80', masq: true },
    { name: 'external to NodePort with iTP:Local', sourceIP: testExternalClient, destIP: testNodeIP, destPort: 3003, output: all(3), masq: true },
    { name: 'external to LB with iTP:Local', sourceIP: testExternalClient, destIP: '9.10.11.12', destPort: 80, output: all(3), masq: true },
  ];
  const noDetector = { masq: ['node to ClusterIP', 'node to ClusterIP with eTP:Local', 'node to ClusterIP with iTP:Local', 'external to ClusterIP', 'external to ClusterIP with eTP:Local', 'external to ClusterIP with iTP:Local'], localOnly: ['pod to NodePort with eTP:Local', 'pod to LB with eTP:Local'] };
  const masqAll = ['pod to ClusterIP', 'pod to ClusterIP with eTP:Local', 'pod to ClusterIP with iTP:Local'];
  const variants = [
    { name: 'base', masqueradeAll: false, detector: true },
    { name: 'no LocalTrafficDetector', masqueradeAll: false, detector: false },
    { name: 'masqueradeAll', masqueradeAll: true, detector: true },
    { name: 'masqueradeAll, no LocalTrafficDetector', masqueradeAll: true, detector: false },
  ];
  for (const v of variants) {
    describe(v.name, () => {
      // Without a detector kube-proxy has no cluster CIDR for the family: the model says so with no pod CIDRs.
      const topology = harnessTopology(services, slices, (t) => {
        t.kubeProxy.masqueradeAll = v.masqueradeAll;
        if (!v.detector) t.podCIDRs = [];
      });
      const cases = base.map((tc) => {
        let out = tc;
        // Upstream's "masqueradeAll, no LocalTrafficDetector" overrides only the masqueradeAll and local-only cases.
        if (!v.detector && !v.masqueradeAll && noDetector.masq.includes(tc.name)) out = { ...out, masq: false };
        if (!v.detector && noDetector.localOnly.includes(tc.name)) out = { ...out, output: '10.180.0.2:80' };
        if (v.masqueradeAll && masqAll.includes(tc.name)) out = { ...out, masq: true };
        return out;
      });
      runPacketFlowTests(rulesFor(topology), cases);
    });
  }
});

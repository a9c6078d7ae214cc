/**
 * NetworkPolicy in traces, as packet-flow tables. The truth comes from the Kubernetes NetworkPolicy concept page
 * (kubernetes.io/docs/concepts/services-networking/network-policies: "Isolated and Non-isolated Pods", "Behavior of
 * to and from selectors", "Default policies") and the e2e suite kubernetes/kubernetes test/e2e/network/netpol
 * (network_policy.go; the It() title is named per case). The e2e model: namespaces x and y, pods a and b serving
 * TCP 80 (named serve-80-tcp) and 81; here on a Calico cluster of two nodes (x/a and y/a on node-1, x/b on node-2).
 */
import { describe, expect, test } from '@jest/globals';
import type { Topology } from '../../../src/engine/model/topology';
import { parseTopologyObjects } from '../../../src/io/parseTopology';
import { runFlows, snapshotOf, type FlowCase } from './harness';
import { trace } from '../../../src/engine/trace';

type Obj = Record<string, unknown>;

function pod(namespace: string, name: string, node: string, ip: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace, name, labels: { pod: name } },
    spec: { nodeName: node, containers: [{ name: 'c', ports: [{ name: 'serve-80-tcp', containerPort: 80 }, { name: 'serve-81-tcp', containerPort: 81 }, { name: 'serve-53-udp', containerPort: 53, protocol: 'UDP' }] }] },
    status: { podIPs: [{ ip }] },
  };
}

function policy(namespace: string, name: string, spec: Obj): Obj {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { namespace, name }, spec };
}

function cluster(plugin: string, policies: Obj[], settings?: Obj): Topology {
  const result = parseTopologyObjects([
    {
      apiVersion: 'netmodel/v1alpha1',
      kind: 'Topology',
      metadata: { name: `netpol-${plugin}` },
      spec: {
        podCIDRs: ['10.244.0.0/16'],
        serviceCIDRs: ['10.96.0.0/12'],
        cni: { plugin, overlay: 'vxlan' },
        underlay: { subnets: [{ name: 'lan', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] },
        ...(settings === undefined ? {} : { networkPolicy: settings }),
      },
    },
    { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' }, spec: { podCIDRs: ['10.244.1.0/24'] }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.11' }] } },
    { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-2' }, spec: { podCIDRs: ['10.244.2.0/24'] }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.12' }] } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', labels: { ns: 'x' } } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'y', labels: { ns: 'y' } } },
    pod('x', 'a', 'node-1', '10.244.1.10'),
    pod('x', 'b', 'node-2', '10.244.2.10'),
    pod('y', 'a', 'node-1', '10.244.1.20'),
    { apiVersion: 'v1', kind: 'Service', metadata: { namespace: 'x', name: 's-x-a' }, spec: { clusterIP: '10.96.0.50', selector: { pod: 'a' }, ports: [{ port: 80 }] } },
    ...policies,
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

const DENY_INGRESS_X = policy('x', 'deny-ingress', { podSelector: {} });
const DENY_ALL_X = policy('x', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });

// "should support a 'default-deny-ingress' policy": nothing reaches a pod of x, not even from x.
const denyIngress = cluster('calico', [DENY_INGRESS_X]);
// "should support a 'default-deny-all' policy": x's pods neither send nor receive.
const denyAll = cluster('calico', [DENY_ALL_X]);
// "should enforce policy to allow traffic from pods within server namespace based on PodSelector".
const fromPodB = cluster('calico', [policy('x', 'allow-b', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }] })]);
// "should allow ingress access on one named port".
const namedPort = cluster('calico', [policy('x', 'named-port', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ ports: [{ port: 'serve-80-tcp' }] }] })]);
// "should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector":
// both selectors in one peer = AND.
const nsAndPod = cluster('calico', [
  policy('x', 'ns-and-pod', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } }] }] }),
]);
// "should enforce except clause while egress access to server in CIDR block".
const exceptBlock = cluster('calico', [
  policy('x', 'egress-cidr', { podSelector: { matchLabels: { pod: 'a' } }, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '10.244.0.0/16', except: ['10.244.2.10/32'] } }] }] }),
]);
// Concept page "Default policies": allow DNS while denying the rest of egress (UDP 53 only).
const dnsOnly = cluster('calico', [policy('x', 'dns-only', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] })]);

const CASES: FlowCase[] = [
  {
    name: 'default-deny-ingress: y/a → x/b is DENIED at ingress on the destination node, naming the isolating policy',
    topology: denyIngress,
    from: 'pod:y/a',
    to: 'pod:x/b',
    port: 80,
    disposition: 'DENIED',
    steps: [
      { node: 'node-1', type: 'policy', action: 'ACCEPTED', text: /egress of pod y\/a to pod x\/b: allowed \(no policy isolates/ },
      { node: 'node-2', type: 'policy', action: 'DENIED', text: /ingress of pod x\/b from pod y\/a: denied — no rule allows it; isolated by NetworkPolicy x\/deny-ingress/ },
    ],
  },
  {
    name: 'default-deny-ingress does not isolate egress: x/a → y/a is delivered',
    topology: denyIngress,
    from: 'pod:x/a',
    to: 'pod:y/a',
    port: 80,
    disposition: 'DELIVERED',
  },
  {
    name: 'default-deny-all: x/a → y/a is DENIED at egress on the source node',
    topology: denyAll,
    from: 'pod:x/a',
    to: 'pod:y/a',
    port: 80,
    disposition: 'DENIED',
    steps: [{ node: 'node-1', type: 'policy', action: 'DENIED', text: /egress of pod x\/a to pod y\/a: denied — no rule allows it; isolated by NetworkPolicy x\/deny-all/ }],
  },
  {
    name: 'podSelector peer: x/b → x/a allowed by the rule, which the step names',
    topology: fromPodB,
    from: 'pod:x/b',
    to: 'pod:x/a',
    port: 81,
    disposition: 'DELIVERED',
    steps: [{ node: 'node-1', type: 'policy', action: 'ACCEPTED', text: /allowed by NetworkPolicy x\/allow-b ingress\[0\]/ }, { type: 'deliver', action: 'DELIVERED' }],
  },
  {
    name: 'podSelector peer selects only the policy\'s namespace: y/a → x/a denied',
    topology: fromPodB,
    from: 'pod:y/a',
    to: 'pod:x/a',
    port: 80,
    disposition: 'DENIED',
  },
  { name: 'named port: serve-80-tcp resolves to 80 on the destination pod', topology: namedPort, from: 'pod:x/b', to: 'pod:x/a', port: 80, disposition: 'DELIVERED' },
  { name: 'named port: 81 is not serve-80-tcp', topology: namedPort, from: 'pod:x/b', to: 'pod:x/a', port: 81, disposition: 'DENIED' },
  { name: 'named port: the protocol must match (UDP 80 is not serve-80-tcp)', topology: namedPort, from: 'pod:x/b', to: 'pod:x/a', port: 80, protocol: 'UDP', disposition: 'DENIED' },
  { name: 'namespaceSelector AND podSelector: y/a is in y and is pod a', topology: nsAndPod, from: 'pod:y/a', to: 'pod:x/a', port: 80, disposition: 'DELIVERED' },
  { name: 'namespaceSelector AND podSelector: x/b is neither', topology: nsAndPod, from: 'pod:x/b', to: 'pod:x/a', port: 80, disposition: 'DENIED' },
  { name: 'ipBlock except: x/a → y/a inside the block', topology: exceptBlock, from: 'pod:x/a', to: 'pod:y/a', port: 80, disposition: 'DELIVERED' },
  {
    name: 'ipBlock except: x/a → x/b (the excepted /32) is DENIED at egress',
    topology: exceptBlock,
    from: 'pod:x/a',
    to: 'pod:x/b',
    port: 80,
    disposition: 'DENIED',
    steps: [{ node: 'node-1', type: 'policy', action: 'DENIED', text: /egress of pod x\/a to pod x\/b/ }],
    assumes: [/ipBlocks match cluster pods by their pod IPs/],
  },
  { name: 'egress only to UDP 53: x/a → y/a UDP 53 delivered', topology: dnsOnly, from: 'pod:x/a', to: 'pod:y/a', port: 53, protocol: 'UDP', disposition: 'DELIVERED' },
  { name: 'egress only to UDP 53: x/a → y/a TCP 53 denied (protocols are independent)', topology: dnsOnly, from: 'pod:x/a', to: 'pod:y/a', port: 53, disposition: 'DENIED' },
  {
    name: 'through a ClusterIP, policy judges the endpoint pod after DNAT: y/a → svc x/s-x-a is DENIED at x/a\'s ingress',
    topology: denyIngress,
    from: 'pod:y/a',
    to: 'svc:x/s-x-a',
    disposition: 'DENIED',
    steps: [
      { type: 'nat', action: 'TRANSFORMED' },
      { type: 'policy', action: 'ACCEPTED', text: /egress of pod y\/a to pod x\/a/ },
      { type: 'policy', action: 'DENIED', text: /ingress of pod x\/a from pod y\/a/ },
    ],
  },
  {
    name: 'a pod to itself through its Service is never judged ("a pod cannot block access to itself")',
    topology: denyAll,
    from: 'pod:x/a',
    to: 'svc:x/s-x-a',
    disposition: 'DELIVERED',
  },
];

describe('NetworkPolicy packet flows', () => {
  runFlows(CASES);
});

describe('where the CNI does not enforce', () => {
  // flannel alone does not implement NetworkPolicy (flannel-io/flannel README: "For network policy, other
  // projects such as Calico can be used").
  const flannel = cluster('flannel', [DENY_ALL_X]);
  test('flannel: the policy would deny, the step says so, and the packet is delivered', () => {
    const t = trace(snapshotOf(flannel), 'pod:x/a', 'pod:y/a', { port: 80 }).trace!;
    expect(t.disposition).toBe('DELIVERED');
    const step = t.hops.flatMap((h) => h.steps).find((s) => s.type === 'policy');
    expect(step?.detail.policy).toMatchObject({ direction: 'Egress', verdict: 'denied', enforced: false });
    expect(t.assumptions.some((a) => a.startsWith('flannel does not enforce NetworkPolicy'))).toBe(true);
  });

  test('spec.networkPolicy.enforced: true overrides the inference', () => {
    const enforced = cluster('flannel', [DENY_ALL_X], { enforced: true });
    expect(trace(snapshotOf(enforced), 'pod:x/a', 'pod:y/a', { port: 80 }).trace?.disposition).toBe('DENIED');
  });

  test('a topology without policies gets no policy step at all', () => {
    const none = cluster('calico', []);
    const t = trace(snapshotOf(none), 'pod:x/a', 'pod:x/b', { port: 80 }).trace!;
    expect(t.disposition).toBe('DELIVERED');
    expect(t.hops.flatMap((h) => h.steps).filter((s) => s.type === 'policy')).toEqual([]);
  });
});

/** How documents map onto the model: defaults, canonical forms, and the API's own defaulting rules. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../src/engine/model/topology';
import { parseTopologyObjects } from '../../src/io/parseTopology';
import { at, endpointSlice, node, pod, service, set, topologyDoc, variant, type Obj } from './fixtures';

function parsed(objects: Obj[]): { topology: Topology; warnings: { path: string; message: string }[]; inferences: string[] } {
  const result = parseTopologyObjects(objects);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 1));
  return result;
}

describe('Topology document defaults', () => {
  test('a minimal document gets every documented default', () => {
    const { topology } = parsed([{ apiVersion: 'netmodel/v1alpha1', kind: 'Topology', metadata: { name: 'bare' } }]);
    assert.deepEqual(topology, {
      name: 'bare',
      description: '',
      version: 0,
      clusterDomain: 'cluster.local',
      podCIDRs: [],
      serviceCIDRs: [],
      nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
      cni: { plugin: 'generic', overlay: 'none', crossSubnet: false, bridge: 'cni0', vni: null, port: null, mtu: null },
      kubeProxy: { mode: 'iptables', clusterCIDRs: [], masqueradeBit: 14, masqueradeAll: false, localhostNodePorts: true, nodePortAddresses: [] },
      underlay: { mtu: 1500, subnets: [], routes: [] },
      externalNetworks: [],
      nodeRoutes: [],
      nodes: [],
      pods: [],
      services: [],
      endpointSlices: [],
    });
  });

  test('addresses come out canonical', () => {
    const { topology } = parsed([
      topologyDoc((t) => {
        set(t, ['spec', 'podCIDRs'], ['10.244.0.0/16', 'FD00:10:0:0::/56']);
        set(t, ['spec', 'kubeProxy'], { clusterCIDR: ' 10.244.0.0/16 , fd00:10::/56 ', nodePortAddresses: ['primary'] });
        set(t, ['spec', 'underlay', 'routes'], [{ destination: '10.9.9.9', via: '10.100.0.1' }, { destination: 'default', via: 'FD00::1' }]);
      }),
    ]);
    assert.deepEqual(topology.podCIDRs, ['10.244.0.0/16', 'fd00:10::/56']);
    assert.deepEqual(topology.kubeProxy.clusterCIDRs, ['10.244.0.0/16', 'fd00:10::/56']);
    assert.deepEqual(topology.kubeProxy.nodePortAddresses, ['primary']);
    assert.deepEqual(topology.underlay.routes.map((r) => [r.destination, r.via]), [['10.9.9.9/32', '10.100.0.1'], ['::/0', 'fd00::1']]);
  });

  test('a route table given as text and one given as a list produce the same routes', () => {
    const text = 'default via 10.100.0.1 dev eth0\n10.244.1.0/24 via 10.100.0.3 dev eth0 onlink\n';
    const list = [{ destination: 'default', via: '10.100.0.1', dev: 'eth0' }, { destination: '10.244.1.0/24', via: '10.100.0.3', dev: 'eth0', onlink: true }];
    const a = parsed(variant((o) => set(at(o, 0), ['spec', 'nodeRoutes'], { 'node-a': text }))).topology.nodeRoutes;
    const b = parsed(variant((o) => set(at(o, 0), ['spec', 'nodeRoutes'], { 'node-a': list }))).topology.nodeRoutes;
    assert.deepEqual(a, b);
    assert.equal(a[0]?.routes.length, 2);
  });
});

describe('Node', () => {
  test('maps name, labels, addresses, capacity and annotations', () => {
    const { topology } = parsed([
      topologyDoc(),
      node('node-a', '10.100.0.2', '10.244.0.0/24', (n) => {
        set(n, ['metadata', 'labels'], { 'topology.kubernetes.io/zone': 'z1' });
        set(n, ['metadata', 'annotations'], { 'k8s-netmodel.io/subnet': 'a', 'k8s-netmodel.io/mtu': '9000', unrelated: 'x' });
        set(n, ['status', 'addresses'], [
          { type: 'Hostname', address: 'node-a' },
          { type: 'ExternalIP', address: '203.0.113.4' },
          { type: 'InternalIP', address: '10.100.0.2' },
          { type: 'InternalDNS', address: 'node-a.internal' },
        ]);
        set(n, ['status', 'capacity'], { cpu: '4', pods: 58 });
      }),
    ]);
    assert.deepEqual(topology.nodes[0], {
      name: 'node-a',
      internalIPs: ['10.100.0.2'],
      externalIPs: ['203.0.113.4'],
      subnet: 'a',
      podCIDRs: ['10.244.0.0/24'],
      labels: { 'topology.kubernetes.io/zone': 'z1' },
      mtu: 9000,
      maxPods: 58,
    });
  });

  test('legacy spec.podCIDR alone is read as podCIDRs', () => {
    const { topology } = parsed([topologyDoc(), node('node-a', '10.100.0.2', 'unused', (n) => set(n, ['spec'], { podCIDR: '10.244.7.0/24' }))]);
    assert.deepEqual(topology.nodes[0]?.podCIDRs, ['10.244.7.0/24']);
  });
});

describe('Pod', () => {
  test('namespace defaults to "default", readiness to true, protocol to TCP; hostPort 0 means none', () => {
    const { topology } = parsed([
      topologyDoc(),
      node('node-a', '10.100.0.2', '10.244.0.0/24'),
      pod('x', 'p', 'node-a', '10.244.0.9', (p) => {
        set(p, ['metadata', 'namespace'], undefined);
        set(p, ['spec', 'containers', 0, 'ports', 0, 'hostPort'], 0);
        set(p, ['status'], { podIP: '10.244.0.9' });
      }),
    ]);
    assert.deepEqual(topology.pods[0], {
      namespace: 'default',
      name: 'p',
      nodeName: 'node-a',
      ips: ['10.244.0.9'],
      hostNetwork: false,
      labels: { app: 'web' },
      ports: [{ container: 'web', name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: null }],
      ready: true,
    });
  });

  const readiness: Array<{ name: string; status: string; ready: boolean }> = [
    { name: 'Ready True', status: 'True', ready: true },
    { name: 'Ready False', status: 'False', ready: false },
    { name: 'Ready Unknown counts as not ready (IsPodReady needs True)', status: 'Unknown', ready: false },
  ];
  for (const c of readiness) {
    test(c.name, () => {
      const objects = variant((o) => set(at(o, 3), ['status', 'conditions'], [{ type: 'PodScheduled', status: 'True' }, { type: 'Ready', status: c.status }]));
      assert.equal(parsed(objects).topology.pods[0]?.ready, c.ready);
    });
  }

  // The controller reference as netpol-analyzer takes it (np-guard/netpol-analyzer
  // pkg/netpol/eval/internal/k8s/pod.go PodFromCoreObject: the first entry with controller true, as written);
  // uid is not kept.
  const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d77fb55cc', uid: '5b1c0a4e-0000-4000-8000-000000000001' };
  const owners: Array<{ name: string; refs: unknown; owner: unknown }> = [
    { name: 'the controller reference, as written', refs: [{ ...rs, controller: true, blockOwnerDeletion: true }], owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d77fb55cc' } },
    { name: 'the controller among other references', refs: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'cfg' }, { ...rs, controller: true }], owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d77fb55cc' } },
    { name: 'a custom resource controller (no uid written)', refs: [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web', controller: true }], owner: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'web' } },
    { name: "a static pod's mirror, owned by its Node", refs: [{ apiVersion: 'v1', kind: 'Node', name: 'node-a', controller: true }], owner: { apiVersion: 'v1', kind: 'Node', name: 'node-a' } },
    { name: 'references none of which is the controller', refs: [{ ...rs }, { ...rs, name: 'other', controller: false }], owner: undefined },
    { name: 'no references', refs: [], owner: undefined },
    { name: 'kubectl null', refs: null, owner: undefined },
  ];
  for (const c of owners) {
    test(`ownerReferences: ${c.name}`, () => {
      const pod0 = parsed(variant((o) => set(at(o, 3), ['metadata', 'ownerReferences'], c.refs))).topology.pods[0]!;
      assert.deepEqual(pod0.owner, c.owner);
      assert.equal('owner' in pod0, c.owner !== undefined);
    });
  }

  test('a terminated pod is left out with a warning (it holds no IP any more)', () => {
    const result = parsed(variant((o) => set(at(o, 3), ['status', 'phase'], 'Succeeded')));
    assert.equal(result.topology.pods.length, 0);
    assert.deepEqual(result.warnings.map((w) => w.path), ['pods[0].status.phase']);
  });
});

describe('Service', () => {
  test('API defaults: type, protocol, targetPort, affinity, traffic policies; empty selector is no selector', () => {
    const { topology } = parsed([
      topologyDoc(),
      service('shop', 's', '10.96.0.30', (s) => set(s, ['spec'], { clusterIP: '10.96.0.30', selector: {}, ports: [{ port: 5432 }] })),
    ]);
    assert.deepEqual(topology.services[0], {
      namespace: 'shop',
      name: 's',
      type: 'ClusterIP',
      clusterIPs: ['10.96.0.30'],
      headless: false,
      ports: [{ name: null, protocol: 'TCP', port: 5432, targetPort: 5432, nodePort: null, appProtocol: null }],
      selector: null,
      externalIPs: [],
      loadBalancerIPs: [],
      loadBalancerSourceRanges: [],
      externalName: null,
      sessionAffinity: 'None',
      sessionAffinityTimeoutSeconds: null,
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
      healthCheckNodePort: null,
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: null,
      publishNotReadyAddresses: false,
      labels: {},
    });
  });

  test('LoadBalancer status: ingress IPs kept, hostname-only entries skipped; source ranges masked with a warning', () => {
    const result = parsed([
      topologyDoc(),
      service('shop', 'lb', '10.96.0.31', (s) => {
        set(s, ['spec', 'type'], 'LoadBalancer');
        set(s, ['spec', 'ports', 0, 'nodePort'], 30001);
        set(s, ['spec', 'loadBalancerSourceRanges'], ['192.0.2.77/24']);
        set(s, ['status'], { loadBalancer: { ingress: [{ hostname: 'a.elb.example.com' }, { ip: '203.0.113.9' }] } });
      }),
    ]);
    assert.deepEqual(result.topology.services[0]?.loadBalancerIPs, ['203.0.113.9']);
    assert.deepEqual(result.topology.services[0]?.loadBalancerSourceRanges, ['192.0.2.0/24']);
    assert.deepEqual(result.warnings.map((w) => w.path), ['services[0].spec.loadBalancerSourceRanges[0]']);
  });

  // Expected families from initIPFamilyFields, kubernetes/kubernetes pkg/registry/core/service/storage/alloc.go.
  const families: Array<{ name: string; serviceCIDRs: string[]; spec: Obj; expected: string[] }> = [
    { name: 'single-stack cluster, IPv4 clusterIP', serviceCIDRs: ['10.96.0.0/12'], spec: { clusterIP: '10.96.0.5' }, expected: ['IPv4'] },
    { name: 'dual-stack cluster, no policy means SingleStack', serviceCIDRs: ['10.96.0.0/12', 'fd00::/108'], spec: { clusterIP: '10.96.0.5' }, expected: ['IPv4'] },
    { name: 'dual-stack cluster, PreferDualStack adds the other family', serviceCIDRs: ['10.96.0.0/12', 'fd00::/108'], spec: { clusterIP: '10.96.0.5', ipFamilyPolicy: 'PreferDualStack' }, expected: ['IPv4', 'IPv6'] },
    { name: 'single-stack cluster, PreferDualStack stays single', serviceCIDRs: ['10.96.0.0/12'], spec: { clusterIP: '10.96.0.5', ipFamilyPolicy: 'PreferDualStack' }, expected: ['IPv4'] },
    { name: 'no clusterIP takes the cluster’s first family', serviceCIDRs: ['fd00::/108', '10.96.0.0/12'], spec: {}, expected: ['IPv6'] },
    { name: 'no service CIDR named: IPv4', serviceCIDRs: [], spec: {}, expected: ['IPv4'] },
    { name: 'headless with selector, IPv6 cluster', serviceCIDRs: ['fd00::/108'], spec: { clusterIP: 'None', selector: { app: 'db' } }, expected: ['IPv6'] },
    { name: 'headless without selector defaults to RequireDualStack, even on a single-stack cluster', serviceCIDRs: ['10.96.0.0/12'], spec: { clusterIP: 'None' }, expected: ['IPv4', 'IPv6'] },
    { name: 'ExternalName gets no families', serviceCIDRs: ['10.96.0.0/12'], spec: { type: 'ExternalName', externalName: 'x.example.com' }, expected: [] },
    { name: 'families follow clusterIPs order', serviceCIDRs: ['10.96.0.0/12', 'fd00::/108'], spec: { clusterIPs: ['fd00::5', '10.96.0.5'], ipFamilyPolicy: 'RequireDualStack' }, expected: ['IPv6', 'IPv4'] },
  ];
  for (const c of families) {
    test(`ipFamilies: ${c.name}`, () => {
      const objects: Obj[] = [
        topologyDoc((t) => set(t, ['spec', 'serviceCIDRs'], c.serviceCIDRs)),
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'x' }, spec: { ports: [{ port: 80 }], ...c.spec } },
      ];
      assert.deepEqual(parsed(objects).topology.services[0]?.ipFamilies, c.expected);
    });
  }
});

describe('EndpointSlice', () => {
  // Condition defaults: kubernetes/kubernetes staging/src/k8s.io/api/discovery/v1/types.go (EndpointConditions).
  const conditions: Array<{ name: string; given: Obj | undefined; expected: [boolean, boolean, boolean] }> = [
    { name: 'all absent: ready, serving, not terminating', given: undefined, expected: [true, true, false] },
    { name: 'serving absent defers to ready', given: { ready: false }, expected: [false, false, false] },
    { name: 'terminating but still serving', given: { ready: false, serving: true, terminating: true }, expected: [false, true, true] },
  ];
  for (const c of conditions) {
    test(`conditions: ${c.name}`, () => {
      const objects = variant((o) => [...o, endpointSlice('shop', 'web-1s', 'web', (s) => set(s, ['endpoints', 0, 'conditions'], c.given))]);
      const endpoint = parsed(objects).topology.endpointSlices[0]?.endpoints[0];
      assert.deepEqual([endpoint?.ready, endpoint?.serving, endpoint?.terminating], c.expected);
    });
  }

  test('empty port name is no name; protocol defaults to TCP; targetRef namespace defaults to the slice’s', () => {
    const objects = variant((o) => [
      ...o,
      endpointSlice('shop', 'web-1s', 'web', (s) => {
        set(s, ['ports'], [{ name: '', port: 8080 }]);
        set(s, ['endpoints', 0, 'targetRef'], { kind: 'Pod', name: 'web-1' });
        set(s, ['endpoints', 1], { addresses: ['10.244.0.6'], targetRef: { kind: 'Node', name: 'node-a' } });
      }),
    ]);
    const slice = parsed(objects).topology.endpointSlices[0];
    assert.deepEqual(slice?.ports, [{ name: null, protocol: 'TCP', port: 8080, appProtocol: null }]);
    assert.deepEqual(slice?.endpoints.map((e) => e.targetPod), [{ namespace: 'shop', name: 'web-1' }, null]);
    assert.equal(slice?.inferred, false);
  });
});

/**
 * What generateTopology builds: exact counts, the system Services as kube-apiserver and kubeadm create them,
 * Deployment-style pods with host-local addresses, the Service mix, determinism, and dual-stack.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { generated, kindOf, topologyOf } from './harness';

/** `<app>-<hash: the encoding of a decimal uint32>-<5 characters of rand.String>` */
const DEPLOYMENT_POD = /^([a-z0-9-]+)-([4-9bcdf]{1,10})-([bcdfghjklmnpqrstvwxz2456789]{5})$/;

describe('sizes', () => {
  const table = [
    { options: { nodes: 1, podsPerNode: 2, services: 2 }, subnets: 1, apps: 0 },
    { options: { nodes: 7, podsPerNode: 10 }, subnets: 1, apps: 5 },
    { options: { nodes: 30, podsPerNode: 20, services: 150, endpointsPerService: 2, subnets: 4 }, subnets: 4, apps: 148 },
    { options: { nodes: 600, podsPerNode: 5, services: 900 }, subnets: 3, apps: 898 },
  ];
  for (const { options, subnets, apps } of table) {
    test(JSON.stringify(options), () => {
      const t = topologyOf(options);
      assert.equal(t.nodes.length, options.nodes);
      assert.equal(t.pods.length, options.nodes * options.podsPerNode);
      assert.equal(t.services.length, options.services ?? options.nodes);
      assert.equal(t.underlay.subnets.length, subnets);
      // One slice per Service (single-stack), the kubernetes slice included.
      assert.equal(t.endpointSlices.length, t.services.length);
      const perNode = new Map<string, number>();
      for (const p of t.pods) perNode.set(p.nodeName!, (perNode.get(p.nodeName!) ?? 0) + 1);
      assert.deepEqual([...new Set(perNode.values())], [options.podsPerNode]);
      const e = 'endpointsPerService' in options ? options.endpointsPerService : 3;
      for (const slice of t.endpointSlices.slice(2)) assert.equal(slice.endpoints.length, e);
      assert.equal(t.services.length - 2, apps);
    });
  }

  test('5,000 nodes: a /11 pod range, 20 subnets of /23 over three zones', () => {
    const t = topologyOf({ nodes: 5000, podsPerNode: 1, services: 100 });
    assert.deepEqual(t.podCIDRs, ['10.128.0.0/11']);
    assert.equal(t.underlay.subnets.length, 20);
    assert.ok(t.underlay.subnets.every((s) => s.cidr.endsWith('/23')));
    assert.deepEqual(t.underlay.subnets.slice(0, 4).map((s) => s.zone), ['zone-a', 'zone-b', 'zone-c', 'zone-a']);
  });
});

describe('nodes', () => {
  const t = topologyOf({ nodes: 300, podsPerNode: 2, services: 10, subnets: 2 });
  test('pod CIDRs are the range allocator\'s blocks in name order', () => {
    assert.deepEqual(
      [0, 1, 255, 256, 299].map((i) => [t.nodes[i]!.name, t.nodes[i]!.podCIDRs[0]]),
      [['node-000', '10.128.0.0/24'], ['node-001', '10.128.1.0/24'], ['node-255', '10.128.255.0/24'], ['node-256', '10.129.0.0/24'], ['node-299', '10.129.43.0/24']],
    );
    assert.deepEqual(t.podCIDRs, ['10.128.0.0/15']);
  });
  test('round-robin over subnets, from .10, with labels, maxPods 110 and three control planes', () => {
    const [a, b, c] = t.nodes;
    assert.deepEqual([a!.internalIPs, b!.internalIPs, c!.internalIPs], [['172.16.0.10'], ['172.16.1.10'], ['172.16.0.11']]);
    assert.deepEqual([a!.subnet, b!.subnet], ['subnet-0', 'subnet-1']);
    assert.deepEqual(t.underlay.subnets.map((s) => [s.cidr, s.gateway, s.zone]), [['172.16.0.0/24', '172.16.0.1', 'zone-a'], ['172.16.1.0/24', '172.16.1.1', 'zone-b']]);
    assert.equal(b!.labels['kubernetes.io/hostname'], 'node-001');
    assert.equal(b!.labels['topology.kubernetes.io/zone'], 'zone-b');
    assert.ok(['m5.xlarge', 'm5.2xlarge', 'c5.2xlarge', 'r5.xlarge'].includes(b!.labels['node.kubernetes.io/instance-type']!));
    assert.ok(t.nodes.every((n) => n.maxPods === 110));
    assert.deepEqual(t.nodes.filter((n) => 'node-role.kubernetes.io/control-plane' in n.labels).map((n) => n.name), ['node-000', 'node-001', 'node-002']);
  });
});

describe('system Services', () => {
  const t = topologyOf({ nodes: 5, podsPerNode: 4, services: 4, subnets: 2 });
  const [kubernetes, dns] = t.services;
  test('default/kubernetes: 10.96.0.1, https 443 → 6443, no selector, the apiservers as endpoints', () => {
    assert.deepEqual([kubernetes!.namespace, kubernetes!.name, kubernetes!.clusterIPs, kubernetes!.selector], ['default', 'kubernetes', ['10.96.0.1'], null]);
    assert.deepEqual(kubernetes!.ports.map((p) => [p.name, p.port, p.targetPort]), [['https', 443, 6443]]);
    const slice = t.endpointSlices.find((s) => s.name === 'kubernetes')!;
    // The three control planes' addresses sorted as strings (sets.List in endpointsadapter.go).
    assert.deepEqual(slice.endpoints.map((e) => e.addresses[0]), ['172.16.0.10', '172.16.0.11', '172.16.1.10']);
    assert.ok(slice.endpoints.every((e) => e.targetPod === null && e.nodeName === null && e.ready));
    assert.deepEqual(slice.ports, [{ name: 'https', protocol: 'TCP', port: 6443, appProtocol: null }]);
  });
  test('kube-system/kube-dns: 10.96.0.10, kubeadm\'s ports, two CoreDNS pods on different nodes', () => {
    assert.deepEqual([dns!.namespace, dns!.name, dns!.clusterIPs, dns!.selector], ['kube-system', 'kube-dns', ['10.96.0.10'], { 'k8s-app': 'kube-dns' }]);
    assert.deepEqual(dns!.ports.map((p) => `${p.name}/${p.protocol}/${p.port}`), ['dns/UDP/53', 'dns-tcp/TCP/53', 'metrics/TCP/9153']);
    const coredns = t.pods.filter((p) => p.labels['k8s-app'] === 'kube-dns');
    assert.equal(coredns.length, 2);
    assert.ok(coredns.every((p) => p.namespace === 'kube-system' && DEPLOYMENT_POD.exec(p.name)?.[1] === 'coredns'));
    assert.notEqual(coredns[0]!.nodeName, coredns[1]!.nodeName);
    const slice = t.endpointSlices.find((s) => s.serviceName === 'kube-dns')!;
    assert.match(slice.name, /^kube-dns-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    assert.deepEqual(slice.endpoints.map((e) => e.targetPod?.name), coredns.map((p) => p.name));
  });
});

describe('application pods and Services', () => {
  const t = topologyOf({ nodes: 110, podsPerNode: 30, services: 1002, endpointsPerService: 3, subnets: 3 });
  const apps = t.services.slice(2);
  test('Deployment-style names, app and pod-template-hash labels, one hash per Deployment', () => {
    for (const p of t.pods) {
      const m = DEPLOYMENT_POD.exec(p.name);
      assert.ok(m, p.name);
      assert.equal(p.labels['pod-template-hash'], m![2]);
      if (p.namespace !== 'kube-system') assert.equal(p.labels.app, m![1]);
    }
    assert.ok(new Set(t.pods.map((p) => p.namespace)).size >= 5);
  });
  test('host-local addresses: each node hands out .2, .3, … in order', () => {
    for (const n of t.nodes) {
      const offsets = t.pods.filter((p) => p.nodeName === n.name).map((p) => Number(p.ips[0]!.split('.')[3]));
      assert.deepEqual(offsets, Array.from({ length: 30 }, (_, i) => 2 + i));
      assert.ok(t.pods.filter((p) => p.nodeName === n.name).every((p) => p.ips[0]!.startsWith(n.podCIDRs[0]!.slice(0, -4))));
    }
  });
  test('the mix: 10% NodePort, 3% LoadBalancer, 2% headless (floors), the rest ClusterIP', () => {
    const counts: Record<string, number> = {};
    for (const s of apps) counts[kindOf(s)] = (counts[kindOf(s)] ?? 0) + 1;
    assert.deepEqual(counts, { ClusterIP: 850, NodePort: 100, LoadBalancer: 30, Headless: 20 });
  });
  test('ClusterIPs sequential from the dynamic band; nodePorts from 30086; LB addresses from 203.0.113.1', () => {
    const withIP = apps.filter((s) => !s.headless);
    assert.deepEqual(withIP.slice(0, 3).map((s) => s.clusterIPs[0]), ['10.96.1.1', '10.96.1.2', '10.96.1.3']);
    assert.equal(new Set(withIP.map((s) => s.clusterIPs[0])).size, withIP.length);
    const nodePorts = apps.filter((s) => s.type !== 'ClusterIP').map((s) => s.ports[0]!.nodePort);
    assert.deepEqual(nodePorts, Array.from({ length: 130 }, (_, i) => 30086 + i));
    const lbs = apps.filter((s) => s.type === 'LoadBalancer').map((s) => s.loadBalancerIPs);
    assert.deepEqual(lbs.slice(0, 2), [['203.0.113.1'], ['203.0.113.2']]);
    assert.ok(apps.filter((s) => s.headless).every((s) => s.clusterIPs.length === 0 && s.type === 'ClusterIP'));
  });
  test('each Service selects exactly its endpointsPerService pods, on different nodes, all in its slice', () => {
    const slices = new Map(t.endpointSlices.map((s) => [`${s.namespace}/${s.serviceName}`, s]));
    const byName = new Map(t.pods.map((p) => [`${p.namespace}/${p.name}`, p]));
    for (const s of apps) {
      const selected = t.pods.filter((p) => p.namespace === s.namespace && Object.entries(s.selector!).every(([k, v]) => p.labels[k] === v));
      assert.equal(selected.length, 3, s.name);
      assert.equal(new Set(selected.map((p) => p.nodeName)).size, 3, `${s.name} replicas share a node`);
      const slice = slices.get(`${s.namespace}/${s.name}`)!;
      assert.deepEqual(slice.endpoints.map((e) => `${e.targetPod!.namespace}/${e.targetPod!.name}`), selected.map((p) => `${p.namespace}/${p.name}`));
      for (const e of slice.endpoints) {
        const pod = byName.get(`${e.targetPod!.namespace}/${e.targetPod!.name}`)!;
        assert.deepEqual([e.addresses, e.nodeName, e.ready, e.serving, e.terminating], [[pod.ips[0]], pod.nodeName, true, true, false]);
      }
      assert.equal(slice.inferred, false);
    }
  });
});

describe('determinism', () => {
  const options = { nodes: 20, podsPerNode: 8, services: 40, subnets: 3 };
  test('same seed → the same topology', () => {
    assert.deepEqual(topologyOf({ ...options, seed: 7 }), topologyOf({ ...options, seed: 7 }));
  });
  test('different seed → different names and placement, same shape', () => {
    const a = topologyOf({ ...options, seed: 7 });
    const b = topologyOf({ ...options, seed: 8 });
    assert.notDeepEqual(a.pods.map((p) => p.name), b.pods.map((p) => p.name));
    assert.notDeepEqual(a.pods.map((p) => p.nodeName), b.pods.map((p) => p.nodeName));
    const shape = (t: Topology) => [t.podCIDRs, t.serviceCIDRs, t.nodes.map((n) => n.podCIDRs), t.services.map((s) => s.name), t.pods.length];
    assert.deepEqual(shape(a), shape(b));
  });
});

describe('dual-stack', () => {
  const r = generated({ nodes: 6, podsPerNode: 6, services: 8, subnets: 2, dualStack: true });
  const t = r.topology;
  test('ranges of both families', () => {
    assert.deepEqual(t.podCIDRs, ['10.128.0.0/16', 'fd00:10:244::/56']);
    assert.deepEqual(t.serviceCIDRs, ['10.96.0.0/12', 'fd00:10:96::/108']);
    assert.deepEqual(t.underlay.subnets.map((s) => s.cidr), ['172.16.0.0/24', '172.16.1.0/24', 'fd00:172:16::/64', 'fd00:172:16:1::/64']);
  });
  test('nodes, pods and application Services have both families; the system Services stay IPv4', () => {
    assert.deepEqual(t.nodes[1]!.internalIPs, ['172.16.1.10', 'fd00:172:16:1::a']);
    assert.deepEqual(t.nodes[1]!.podCIDRs, ['10.128.1.0/24', 'fd00:10:244:1::/64']);
    assert.ok(t.pods.every((p) => p.ips.length === 2 && p.ips[1]!.startsWith('fd00:10:244:')));
    assert.deepEqual(t.services.slice(0, 2).map((s) => s.ipFamilies), [['IPv4'], ['IPv4']]);
    for (const s of t.services.slice(2)) {
      assert.deepEqual([s.ipFamilies, s.ipFamilyPolicy], [['IPv4', 'IPv6'], 'PreferDualStack']);
      if (!s.headless) assert.ok(s.clusterIPs[1]!.startsWith('fd00:10:96::'));
      const slices = t.endpointSlices.filter((e) => e.serviceName === s.name && e.namespace === s.namespace);
      assert.deepEqual(slices.map((e) => e.addressType), ['IPv4', 'IPv6']);
      assert.notEqual(slices[0]!.name, slices[1]!.name);
    }
    // 2 system slices + 2 per application Service
    assert.equal(t.endpointSlices.length, 2 + 2 * 6);
  });
});

describe('overlay modes', () => {
  test('cni settings and fabric routes per mode', () => {
    const table = [
      { overlay: 'vxlan', plugin: 'flannel', routes: 0 },
      { overlay: 'none', plugin: 'flannel', routes: 0 },
      { overlay: 'host-gw', plugin: 'flannel', routes: 0 },
      { overlay: 'bgp', plugin: 'calico', routes: 9 }, // ToR peering: every pod CIDR via its node
      { overlay: 'ipip', plugin: 'calico', routes: 0 },
      { overlay: 'geneve', plugin: 'cilium', routes: 0 },
      { overlay: 'wireguard', plugin: 'calico', routes: 0 },
      { overlay: 'ipsec', plugin: 'flannel', routes: 0 },
      { overlay: 'udp', plugin: 'flannel', routes: 0 },
    ] as const;
    for (const row of table) {
      const t = topologyOf({ nodes: 9, podsPerNode: 3, services: 4, subnets: 3, overlay: row.overlay });
      assert.deepEqual([t.cni.plugin, t.cni.overlay, t.cni.crossSubnet], [row.plugin, row.overlay, false], row.overlay);
      assert.equal(t.underlay.routes.length, row.routes, row.overlay);
    }
    const kubenet = topologyOf({ nodes: 4, podsPerNode: 1, services: 2, plugin: 'kubenet', overlay: 'none' });
    // The cloud route controller's routes: pod CIDR → node.
    assert.deepEqual(kubenet.underlay.routes.map((r) => [r.destination, r.via]), kubenet.nodes.map((n) => [n.podCIDRs[0], n.internalIPs[0]]));
    const ipip6 = topologyOf({ nodes: 3, podsPerNode: 1, services: 2, overlay: 'ipip', dualStack: true });
    // Calico IP-in-IP carries IPv4 only: IPv6 pod traffic is routed, so the fabric learns the IPv6 blocks.
    assert.deepEqual(ipip6.underlay.routes.map((r) => r.destination), ipip6.nodes.map((n) => n.podCIDRs[1]));
  });
  test('warnings: on-link modes over several subnets, cross-subnet with one subnet', () => {
    assert.deepEqual(generated({ nodes: 6, overlay: 'host-gw', subnets: 2 }).warnings.map((w) => w.path), ['subnets']);
    assert.deepEqual(generated({ nodes: 6, overlay: 'host-gw', subnets: 1 }).warnings, []);
    assert.deepEqual(generated({ nodes: 6, overlay: 'vxlan', crossSubnet: true }).warnings.map((w) => w.path), ['crossSubnet']);
    assert.deepEqual(generated({ nodes: 6, overlay: 'vxlan', crossSubnet: true, subnets: 2 }).warnings, []);
  });
});

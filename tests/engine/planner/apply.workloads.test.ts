/**
 * Services and pods: addService, removeService, scaleService, addPods, removePods — placement, addresses,
 * and EndpointSlices following the pods. The ClusterIP expectation comes from upstream's own test
 * (pkg/registry/core/service/ipallocator/bitmap_test.go TestAllocateReserved: "subnet /25 = 128 ; dynamic
 * block size is min(max(16,128/16),256) = 16", so the dynamic band of 192.168.1.0/25 starts at .17).
 */
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { makeTopology } from '../fixtures/cluster';
import { example, note, runApply, runReject } from './harness';

const calico = () => example('kubeadm-calico');
const slicesOf = (t: Topology, svc: string) => t.endpointSlices.filter((s) => s.serviceName === svc);
const endpoints = (t: Topology, svc: string) => slicesOf(t, svc).flatMap((s) => s.endpoints.map((e) => `${e.addresses[0]}@${e.nodeName}`));

describe('addService', () => {
  runApply([
    {
      name: 'ClusterIP from the dynamic band, replicas placed round-robin by node name, slices inferred',
      base: calico,
      ops: [{ op: 'addService', namespace: 'shop', name: 'cart', ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'cart' }, replicas: 3 }],
      check: (t, notes) => {
        const svc = t.services.find((s) => s.name === 'cart')!;
        // 10.96.0.0/12: offset min(max(16, 2^20/16), 256) = 256 after the network address → 10.96.1.1.
        assert.deepEqual([svc.clusterIPs, svc.ipFamilies, svc.ports[0]!.targetPort], [['10.96.1.1'], ['IPv4'], 8080]);
        // control-plane-1 holds coredns at .2, so its first free address is .3.
        assert.deepEqual(endpoints(t, 'cart'), ['10.244.0.3@control-plane-1', '10.244.1.2@worker-a1', '10.244.2.2@worker-a2']);
        assert.deepEqual(slicesOf(t, 'cart').map((s) => [s.name, s.inferred, s.ports]), [['cart-inferred-1', true, [{ name: null, protocol: 'TCP', port: 8080, appProtocol: null }]]]);
        note(notes, /ClusterIP 10\.96\.1\.1: the first free address of 10\.96\.0\.0\/12's dynamic band/);
      },
    },
    {
      name: 'bitmap_test.go TestAllocateReserved: a /25 range hands out .17 first',
      base: () => makeTopology((t) => (t.serviceCIDRs = ['192.168.1.0/25']), (t) => (t.services = [])),
      ops: [{ op: 'addService', namespace: 'default', name: 'a', ports: [{ port: 80 }] }],
      check: (t) => assert.deepEqual(t.services[0]!.clusterIPs, ['192.168.1.17']),
    },
    {
      name: 'NodePort with Local traffic policy on a LoadBalancer gets node ports and a health check port',
      base: calico,
      ops: [{ op: 'addService', namespace: 'shop', name: 'edge', type: 'LoadBalancer', externalTrafficPolicy: 'Local', clusterIP: '10.96.7.7', ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443, nodePort: 30443 }] }],
      check: (t) => {
        const svc = t.services.find((s) => s.name === 'edge')!;
        // 30080 is web-nodeport's; the lowest free ports follow.
        assert.deepEqual([svc.ports.map((p) => p.nodePort), svc.healthCheckNodePort, svc.clusterIPs], [[30000, 30443], 30001, ['10.96.7.7']]);
      },
    },
    { name: 'headless', base: calico, ops: [{ op: 'addService', namespace: 'shop', name: 'db2', clusterIP: 'None', ports: [{ port: 5432 }], selector: { app: 'db' } }], check: (t) => assert.deepEqual(endpoints(t, 'db2'), ['10.244.4.10@worker-b2', '10.244.5.10@worker-b3']) },
  ]);
  runReject([
    { name: 'a name in use', base: calico, ops: [{ op: 'addService', namespace: 'shop', name: 'web', ports: [{ port: 80 }] }], path: 'operations[0].name', message: /shop\/web already exists/ },
    { name: 'a ClusterIP outside the service CIDRs', base: calico, ops: [{ op: 'addService', namespace: 'shop', name: 'x', clusterIP: '10.200.0.1', ports: [{ port: 80 }] }], path: 'operations[0].clusterIP', message: /10\.200\.0\.1 is not in the service CIDRs \(10\.96\.0\.0\/12\)/ },
    { name: 'a ClusterIP in use', base: calico, ops: [{ op: 'addService', namespace: 'shop', name: 'x', clusterIP: '10.96.0.10', ports: [{ port: 53 }] }], path: 'operations[0].clusterIP', message: /already the ClusterIP of kube-system\/kube-dns/ },
    { name: 'a node port in use', base: calico, ops: [{ op: 'addService', namespace: 'shop', name: 'x', type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }], path: 'operations[0].ports', message: /node port 30080 is already allocated/ },
  ]);
});

describe('scaleService', () => {
  runApply([
    {
      name: 'up: new pods modeled on an existing one, spread by node name, appended to the inferred slices',
      base: calico,
      ops: [{ op: 'scaleService', namespace: 'shop', name: 'web', replicas: 5 }],
      check: (t) => {
        const made = t.pods.filter((p) => p.name.startsWith('web-planned-'));
        assert.deepEqual(made.map((p) => [p.name, p.nodeName, p.ips[0], p.labels, p.ports[0]?.containerPort]), [
          ['web-planned-1', 'control-plane-1', '10.244.0.3', { app: 'web', tier: 'frontend' }, 8080],
          ['web-planned-2', 'worker-a1', '10.244.1.2', { app: 'web', tier: 'frontend' }, 8080],
        ]);
        assert.deepEqual(endpoints(t, 'web'), ['10.244.1.5@worker-a1', '10.244.2.5@worker-a2', '10.244.4.5@worker-b2', '10.244.0.3@control-plane-1', '10.244.1.2@worker-a1']);
        // web-nodeport selects the same pods, so its endpoints follow too.
        assert.equal(endpoints(t, 'web-nodeport').length, 5);
      },
    },
    {
      name: 'up on a Service with explicit slices: new endpoints go into the explicit slice with room',
      base: () => example('seed-routed'),
      ops: [{ op: 'scaleService', namespace: 'default', name: 'account-app', replicas: 3 }],
      check: (t) => assert.deepEqual(slicesOf(t, 'account-app').map((s) => [s.name, s.inferred, s.endpoints.length]), [['account-app-k7tqz', false, 3]]),
    },
    {
      name: 'down: not-ready pods first, then pods on the node with more of them (ActivePodsWithRanks)',
      base: calico,
      ops: [{ op: 'scaleService', namespace: 'shop', name: 'web', replicas: 5 }, { op: 'scaleService', namespace: 'shop', name: 'web', replicas: 2 }],
      // z8q2w is not ready; then both pods on worker-a1 rank 2 (ranks are counted once, before deleting:
      // getPodsToDelete sorts and takes the first three), the newer web-planned-2 first.
      check: (t, notes) => {
        note(notes, /5 → 2 pods; removed \(ReplicaSet deletion order\): web-7c9d8f6b5d-z8q2w on worker-b2, web-planned-2 on worker-a1, web-7c9d8f6b5d-h2x9p on worker-a1$/);
        assert.deepEqual(endpoints(t, 'web'), ['10.244.2.5@worker-a2', '10.244.0.3@control-plane-1']);
      },
    },
    {
      name: 'nodeSelector limits where replicas go; maxPods is respected',
      base: () => makeTopology((t) => (t.nodes[1]!.maxPods = 1)),
      ops: [{ op: 'scaleService', namespace: 'default', name: 'account-app', replicas: 4, nodeSelector: { 'kubernetes.io/hostname': 'node-1' } }],
      check: (t) => assert.deepEqual(t.pods.filter((p) => p.name.startsWith('account-app-planned')).map((p) => `${p.nodeName} ${p.ips[0]}`), ['node-1 172.17.0.4', 'node-1 172.17.0.5']),
    },
    { name: 'to the same count is a no-op', base: calico, ops: [{ op: 'scaleService', namespace: 'shop', name: 'api', replicas: 2 }], check: (t, _n, base) => assert.equal(t, base) },
  ]);
  runReject([
    { name: 'unknown Service', base: calico, ops: [{ op: 'scaleService', namespace: 'shop', name: 'cart', replicas: 2 }], path: 'operations[0].name', message: /shop\/cart does not exist \(Services in shop: web, web-nodeport, api, db, payments\)/ },
    { name: 'no selector', base: calico, ops: [{ op: 'scaleService', namespace: 'default', name: 'kubernetes', replicas: 2 }], path: 'operations[0].name', message: /has no selector/ },
    { name: 'no room: max pods reached everywhere', base: () => makeTopology((t) => t.nodes.forEach((n) => (n.maxPods = 3))), ops: [{ op: 'scaleService', namespace: 'default', name: 'account-app', replicas: 5 }], path: 'operations[0].replicas', message: /only 2 of 3 pods fit/ },
  ]);
});

describe('addPods and removePods', () => {
  runApply([
    {
      name: 'pods on one node get the next free addresses; Services selecting them gain endpoints',
      base: calico,
      ops: [{ op: 'addPods', namespace: 'shop', namePrefix: 'api-extra', count: 2, node: 'worker-b3', labels: { app: 'api' }, ports: [{ name: 'grpc', containerPort: 9000 }] }],
      check: (t, notes) => {
        assert.deepEqual(t.pods.slice(-2).map((p) => `${p.name} ${p.ips[0]}`), ['api-extra-1 10.244.5.2', 'api-extra-2 10.244.5.3']);
        // The admin port is named but these pods declare only grpc: FindPort drops it for them (a second port group).
        assert.deepEqual(slicesOf(t, 'api').map((s) => [s.ports.length, s.endpoints.length]), [[2, 2], [1, 2]]);
        note(notes, /selected by shop\/api: their endpoints follow/);
      },
    },
    {
      name: 'an endpoint whose ports differ from the explicit slice\'s goes to a new explicit slice',
      base: () => example('seed-routed'),
      // No container port named "http": FindPort cannot resolve targetPort http, so the endpoint has no ports.
      ops: [{ op: 'addPods', namespace: 'default', namePrefix: 'account-app-extra', count: 1, labels: { app: 'account-app' } }],
      check: (t) => assert.deepEqual(slicesOf(t, 'account-app').map((s) => [s.name, s.inferred, s.endpoints.length, s.ports.length]), [['account-app-k7tqz', false, 2, 1], ['account-app-planned-1', false, 1, 0]]),
    },
    {
      name: 'hostNetwork pods take their node\'s address',
      base: calico,
      ops: [{ op: 'addPods', namespace: 'kube-system', namePrefix: 'agent', count: 1, node: 'worker-a2', hostNetwork: true }],
      check: (t) => assert.deepEqual(t.pods.at(-1)!.ips, ['10.0.1.12']),
    },
    {
      name: 'removing by selector drops their endpoints (headless db Service)',
      base: calico,
      ops: [{ op: 'removePods', namespace: 'shop', selector: { app: 'db' } }],
      check: (t) => {
        assert.equal(t.pods.some((p) => p.name.startsWith('db-')), false);
        assert.deepEqual(slicesOf(t, 'db').map((s) => s.endpoints.length), [0]);
      },
    },
    { name: 'removing by name', base: calico, ops: [{ op: 'removePods', namespace: 'shop', names: ['api-5f6c7d8e9a-r5t6y'] }], check: (t) => assert.deepEqual(endpoints(t, 'api'), ['10.244.5.7@worker-b3']) },
  ]);
  runReject([
    { name: 'unknown node', base: calico, ops: [{ op: 'addPods', namespace: 'x', namePrefix: 'p', count: 1, node: 'nope' }], path: 'operations[0].node', message: /node "nope" does not exist/ },
    { name: 'a name that does not exist', base: calico, ops: [{ op: 'removePods', namespace: 'shop', names: ['db-7'] }], path: 'operations[0].names', message: /no pod shop\/db-7/ },
    { name: 'a selector that matches nothing', base: calico, ops: [{ op: 'removePods', namespace: 'shop', selector: { app: 'cart' } }], path: 'operations[0].selector', message: /matches no pod in shop/ },
  ]);
  runReject([{ name: 'removeService of an unknown Service', base: calico, ops: [{ op: 'removeService', namespace: 'shop', name: 'cart' }], path: 'operations[0].name', message: /does not exist/ }]);
  runApply([{ name: 'removeService drops its slices, keeps its pods', base: calico, ops: [{ op: 'removeService', namespace: 'kube-system', name: 'kube-dns' }], check: (t, _n, base) => assert.deepEqual([slicesOf(t, 'kube-dns').length, t.pods.length], [0, base.pods.length]) }]);
});

/**
 * The baseline is provably untouched: a plan using every operation kind, applied and diffed, leaves the
 * base deep-equal to a copy taken before — both on a plain base (a mutation would show in the comparison)
 * and on a deep-frozen one (a mutation would throw: these modules are strict mode). Applying and diffing
 * twice gives the same answer (determinism).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../src/engine/model/topology';
import { applyOperations, diffTopologies, OPERATION_KINDS, type Operation } from '../../../src/engine/planner';
import { policyManifestReader } from '../../../src/io/policyManifests';

const CTX = { manifests: policyManifestReader };
import { parseTopologyDocument } from '../../../src/io/parseTopology';
import { deepFreeze } from './harness';

function fresh(): Topology {
  const r = parseTopologyDocument(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8'));
  if (!r.ok) throw new Error('examples/kubeadm-calico.yaml does not parse');
  return r.topology;
}

const PLAN: Operation[] = [
  { op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24', gateway: '10.0.3.1', zone: 'zone-c' },
  { op: 'addNodes', count: 3, subnet: 'rack-c' },
  { op: 'removeNode', name: 'worker-b3' },
  { op: 'addClusterCIDR', cidr: 'fd00:10:244::/56' },
  { op: 'setClusterCIDRs', cidrs: ['10.244.0.0/15', 'fd00:10:244::/56'] },
  { op: 'setNodeMask', family: 'IPv4', size: 25 },
  { op: 'setServiceCIDRs', cidrs: ['10.96.0.0/12'] },
  { op: 'setCni', plugin: 'flannel', overlay: 'vxlan', crossSubnet: true },
  { op: 'setUnderlayMtu', subnet: 'rack-c', mtu: 9000 },
  { op: 'setPodMtu', mtu: 1400 },
  { op: 'addUnderlayRoute', route: { destination: '10.244.3.0/24', via: '10.0.2.11' } },
  { op: 'removeUnderlayRoute', destination: '192.168.0.0/16' },
  { op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.4.0/24', type: 'blackhole' } },
  { op: 'removeNodeRoute', node: 'worker-a1', destination: '10.244.4.0/24' },
  { op: 'addExternalNetwork', name: 'partner', cidr: '172.20.0.0/16', kind: 'peering' },
  { op: 'removeExternalNetwork', name: 'corp' },
  { op: 'setKubeProxy', mode: 'nftables' },
  { op: 'addService', namespace: 'shop', name: 'cart', ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'cart' }, replicas: 2 },
  { op: 'scaleService', namespace: 'shop', name: 'web', replicas: 6 },
  { op: 'removeService', namespace: 'shop', name: 'web-nodeport' },
  { op: 'addPods', namespace: 'kube-system', namePrefix: 'coredns-extra', count: 1, labels: { 'k8s-app': 'kube-dns' } },
  { op: 'removePods', namespace: 'shop', selector: { app: 'db' } },
  { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'deny-all' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } } },
  { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'allow-web' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] } } },
  { op: 'replaceNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'allow-web' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ port: 'http' }] }] } } },
  { op: 'removeNetworkPolicy', namespace: 'shop', name: 'deny-all' },
  { op: 'addAdminNetworkPolicy', policy: { metadata: { name: 'pass-monitoring' }, spec: { priority: 5, subject: { namespaces: {} }, ingress: [{ action: 'Pass', from: [{ namespaces: { matchLabels: { team: 'monitoring' } } }] }] } } },
  { op: 'replaceAdminNetworkPolicy', policy: { metadata: { name: 'pass-monitoring' }, spec: { priority: 6, subject: { namespaces: {} }, ingress: [{ action: 'Allow', from: [{ namespaces: { matchLabels: { team: 'monitoring' } } }] }] } } },
  { op: 'addAdminNetworkPolicy', policy: { metadata: { name: 'scratch' }, spec: { priority: 7, subject: { namespaces: {} } } } },
  { op: 'removeAdminNetworkPolicy', name: 'scratch' },
  { op: 'addBaselineAdminNetworkPolicy', policy: { metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }] } } },
  { op: 'replaceBaselineAdminNetworkPolicy', policy: { metadata: { name: 'default' }, spec: { subject: { namespaces: {} } } } },
  { op: 'removeBaselineAdminNetworkPolicy' },
  { op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'shop' } },
  { op: 'setPodLabels', namespace: 'shop', name: 'api-5f6c7d8e9a-r5t6y', labels: { app: 'api', tier: 'backend' } },
  { op: 'removeSubnet', name: 'rack-c' },
];

test('the plan uses every operation kind', () => {
  assert.deepEqual([...new Set(PLAN.map((o) => o.op))].sort(), [...OPERATION_KINDS].sort());
});

test('the plan is refused at its last step (rack-c still holds nodes), and the base is unchanged', () => {
  const base = fresh();
  const before = structuredClone(base);
  const r = applyOperations(base, PLAN, CTX);
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.index, PLAN.length - 1);
  assert.deepEqual(base, before);
});

for (const frozen of [false, true]) {
  test(`apply + diff leave a ${frozen ? 'deep-frozen' : 'plain'} base deep-equal to its copy`, () => {
    const base = fresh();
    const copy = structuredClone(base);
    if (frozen) deepFreeze(base);
    const r = applyOperations(base, PLAN.slice(0, -1), CTX);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    if (!r.ok) return;
    const diff = diffTopologies(base, r.topology, { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'svc:shop/web' }], groupBy: 'zone' });
    assert.ok(diff.summary.length > 0);
    assert.deepEqual(base, copy);
    assert.notEqual(r.topology, base);
  });
}

test('apply and diff are deterministic', () => {
  const run = () => {
    const base = fresh();
    const r = applyOperations(base, PLAN.slice(0, -1), CTX);
    assert.ok(r.ok);
    if (!r.ok) throw new Error('unreachable');
    return { fork: r.topology, notes: r.notes, diff: JSON.stringify(diffTopologies(base, r.topology)) };
  };
  const a = run();
  const b = run();
  assert.deepEqual(a.fork, b.fork);
  assert.deepEqual(a.notes, b.notes);
  assert.equal(a.diff, b.diff);
});

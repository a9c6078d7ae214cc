/**
 * parseOperation, the boundary for operations: for every operation kind one input that parses (and the
 * canonical value it becomes) and one that is refused (with the field path and the reason). Name rules
 * are the API server's (apimachinery validation.go); the "did you mean" for host bits mirrors src/io.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { OPERATION_KINDS, parseOperation, parseOperations, type OperationKind } from '../../../src/engine/planner';
import { policyManifestReader } from '../../../src/io/policyManifests';

// Policy manifests are read by src/io's validators, as the application layer passes them (src/app/scenarioService.ts).
const CTX = { manifests: policyManifestReader };
const ANP = { metadata: { name: 'cluster-control' }, spec: { priority: 10, subject: { namespaces: {} }, ingress: [{ name: 'deny-from-tenants', action: 'Deny', from: [{ namespaces: { matchLabels: { tenant: 'x' } } }] }] } };
const BANP = { metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, egress: [{ action: 'Deny', to: [{ networks: ['0.0.0.0/0'] }] }] } };

interface KindCase {
  valid: Record<string, unknown>;
  /** The canonical operation; default: the input unchanged. */
  canonical?: Record<string, unknown>;
  invalid: Record<string, unknown>;
  path: string;
  message: RegExp;
}

const CASES: Record<OperationKind, KindCase> = {
  addNodes: {
    valid: { op: 'addNodes', count: 2, subnet: 'rack-b', namePattern: 'worker-c{n}', labels: { 'node-role.kubernetes.io/worker': '' }, podCIDRs: [['10.244.10.0/24'], ['10.244.11.0/24']] },
    invalid: { op: 'addNodes', count: 2, subnet: 'rack-b', podCIDRs: [['10.244.10.0/24']] },
    path: 'operation.podCIDRs',
    message: /one list per new node \(2\), got 1/,
  },
  removeNode: { valid: { op: 'removeNode', name: 'worker-b1', drain: true }, invalid: { op: 'removeNode', name: 'Worker_B1' }, path: 'operation.name', message: /lower case letters/ },
  setClusterCIDRs: {
    valid: { op: 'setClusterCIDRs', cidrs: ['10.244.0.0/15', 'FD00:10:244::/56'] },
    canonical: { op: 'setClusterCIDRs', cidrs: ['10.244.0.0/15', 'fd00:10:244::/56'] },
    invalid: { op: 'setClusterCIDRs', cidrs: ['10.244.1.0/16'] },
    path: 'operation.cidrs[0]',
    message: /^"10\.244\.1\.0\/16" has host bits set; did you mean 10\.244\.0\.0\/16\?$/,
  },
  addClusterCIDR: { valid: { op: 'addClusterCIDR', cidr: 'fd00:10:244::/56' }, invalid: { op: 'addClusterCIDR', cidr: '10.244.0.0/33' }, path: 'operation.cidr', message: /not a CIDR: length must be a decimal 0–32/ },
  setNodeMask: { valid: { op: 'setNodeMask', family: 'IPv4', size: 23 }, invalid: { op: 'setNodeMask', family: 'IPv4', size: 33 }, path: 'operation.size', message: /integer from 0 to 32, got 33/ },
  setServiceCIDRs: {
    valid: { op: 'setServiceCIDRs', cidrs: ['10.96.0.0/16'] },
    invalid: { op: 'setServiceCIDRs', cidrs: ['10.96.0.0/16', '10.97.0.0/16'] },
    path: 'operation.cidrs',
    message: /at most one CIDR per IP family/,
  },
  setCni: { valid: { op: 'setCni', overlay: 'host-gw', crossSubnet: false }, invalid: { op: 'setCni', overlay: 'gre' }, path: 'operation.overlay', message: /expected one of none, host-gw, bgp/ },
  setUnderlayMtu: { valid: { op: 'setUnderlayMtu', subnet: 'rack-b', mtu: 9001 }, invalid: { op: 'setUnderlayMtu', mtu: null }, path: 'operation.mtu', message: /integer from 68 to 65535, got null/ },
  setPodMtu: { valid: { op: 'setPodMtu', mtu: null }, invalid: { op: 'setPodMtu', mtu: 1450.5 }, path: 'operation.mtu', message: /integer from 68 to 65535/ },
  addSubnet: {
    valid: { op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24', gateway: '10.0.3.1', zone: 'zone-c' },
    invalid: { op: 'addSubnet', name: 'rack-c', cidr: '10.0.3.0/24', gateway: 'fd00::1' },
    path: 'operation.gateway',
    message: /fd00::1 is IPv6 but the subnet 10\.0\.3\.0\/24 is IPv4/,
  },
  removeSubnet: { valid: { op: 'removeSubnet', name: 'rack-b' }, invalid: { op: 'removeSubnet' }, path: 'operation.name', message: /is required/ },
  addUnderlayRoute: {
    valid: { op: 'addUnderlayRoute', route: { destination: '10.244.3.0/24', via: '10.0.2.11', type: 'unicast', onlink: false } },
    // Defaults are left out of the canonical form, so the persisted operation stays minimal.
    canonical: { op: 'addUnderlayRoute', route: { destination: '10.244.3.0/24', via: '10.0.2.11' } },
    invalid: { op: 'addUnderlayRoute', route: { destination: '10.244.3.0/24', via: 'fd00::1' } },
    path: 'operation.route.via',
    message: /is IPv6 but the destination 10\.244\.3\.0\/24 is IPv4/,
  },
  removeUnderlayRoute: {
    valid: { op: 'removeUnderlayRoute', destination: 'default', via: 'fd00::1' },
    canonical: { op: 'removeUnderlayRoute', destination: '::/0', via: 'fd00::1' },
    invalid: { op: 'removeUnderlayRoute', destination: '10.0.0.0/8', metric: 1 },
    path: 'operation.metric',
    message: /unknown field/,
  },
  addNodeRoute: { valid: { op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.3.0/24', type: 'blackhole' } }, invalid: { op: 'addNodeRoute', node: 'worker-a1', route: { destination: '10.244.3.0/24' } }, path: 'operation.route.destination', message: /needs a via or a dev/ },
  removeNodeRoute: { valid: { op: 'removeNodeRoute', node: 'worker-a1', destination: '10.244.3.0/24' }, invalid: { op: 'removeNodeRoute', node: 'worker-a1', destination: '10.244.3.0' }, path: 'operation.destination', message: /missing '\/<length>'/ },
  addExternalNetwork: { valid: { op: 'addExternalNetwork', name: 'corp-b', cidr: '172.16.0.0/12', kind: 'on-prem' }, invalid: { op: 'addExternalNetwork', name: 'corp-b', cidr: '172.16.0.0/12', kind: 'internet' }, path: 'operation.kind', message: /expected one of vpc, on-prem/ },
  removeExternalNetwork: { valid: { op: 'removeExternalNetwork', name: 'corp' }, invalid: { op: 'removeExternalNetwork', name: '' }, path: 'operation.name', message: /must not be empty/ },
  setKubeProxy: { valid: { op: 'setKubeProxy', mode: 'nftables', nodePortAddresses: ['primary'] }, invalid: { op: 'setKubeProxy', masqueradeBit: 32 }, path: 'operation.masqueradeBit', message: /integer from 0 to 31/ },
  addService: {
    valid: { op: 'addService', namespace: 'shop', name: 'cart', type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30090 }], selector: { app: 'cart' }, replicas: 2 },
    invalid: { op: 'addService', namespace: 'shop', name: 'cart', ports: [{ port: 80 }, { port: 81 }] },
    path: 'operation.ports[0].name',
    message: /is required when a Service has more than one port/,
  },
  removeService: { valid: { op: 'removeService', namespace: 'shop', name: 'web' }, invalid: { op: 'removeService', namespace: 'shop', name: '9web' }, path: 'operation.name', message: /start with a letter/ },
  scaleService: { valid: { op: 'scaleService', namespace: 'shop', name: 'web', replicas: 0 }, invalid: { op: 'scaleService', namespace: 'shop', name: 'web', replicas: -1 }, path: 'operation.replicas', message: /integer from 0 to 10000, got -1/ },
  addPods: {
    valid: { op: 'addPods', namespace: 'batch', namePrefix: 'job', count: 3, labels: { app: 'job' }, ports: [{ containerPort: 8080, name: 'http' }] },
    invalid: { op: 'addPods', namespace: 'batch', namePrefix: 'job', count: 3, node: 'worker-a1', nodeSelector: { zone: 'a' } },
    path: 'operation.nodeSelector',
    message: /either node or nodeSelector/,
  },
  removePods: { valid: { op: 'removePods', namespace: 'shop', selector: { app: 'db' } }, invalid: { op: 'removePods', namespace: 'shop' }, path: 'operation.names', message: /exactly one of names and selector/ },
  // The NetworkPolicy rules are the API server's (pkg/apis/networking/validation/validation.go ValidateNetworkPolicyPort).
  addNetworkPolicy: {
    valid: { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'default-deny' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } } },
    invalid: { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'p' }, spec: { podSelector: {}, ingress: [{ ports: [{ endPort: 90 }] }] } } },
    path: 'operation.policy.spec.ingress[0].ports[0].endPort',
    message: /endPort needs port to be set/,
  },
  replaceNetworkPolicy: {
    valid: { op: 'replaceNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'p' }, spec: { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }] } } },
    invalid: { op: 'replaceNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'p' }, spec: { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }] }] } } },
    path: 'operation.policy.spec.egress[0].to[0].ipBlock.except[0]',
    message: /must be a strict subset of cidr 10.0.0.0\/16/,
  },
  removeNetworkPolicy: { valid: { op: 'removeNetworkPolicy', namespace: 'shop', name: 'p' }, invalid: { op: 'removeNetworkPolicy', namespace: 'Shop', name: 'p' }, path: 'operation.namespace', message: /lower case/ },
  // AdminNetworkPolicy and BaselineAdminNetworkPolicy follow the CRDs (kubernetes-sigs/network-policy-api
  // apis/v1alpha1: priority 0..1000, `nodes`/`networks` peers only in egress rules, the baseline named "default").
  addAdminNetworkPolicy: {
    valid: { op: 'addAdminNetworkPolicy', policy: ANP },
    invalid: { op: 'addAdminNetworkPolicy', policy: { ...ANP, spec: { ...ANP.spec, ingress: [{ action: 'Allow', from: [{ nodes: {} }] }] } } },
    path: 'operation.policy.spec.ingress[0].from[0].nodes',
    message: /only allowed in egress rules/,
  },
  replaceAdminNetworkPolicy: {
    valid: { op: 'replaceAdminNetworkPolicy', policy: ANP },
    invalid: { op: 'replaceAdminNetworkPolicy', policy: { ...ANP, kind: 'NetworkPolicy' } },
    path: 'operation.policy.kind',
    message: /expected "AdminNetworkPolicy"/,
  },
  removeAdminNetworkPolicy: { valid: { op: 'removeAdminNetworkPolicy', name: 'cluster-control' }, invalid: { op: 'removeAdminNetworkPolicy', name: 'Bad_Name' }, path: 'operation.name', message: /lower case/ },
  addBaselineAdminNetworkPolicy: {
    valid: { op: 'addBaselineAdminNetworkPolicy', policy: BANP },
    invalid: { op: 'addBaselineAdminNetworkPolicy', policy: { ...BANP, metadata: { name: 'other' } } },
    path: 'operation.policy.metadata.name',
    message: /named "default"/,
  },
  replaceBaselineAdminNetworkPolicy: {
    valid: { op: 'replaceBaselineAdminNetworkPolicy', policy: BANP },
    invalid: { op: 'replaceBaselineAdminNetworkPolicy', policy: 'default' },
    path: 'operation.policy',
    message: /expected a BaselineAdminNetworkPolicy manifest/,
  },
  removeBaselineAdminNetworkPolicy: { valid: { op: 'removeBaselineAdminNetworkPolicy' }, invalid: { op: 'removeBaselineAdminNetworkPolicy', name: 'default' }, path: 'operation.name', message: /unknown field/ },
  setNamespaceLabels: { valid: { op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'a' } }, invalid: { op: 'setNamespaceLabels', namespace: 'shop' }, path: 'operation.labels', message: /is required/ },
  setPodLabels: { valid: { op: 'setPodLabels', namespace: 'shop', name: 'web-1', labels: { app: 'web' } }, invalid: { op: 'setPodLabels', namespace: 'shop', name: 'web-1', labels: { 'bad key': 'x' } }, path: 'operation.labels["bad key"]', message: /label key/ },
};

describe('parseOperation: every operation kind parses and refuses', () => {
  test('the table covers every kind', () => assert.deepEqual(Object.keys(CASES).sort(), [...OPERATION_KINDS].sort()));
  for (const [kind, c] of Object.entries(CASES)) {
    test(`${kind}: parses to its canonical form`, () => {
      const r = parseOperation(c.valid, 'operation', CTX);
      assert.ok(r.ok, JSON.stringify(r));
      if (r.ok) assert.deepEqual(r.operation, c.canonical ?? c.valid);
    });
    test(`${kind}: refuses ${c.path}`, () => {
      const r = parseOperation(c.invalid, 'operation', CTX);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.problems[0]?.path, c.path, JSON.stringify(r.problems));
      assert.match(r.problems[0]!.message, c.message);
    });
  }
});

describe('parseOperations: paths and caps', () => {
  test('problems carry operations[i] paths, every one reported', () => {
    const r = parseOperations([{ op: 'setPodMtu', mtu: 1450 }, { op: 'addNodes', subnet: 7 }, { op: 'explode' }]);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(
      r.problems.map((p) => p.path),
      ['operations[1].count', 'operations[1].subnet', 'operations[2].op'],
    );
    assert.match(r.problems[2]!.message, /unknown operation "explode"/);
  });
  test('not a list', () => {
    const r = parseOperations({ op: 'setPodMtu', mtu: 1450 });
    assert.deepEqual(r, { ok: false, problems: [{ path: 'operations', message: 'expected a list of operations, got an object' }] });
  });
  test('the parsed form survives JSON (operations are persisted)', () => {
    for (const c of Object.values(CASES)) {
      const r = parseOperation(c.valid);
      assert.ok(r.ok);
      if (r.ok) assert.deepEqual(JSON.parse(JSON.stringify(r.operation)), r.operation);
    }
  });
  test('problems are capped at 100, the last one counting the rest', () => {
    const r = parseOperations(Array.from({ length: 150 }, () => ({ op: 'setPodMtu', mtu: 'big' })));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.problems.length, 100);
    assert.equal(r.problems[99]!.message, '… and 51 more problems');
  });
});

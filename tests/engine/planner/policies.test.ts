/**
 * The policy operations and the diff's connectivity section, on the shop-policies example. Expected values follow
 * the NetworkPolicy concept page (kubernetes.io/docs/concepts/services-networking/network-policies): a
 * "default deny all" policy (podSelector {}, policyTypes Ingress and Egress) isolates every pod of its namespace in
 * both directions, so web → api (TCP 8080) and api → kube-dns (UDP 53, "allow DNS" is the usual exception) stop.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from '../../../src/engine/model/topology';
import { applyOperations, diffTopologies } from '../../../src/engine/planner';
import type { ConnectivityDiff } from '../../../src/engine/planner/diffConnectivity';
import { parseTopologyDocument } from '../../../src/io/parseTopology';
import { policyManifestReader } from '../../../src/io/policyManifests';

// Policy manifests are read by src/io's validators, as the application layer passes them.
const CTX = { manifests: policyManifestReader };

function shop(): Topology {
  const r = parseTopologyDocument(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'shop-policies.yaml'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.topology;
}

const DEFAULT_DENY = { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'default-deny' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } } };

// KEP-2091 / kubernetes-sigs/network-policy-api apis/v1alpha1 (adminnetworkpolicy_types.go): an ANP's Deny is final
// and comes before NetworkPolicy; Pass hands the decision to the NetworkPolicy tier; the BaselineAdminNetworkPolicy
// (named "default") decides only for pods no NetworkPolicy isolates.
const DENY_INGRESS_NGINX = {
  op: 'addAdminNetworkPolicy',
  policy: {
    apiVersion: 'policy.networking.k8s.io/v1alpha1',
    kind: 'AdminNetworkPolicy',
    metadata: { name: 'no-ingress-nginx-into-shop' },
    spec: {
      priority: 10,
      subject: { namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } },
      ingress: [{ name: 'deny-ingress-nginx', action: 'Deny', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }],
    },
  },
};
const BASELINE_DENY = {
  op: 'addBaselineAdminNetworkPolicy',
  policy: { metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ name: 'deny-in-cluster', action: 'Deny', from: [{ namespaces: {} }] }] } },
};

function connectivity(base: Topology, ops: unknown[]): ConnectivityDiff {
  const applied = applyOperations(base, ops as never, CTX);
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } }).extra.connectivity!.data as ConnectivityDiff;
}

describe('policy operations', () => {
  test.each([
    { name: 'adding a policy that exists', ops: [{ ...DEFAULT_DENY, policy: { ...DEFAULT_DENY.policy, metadata: { namespace: 'billing', name: 'default-deny' } } }], path: 'operations[0].policy.metadata.name', message: /exists already/ },
    { name: 'replacing a policy that does not exist', ops: [{ ...DEFAULT_DENY, op: 'replaceNetworkPolicy' }], path: 'operations[0].policy.metadata.name', message: /no NetworkPolicy shop\/default-deny/ },
    { name: 'removing a policy that does not exist', ops: [{ op: 'removeNetworkPolicy', namespace: 'shop', name: 'nope' }], path: 'operations[0].name', message: /no NetworkPolicy shop\/nope \(in shop: allow-from-ingress\)/ },
    { name: 'adding an AdminNetworkPolicy that exists', ops: [DENY_INGRESS_NGINX, DENY_INGRESS_NGINX], path: 'operations[1].policy.metadata.name', message: /AdminNetworkPolicy no-ingress-nginx-into-shop exists already/ },
    { name: 'removing an AdminNetworkPolicy that does not exist', ops: [DENY_INGRESS_NGINX, { op: 'removeAdminNetworkPolicy', name: 'nope' }], path: 'operations[1].name', message: /no AdminNetworkPolicy nope \(known: no-ingress-nginx-into-shop\)/ },
    { name: 'a second BaselineAdminNetworkPolicy', ops: [BASELINE_DENY, BASELINE_DENY], path: 'operations[1].policy.metadata.name', message: /exists already \(use replaceBaselineAdminNetworkPolicy\)/ },
    { name: 'removing a BaselineAdminNetworkPolicy that is not there', ops: [{ op: 'removeBaselineAdminNetworkPolicy' }], path: 'operations[0].op', message: /no BaselineAdminNetworkPolicy/ },
    { name: 'an invalid ANP manifest, with the io validator\'s path', ops: [{ op: 'addAdminNetworkPolicy', policy: { metadata: { name: 'x' }, spec: { priority: 1001, subject: { namespaces: {} } } } }], path: 'operations[0].policy.spec.priority', message: /./ },
    { name: 'labelling a pod that does not exist', ops: [{ op: 'setPodLabels', namespace: 'shop', name: 'web-9', labels: {} }], path: 'operations[0].name', message: /no pod shop\/web-9/ },
  ])('refused: $name', ({ ops, path, message }) => {
    const r = applyOperations(shop(), ops as never, CTX);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.path).toBe(path);
    expect(r.problems[0]?.message).toMatch(message);
  });

  test('removing a policy keeps the others, in order', () => {
    const base = shop();
    const removed = applyOperations(base, [{ op: 'removeNetworkPolicy', namespace: 'billing', name: 'default-deny' }], CTX);
    expect(removed.ok && removed.topology.networkPolicies?.map((p) => p.name)).toEqual(['allow-from-ingress', 'allow-dns-egress', 'allow-from-shop-api']);
  });

  test('setNamespaceLabels keeps kubernetes.io/metadata.name', () => {
    const r = applyOperations(shop(), [{ op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'web' } }], CTX);
    expect(r.ok && r.topology.namespaces?.find((ns) => ns.name === 'shop')?.labels).toEqual({ team: 'web', 'kubernetes.io/metadata.name': 'shop' });
  });
});

describe('the connectivity section of the diff', () => {
  test('adding default-deny to shop breaks web → api TCP 8080 and api → kube-dns UDP 53, naming the policy after', () => {
    const d = connectivity(shop(), [DEFAULT_DENY]);
    expect(d.gained).toBe(0);
    expect(d.changes).toContainEqual(
      expect.objectContaining({ from: 'shop/web-1', to: 'shop/api-1', before: 'All Connections', after: 'No Connections', port: 'TCP 8080', decidedBy: { before: 'egress: no policy selects the pod; ingress: no policy selects the pod', after: 'egress: no rule allows it; isolated by NetworkPolicy shop/default-deny' } }),
    );
    expect(d.changes).toContainEqual(expect.objectContaining({ from: 'shop/api-1', to: 'kube-system/coredns-1', lost: 'All Connections', port: 'UDP 53' }));
    // billing was already locked down: api → billing loses exactly what allow-from-shop-api allowed.
    expect(d.changes).toContainEqual(
      expect.objectContaining({ from: 'shop/api-1', to: 'billing/billing-1', before: 'TCP 8443', after: 'No Connections', decidedBy: expect.objectContaining({ before: expect.stringContaining('allowed by NetworkPolicy billing/allow-from-shop-api') }) }),
    );
  });

  test('relabelling the namespace away from team=shop loses api → billing; the summary says so', () => {
    const base = shop();
    const applied = applyOperations(base, [{ op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'storefront' } }], CTX);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const diff = diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } });
    const d = diff.extra.connectivity!.data as ConnectivityDiff;
    expect(d.changes.map((c) => `${c.from} => ${c.to}: ${c.lost}`)).toEqual(['shop/api-1 => billing/billing-1: TCP 8443']);
    expect(diff.summary).toContain('NetworkPolicy connectivity changes for 1 pod pair');
  });

  test('without policies on either side the section is left out (everything is allowed on both)', () => {
    const base: Topology = { ...shop(), networkPolicies: undefined };
    const applied = applyOperations(base, [{ op: 'setPodLabels', namespace: 'shop', name: 'web-1', labels: { app: 'other' } }], CTX);
    expect(applied.ok && diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } }).extra).toEqual({});
  });
});

describe('AdminNetworkPolicy and BaselineAdminNetworkPolicy what-ifs', () => {
  test('an ANP Deny overrides the NetworkPolicy that allowed ingress-nginx → web, and names itself', () => {
    const d = connectivity(shop(), [DENY_INGRESS_NGINX]);
    expect(d.gained).toBe(0);
    expect(d.changes).toContainEqual(
      expect.objectContaining({
        from: 'ingress-nginx/ingress-nginx-1',
        to: 'shop/web-1',
        before: 'TCP 8080',
        after: 'No Connections',
        decidedBy: { before: expect.stringContaining('allowed by NetworkPolicy shop/allow-from-ingress'), after: expect.stringContaining('denied by AdminNetworkPolicy no-ingress-nginx-into-shop ingress rule 0 "deny-ingress-nginx"') },
      }),
    );
    // api is isolated by nothing: it loses everything from ingress-nginx too; other namespaces keep their traffic.
    expect(d.changes).toContainEqual(expect.objectContaining({ from: 'ingress-nginx/ingress-nginx-1', to: 'shop/api-1', lost: 'All Connections' }));
    expect(d.changes.every((c) => c.from === 'ingress-nginx/ingress-nginx-1' && c.to.startsWith('shop/'))).toBe(true);
  });

  test('replacing the Deny by Pass hands the decision back to NetworkPolicy: nothing changes against the base', () => {
    const pass = { ...DENY_INGRESS_NGINX, op: 'replaceAdminNetworkPolicy', policy: { ...DENY_INGRESS_NGINX.policy, spec: { ...DENY_INGRESS_NGINX.policy.spec, ingress: [{ name: 'pass', action: 'Pass', from: DENY_INGRESS_NGINX.policy.spec.ingress[0]!.from }] } } };
    expect(connectivity(shop(), [DENY_INGRESS_NGINX, pass]).changes).toEqual([]);
    expect(connectivity(shop(), [DENY_INGRESS_NGINX, { op: 'removeAdminNetworkPolicy', name: 'no-ingress-nginx-into-shop' }]).changes).toEqual([]);
  });

  test('a baseline Deny stops only what no NetworkPolicy decides: api loses its in-cluster clients, web keeps ingress-nginx', () => {
    const d = connectivity(shop(), [BASELINE_DENY]);
    expect(d.gained).toBe(0);
    expect(d.changes).toContainEqual(
      expect.objectContaining({ from: 'shop/web-1', to: 'shop/api-1', lost: 'All Connections', decidedBy: expect.objectContaining({ after: expect.stringContaining('denied by BaselineAdminNetworkPolicy default ingress rule 0 "deny-in-cluster"') }) }),
    );
    expect(d.changes.some((c) => c.to === 'shop/web-1' && c.from === 'ingress-nginx/ingress-nginx-1')).toBe(false);
    expect(d.changes.some((c) => c.to === 'billing/billing-1')).toBe(false);
    // Outside addresses are not namespaces: the external range keeps its access to api.
    expect(d.changes.some((c) => c.fromKind === 'External')).toBe(false);
  });
});

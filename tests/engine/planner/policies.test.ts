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

function shop(): Topology {
  const r = parseTopologyDocument(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'shop-policies.yaml'), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.topology;
}

const DEFAULT_DENY = { op: 'addNetworkPolicy', policy: { metadata: { namespace: 'shop', name: 'default-deny' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } } };

function connectivity(base: Topology, ops: unknown[]): ConnectivityDiff {
  const applied = applyOperations(base, ops as never);
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } }).extra.connectivity!.data as ConnectivityDiff;
}

describe('policy operations', () => {
  test.each([
    { name: 'adding a policy that exists', ops: [{ ...DEFAULT_DENY, policy: { ...DEFAULT_DENY.policy, metadata: { namespace: 'billing', name: 'default-deny' } } }], path: 'operations[0].policy.metadata.name', message: /exists already/ },
    { name: 'replacing a policy that does not exist', ops: [{ ...DEFAULT_DENY, op: 'replaceNetworkPolicy' }], path: 'operations[0].policy.metadata.name', message: /no NetworkPolicy shop\/default-deny/ },
    { name: 'removing a policy that does not exist', ops: [{ op: 'removeNetworkPolicy', namespace: 'shop', name: 'nope' }], path: 'operations[0].name', message: /no NetworkPolicy shop\/nope \(in shop: allow-from-ingress\)/ },
    { name: 'labelling a pod that does not exist', ops: [{ op: 'setPodLabels', namespace: 'shop', name: 'web-9', labels: {} }], path: 'operations[0].name', message: /no pod shop\/web-9/ },
  ])('refused: $name', ({ ops, path, message }) => {
    const r = applyOperations(shop(), ops as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.path).toBe(path);
    expect(r.problems[0]?.message).toMatch(message);
  });

  test('removing a policy keeps the others, in order', () => {
    const base = shop();
    const removed = applyOperations(base, [{ op: 'removeNetworkPolicy', namespace: 'billing', name: 'default-deny' }]);
    expect(removed.ok && removed.topology.networkPolicies?.map((p) => p.name)).toEqual(['allow-from-ingress', 'allow-dns-egress', 'allow-from-shop-api']);
  });

  test('setNamespaceLabels keeps kubernetes.io/metadata.name', () => {
    const r = applyOperations(shop(), [{ op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'web' } }]);
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
    const applied = applyOperations(base, [{ op: 'setNamespaceLabels', namespace: 'shop', labels: { team: 'storefront' } }]);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const diff = diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } });
    const d = diff.extra.connectivity!.data as ConnectivityDiff;
    expect(d.changes.map((c) => `${c.from} => ${c.to}: ${c.lost}`)).toEqual(['shop/api-1 => billing/billing-1: TCP 8443']);
    expect(diff.summary).toContain('NetworkPolicy connectivity changes for 1 pod pair');
  });

  test('without policies on either side the section is left out (everything is allowed on both)', () => {
    const base: Topology = { ...shop(), networkPolicies: undefined };
    const applied = applyOperations(base, [{ op: 'setPodLabels', namespace: 'shop', name: 'web-1', labels: { app: 'other' } }]);
    expect(applied.ok && diffTopologies(base, applied.topology, { sections: { capacity: false, kubeProxy: false } }).extra).toEqual({});
  });
});

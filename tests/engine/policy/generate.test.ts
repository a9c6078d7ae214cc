/** The generator's `policies: N` option: exact count, deterministic, additive (the topology is otherwise unchanged). */
import { describe, test, expect } from '@jest/globals';
import { generateTopology, resolveOptions } from '../../../src/engine/generate';
import { compilePolicies, connectivity, policyModelOfTopology } from '../../../src/engine/policy';

const base = { nodes: 20, podsPerNode: 20, services: 30, seed: 3 };

describe('generateTopology({ policies })', () => {
  test('no policies by default, and the option is validated', () => {
    const r = generateTopology(base);
    expect(r.ok && r.policies).toBe(null);
    const bad = resolveOptions({ ...base, policies: -1 });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['policies']);
  });

  test.each([1, 7, 21, 60])('exactly %i policies, the same for the same seed', (n) => {
    const a = generateTopology({ ...base, policies: n });
    const b = generateTopology({ ...base, policies: n });
    if (!a.ok || !b.ok) throw new Error('generation failed');
    expect(a.policies!.networkPolicies).toHaveLength(n);
    expect(a.policies).toEqual(b.policies);
    expect(new Set(a.policies!.networkPolicies.map((p) => `${p.namespace}/${p.name}`)).size).toBe(n);
  });

  test('additive: the topology differs only by the ingress controller’s name', () => {
    const without = generateTopology(base);
    const withP = generateTopology({ ...base, policies: 40 });
    if (!without.ok || !withP.ok) throw new Error('generation failed');
    const strip = (name: string) => name.replace(/^ingress-controller-/, '');
    expect(withP.topology.pods.length).toBe(without.topology.pods.length);
    expect(withP.topology.services).toEqual(without.topology.services);
    const renamed = withP.topology.pods.filter((p, i) => p.name !== without.topology.pods[i]!.name);
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed.every((p) => p.labels.app === 'ingress-controller' && p.namespace === 'platform')).toBe(true);
    expect(renamed.every((p) => strip(p.name) !== p.name)).toBe(true);
  });

  test('the mix isolates application namespaces and still lets the ingress controller and DNS through', () => {
    const r = generateTopology({ ...base, policies: 60 });
    if (!r.ok) throw new Error('generation failed');
    const c = compilePolicies(policyModelOfTopology(r.topology), { cniPlugin: 'calico' });
    const res = connectivity(c);
    const lines = [...res.connections()];
    // Every application workload may resolve names through kube-dns and nothing in shop is open to everyone.
    const shop = res.peers.filter((p) => p.namespace === 'shop');
    const dns = lines.filter((l) => l.to.name === 'kube-system/coredns' && l.from.namespace === 'shop');
    expect(dns.length).toBe(shop.length);
    expect(dns.every((l) => l.allowed.format() === 'TCP 53,UDP 53')).toBe(true);
    const fromIngress = lines.filter((l) => l.from.name === 'platform/ingress-controller' && l.to.namespace === 'shop');
    expect(fromIngress.length).toBe(shop.length);
    expect(lines.some((l) => l.from.kind === 'External' && l.to.namespace === 'shop')).toBe(false);
  });
});

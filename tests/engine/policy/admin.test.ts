/**
 * AdminNetworkPolicy / BaselineAdminNetworkPolicy tiers (policy.networking.k8s.io/v1alpha1; kubernetes-sigs/
 * network-policy-api, KEP-2091 and the API reference): ANPs by priority (lower number first), first matching rule
 * decides, Allow / Deny final, Pass delegates to NetworkPolicy; BANP only when no NetworkPolicy isolates the pod.
 */
import { describe, test, expect } from '@jest/globals';
import { compilePolicies, connectivity, decidePolicy, explainVerdict, allowedConnections, type AdminNetworkPolicy, type AdminRule, type BaselineAdminNetworkPolicy, type NetworkPolicy } from '../../../src/engine/policy';
import { model, netpol, peer, pod, rule, sel } from './builders';

const web = pod('shop', 'web', { labels: { app: 'web' } });
const mon = pod('monitoring', 'prom', { labels: { app: 'prom' } });
const other = pod('dev', 'tool', { labels: { app: 'tool' } });
const pods = [web, mon, other];

const fromNs = (ns: string) => ({ kind: 'namespaces' as const, namespaceSelector: sel({ 'kubernetes.io/metadata.name': ns }) });
const anp = (name: string, priority: number, ingress: AdminRule[], egress: AdminRule[] = []): AdminNetworkPolicy => ({ name, priority, subject: { kind: 'namespaces', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'shop' }) }, ingress, egress });
const r = (action: AdminRule['action'], ns: string, ports: AdminRule['ports'] = [], name: string | null = null): AdminRule => ({ name, action, peers: [fromNs(ns)], ports });
const banp = (ingress: AdminRule<'Allow' | 'Deny'>[]): BaselineAdminNetworkPolicy => ({ name: 'default', subject: { kind: 'namespaces', namespaceSelector: sel() }, ingress, egress: [] });
const denyAllNp = netpol('shop', 'deny-all', { policyTypes: ['Ingress'] });
const allowMonNp: NetworkPolicy = netpol('shop', 'allow-monitoring', { ingress: [rule([peer({ namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'monitoring' }) })])] });

type Row = [string, AdminNetworkPolicy[], BaselineAdminNetworkPolicy | null, NetworkPolicy[], typeof web, boolean, string];
const rows: Row[] = [
  ['ANP Allow beats a NetworkPolicy default-deny', [anp('allow-mon', 10, [r('Allow', 'monitoring')])], null, [denyAllNp], mon, true, 'AdminNetworkPolicy allow-mon'],
  ['ANP Deny beats a NetworkPolicy allow', [anp('deny-mon', 10, [r('Deny', 'monitoring', [], 'no-scrape')])], null, [allowMonNp], mon, false, 'AdminNetworkPolicy deny-mon ingress rule 0 "no-scrape"'],
  ['lower priority number wins', [anp('b-allow', 20, [r('Allow', 'monitoring')]), anp('a-deny', 5, [r('Deny', 'monitoring')])], null, [], mon, false, 'a-deny'],
  ['within an ANP the first matching rule wins', [anp('ordered', 10, [r('Allow', 'monitoring'), r('Deny', 'monitoring')])], null, [], mon, true, 'ordered ingress rule 0'],
  ['Pass hands over to NetworkPolicy (which denies)', [anp('pass', 10, [r('Pass', 'monitoring')]), anp('later-allow', 20, [r('Allow', 'monitoring')])], null, [denyAllNp], mon, false, 'no rule allows'],
  ['Pass then NetworkPolicy allows', [anp('pass', 10, [r('Pass', 'monitoring')])], null, [allowMonNp], mon, true, 'NetworkPolicy shop/allow-monitoring'],
  ['BANP denies when no NetworkPolicy isolates', [], banp([r('Deny', 'dev') as AdminRule<'Deny'>]), [], other, false, 'BaselineAdminNetworkPolicy default'],
  ['BANP is ignored once a NetworkPolicy isolates', [], banp([r('Deny', 'monitoring') as AdminRule<'Deny'>]), [allowMonNp], mon, true, 'NetworkPolicy shop/allow-monitoring'],
  ['Pass skips to BANP when no NetworkPolicy isolates', [anp('pass', 10, [r('Pass', 'dev')])], banp([r('Deny', 'dev') as AdminRule<'Deny'>]), [], other, false, 'BaselineAdminNetworkPolicy'],
  ['ANP ports: a rule for another port does not match', [anp('deny-9090', 10, [r('Deny', 'monitoring', [{ kind: 'number', protocol: 'TCP', port: 9090 }])])], null, [], mon, true, 'no policy selects'],
];

describe('AdminNetworkPolicy tiers: one connection (TCP 8080 into shop/web)', () => {
  for (const [name, anps, b, nps, from, want, why] of rows) {
    test(name, () => {
      const c = compilePolicies(model(pods, { anps, banp: b, policies: nps }), { cniPlugin: 'calico' });
      const d = decidePolicy(c, { from: { kind: 'subject', subject: from }, to: { kind: 'subject', subject: web }, protocol: 'TCP', port: 8080 });
      expect(d.allowed).toBe(want);
      expect(explainVerdict(d.ingress)).toContain(why);
    });
  }
});

describe('AdminNetworkPolicy tiers: port sets and connectivity agree with the decision', () => {
  test('Deny on one port range carves it out of an allow-all', () => {
    const anps = [anp('deny-range', 10, [r('Deny', 'monitoring', [{ kind: 'range', protocol: 'TCP', start: 9000, end: 9100 }])])];
    const c = compilePolicies(model(pods, { anps }), { cniPlugin: 'calico' });
    expect(allowedConnections(c, { kind: 'subject', subject: mon }, { kind: 'subject', subject: web }).format()).toBe('SCTP 1-65535,TCP 1-8999,9101-65535,UDP 1-65535');
    const res = connectivity(c, { level: 'pod' });
    const byName = new Map(res.peers.map((p, i) => [p.name, i]));
    expect(res.allowed(byName.get('monitoring/prom')!, byName.get('shop/web')!).format()).toBe('SCTP 1-65535,TCP 1-8999,9101-65535,UDP 1-65535');
    expect(res.allowed(byName.get('dev/tool')!, byName.get('shop/web')!).format()).toBe('All Connections');
  });
});

/**
 * NetworkPolicy semantics from the Kubernetes documentation (kubernetes.io/docs/concepts/services-networking/
 * network-policies/, "the concept page") and the API (k8s.io/api networking/v1 types.go), each case citing the
 * sentence it checks.
 */
import { describe, test, expect } from '@jest/globals';
import {
  ConnectionSet,
  allowedConnections,
  compilePolicies,
  decidePolicy,
  defaultPolicyTypes,
  explainVerdict,
  inferEnforcement,
  matchesSelector,
  namespaceLabels,
  type PolicyEndpoint,
  type PolicySubject,
  type Protocol,
} from '../../../src/engine/policy';
import { model, netpol, peer, pod, port, rule, sel } from './builders';

const at = (s: PolicySubject): PolicyEndpoint => ({ kind: 'subject', subject: s });

describe('policyTypes defaulting (types.go NetworkPolicySpec.PolicyTypes)', () => {
  const cases: [string, ('Ingress' | 'Egress')[] | undefined, number, string[]][] = [
    ['absent, no egress rules → Ingress', undefined, 0, ['Ingress']],
    ['absent, egress rules → Ingress, Egress', undefined, 2, ['Ingress', 'Egress']],
    ['empty list counts as absent', [], 1, ['Ingress', 'Egress']],
    ['explicit Egress only is kept', ['Egress'], 0, ['Egress']],
    ['explicit order normalized', ['Egress', 'Ingress'], 0, ['Ingress', 'Egress']],
  ];
  for (const [name, types, egress, want] of cases) test(name, () => expect(defaultPolicyTypes(types, egress)).toEqual(want));
});

describe('label selectors (metav1.LabelSelector)', () => {
  const labels = { app: 'web', tier: 'front' };
  const cases: [string, ReturnType<typeof sel>, boolean][] = [
    ['empty selects everything', sel(), true],
    ['matchLabels hit', sel({ app: 'web' }), true],
    ['matchLabels miss', sel({ app: 'db' }), false],
    ['In hit', sel({}, [{ key: 'tier', operator: 'In', values: ['back', 'front'] }]), true],
    ['In on a missing key is false', sel({}, [{ key: 'zone', operator: 'In', values: ['a'] }]), false],
    ['NotIn on a missing key is true', sel({}, [{ key: 'zone', operator: 'NotIn', values: ['a'] }]), true],
    ['NotIn hit is false', sel({}, [{ key: 'app', operator: 'NotIn', values: ['web'] }]), false],
    ['Exists', sel({}, [{ key: 'app', operator: 'Exists', values: [] }]), true],
    ['DoesNotExist', sel({}, [{ key: 'app', operator: 'DoesNotExist', values: [] }]), false],
    ['matchLabels AND expressions', sel({ app: 'web' }, [{ key: 'tier', operator: 'In', values: ['back'] }]), false],
  ];
  for (const [name, s, want] of cases) test(name, () => expect(matchesSelector(s, labels)).toBe(want));
  test('every namespace carries kubernetes.io/metadata.name', () => expect(namespaceLabels('shop', { team: 'a' })).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'shop' }));
});

describe('connection sets (netpol-analyzer ConnectionSet.String syntax)', () => {
  const cases: [string, ConnectionSet, string][] = [
    ['all', ConnectionSet.ALL, 'All Connections'],
    ['none', ConnectionSet.NONE, 'No Connections'],
    ['protocols sorted as strings, ranges merged', ConnectionSet.ports('UDP', 53).union(ConnectionSet.ports('TCP', 8080, 8090)).union(ConnectionSet.ports('TCP', 80)).union(ConnectionSet.ports('TCP', 8091)), 'TCP 80,8080-8091,UDP 53'],
    ['whole protocol', ConnectionSet.protocol('SCTP'), 'SCTP 1-65535'],
    ['minus', ConnectionSet.protocol('TCP').minus(ConnectionSet.ports('TCP', 2, 65535)), 'TCP 1'],
  ];
  for (const [name, set, text] of cases) {
    test(name, () => {
      expect(set.format()).toBe(text);
      expect(ConnectionSet.parse(text)?.equals(set)).toBe(true);
    });
  }
});

describe('one connection: exceptions and details the concept page states', () => {
  const web = pod('x', 'a', { labels: { app: 'web' }, ports: [{ name: 'http', port: 8080, protocol: 'TCP' }, { name: 'dns', port: 53, protocol: 'UDP' }], ips: ['10.0.1.1', 'fd00::1'] });
  const client = pod('x', 'b', { node: 'node-2' });
  const other = pod('y', 'a', { node: 'node-2' });
  const host = pod('x', 'agent', { hostNetwork: true, ips: ['192.168.0.1'], node: 'node-1' });
  const denyAll = netpol('x', 'deny-all', { policyTypes: ['Ingress', 'Egress'] });
  const nodes = [
    { name: 'node-1', labels: {}, ips: ['192.168.0.1'] },
    { name: 'node-2', labels: {}, ips: ['192.168.0.2'] },
  ];
  type Row = [string, Parameters<typeof model>[1], PolicyEndpoint, PolicyEndpoint, Protocol, number, boolean];
  const rows: Row[] = [
    // "a pod cannot block access to itself"
    ['a pod reaches itself under default-deny', { policies: [denyAll] }, at(web), at(web), 'TCP', 8080, true],
    ['…unless the setting says policy judges it', { policies: [denyAll], settings: { podToItself: 'policy' } }, at(web), at(web), 'TCP', 8080, false],
    // "traffic to and from the node where a Pod is running is always allowed"
    ['its own node reaches an isolated pod', { policies: [denyAll], nodes }, { kind: 'node', node: 'node-1' }, at(web), 'TCP', 8080, true],
    ['another node does not', { policies: [denyAll], nodes }, { kind: 'node', node: 'node-2' }, at(web), 'TCP', 8080, false],
    ['a hostNetwork pod on the same node counts as the node', { policies: [denyAll], nodes }, at(host), at(web), 'TCP', 8080, true],
    ['an isolated pod reaches its own node', { policies: [denyAll], nodes }, at(web), { kind: 'ip', ip: '192.168.0.1' }, 'TCP', 10250, true],
    // hostNetwork pods are not selected: nothing isolates them
    ["a sender's egress isolation still applies towards a hostNetwork pod", { policies: [denyAll], nodes }, at(client), at(host), 'TCP', 22, false],
    ['a hostNetwork pod in an isolated namespace is not selected: open from y', { policies: [denyAll], nodes }, at(other), at(host), 'TCP', 22, true],
    // ports: "named port resolves on the destination pod, protocol must match"
    ['named port, matching protocol', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('TCP', 'http')])] })] }, at(client), at(web), 'TCP', 8080, true],
    ['named port, other protocol does not match', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('TCP', 'dns')])] })] }, at(client), at(web), 'UDP', 53, false],
    ['endPort range, inclusive', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('TCP', 8000, 8080)])] })] }, at(client), at(web), 'TCP', 8080, true],
    ['endPort range, outside', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('TCP', 8000, 8080)])] })] }, at(client), at(web), 'TCP', 8081, false],
    ['protocol without port = every port of it', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('UDP', null)])] })] }, at(client), at(web), 'UDP', 9999, true],
    // ipBlock with except, IPv4 and IPv6
    ['ipBlock except cuts a hole (IPv4)', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } })])] })] }, { kind: 'ip', ip: '203.0.113.200' }, at(web), 'TCP', 8080, false],
    ['ipBlock matches outside the hole (IPv4)', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } })])] })] }, { kind: 'ip', ip: '203.0.113.5' }, at(web), 'TCP', 8080, true],
    ['ipBlock IPv6 with except', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } })])] })] }, { kind: 'ip', ip: '2001:db8:2::7' }, at(web), 'TCP', 8080, true],
    ['ipBlock IPv6 hole', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } })])] })] }, { kind: 'ip', ip: '2001:db8:1::7' }, at(web), 'TCP', 8080, false],
    // "ipBlock … should be cluster-external IPs": whether it matches a pod IP is the setting
    ['ipBlock matches a pod IP by default', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '10.0.0.0/16', except: [] } })])] })] }, at(other), at(web), 'TCP', 8080, true],
    ['…not with ipBlockSelectsPodIPs false', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ ipBlock: { cidr: '10.0.0.0/16', except: [] } })])] })], settings: { ipBlockSelectsPodIPs: false } }, at(other), at(web), 'TCP', 8080, false],
    // selectors never select outside addresses
    ['namespaceSelector {} does not match an outside address', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([peer({ namespaceSelector: sel() })])] })] }, { kind: 'ip', ip: '8.8.8.8' }, at(web), 'TCP', 8080, false],
    ['a rule without from matches outside addresses', { policies: [netpol('x', 'p', { podSelector: sel({ app: 'web' }), ingress: [rule([], [port('TCP', 8080)])] })] }, { kind: 'ip', ip: '8.8.8.8' }, at(web), 'TCP', 8080, true],
  ];
  for (const [name, extra, from, to, protocol, p, want] of rows) {
    test(name, () => {
      const c = compilePolicies(model([web, client, other, host], extra), { cniPlugin: 'cilium' });
      expect(decidePolicy(c, { from, to, protocol, port: p }).allowed).toBe(want);
    });
  }
});

describe('explanations for the trace', () => {
  const web = pod('shop', 'web', { labels: { app: 'web' } });
  const api = pod('shop', 'api', { labels: { app: 'api' } });
  const policies = [
    netpol('shop', 'default-deny', { policyTypes: ['Ingress', 'Egress'] }),
    netpol('shop', 'api-from-web', { podSelector: sel({ app: 'api' }), ingress: [rule([peer({ podSelector: sel({ app: 'web' }) })], [port('TCP', 8080)])] }),
    netpol('shop', 'web-to-api', { podSelector: sel({ app: 'web' }), policyTypes: ['Egress'], egress: [rule([peer({ podSelector: sel({ app: 'api' }) })], [port('TCP', 8080)])] }),
  ];
  const c = compilePolicies(model([web, api], { policies }), { cniPlugin: 'calico' });

  test('allowed: both sides name the rule', () => {
    const d = decidePolicy(c, { from: at(web), to: at(api), protocol: 'TCP', port: 8080 });
    expect(d.allowed).toBe(true);
    expect(explainVerdict(d.egress)).toBe('egress: allowed by NetworkPolicy shop/web-to-api egress rule 0');
    expect(explainVerdict(d.ingress)).toBe('ingress: allowed by NetworkPolicy shop/api-from-web ingress rule 0');
  });
  test('denied on egress first, with the isolating policies', () => {
    const d = decidePolicy(c, { from: at(web), to: at(api), protocol: 'UDP', port: 53 });
    expect(d.allowed).toBe(false);
    expect(d.deniedAt).toBe('Egress');
    expect(d.egress.reason).toBe('no-rule-allows');
    expect(d.egress.result?.isolatedBy).toEqual(['shop/default-deny', 'shop/web-to-api']);
    expect(explainVerdict(d.egress)).toBe('egress: no rule allows it; isolated by NetworkPolicy shop/default-deny, shop/web-to-api');
  });
  test('denied on ingress when egress is open', () => {
    const d = decidePolicy(c, { from: at(api), to: at(web), protocol: 'TCP', port: 80 });
    expect(d.deniedAt).toBe('Egress');
    const only = compilePolicies(model([web, api], { policies: [policies[0]!].map((p) => ({ ...p, policyTypes: ['Ingress' as const] })) }), { cniPlugin: 'calico' });
    const d2 = decidePolicy(only, { from: at(api), to: at(web), protocol: 'TCP', port: 80 });
    expect([d2.deniedAt, d2.ingress.reason]).toEqual(['Ingress', 'no-rule-allows']);
  });
  test('the full allowed set between two pods is egress ∩ ingress', () => {
    expect(allowedConnections(c, at(web), at(api)).format()).toBe('TCP 8080');
    expect(allowedConnections(c, at(api), at(web)).format()).toBe('No Connections');
  });
  test('not enforced: the data plane allows, the policies still say no', () => {
    const flannel = compilePolicies(model([web, api], { policies }), { cniPlugin: 'flannel' });
    const d = decidePolicy(flannel, { from: at(api), to: at(web), protocol: 'TCP', port: 80 });
    expect([d.allowed, d.policyAllows, d.enforced]).toEqual([true, false, false]);
    expect(d.assumptions[0]).toMatch(/flannel does not enforce/);
  });
});

describe("enforcement inferred from the CNI (each plugin's docs)", () => {
  const cases: [string, boolean | undefined, boolean, string][] = [
    ['calico', undefined, true, 'cni'],
    ['cilium', undefined, true, 'cni'],
    ['antrea', undefined, true, 'cni'],
    ['weave', undefined, true, 'cni'],
    ['aws-vpc-cni', undefined, true, 'cni'],
    ['flannel', undefined, false, 'cni'],
    ['kubenet', undefined, false, 'cni'],
    ['bridge', undefined, false, 'cni'],
    ['flannel', true, true, 'setting'],
    ['calico', false, false, 'setting'],
  ];
  for (const [plugin, setting, enforced, source] of cases) {
    test(`${plugin}${setting === undefined ? '' : ` with enforced: ${setting}`}`, () => {
      const e = inferEnforcement(plugin, setting);
      expect([e.enforced, e.source]).toEqual([enforced, source]);
    });
  }
});

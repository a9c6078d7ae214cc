/**
 * connectivity(): the class-based computation must equal the pairwise evaluation (allowedConnections) for every
 * ordered pair — checked on random clusters (fast-check) — plus netpol-analyzer's output conventions: workload
 * grouping, external ranges cut by ipBlocks, `src => dst : set` lines.
 */
import { describe, test, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  ConnectionSet,
  allowedConnections,
  compilePolicies,
  connectivity,
  decidePolicy,
  formatConnectivityTxt,
  type Protocol,
  type AdminNetworkPolicy,
  type NetworkPolicy,
  type NetworkPolicyPeer,
  type PolicySubject,
} from '../../../src/engine/policy';
import { model, netpol, peer, pod, port, rule, sel } from './builders';

const NSS = ['x', 'y', 'z'];
const SAMPLE_PORTS: [Protocol, number][] = [['TCP', 80], ['TCP', 8080], ['TCP', 8050], ['UDP', 53], ['SCTP', 9], ['TCP', 9090]];
const APPS = ['web', 'api', 'db'];
const arbSelector = fc.oneof(
  fc.constant(sel()),
  fc.constantFrom(...APPS).map((a) => sel({ app: a })),
  fc.constantFrom(...APPS).map((a) => sel({}, [{ key: 'app', operator: 'NotIn', values: [a] }])),
  fc.constant(sel({}, [{ key: 'tier', operator: 'Exists', values: [] }])),
);
const arbNsSelector = fc.oneof(fc.constant(sel()), fc.constantFrom(...NSS).map((n) => sel({ 'kubernetes.io/metadata.name': n })));
const arbPeer: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  arbSelector.map((s) => peer({ podSelector: s })),
  arbNsSelector.map((s) => peer({ namespaceSelector: s })),
  fc.tuple(arbSelector, arbNsSelector).map(([p, n]) => peer({ podSelector: p, namespaceSelector: n })),
  fc.constantFrom(
    peer({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.2.0/24'] } }),
    peer({ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }),
    peer({ ipBlock: { cidr: '203.0.113.0/24', except: [] } }),
  ),
);
const arbPort = fc.oneof(
  fc.constantFrom(port('TCP', 80), port('UDP', 53), port('TCP', 8000, 8100), port('SCTP', null), port('TCP', 'http'), port('UDP', 'http')),
);
const arbRule = fc.tuple(fc.array(arbPeer, { maxLength: 2 }), fc.array(arbPort, { maxLength: 2 })).map(([peers, ports]) => rule(peers, ports));
const arbPolicy = fc
  .tuple(fc.constantFrom(...NSS), arbSelector, fc.constantFrom<('Ingress' | 'Egress')[]>(['Ingress'], ['Egress'], ['Ingress', 'Egress']), fc.array(arbRule, { maxLength: 2 }), fc.array(arbRule, { maxLength: 2 }), fc.nat())
  .map(([ns, podSelector, policyTypes, ingress, egress, n]): NetworkPolicy => netpol(ns, `p${n}`, { podSelector, policyTypes, ingress, egress }));
const arbPod = fc
  .tuple(fc.constantFrom(...NSS), fc.constantFrom(...APPS), fc.boolean(), fc.constantFrom(0, 1, 2), fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .map(([ns, app, tier, named, host, w]) => ({ ns, app, tier, named, host, w }));
const arbAnp: fc.Arbitrary<AdminNetworkPolicy> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom<'Allow' | 'Deny' | 'Pass'>('Allow', 'Deny', 'Pass'), fc.constantFrom(...NSS), fc.constantFrom(...NSS))
  .map(([priority, action, subj, from]) => ({
    name: `anp-${priority}-${action}`,
    priority,
    subject: { kind: 'namespaces', namespaceSelector: sel({ 'kubernetes.io/metadata.name': subj }) },
    ingress: [{ name: null, action, peers: [{ kind: 'namespaces', namespaceSelector: sel({ 'kubernetes.io/metadata.name': from }) }], ports: [{ kind: 'number', protocol: 'TCP', port: 80 }] }],
    egress: [],
  }));

function buildPods(specs: { ns: string; app: string; tier: boolean; named: number; host: boolean; w: number }[]): PolicySubject[] {
  return specs.map((s, i) =>
    pod(s.ns, `${s.app}-${i}`, {
      labels: s.tier ? { app: s.app, tier: 'x' } : { app: s.app },
      ports: s.named === 0 ? [] : [{ name: 'http', port: s.named === 1 ? 8080 : 9090, protocol: 'TCP' }],
      ips: [`10.0.${(i % 3) + 1}.${i + 1}`],
      hostNetwork: s.host && i % 4 === 0,
      node: null,
      owner: { kind: 'Deployment', name: `${s.app}-w${s.w}` },
    }),
  );
}

describe('connectivity equals the pairwise evaluation (random clusters)', () => {
  for (const [name, withAdmin, ipBlockSelectsPodIPs] of [
    ['NetworkPolicy only (sparse path)', false, true],
    ['ipBlocks never select pods', false, false],
    ['with AdminNetworkPolicies (dense path)', true, true],
  ] as const) {
    test(name, () => {
      fc.assert(
        fc.property(fc.array(arbPod, { minLength: 2, maxLength: 7 }), fc.array(arbPolicy, { maxLength: 4 }), fc.array(arbAnp, { maxLength: withAdmin ? 2 : 0 }), (specs, policies, anps) => {
          const pods = buildPods(specs);
          const c = compilePolicies(model(pods, { policies, anps, settings: { ipBlockSelectsPodIPs } }), { cniPlugin: 'calico' });
          const res = connectivity(c, { level: 'pod' });
          const index = new Map(res.peers.map((p, i) => [`${p.name}[${p.kind}]`, i]));
          let nonEmpty = 0;
          for (const a of pods) {
            for (const b of pods) {
              if (a === b) continue;
              const want = allowedConnections(c, { kind: 'subject', subject: a }, { kind: 'subject', subject: b });
              const got = res.allowed(index.get(`${a.namespace}/${a.name}[Pod]`)!, index.get(`${b.namespace}/${b.name}[Pod]`)!);
              expect(`${a.name}->${b.name}: ${got.format()}`).toBe(`${a.name}->${b.name}: ${want.format()}`);
              // The trace's allocation-free decision agrees with the set evaluation on sample ports.
              for (const [protocol, p] of SAMPLE_PORTS) {
                const d = decidePolicy(c, { from: { kind: 'subject', subject: a }, to: { kind: 'subject', subject: b }, protocol, port: p });
                expect(`${a.name}->${b.name} ${protocol}/${p}: ${d.policyAllows}`).toBe(`${a.name}->${b.name} ${protocol}/${p}: ${want.has(protocol, p)}`);
              }
              if (!want.isEmpty()) nonEmpty++;
            }
          }
          // Externals: each range judged by its first address (not a pod's).
          for (const p of res.peers) {
            if (p.kind !== 'External') continue;
            const first = p.name.split('-')[0]!;
            if (pods.some((s) => s.ips.includes(first))) continue;
            for (const b of pods) {
              const i = index.get(`${p.name}[External]`)!;
              const j = index.get(`${b.namespace}/${b.name}[Pod]`)!;
              const inWant = allowedConnections(c, { kind: 'ip', ip: first }, { kind: 'subject', subject: b });
              const outWant = allowedConnections(c, { kind: 'subject', subject: b }, { kind: 'ip', ip: first });
              const inGot = res.allowed(i, j);
              const outGot = res.allowed(j, i);
              // A range that is only an egress range (or only ingress) has No Connections the other way.
              if (!inGot.isEmpty()) expect(inGot.format()).toBe(inWant.format());
              if (!outGot.isEmpty()) expect(outGot.format()).toBe(outWant.format());
            }
          }
          const listed = [...res.connections()].filter((x) => x.from.kind !== 'External' && x.to.kind !== 'External');
          expect(listed.length).toBe(nonEmpty);
          expect(new Set(listed.map((x) => `${x.from.name}>${x.to.name}`)).size).toBe(nonEmpty);
        }),
        { numRuns: 150, seed: 20261206 },
      );
    });
  }

  test('workload level: the union over the workloads’ pods, replicas and self not listed', () => {
    fc.assert(
      fc.property(fc.array(arbPod, { minLength: 2, maxLength: 7 }), fc.array(arbPolicy, { maxLength: 4 }), (specs, policies) => {
        const pods = buildPods(specs).map((p) => ({ ...p, hostNetwork: false }));
        const c = compilePolicies(model(pods, { policies }), { cniPlugin: 'calico' });
        const res = connectivity(c, { level: 'workload' });
        const idx = new Map(res.peers.map((p, i) => [p.name, i]));
        const workloads = [...new Set(pods.map((p) => `${p.namespace}/${p.owner!.name}`))];
        for (const wa of workloads) {
          for (const wb of workloads) {
            if (wa === wb) continue;
            let want = ConnectionSet.NONE;
            for (const a of pods) for (const b of pods) if (`${a.namespace}/${a.owner!.name}` === wa && `${b.namespace}/${b.owner!.name}` === wb) want = want.union(allowedConnections(c, { kind: 'subject', subject: a }, { kind: 'subject', subject: b }));
            expect(res.allowed(idx.get(wa)!, idx.get(wb)!).format()).toBe(want.format());
          }
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('connectivity output (netpol-analyzer conventions)', () => {
  const frontend = pod('default', 'frontend-abc', { labels: { app: 'frontend' }, owner: { kind: 'Deployment', name: 'frontend' }, ports: [{ name: null, port: 8080, protocol: 'TCP' }] });
  const backend = pod('default', 'backend-xyz', { labels: { app: 'backend' }, owner: { kind: 'Deployment', name: 'backend' }, ports: [{ name: null, port: 9090, protocol: 'TCP' }] });
  const policies = [
    netpol('default', 'default-deny-in-namespace', { policyTypes: ['Ingress', 'Egress'] }),
    netpol('default', 'frontend-netpol', {
      podSelector: sel({ app: 'frontend' }),
      policyTypes: ['Ingress', 'Egress'],
      ingress: [rule([], [port('TCP', 8080)])],
      egress: [rule([peer({ podSelector: sel({ app: 'backend' }) })], [port('TCP', 9090)]), rule([], [port('UDP', 53)])],
    }),
    netpol('default', 'backend-netpol', { podSelector: sel({ app: 'backend' }), policyTypes: ['Ingress', 'Egress'], ingress: [rule([peer({ podSelector: sel({ app: 'frontend' }) })], [port('TCP', 9090)])] }),
  ];

  test('a minimal app: frontend open on 8080 from anywhere, to backend 9090 and DNS anywhere', () => {
    const c = compilePolicies(model([frontend, backend], { policies }), { cniPlugin: 'calico' });
    expect(formatConnectivityTxt(connectivity(c))).toBe(
      [
        '0.0.0.0-255.255.255.255[External] => default/frontend[Deployment] : TCP 8080',
        'default/frontend[Deployment] => 0.0.0.0-255.255.255.255[External] : UDP 53',
        'default/frontend[Deployment] => default/backend[Deployment] : TCP 9090',
        '',
      ].join('\n'),
    );
  });

  test('ipBlocks cut the external space into ranges (with except)', () => {
    const p = netpol('default', 'from-outside', { podSelector: sel({ app: 'backend' }), ingress: [rule([peer({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.10.0.0/16'] } })])] });
    const c = compilePolicies(model([frontend, backend], { policies: [p], settings: { ipBlockSelectsPodIPs: false } }), { cniPlugin: 'calico' });
    const lines = formatConnectivityTxt(connectivity(c)).split('\n').filter((l) => l.includes('=> default/backend'));
    expect(lines).toEqual([
      '10.0.0.0-10.9.255.255[External] => default/backend[Deployment] : All Connections',
      '10.11.0.0-10.255.255.255[External] => default/backend[Deployment] : All Connections',
    ]);
  });

  test('pod level lists every ordered pair of distinct pods, No Connections included', () => {
    const c = compilePolicies(model([frontend, backend], { policies }), { cniPlugin: 'calico' });
    const res = connectivity(c, { level: 'pod' });
    const pairs = [...res.connections({ includeEmpty: true })].filter((x) => x.from.kind === 'Pod' && x.to.kind === 'Pod');
    expect(pairs.map((x) => `${x.from.name} => ${x.to.name} : ${x.allowed.format()}`)).toEqual([
      'default/frontend-abc => default/backend-xyz : TCP 9090',
      'default/backend-xyz => default/frontend-abc : No Connections',
    ]);
    expect(res.assumptions.some((a) => a.includes('ipBlockSelectsPodIPs'))).toBe(true);
  });
});

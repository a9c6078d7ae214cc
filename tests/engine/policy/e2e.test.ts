/**
 * Kubernetes' own e2e truth tables, run against the engine: kubernetes/kubernetes test/e2e/network/netpol/
 * network_policy.go ("Netpol NetworkPolicy between server and client"). Each case is one `f.It`: the pods it
 * initializes, the policies it creates, and its NewReachability / Expect… calls, transcribed; the engine's decision
 * for every ordered pair of distinct pods (ignoreLoopback = true there) must equal the table.
 */
import { describe, test, expect } from '@jest/globals';
import { NAMESPACE_NAME_LABEL, type NetworkPolicy, type Protocol } from '../../../src/engine/policy';
import { Reachability, model, netpol, peer, port, rule, sel, truthTable, world } from './builders';

const NS = NAMESPACE_NAME_LABEL;
const podA = sel({ pod: 'a' });

interface Case {
  readonly it: string;
  readonly pods: string[];
  readonly policies: NetworkPolicy[];
  /** [protocol, port, expectations] for each ValidateOrFail of the test. */
  readonly checks: [Protocol, number, (r: Reachability) => Reachability][];
}

const cases: Case[] = [
  {
    it: "should support a 'default-deny-ingress' policy",
    pods: ['x/a', 'x/b', 'y/a', 'y/b'],
    policies: [netpol('x', 'deny-ingress', { policyTypes: ['Ingress'] })],
    checks: [['TCP', 80, (r) => r.expectPeer({}, { ns: 'x' }, false)]],
  },
  {
    it: "should support a 'default-deny-all' policy",
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'deny-all', { policyTypes: ['Ingress', 'Egress'] })],
    checks: [['TCP', 80, (r) => r.expectPeer({}, { ns: 'x' }, false).expectPeer({ ns: 'x' }, {}, false)]],
  },
  {
    it: 'should enforce policy to allow traffic from pods within server namespace based on PodSelector',
    pods: ['x/a', 'x/b', 'x/c', 'y/a'],
    policies: [netpol('x', 'x-a-allows-x-b', { podSelector: podA, ingress: [rule([peer({ podSelector: sel({ pod: 'b' }) })])] })],
    checks: [['TCP', 80, (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true)]],
  },
  {
    it: 'should enforce policy to allow ingress traffic for a target',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [
      netpol('x', 'deny-all', { policyTypes: ['Ingress'] }),
      netpol('x', 'allow-all-to-a', { podSelector: podA, ingress: [rule([peer({ podSelector: sel(), namespaceSelector: sel() })])] }),
    ],
    checks: [['TCP', 80, (r) => r.expectAllIngress('x/a', true).expectAllIngress('x/b', false)]],
  },
  {
    it: 'should enforce policy to allow ingress traffic from pods in all namespaces',
    pods: ['x/a', 'x/b', 'y/a', 'z/a'],
    policies: [netpol('x', 'allow-from-another-ns', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel() })])] })],
    checks: [['TCP', 80, (r) => r]],
  },
  {
    it: 'should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector',
    pods: ['x/a', 'x/b', 'y/a', 'z/a'],
    policies: [netpol('x', 'allow-client-a-via-ns-selector', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }) })])] })],
    checks: [['TCP', 80, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false)]],
  },
  {
    it: 'should enforce policy based on PodSelector with MatchExpressions',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'x-a-allows-x-b', { podSelector: podA, ingress: [rule([peer({ podSelector: sel({}, [{ key: 'pod', operator: 'In', values: ['b'] }]) })])] })],
    checks: [['TCP', 80, (r) => r.expectAllIngress('x/a', false).expect('x/b', 'x/a', true)]],
  },
  {
    it: 'should enforce policy based on PodSelector or NamespaceSelector',
    pods: ['x/a', 'x/b', 'x/c', 'y/a'],
    policies: [
      netpol('x', 'allow-ns-y-match-selector', {
        podSelector: podA,
        ingress: [rule([peer({ namespaceSelector: sel({}, [{ key: NS, operator: 'NotIn', values: ['x'] }]) }), peer({ podSelector: sel({ pod: 'b' }) })])],
      }),
    ],
    checks: [['TCP', 80, (r) => r.expect('x/a', 'x/a', false).expect('x/c', 'x/a', false)]],
  },
  {
    it: 'should enforce policy based on PodSelector and NamespaceSelector',
    pods: ['x/a', 'x/b', 'y/a', 'y/b', 'z/b'],
    policies: [
      netpol('x', 'allow-ns-y-podselector-and-nsselector', {
        podSelector: podA,
        ingress: [rule([peer({ namespaceSelector: sel({}, [{ key: NS, operator: 'NotIn', values: ['x'] }]), podSelector: sel({ pod: 'b' }) })])],
      }),
    ],
    checks: [['TCP', 80, (r) => r.expectAllIngress('x/a', false).expect('y/b', 'x/a', true).expect('z/b', 'x/a', true)]],
  },
  {
    it: 'should enforce policy based on Multiple PodSelectors and NamespaceSelectors',
    pods: ['x/a', 'x/b', 'y/a', 'y/b', 'y/c'],
    policies: [
      netpol('x', 'allow-ns-y-z-pod-b-c', {
        podSelector: podA,
        ingress: [rule([peer({ namespaceSelector: sel({}, [{ key: NS, operator: 'NotIn', values: ['x'] }]), podSelector: sel({}, [{ key: 'pod', operator: 'In', values: ['b', 'c'] }]) })])],
      }),
    ],
    checks: [['TCP', 80, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expect('y/a', 'x/a', false)]],
  },
  {
    it: 'should enforce policy based on Ports',
    pods: ['x/a', 'x/b', 'y/a', 'y/b', 'z/a'],
    policies: [netpol('x', 'allow-client-a-via-ns-selector', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }) })], [port('TCP', 81)])] })],
    checks: [['TCP', 81, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'y' }, { ns: 'x', pod: 'a' }, true).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false)]],
  },
  {
    it: 'should enforce multiple, stacked policies with overlapping podSelectors (after the port-80 policy is added)',
    pods: ['x/a', 'x/b', 'y/a', 'y/b', 'z/a'],
    policies: [
      netpol('x', 'allow-client-a-via-ns-selector', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }) })], [port('TCP', 81)])] }),
      netpol('x', 'allow-client-a-via-ns-selector-80', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }) })], [port('TCP', 80)])] }),
    ],
    checks: [
      ['TCP', 81, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false)],
      ['TCP', 80, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false)],
    ],
  },
  {
    it: 'should support allow-all policy',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'allow-all', { ingress: [rule()] })],
    checks: [
      ['TCP', 80, (r) => r],
      ['TCP', 81, (r) => r],
    ],
  },
  {
    it: 'should allow ingress access on one named port',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'allow-all', { ingress: [rule([], [port('TCP', 'serve-81-tcp')])] })],
    checks: [
      ['TCP', 81, (r) => r],
      ['TCP', 80, (r) => r.expectPeer({}, { ns: 'x' }, false)],
    ],
  },
  {
    it: 'should allow ingress access from namespace on one named port',
    pods: ['x/a', 'x/b', 'y/a', 'z/a'],
    policies: [netpol('x', 'allow-client-a-via-ns-selector-80', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }) })], [port('TCP', 'serve-80-tcp')])] })],
    checks: [
      ['TCP', 80, (r) => r.expectPeer({ ns: 'x' }, { ns: 'x', pod: 'a' }, false).expectPeer({ ns: 'z' }, { ns: 'x', pod: 'a' }, false)],
      ['TCP', 81, (r) => r.expectAllIngress('x/a', false)],
    ],
  },
  {
    it: 'should allow egress access on one named port',
    pods: ['x/a', 'y/a'],
    policies: [netpol('x', 'allow-egress', { policyTypes: ['Egress'], egress: [rule([], [port('TCP', 'serve-80-tcp')])] })],
    checks: [
      ['TCP', 80, (r) => r],
      ['TCP', 81, (r) => r.expectPeer({ ns: 'x' }, {}, false)],
    ],
  },
  {
    // "should enforce except clause while egress access to server in CIDR block": egress from x/a to y/b's /24
    // except y/b's /32 — the e2e test expects ipBlocks to match pod IPs (ipBlockSelectsPodIPs: true).
    it: 'should enforce except clause while egress access to server in CIDR block',
    pods: ['x/a', 'x/b', 'y/a', 'y/b'],
    policies: [
      netpol('x', 'deny-client-a-via-except-cidr-egress-rule', {
        podSelector: podA,
        policyTypes: ['Egress'],
        egress: [rule([peer({ ipBlock: { cidr: '10.0.2.0/24', except: ['10.0.2.2/32'] } })])],
      }),
    ],
    checks: [['TCP', 80, (r) => r.expectAllEgress('x/a', false).expect('x/a', 'y/a', true)]],
  },
  {
    // "should enforce policy to allow traffic based on NamespaceSelector with MatchLabels using default ns label"
    // and the SCTP / UDP cases: a policy allowing one protocol says nothing about the others.
    it: 'should not allow access by TCP when a policy specifies only UDP',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'allow-only-udp-ingress-on-port-81', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel() })], [port('UDP', 81)])] })],
    checks: [
      ['TCP', 81, (r) => r.expectAllIngress('x/a', false)],
      ['UDP', 81, (r) => r],
    ],
  },
  {
    it: 'should not allow access by TCP when a policy specifies only SCTP',
    pods: ['x/a', 'x/b', 'y/a'],
    policies: [netpol('x', 'allow-only-sctp-ingress-on-port-81', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel() })], [port('SCTP', 81)])] })],
    checks: [
      ['TCP', 81, (r) => r.expectAllIngress('x/a', false)],
      ['SCTP', 81, (r) => r],
    ],
  },
  {
    // "should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)"
    it: 'should deny egress on the client even if the server allows the traffic',
    pods: ['x/a', 'y/a', 'y/b', 'z/a'],
    policies: [
      netpol('x', 'allow-to-ns-y-pod-a', { podSelector: podA, policyTypes: ['Egress'], egress: [rule([peer({ namespaceSelector: sel({ [NS]: 'y' }), podSelector: podA })])] }),
      netpol('y', 'allow-from-xa-on-ya-match-selector', { podSelector: podA, ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'x' }), podSelector: podA })])] }),
      netpol('y', 'allow-from-xa-on-yb-match-selector', { podSelector: sel({ pod: 'b' }), ingress: [rule([peer({ namespaceSelector: sel({ [NS]: 'x' }), podSelector: podA })])] }),
    ],
    checks: [
      [
        'TCP',
        80,
        (r) =>
          r
            .expectAllEgress('x/a', false)
            .expect('x/a', 'y/a', true)
            .expectAllIngress('y/a', false)
            .expect('x/a', 'y/a', true)
            .expectAllIngress('y/b', false),
      ],
    ],
  },
];

describe('NetworkPolicy e2e truth tables (kubernetes/kubernetes test/e2e/network/netpol/network_policy.go)', () => {
  for (const c of cases) {
    test(c.it, () => {
      const pods = world(c.pods);
      const m = model(pods, { policies: c.policies });
      for (const [protocol, p, expectations] of c.checks) {
        const want = expectations(new Reachability(pods, true)).expected;
        const got = truthTable(m, protocol, p);
        const wrong = [...want].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${protocol}/${p} ${k}: want ${v ? 'allowed' : 'denied'}`);
        expect(wrong).toEqual([]);
      }
    });
  }
});

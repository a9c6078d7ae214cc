/**
 * The worked examples of the Kubernetes DNS specification (kubernetes/dns docs/specification.md, §2.2–2.6),
 * question for question, on model objects that hold exactly the data the examples name. The examples'
 * TTLs (4, 14, 30…) are illustrations; the TTL is CoreDNS's (kubeadm: 30). Where the spec leaves a value to
 * the implementation — SRV priority and weight, the system-assigned identifier of an endpoint without a
 * hostname, the schema version — the expectation is CoreDNS's, cited on the case.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Topology } from '../../../../src/engine/model/topology';
import { buildDnsIndex, query, type QueryType } from '../../../../src/engine/services/dns';
import { makeTopology } from '../../fixtures/cluster';
import { clusterIpService, ep, epPort, externalNameService, headlessService, show, slice, svcPort } from './world';

/** §2.3: Service `kubernetes` in `default` with ClusterIP 10.3.0.1 and port `https` 443/TCP. */
const clusterIpWorld = makeTopology((t) => {
  t.serviceCIDRs = ['10.3.0.0/24'];
  t.services = [clusterIpService('default', 'kubernetes', ['10.3.0.1'], [svcPort('https', 'TCP', 443)])];
});

/** §2.4.1 first example: headless Service `headless` with ready endpoints 10.3.0.1, .2, .3. */
const headlessWorld = makeTopology((t) => {
  t.services = [headlessService('default', 'headless', [svcPort('https', 'TCP', 443)])];
  t.endpointSlices = [slice('default', 'headless', 'headless-a', 'IPv4', [ep(['10.3.0.1']), ep(['10.3.0.2']), ep(['10.3.0.3'])], [epPort('https', 'TCP', 443)])];
});

/**
 * §2.4.1 second example, §2.4.2, §2.4.3: endpoints with hostnames my-pet (10.3.0.100) and my-pet-2, and one
 * without a hostname, whose "unique, system-assigned identifier" CoreDNS makes from its address
 * (kubernetes.go endpointHostname): 10.3.0.102 → 10-3-0-102, where the spec's example shows 438934893.
 */
const petsWorld = makeTopology((t) => {
  t.services = [headlessService('default', 'headless', [svcPort('https', 'TCP', 443)])];
  t.endpointSlices = [
    slice('default', 'headless', 'headless-a', 'IPv4', [ep(['10.3.0.100'], { hostname: 'my-pet' }), ep(['10.3.0.101'], { hostname: 'my-pet-2' }), ep(['10.3.0.102'])], [epPort('https', 'TCP', 443)]),
  ];
});

/** §2.5: ExternalName Service `foo` → www.example.com. */
const externalWorld = makeTopology((t) => {
  t.services = [externalNameService('default', 'foo', 'www.example.com')];
});

interface Case {
  section: string;
  topology: Topology;
  qname: string;
  qtype: QueryType;
  rcode: 'NOERROR' | 'NXDOMAIN';
  answers: string[];
  incomplete?: boolean;
}

const cases: Case[] = [
  { section: '2.2 dns-version TXT (CoreDNS serves schema 1.1.0, kubernetes.go DNSSchemaVersion)', topology: clusterIpWorld, qname: 'dns-version.cluster.local.', qtype: 'TXT', rcode: 'NOERROR', answers: ['dns-version.cluster.local. 28800 IN TXT "1.1.0"'] },
  { section: '2.3.1 A', topology: clusterIpWorld, qname: 'kubernetes.default.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['kubernetes.default.svc.cluster.local. 30 IN A 10.3.0.1'] },
  {
    section: '2.3.2 SRV (priority 0, weight 100: CoreDNS plugin/backend_lookup.go SRV)',
    topology: clusterIpWorld,
    qname: '_https._tcp.kubernetes.default.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['_https._tcp.kubernetes.default.svc.cluster.local. 30 IN SRV 0 100 443 kubernetes.default.svc.cluster.local.'],
  },
  { section: '2.3.3 PTR', topology: clusterIpWorld, qname: '1.0.3.10.in-addr.arpa.', qtype: 'PTR', rcode: 'NOERROR', answers: ['1.0.3.10.in-addr.arpa. 30 IN PTR kubernetes.default.svc.cluster.local.'] },
  {
    section: '2.4.1 A, headless: one per ready endpoint',
    topology: headlessWorld,
    qname: 'headless.default.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['10.3.0.1', '10.3.0.2', '10.3.0.3'].map((ip) => `headless.default.svc.cluster.local. 30 IN A ${ip}`),
  },
  { section: '2.4.1 A, by hostname', topology: petsWorld, qname: 'my-pet.headless.default.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['my-pet.headless.default.svc.cluster.local. 30 IN A 10.3.0.100'] },
  {
    section: '2.4.2 SRV, headless: one per ready endpoint and named port (weight floor(100/3) = 33)',
    topology: petsWorld,
    qname: '_https._tcp.headless.default.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['my-pet', 'my-pet-2', '10-3-0-102'].map((h) => `_https._tcp.headless.default.svc.cluster.local. 30 IN SRV 0 33 443 ${h}.headless.default.svc.cluster.local.`),
  },
  { section: '2.4.3 PTR, headless endpoint', topology: petsWorld, qname: '100.0.3.10.in-addr.arpa.', qtype: 'PTR', rcode: 'NOERROR', answers: ['100.0.3.10.in-addr.arpa. 30 IN PTR my-pet.headless.default.svc.cluster.local.'] },
  {
    section: '2.5 ExternalName: the CNAME (CoreDNS adds upstream\'s A for www.example.com, not modeled)',
    topology: externalWorld,
    qname: 'foo.default.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['foo.default.svc.cluster.local. 30 IN CNAME www.example.com.'],
    incomplete: true,
  },
  {
    section: '2.6 deprecated pod record (kubeadm: pods insecure)',
    topology: clusterIpWorld,
    qname: '1-2-3-4.default.pod.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['1-2-3-4.default.pod.cluster.local. 30 IN A 1.2.3.4'],
  },
  { section: 'CoreDNS: the port label `_` strips to "" and matches every port (parse.go stripUnderscore, matchPortAndProtocol)', topology: clusterIpWorld, qname: '_._tcp.kubernetes.default.svc.cluster.local.', qtype: 'SRV', rcode: 'NOERROR', answers: ['_._tcp.kubernetes.default.svc.cluster.local. 30 IN SRV 0 100 443 kubernetes.default.svc.cluster.local.'] },
];

describe('specification examples (kubeadm Corefile: ttl 30, pods insecure)', () => {
  for (const c of cases) {
    test(c.section, () => {
      const a = query(buildDnsIndex(c.topology), c.qname, c.qtype);
      assert.deepEqual(show(a, false).answers, c.answers);
      assert.equal(a.rcode, c.rcode);
      assert.equal(a.incomplete, c.incomplete ?? false);
    });
  }
});

describe('spec 2.3.2: "Unnamed ports do not have an SRV record"', () => {
  // A Service with only an unnamed port: no `_<port>` label can name it. CoreDNS's parser strips `_`, so
  // `_._tcp` asks for port "" — which matches any port (matchPortAndProtocol), the case above. The only way
  // to reach the unnamed port is the bare Service name.
  const unnamed = makeTopology((t) => {
    t.services = [clusterIpService('default', 'plain', ['10.96.0.40'], [svcPort(null, 'TCP', 8080)])];
  });
  const index = buildDnsIndex(unnamed);
  test('no named label reaches it', () => {
    assert.equal(query(index, '_http._tcp.plain.default.svc.cluster.local.', 'SRV').rcode, 'NXDOMAIN');
  });
  test('SRV on the bare Service name lists it (CoreDNS: every port matches an empty port label)', () => {
    assert.deepEqual(show(query(index, 'plain.default.svc.cluster.local.', 'SRV')).answers, ['plain.default.svc.cluster.local. 30 IN SRV 0 100 8080 plain.default.svc.cluster.local.']);
  });
});

describe('spec 2.4.1: no ready endpoints → NXDOMAIN', () => {
  const topology = makeTopology((t) => {
    t.services = [headlessService('default', 'headless', [svcPort('https', 'TCP', 443)])];
    t.endpointSlices = [slice('default', 'headless', 'headless-a', 'IPv4', [ep(['10.3.0.1'], { ready: false, serving: false })], [epPort('https', 'TCP', 443)])];
  });
  test('A', () => assert.equal(query(buildDnsIndex(topology), 'headless.default.svc.cluster.local.', 'A').rcode, 'NXDOMAIN'));
  test('the answer says why', () => {
    const notes = query(buildDnsIndex(topology), 'headless.default.svc.cluster.local.', 'A').notes.join('\n');
    assert.match(notes, /not-ready endpoint/);
  });
});

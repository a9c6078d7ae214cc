/**
 * CoreDNS behaviours beyond its own handler tests, read from the code (coredns/coredns plugin/kubernetes:
 * kubernetes.go findServices/findPods/Services, parse.go, handler.go) and pinned here because users meet
 * them: NXDOMAIN vs NODATA at the edges, endpoint names of ClusterIP Services, readiness, kubeadm's TTL.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildDnsIndex, KUBEADM_COREFILE, PLUGIN_DEFAULTS, query, type DnsOptions, type QueryType } from '../../../../src/engine/services/dns';
import { clusterIpService, corednsWorld, ep, epPort, externalNameService, headlessService, show, slice, soa, svcPort } from './world';

const extra = corednsWorld((t) => {
  t.services.push(
    clusterIpService('testns', 'noports', ['10.0.0.50']),
    externalNameService('testns', 'ext-ip', '192.0.2.1'),
    externalNameService('testns', 'ext-missing', 'nothere.testns.svc.cluster.local'),
    headlessService('testns', 'pets', [svcPort('web', 'TCP', 80)]),
  );
  t.services.find((s) => s.name === 'pets')!.publishNotReadyAddresses = true;
  t.endpointSlices.push(
    slice('testns', 'pets', 'pets-1', 'IPv4', [
      ep(['172.0.1.1'], { targetPod: { namespace: 'testns', name: 'pets-0' } }),
      ep(['172.0.1.2'], { ready: false, serving: false, targetPod: { namespace: 'testns', name: 'pets-1' } }),
      ep(['172.0.1.3'], { terminating: true, targetPod: { namespace: 'testns', name: 'pets-2' } }),
    ], [epPort('web', 'TCP', 80)]),
  );
});

interface Case {
  name: string;
  qname: string;
  qtype: QueryType;
  options?: Partial<DnsOptions>;
  rcode: 'NOERROR' | 'NXDOMAIN' | 'REFUSED';
  answers: string[];
  note?: RegExp;
}

const cases: Case[] = [
  { name: 'two leading labels are port and protocol even for A (parse.go)', qname: '_http._tcp.svc1.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['_http._tcp.svc1.testns.svc.cluster.local. 5 IN A 10.0.0.1'] },
  { name: 'a ClusterIP Service without ports has no records: NXDOMAIN (findServices answers through ports)', qname: 'noports.testns.svc.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [], note: /has no ports/ },
  { name: 'an endpoint of a ClusterIP Service has a name too', qname: 'ep1a.svc1.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['ep1a.svc1.testns.svc.cluster.local. 5 IN A 172.0.0.1'] },
  { name: 'SRV of an ExternalName is NODATA (not implemented in CoreDNS)', qname: 'external.testns.svc.cluster.local.', qtype: 'SRV', rcode: 'NOERROR', answers: [] },
  { name: 'an ExternalName holding an IP publishes nothing: NXDOMAIN', qname: 'ext-ip.testns.svc.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [] },
  { name: 'an ExternalName to a missing in-cluster name: NODATA (the CNAME is dropped)', qname: 'ext-missing.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: [] },
  { name: 'TXT of a namespace name: NXDOMAIN (only names with records are NODATA)', qname: 'testns.svc.cluster.local.', qtype: 'TXT', rcode: 'NXDOMAIN', answers: [] },
  { name: 'TXT at the apex: NXDOMAIN, for the same reason', qname: 'cluster.local.', qtype: 'TXT', rcode: 'NXDOMAIN', answers: [] },
  { name: 'A at the apex: NODATA', qname: 'cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: [] },
  { name: 'dns-version has only its TXT: any other type is NXDOMAIN (parse.go: neither svc nor pod)', qname: 'dns-version.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [] },
  { name: 'an ExternalName into the cluster without an address of the type: the CNAME is dropped, NODATA', qname: 'external-to-service.testns.svc.cluster.local.', qtype: 'AAAA', rcode: 'NOERROR', answers: [] },
  { name: 'MX of a Service: NODATA by the fake A lookup', qname: 'svc1.testns.svc.cluster.local.', qtype: 'MX', rcode: 'NOERROR', answers: [] },
  { name: 'MX of a missing Service: NXDOMAIN', qname: 'nope.testns.svc.cluster.local.', qtype: 'MX', rcode: 'NXDOMAIN', answers: [] },
  { name: 'zone transfers are refused', qname: 'cluster.local.', qtype: 'AXFR', rcode: 'REFUSED', answers: [] },
  { name: 'more than two labels before the Service: NXDOMAIN', qname: 'a.b.c.svc1.testns.svc.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [] },
  { name: 'pods disabled: NXDOMAIN', qname: '10-240-0-1.podns.pod.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [], note: /disabled/ },
  { name: 'pods insecure, IPv6 label', qname: 'fd00--1.podns.pod.cluster.local.', qtype: 'AAAA', options: { podMode: 'insecure' }, rcode: 'NOERROR', answers: ['fd00--1.podns.pod.cluster.local. 5 IN AAAA fd00::1'] },
  { name: 'pods insecure, IPv6 label asked for A: NODATA', qname: 'fd00--1.podns.pod.cluster.local.', qtype: 'A', options: { podMode: 'insecure' }, rcode: 'NOERROR', answers: [] },
  { name: 'pods insecure, leading zeros are no address (Go net.ParseIP)', qname: '10-240-0-01.podns.pod.cluster.local.', qtype: 'A', options: { podMode: 'insecure' }, rcode: 'NXDOMAIN', answers: [] },
  {
    name: 'not-ready endpoints are left out, terminating-but-ready ones kept, and the answer says so',
    qname: 'pets.testns.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['pets.testns.svc.cluster.local. 5 IN A 172.0.1.1', 'pets.testns.svc.cluster.local. 5 IN A 172.0.1.3'],
    note: /1 not-ready endpoint address\(es\) are not published .*publishNotReadyAddresses is set/,
  },
  { name: 'endpoint_pod_names: an endpoint without hostname is named after its pod', qname: 'pets-0.pets.testns.svc.cluster.local.', qtype: 'A', options: { endpointPodNames: true }, rcode: 'NOERROR', answers: ['pets-0.pets.testns.svc.cluster.local. 5 IN A 172.0.1.1'] },
  { name: 'without endpoint_pod_names the pod name is no endpoint name', qname: 'pets-0.pets.testns.svc.cluster.local.', qtype: 'A', rcode: 'NXDOMAIN', answers: [] },
];

describe('CoreDNS behaviours (plugin defaults unless stated)', () => {
  for (const c of cases) {
    test(c.name, () => {
      const a = query(buildDnsIndex(extra, { ...PLUGIN_DEFAULTS, ...c.options }), c.qname, c.qtype);
      assert.equal(a.rcode, c.rcode);
      assert.deepEqual(show(a).answers, [...c.answers].sort());
      if (c.note) assert.match(a.notes.join('\n'), c.note);
    });
  }
});

describe('kubeadm\'s Corefile', () => {
  const index = buildDnsIndex(extra);
  test('is the default: ttl 30, pods insecure', () => {
    assert.deepEqual(index.options, KUBEADM_COREFILE);
    assert.deepEqual(show(query(index, '10-240-0-1.podns.pod.cluster.local.', 'A')).answers, ['10-240-0-1.podns.pod.cluster.local. 30 IN A 10.240.0.1']);
  });
  test('negative answers carry an SOA with TTL and minimum 30', () => {
    assert.deepEqual(show(query(index, 'nope.testns.svc.cluster.local.', 'A')).authority, [soa('cluster.local.', 30)]);
  });
  test('answers are deterministic: document order, repeated queries equal', () => {
    assert.deepEqual(query(index, 'hdls1.testns.svc.cluster.local.', 'A'), query(index, 'hdls1.testns.svc.cluster.local.', 'A'));
    assert.deepEqual(show(query(index, 'hdls1.testns.svc.cluster.local.', 'A'), false).answers.map((l) => l.split(' ').pop()), ['172.0.0.2', '172.0.0.3', '172.0.0.4', '172.0.0.5']);
  });
  test('a name outside the zones is forwarded, not answered', () => {
    const a = query(index, 'www.example.com', 'A');
    assert.equal(a.answeredBy, 'upstream');
    assert.equal(a.rcode, null);
  });
});

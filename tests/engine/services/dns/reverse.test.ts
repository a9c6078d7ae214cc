/**
 * Dual-stack Services and PTR in both families. Expected names come from CoreDNS's integration tests
 * (coredns/ci test/kubernetes/ptr_test.go: a ClusterIP → `svc-1-a.test-1.svc.cluster.local.`, an endpoint of
 * a ClusterIP Service → `172-17-0-253.svc-1-a…`, an IPv6 endpoint → `1234-abcd--1.headless-svc…`), from
 * coredns/coredns#7431 (an address ending in `::`) and #8408 (a pod behind two Services gets two PTRs).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildDnsIndex, KUBEADM_COREFILE, query, reverseAddress, reverseName, type QueryType } from '../../../../src/engine/services/dns';
import { makeTopology } from '../../fixtures/cluster';
import { clusterIpService, ep, epPort, headlessService, show, slice, soa, svcPort } from './world';

const world = makeTopology((t) => {
  t.serviceCIDRs = ['10.96.0.0/16', 'fd00:96::/112'];
  const web = [svcPort('http', 'TCP', 80)];
  t.services = [
    clusterIpService('test-1', 'svc-1-a', ['10.96.0.100', 'fd00:96::64'], web),
    headlessService('test-1', 'headless-svc', web),
    clusterIpService('test-1', 'svc-lb-0', ['10.96.0.120'], web),
  ];
  t.endpointSlices = [
    slice('test-1', 'svc-1-a', 'svc-1-a-v4', 'IPv4', [ep(['172.17.0.253'])], [epPort('http', 'TCP', 80)]),
    slice('test-1', 'headless-svc', 'headless-v4', 'IPv4', [ep(['172.17.0.254'], { hostname: 'web-0' }), ep(['172.17.0.255'])], [epPort('http', 'TCP', 80)]),
    slice('test-1', 'headless-svc', 'headless-v6', 'IPv6', [ep(['1234:abcd::1']), ep(['1234:abcd:1::'])], [epPort('http', 'TCP', 80)]),
    // The pod behind headless-svc as web-0 is also the only endpoint of svc-lb-0 (coredns/coredns#8408).
    slice('test-1', 'svc-lb-0', 'svc-lb-0-v4', 'IPv4', [ep(['172.17.0.254'])], [epPort('http', 'TCP', 80)]),
  ];
});
const index = buildDnsIndex(world);

interface Case {
  name: string;
  qname: string;
  qtype: QueryType;
  answers: string[];
}

const cases: Case[] = [
  { name: 'dual-stack A: the IPv4 ClusterIP', qname: 'svc-1-a.test-1.svc.cluster.local.', qtype: 'A', answers: ['svc-1-a.test-1.svc.cluster.local. 30 IN A 10.96.0.100'] },
  { name: 'dual-stack AAAA: the IPv6 ClusterIP', qname: 'svc-1-a.test-1.svc.cluster.local.', qtype: 'AAAA', answers: ['svc-1-a.test-1.svc.cluster.local. 30 IN AAAA fd00:96::64'] },
  { name: 'PTR of the IPv4 ClusterIP', qname: '100.0.96.10.in-addr.arpa.', qtype: 'PTR', answers: ['100.0.96.10.in-addr.arpa. 30 IN PTR svc-1-a.test-1.svc.cluster.local.'] },
  {
    name: 'PTR of the IPv6 ClusterIP (ip6.arpa, 32 nibbles)',
    qname: '4.6.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.6.9.0.0.0.0.d.f.ip6.arpa.',
    qtype: 'PTR',
    answers: ['4.6.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.6.9.0.0.0.0.d.f.ip6.arpa. 30 IN PTR svc-1-a.test-1.svc.cluster.local.'],
  },
  { name: 'PTR of an endpoint of a ClusterIP Service (ci ptr_test.go)', qname: '253.0.17.172.in-addr.arpa.', qtype: 'PTR', answers: ['253.0.17.172.in-addr.arpa. 30 IN PTR 172-17-0-253.svc-1-a.test-1.svc.cluster.local.'] },
  {
    name: 'PTR of an IPv6 headless endpoint (ci ptr_test.go)',
    qname: '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.4.3.2.1.ip6.arpa.',
    qtype: 'PTR',
    answers: ['1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.4.3.2.1.ip6.arpa. 30 IN PTR 1234-abcd--1.headless-svc.test-1.svc.cluster.local.'],
  },
  {
    name: 'an endpoint address ending in :: is named with a trailing 0 (coredns/coredns#7431)',
    qname: '1234-abcd-1--0.headless-svc.test-1.svc.cluster.local.',
    qtype: 'AAAA',
    answers: ['1234-abcd-1--0.headless-svc.test-1.svc.cluster.local. 30 IN AAAA 1234:abcd:1::'],
  },
  {
    name: 'a pod behind two Services has two PTRs (coredns/coredns#7194 reverted the hostname-only rule; #8408)',
    qname: '254.0.17.172.in-addr.arpa.',
    qtype: 'PTR',
    answers: ['254.0.17.172.in-addr.arpa. 30 IN PTR web-0.headless-svc.test-1.svc.cluster.local.', '254.0.17.172.in-addr.arpa. 30 IN PTR 172-17-0-254.svc-lb-0.test-1.svc.cluster.local.'],
  },
  {
    name: 'dual-stack headless AAAA: the IPv6 endpoints',
    qname: 'headless-svc.test-1.svc.cluster.local.',
    qtype: 'AAAA',
    answers: ['headless-svc.test-1.svc.cluster.local. 30 IN AAAA 1234:abcd::1', 'headless-svc.test-1.svc.cluster.local. 30 IN AAAA 1234:abcd:1::'],
  },
];

describe('dual-stack and PTR (kubeadm Corefile)', () => {
  for (const c of cases) {
    test(c.name, () => {
      const a = query(index, c.qname, c.qtype);
      assert.equal(a.rcode, 'NOERROR');
      assert.deepEqual(show(a, false).answers, c.answers);
    });
  }
});

describe('reverse names without a record', () => {
  test('kubeadm: `fallthrough in-addr.arpa ip6.arpa` passes them upstream', () => {
    const a = query(index, '200.0.17.172.in-addr.arpa.', 'PTR');
    assert.equal(a.answeredBy, 'upstream');
    assert.equal(a.rcode, null);
  });
  test('without fallthrough: NXDOMAIN with the reverse zone\'s SOA (ci ptr_test.go)', () => {
    const a = query(buildDnsIndex(world, { ...KUBEADM_COREFILE, fallthroughReverse: false }), '200.0.17.172.in-addr.arpa.', 'PTR');
    assert.deepEqual(show(a), { rcode: 'NXDOMAIN', answers: [], additional: [], authority: [soa('in-addr.arpa.', 30)] });
  });
  test('without reverse zones the plugin never sees them', () => {
    assert.equal(query(buildDnsIndex(world, { ...KUBEADM_COREFILE, reverseZones: false }), '100.0.96.10.in-addr.arpa.', 'PTR').answeredBy, 'upstream');
  });
  test('a partial reverse name is no address: NXDOMAIN inside the plugin, so upstream with fallthrough', () => {
    assert.equal(query(index, '0.96.10.in-addr.arpa.', 'PTR').answeredBy, 'upstream');
  });
});

describe('reverse names (dnsutil.ExtractAddressFromReverse)', () => {
  const table: [string, string | null][] = [
    ['1.0.3.10.in-addr.arpa.', '10.3.0.1'],
    ['1.0.3.10.IN-ADDR.ARPA', '10.3.0.1'],
    ['0.3.10.in-addr.arpa.', null],
    ['256.0.3.10.in-addr.arpa.', null],
    ['1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.4.3.2.1.ip6.arpa.', '1234:abcd::1'],
    ['1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.c.b.a.4.3.2.ip6.arpa.', null],
    ['www.example.com.', null],
  ];
  for (const [name, want] of table) test(name, () => assert.equal(reverseAddress(name), want));
  test('reverseName inverts it in both families', () => {
    for (const ip of ['10.96.0.100', 'fd00:96::64', '1234:abcd:1::']) assert.equal(reverseAddress(reverseName(ip)), ip);
  });
});

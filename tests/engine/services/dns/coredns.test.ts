/**
 * CoreDNS's own expectations, replayed on the same data (world.ts corednsWorld): the cases of
 * coredns/coredns plugin/kubernetes/handler_test.go (dnsTestCases, latest version: wildcard cases removed
 * in 1.9.0), handler_case_test.go, handler_pod_insecure_test.go and handler_pod_verified_test.go. Those
 * tests run a bare `kubernetes cluster.local` block: the plugin's defaults (TTL 5, pods disabled), so the
 * index is built with PLUGIN_DEFAULTS. Sections are compared sorted, as their test.SortAndCheck does; the
 * SOA serial (a timestamp there) is not modeled and prints as `?`.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { buildDnsIndex, PLUGIN_DEFAULTS, query, type QueryType } from '../../../../src/engine/services/dns';
import { corednsWorld, show, soa } from './world';

interface Case {
  name: string;
  qname: string;
  qtype: QueryType;
  rcode: 'NOERROR' | 'NXDOMAIN';
  answers?: string[];
  additional?: string[];
  /** Defaults to the zone's SOA when there are no answers. */
  authority?: string[];
  incomplete?: boolean;
}

const SOA = soa('cluster.local.', 5);
const nx = (qname: string, qtype: QueryType = 'A', name = `${qname} ${qtype} is NXDOMAIN`): Case => ({ name, qname, qtype, rcode: 'NXDOMAIN' });
const nodata = (qname: string, qtype: QueryType, name: string): Case => ({ name, qname, qtype, rcode: 'NOERROR', answers: [] });

const handlerCases: Case[] = [
  { name: 'A Service', qname: 'svc1.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['svc1.testns.svc.cluster.local. 5 IN A 10.0.0.1'] },
  { name: 'A Service without endpoints still answers', qname: 'svcempty.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['svcempty.testns.svc.cluster.local. 5 IN A 10.0.0.1'] },
  {
    name: 'SRV on the Service name lists every port',
    qname: 'svc1.testns.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['svc1.testns.svc.cluster.local. 5 IN SRV 0 100 80 svc1.testns.svc.cluster.local.'],
    additional: ['svc1.testns.svc.cluster.local. 5 IN A 10.0.0.1'],
  },
  {
    name: 'SRV of an IPv6 Service carries an AAAA additional',
    qname: 'svc6.testns.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['svc6.testns.svc.cluster.local. 5 IN SRV 0 100 80 svc6.testns.svc.cluster.local.'],
    additional: ['svc6.testns.svc.cluster.local. 5 IN AAAA 1234:abcd::1'],
  },
  {
    name: 'SRV _http._tcp',
    qname: '_http._tcp.svc1.testns.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['_http._tcp.svc1.testns.svc.cluster.local. 5 IN SRV 0 100 80 svc1.testns.svc.cluster.local.'],
    additional: ['svc1.testns.svc.cluster.local. 5 IN A 10.0.0.1'],
  },
  {
    name: 'A headless: one record per ready IPv4 endpoint',
    qname: 'hdls1.testns.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['172.0.0.2', '172.0.0.3', '172.0.0.4', '172.0.0.5'].map((ip) => `hdls1.testns.svc.cluster.local. 5 IN A ${ip}`),
  },
  { name: 'A headless without ports', qname: 'hdlsprtls.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['hdlsprtls.testns.svc.cluster.local. 5 IN A 172.0.0.20'] },
  {
    name: 'an endpoint with no port, by dashed IP',
    qname: '172-0-0-20.hdlsprtls.testns.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['172-0-0-20.hdlsprtls.testns.svc.cluster.local. 5 IN A 172.0.0.20'],
  },
  { name: 'an endpoint by dashed IP', qname: '172-0-0-2.hdls1.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['172-0-0-2.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.2'] },
  {
    name: 'an endpoint by hostname, two addresses',
    qname: 'dup-name.hdls1.testns.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['dup-name.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.4', 'dup-name.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.5'],
  },
  {
    name: 'SRV headless: 6 items, weight floor(100/6) = 16, one SRV per target',
    qname: '_http._tcp.hdls1.testns.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['172-0-0-2', '172-0-0-3', '5678-abcd--1', '5678-abcd--2', 'dup-name'].map((h) => `_http._tcp.hdls1.testns.svc.cluster.local. 5 IN SRV 0 16 80 ${h}.hdls1.testns.svc.cluster.local.`),
    additional: [
      '172-0-0-2.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.2',
      '172-0-0-3.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.3',
      '5678-abcd--1.hdls1.testns.svc.cluster.local. 5 IN AAAA 5678:abcd::1',
      '5678-abcd--2.hdls1.testns.svc.cluster.local. 5 IN AAAA 5678:abcd::2',
      'dup-name.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.4',
      'dup-name.hdls1.testns.svc.cluster.local. 5 IN A 172.0.0.5',
    ],
  },
  {
    name: 'AAAA of an IPv6 endpoint, question without trailing dot',
    qname: '5678-abcd--2.hdls1.testns.svc.cluster.local',
    qtype: 'AAAA',
    rcode: 'NOERROR',
    answers: ['5678-abcd--2.hdls1.testns.svc.cluster.local. 5 IN AAAA 5678:abcd::2'],
  },
  { name: 'CNAME of an ExternalName', qname: 'external.testns.svc.cluster.local.', qtype: 'CNAME', rcode: 'NOERROR', answers: ['external.testns.svc.cluster.local. 5 IN CNAME ext.interwebs.test.'] },
  {
    // CoreDNS appends upstream's A for ext.interwebs.test; the model has no upstream and says so.
    name: 'A of an ExternalName outside the cluster: the CNAME, upstream pending',
    qname: 'external.testns.svc.cluster.local.',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['external.testns.svc.cluster.local. 5 IN CNAME ext.interwebs.test.'],
    authority: [],
    incomplete: true,
  },
  {
    name: 'A of an ExternalName pointing into the cluster follows it',
    qname: 'external-to-service.testns.svc.cluster.local',
    qtype: 'A',
    rcode: 'NOERROR',
    answers: ['external-to-service.testns.svc.cluster.local. 5 IN CNAME svc1.testns.svc.cluster.local.', 'svc1.testns.svc.cluster.local. 5 IN A 10.0.0.1'],
  },
  nodata('svc1.testns.svc.cluster.local.', 'AAAA', 'AAAA of an IPv4-only Service is NODATA'),
  nx('svc0.testns.svc.cluster.local.', 'AAAA'),
  nx('svc0.testns.svc.cluster.local.', 'A'),
  nx('svc0.svc-nons.svc.cluster.local.', 'A', 'a namespace that does not exist is NXDOMAIN'),
  { name: 'TXT dns-version', qname: 'dns-version.cluster.local.', qtype: 'TXT', rcode: 'NOERROR', answers: ['dns-version.cluster.local. 28800 IN TXT "1.1.0"'] },
  nodata('svc1.testns.svc.cluster.local.', 'TXT', 'TXT of a name that has other records is NODATA'),
  nx('bogusendpoint.hdls1.testns.svc.cluster.local.', 'A', 'an endpoint name no endpoint has is NXDOMAIN'),
  nx('bogusendpoint.svc0.testns.svc.cluster.local.', 'A', 'an endpoint of a missing Service is NXDOMAIN'),
  { name: 'AAAA Service', qname: 'svc6.testns.svc.cluster.local.', qtype: 'AAAA', rcode: 'NOERROR', answers: ['svc6.testns.svc.cluster.local. 5 IN AAAA 1234:abcd::1'] },
  {
    name: 'AAAA headless: the IPv6 endpoints',
    qname: 'hdls1.testns.svc.cluster.local.',
    qtype: 'AAAA',
    rcode: 'NOERROR',
    answers: ['hdls1.testns.svc.cluster.local. 5 IN AAAA 5678:abcd::1', 'hdls1.testns.svc.cluster.local. 5 IN AAAA 5678:abcd::2'],
  },
  nodata('svc.cluster.local.', 'A', 'the svc apex is NODATA'),
  nodata('pod.cluster.local.', 'A', 'the pod apex is NODATA'),
  nodata('testns.svc.cluster.local.', 'A', 'a namespace name is NODATA'),
  nodata('svc.cluster.local.', 'NS', 'NS below the apex of an existing name is NODATA'),
  nodata('testns.svc.cluster.local.', 'NS', 'NS of a namespace name is NODATA'),
  nx('foo.cluster.local.', 'NS', 'NS of a name that is neither svc nor pod is NXDOMAIN'),
  nx('foo.svc.cluster.local.', 'NS', 'NS of a namespace that does not exist is NXDOMAIN'),
  { name: 'dual-stack A', qname: 'svc-dual-stack.testns.svc.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['svc-dual-stack.testns.svc.cluster.local. 5 IN A 10.0.0.3'] },
  { name: 'dual-stack AAAA', qname: 'svc-dual-stack.testns.svc.cluster.local.', qtype: 'AAAA', rcode: 'NOERROR', answers: ['svc-dual-stack.testns.svc.cluster.local. 5 IN AAAA 10::3'] },
  {
    name: 'dual-stack SRV: two items, weight 50, one SRV, both addresses',
    qname: 'svc-dual-stack.testns.svc.cluster.local.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['svc-dual-stack.testns.svc.cluster.local. 5 IN SRV 0 50 80 svc-dual-stack.testns.svc.cluster.local.'],
    additional: ['svc-dual-stack.testns.svc.cluster.local. 5 IN A 10.0.0.3', 'svc-dual-stack.testns.svc.cluster.local. 5 IN AAAA 10::3'],
  },
  nodata('svc1.testns.svc.cluster.local.', 'SOA', 'SOA below the apex is NODATA'),
  // A wildcard was a query feature until CoreDNS 1.9.0 (coredns/coredns#5019); now `*` is a plain label.
  nx('*._not-udp-or-tcp.svc1.testns.svc.cluster.local.', 'SRV', 'a port no Service has is NXDOMAIN'),
  nx('*.hdls1.testns.svc.cluster.local.', 'A', 'wildcard endpoint: NXDOMAIN since CoreDNS 1.9.0'),
  nx('svc1.*.svc.cluster.local.', 'A', 'wildcard namespace: NXDOMAIN since CoreDNS 1.9.0'),
];

const caseCases: Case[] = [
  nx('not-a-service.testns.svc.ClUsTeR.lOcAl.', 'A', 'negative answer keeps the case of the zone in its SOA'),
  { name: 'A with mixed case', qname: 'SvC1.TeStNs.SvC.cLuStEr.LoCaL.', qtype: 'A', rcode: 'NOERROR', answers: ['SvC1.TeStNs.SvC.cLuStEr.LoCaL. 5 IN A 10.0.0.1'] },
  {
    name: 'SRV with mixed case: the target keeps the zone as asked',
    qname: '_HtTp._TcP.sVc1.TeStNs.SvC.cLuStEr.LoCaL.',
    qtype: 'SRV',
    rcode: 'NOERROR',
    answers: ['_HtTp._TcP.sVc1.TeStNs.SvC.cLuStEr.LoCaL. 5 IN SRV 0 100 80 svc1.testns.svc.cLuStEr.LoCaL.'],
    additional: ['svc1.testns.svc.cLuStEr.LoCaL. 5 IN A 10.0.0.1'],
  },
  { name: 'SOA at the apex, case kept', qname: 'Cluster.local.', qtype: 'SOA', rcode: 'NOERROR', answers: [soa('Cluster.local.', 5)], authority: [] },
];

const insecureCases: Case[] = [
  { name: 'insecure: the address from the name', qname: '10-240-0-1.podns.pod.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['10-240-0-1.podns.pod.cluster.local. 5 IN A 10.240.0.1'] },
  { name: 'insecure: no pod needed', qname: '172-0-0-2.podns.pod.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['172-0-0-2.podns.pod.cluster.local. 5 IN A 172.0.0.2'] },
  nx('blah.podns.pod.cluster.local.', 'A', 'insecure: a label that is no address is NXDOMAIN'),
  nx('blah.podns.pod.cluster.local.', 'AAAA', 'insecure: same for AAAA'),
  nx('blah.podns.pod.cluster.local.', 'HINFO', 'insecure: same for a type without records'),
  nx('blah.pod-nons.pod.cluster.local.', 'A', 'insecure: a namespace that does not exist'),
  nodata('podns.pod.cluster.local.', 'A', 'insecure: a namespace name is NODATA'),
];

const verifiedCases: Case[] = [
  { name: 'verified: a pod in that namespace has the address', qname: '10-240-0-1.podns.pod.cluster.local.', qtype: 'A', rcode: 'NOERROR', answers: ['10-240-0-1.podns.pod.cluster.local. 5 IN A 10.240.0.1'] },
  nodata('podns.pod.cluster.local.', 'A', 'verified: a namespace name is NODATA'),
  nodata('svcns.svc.cluster.local.', 'A', 'verified: a svc namespace name is NODATA'),
  nx('pod-nons.pod.cluster.local.', 'A', 'verified: a namespace that does not exist'),
  nx('172-0-0-2.podns.pod.cluster.local.', 'A', 'verified: no pod has the address'),
];

function run(title: string, cases: Case[], options: Parameters<typeof buildDnsIndex>[1]): void {
  const index = buildDnsIndex(corednsWorld(), options);
  describe(title, () => {
    for (const c of cases) {
      test(c.name, () => {
        const got = show(query(index, c.qname, c.qtype));
        const answers = [...(c.answers ?? [])].sort();
        const zone = c.qname.toLowerCase().includes('cluster.local') ? c.qname.slice(c.qname.toLowerCase().lastIndexOf('cluster.local')) : 'cluster.local.';
        const authority = c.authority ?? (answers.length === 0 ? [soa(zone.endsWith('.') ? zone : `${zone}.`, 5)] : []);
        assert.deepEqual(got, { rcode: c.rcode, answers, additional: [...(c.additional ?? [])].sort(), authority: [...authority].sort() });
        assert.equal(query(index, c.qname, c.qtype).incomplete, c.incomplete ?? false);
      });
    }
  });
}

run('handler_test.go dnsTestCases', handlerCases, PLUGIN_DEFAULTS);
run('handler_case_test.go: case is preserved', caseCases, PLUGIN_DEFAULTS);
run('handler_pod_insecure_test.go', insecureCases, { ...PLUGIN_DEFAULTS, podMode: 'insecure' });
run('handler_pod_verified_test.go', verifiedCases, { ...PLUGIN_DEFAULTS, podMode: 'verified' });

test('SOA authority of the default zone matches handler_test.go (serial aside)', () => {
  assert.equal(SOA, 'cluster.local. 5 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. ? 7200 1800 86400 5');
});

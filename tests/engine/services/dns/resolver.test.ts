/**
 * Resolution from pods: the resolv.conf kubelet writes (pkg/kubelet/network/dns/dns.go) and the search walk
 * of glibc (res_query.c __res_context_search) and musl (lookup_name.c name_from_dns_search), query by query.
 * The same names asked from two namespaces show the search path at work; `ndots:5` makes even a full
 * Service FQDN (4 dots) go through the search list first — the classic "why 4 queries" question.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { QueryType } from '../../../../src/engine/services/dns';
import { buildDnsIndex, candidates, resolveFromPod, type FinalStatus, type HostResolvConf, type ResolverKind } from '../../../../src/engine/services/dns';
import { makeTopology } from '../../../helpers/topologyBuilder';
import { makePod } from '../../fixtures/cluster';
import { clusterIpService, externalNameService, svcPort } from './world';

const topology = makeTopology('dns-search', (t) => {
  t.services.push(clusterIpService('other-ns', 'my-svc', ['10.96.0.30'], [svcPort('http', 'TCP', 80)]), externalNameService('default', 'ext', 'www.example.com'));
  t.pods.push(makePod('other-ns', 'client', 'node-b', ['10.244.1.9']), makePod('kube-system', 'kube-proxy-a', 'node-a', ['10.0.0.11'], (p) => void (p.hostNetwork = true)));
});
const index = buildDnsIndex(topology);

interface Case {
  name: string;
  pod: string;
  qname: string;
  type?: QueryType;
  resolver?: ResolverKind;
  host?: HostResolvConf;
  /** `<query> <status>` per query sent, in order. */
  attempts: string[];
  final: FinalStatus;
  answers?: string[];
  pending?: string[];
}

const ec2: HostResolvConf = { nameservers: ['10.0.0.2'], search: ['ec2.internal'], options: [] };

const cases: Case[] = [
  { name: 'a Service of the pod\'s namespace, by its short name', pod: 'default/web-a', qname: 'web', attempts: ['web.default.svc.cluster.local. ANSWER'], final: 'ANSWER', answers: ['10.96.0.20'] },
  {
    name: 'a Service of another namespace by short name is not found; the last query leaves the cluster',
    pod: 'default/web-a',
    qname: 'my-svc',
    attempts: ['my-svc.default.svc.cluster.local. NXDOMAIN', 'my-svc.svc.cluster.local. NXDOMAIN', 'my-svc.cluster.local. NXDOMAIN', 'my-svc. UPSTREAM'],
    final: 'UPSTREAM',
    pending: [],
  },
  { name: '<svc>.<ns>', pod: 'default/web-a', qname: 'my-svc.other-ns', attempts: ['my-svc.other-ns.default.svc.cluster.local. NXDOMAIN', 'my-svc.other-ns.svc.cluster.local. ANSWER'], final: 'ANSWER', answers: ['10.96.0.30'] },
  {
    name: '<svc>.<ns>.svc',
    pod: 'default/web-a',
    qname: 'my-svc.other-ns.svc',
    attempts: ['my-svc.other-ns.svc.default.svc.cluster.local. NXDOMAIN', 'my-svc.other-ns.svc.svc.cluster.local. NXDOMAIN', 'my-svc.other-ns.svc.cluster.local. ANSWER'],
    final: 'ANSWER',
  },
  {
    name: 'the FQDN has 4 dots < ndots:5: three search queries first',
    pod: 'default/web-a',
    qname: 'my-svc.other-ns.svc.cluster.local',
    attempts: [
      'my-svc.other-ns.svc.cluster.local.default.svc.cluster.local. NXDOMAIN',
      'my-svc.other-ns.svc.cluster.local.svc.cluster.local. NXDOMAIN',
      'my-svc.other-ns.svc.cluster.local.cluster.local. NXDOMAIN',
      'my-svc.other-ns.svc.cluster.local. ANSWER',
    ],
    final: 'ANSWER',
  },
  { name: 'a trailing dot makes it absolute: one query', pod: 'default/web-a', qname: 'my-svc.other-ns.svc.cluster.local.', attempts: ['my-svc.other-ns.svc.cluster.local. ANSWER'], final: 'ANSWER' },
  {
    name: '5 dots reach ndots: tried as is first',
    pod: 'default/web-a',
    qname: '_http._tcp.web.default.svc.cluster.local',
    type: 'SRV',
    attempts: ['_http._tcp.web.default.svc.cluster.local. ANSWER'],
    final: 'ANSWER',
  },
  { name: 'from other-ns, the short name finds its own Service', pod: 'other-ns/client', qname: 'my-svc', attempts: ['my-svc.other-ns.svc.cluster.local. ANSWER'], final: 'ANSWER', answers: ['10.96.0.30'] },
  { name: 'from other-ns, web.default', pod: 'other-ns/client', qname: 'web.default', attempts: ['web.default.other-ns.svc.cluster.local. NXDOMAIN', 'web.default.svc.cluster.local. ANSWER'], final: 'ANSWER', answers: ['10.96.0.20'] },
  {
    name: 'an outside name: three NXDOMAINs inside the cluster, then upstream',
    pod: 'other-ns/client',
    qname: 'www.example.com',
    attempts: ['www.example.com.other-ns.svc.cluster.local. NXDOMAIN', 'www.example.com.svc.cluster.local. NXDOMAIN', 'www.example.com.cluster.local. NXDOMAIN', 'www.example.com. UPSTREAM'],
    final: 'UPSTREAM',
  },
  {
    name: 'the node\'s search domains follow the cluster\'s; the walk stops at the first upstream query',
    pod: 'other-ns/client',
    qname: 'www.example.com',
    host: ec2,
    attempts: ['www.example.com.other-ns.svc.cluster.local. NXDOMAIN', 'www.example.com.svc.cluster.local. NXDOMAIN', 'www.example.com.cluster.local. NXDOMAIN', 'www.example.com.ec2.internal. UPSTREAM'],
    final: 'UPSTREAM',
    pending: ['www.example.com.'],
  },
  { name: 'an ExternalName: the CNAME is in the cluster, its target upstream', pod: 'default/web-a', qname: 'ext', attempts: ['ext.default.svc.cluster.local. UPSTREAM'], final: 'UPSTREAM', pending: ['ext.svc.cluster.local.', 'ext.cluster.local.', 'ext.'] },
  {
    name: 'glibc: NODATA under a search domain moves on',
    pod: 'default/web-a',
    qname: 'web',
    type: 'AAAA',
    attempts: ['web.default.svc.cluster.local. NODATA', 'web.svc.cluster.local. NXDOMAIN', 'web.cluster.local. NXDOMAIN', 'web. UPSTREAM'],
    final: 'UPSTREAM',
  },
  { name: 'musl: NODATA under a search domain ends the lookup', pod: 'default/web-a', qname: 'web', type: 'AAAA', resolver: 'musl', attempts: ['web.default.svc.cluster.local. NODATA'], final: 'NODATA' },
  { name: 'a trailing dot: one query, and its NODATA is the result', pod: 'default/web-a', qname: 'web.default.svc.cluster.local.', type: 'AAAA', attempts: ['web.default.svc.cluster.local. NODATA'], final: 'NODATA' },
  {
    name: 'glibc: when everything fails, the as-is failure tried first is the result (saved_herrno)',
    pod: 'default/web-a',
    qname: '_http._tcp.web.default.svc.cluster.local',
    type: 'AAAA',
    attempts: [
      '_http._tcp.web.default.svc.cluster.local. NODATA',
      '_http._tcp.web.default.svc.cluster.local.default.svc.cluster.local. NXDOMAIN',
      '_http._tcp.web.default.svc.cluster.local.svc.cluster.local. NXDOMAIN',
      '_http._tcp.web.default.svc.cluster.local.cluster.local. NXDOMAIN',
    ],
    final: 'NODATA',
  },
  { name: 'musl: the same name, as is only', pod: 'default/web-a', qname: '_http._tcp.web.default.svc.cluster.local', type: 'AAAA', resolver: 'musl', attempts: ['_http._tcp.web.default.svc.cluster.local. NODATA'], final: 'NODATA' },
  { name: 'names are case-insensitive', pod: 'default/web-a', qname: 'WEB', attempts: ['WEB.default.svc.cluster.local. ANSWER'], final: 'ANSWER', answers: ['10.96.0.20'] },
  {
    name: 'hostNetwork pod: the node\'s resolver, not the cluster DNS (Default)',
    pod: 'kube-system/kube-proxy-a',
    qname: 'web',
    host: ec2,
    attempts: ['web.ec2.internal. UPSTREAM'],
    final: 'UPSTREAM',
    pending: ['web.'],
  },
];

describe('resolveFromPod', () => {
  for (const c of cases) {
    test(c.name, () => {
      const r = resolveFromPod(index, topology, c.pod, c.qname, c.type ?? 'A', { resolver: c.resolver, hostResolvConf: c.host });
      assert.equal(r.error, null);
      const status = (a: (typeof r.attempts)[number]): string =>
        a.answeredBy !== 'kubernetes' || a.answer.incomplete ? 'UPSTREAM' : a.rcode === 'NOERROR' ? (a.answers.length > 0 ? 'ANSWER' : 'NODATA') : String(a.rcode);
      assert.deepEqual(r.attempts.map((a) => `${a.query} ${status(a)}`), c.attempts);
      assert.equal(r.final.status, c.final);
      if (c.answers) assert.deepEqual(r.final.answers.map((x) => (x.type === 'A' || x.type === 'AAAA' ? x.address : x.type)), c.answers);
      if (c.pending) assert.deepEqual(r.final.pending, c.pending);
    });
  }
});

describe('search candidates: glibc vs musl', () => {
  const search = ['ns.svc.cluster.local', 'svc.cluster.local', 'cluster.local'];
  const table: [string, string, ResolverKind, number, string[]][] = [
    ['short name: search then as is', 'a', 'glibc', 5, ['a.ns.svc.cluster.local.', 'a.svc.cluster.local.', 'a.cluster.local.', 'a.']],
    ['ndots reached: as is, then search (glibc)', 'a.b.c.d.e.f', 'glibc', 5, ['a.b.c.d.e.f.', 'a.b.c.d.e.f.ns.svc.cluster.local.', 'a.b.c.d.e.f.svc.cluster.local.', 'a.b.c.d.e.f.cluster.local.']],
    ['ndots reached: as is only (musl)', 'a.b.c.d.e.f', 'musl', 5, ['a.b.c.d.e.f.']],
    ['trailing dot: as is only (glibc)', 'a.', 'glibc', 5, ['a.']],
    ['trailing dot: as is only (musl)', 'a.', 'musl', 5, ['a.']],
    ['ndots:1 and one dot: as is first', 'a.b', 'glibc', 1, ['a.b.', 'a.b.ns.svc.cluster.local.', 'a.b.svc.cluster.local.', 'a.b.cluster.local.']],
  ];
  for (const [name, q, resolver, ndots, want] of table) test(name, () => assert.deepEqual(candidates(q, search, ndots, resolver).map((c) => c.name), want));
});

describe('resolv.conf as kubelet writes it', () => {
  test('ClusterFirst', () => {
    const r = resolveFromPod(index, topology, 'default/web-a', 'web');
    assert.equal(r.resolvConf?.text, 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });
  test('the node\'s search domains are appended without duplicates; its options are not kept', () => {
    const host: HostResolvConf = { nameservers: ['10.0.0.2'], search: ['ec2.internal.', 'cluster.local'], options: ['ndots:2', 'timeout:1'] };
    const r = resolveFromPod(index, topology, 'other-ns/client', 'web', 'A', { hostResolvConf: host });
    assert.deepEqual(r.resolvConf?.search, ['other-ns.svc.cluster.local', 'svc.cluster.local', 'cluster.local', 'ec2.internal']);
    assert.deepEqual(r.resolvConf?.options, ['ndots:5']);
  });
  test('more than 32 search paths are cut, with kubelet\'s event', () => {
    const many = Array.from({ length: 40 }, (_, i) => `d${i}.example`);
    const r = resolveFromPod(index, topology, 'default/web-a', 'web', 'A', { hostResolvConf: { nameservers: [], search: many, options: [] } });
    assert.equal(r.resolvConf?.search.length, 32);
    assert.match(r.assumptions.join('\n'), /search line limits were exceeded/);
  });
  test('hostNetwork: Default policy with the node\'s file, stated as an assumption', () => {
    const r = resolveFromPod(index, topology, 'kube-system/kube-proxy-a', 'web', 'A', { hostResolvConf: ec2 });
    assert.equal(r.resolvConf?.policy, 'Default');
    assert.equal(r.resolvConf?.text, 'search ec2.internal\nnameserver 10.0.0.2\n');
    assert.match(r.assumptions.join('\n'), /hostNetwork pod: dnsPolicy ClusterFirst falls back to Default/);
  });
  test('the DNS Service without ready endpoints is an assumption, not a failure', () => {
    assert.match(resolveFromPod(index, topology, 'default/web-a', 'web').assumptions.join('\n'), /kube-system\/kube-dns has no ready endpoint/);
  });
});

describe('errors are data', () => {
  test('unknown pod', () => assert.equal(resolveFromPod(index, topology, 'default/nope', 'web').error, 'there is no pod default/nope'));
  test('bad reference', () => assert.match(resolveFromPod(index, topology, 'nope', 'web').error ?? '', /not <namespace>\/<name>/));
  test('bad name', () => assert.match(resolveFromPod(index, topology, 'default/web-a', 'a..b').error ?? '', /empty label/));
});

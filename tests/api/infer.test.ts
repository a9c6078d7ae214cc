/**
 * infer and dump import through the real HTTP server and database: REST POST /api/v1/infer, GraphQL inferTopology,
 * importing a dump without a Topology document (stored, with the Corefile's DNS settings, answering questions), bad
 * input with a path and nothing stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

const DUMPS = join(__dirname, '..', '..', 'examples', 'dumps');
const flannel = readFileSync(join(DUMPS, 'kubeadm-flannel-vxlan.yaml'), 'utf8');
const calico = readFileSync(join(DUMPS, 'kubeadm-calico-ipip-crosssubnet.yaml'), 'utf8');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

const post = (path: string, body: string, type = 'application/yaml') => fetch(`${ts.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/v1/infer', () => {
  test('answers the documents with sources, missing and findings', async () => {
    const response = await post('/api/v1/infer', calico);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { documents: Array<{ kind: string; spec?: Record<string, unknown> }>; sources: Record<string, string>; missing: unknown[]; findings: Array<{ message: string }> };
    expect(body.documents[0]?.kind).toBe('Topology');
    expect(body.sources['spec.cni.overlay']).toBe('IPPool default-ipv4-ippool: spec.ipipMode');
    expect(body.sources['spec.podCIDRs']).toBe('IPPool default-ipv4-ippool: spec.cidr');
    expect(body.findings.some((f) => f.message.includes('--cluster-cidr') || f.message.includes('extraArgs[cluster-cidr]'))).toBe(true);
  });

  test('?output=yaml answers the commented YAML', async () => {
    const response = await post('/api/v1/infer?output=yaml', flannel);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('yaml');
    const text = await response.text();
    expect(text).toContain('# from ConfigMap kube-flannel/kube-flannel-cfg: net-conf.json Backend (no DirectRouting: false)');
  });

  test('a dump that is not YAML is refused with its line, and nothing is stored', async () => {
    const response = await post('/api/v1/infer', 'items: [\n');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors?: Array<{ path: string; message: string }> };
    expect(body.errors?.[0]?.message).toMatch(/YAML syntax error at line/);
    const list = (await (await fetch(`${ts.baseUrl}/api/v1/topologies`)).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});

describe('importing a dump', () => {
  test('without a Topology document: inferred, said so, stored with the Corefile settings, and traced', async () => {
    const list = parse(flannel) as { items: Array<{ kind: string; metadata: { name: string }; data?: Record<string, string> }> };
    const coredns = list.items.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'coredns');
    assert.ok(coredns?.data);
    coredns.data.Corefile = '.:53 {\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods verified\n       ttl 7\n    }\n    forward . 1.1.1.1\n}\n';
    const response = await post('/api/v1/topologies?name=from-dump', JSON.stringify(list), 'application/json');
    const body = (await response.json()) as { name: string; inferences: string[] };
    expect(response.status).toBe(201);
    expect(body.inferences[0]).toMatch(/^no Topology document: inferred one from the dump/);
    const exported = await (await fetch(`${ts.baseUrl}/api/v1/topologies/from-dump/export?format=yaml`)).text();
    expect(exported).toContain('podMode: verified');
    expect(exported).toContain('ttl: 7');
    // The stored DNS settings change the answers: TTL 7 instead of kubeadm's 30.
    const dns = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/from-dump/dns?name=api.shop.svc.cluster.local&type=A`)).json()) as { answer: { answers: Array<{ ttl: number; address: string }> } };
    expect(dns.answer.answers).toEqual([expect.objectContaining({ ttl: 7, address: '10.104.9.3' })]);
    const trace = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/from-dump/trace?from=pod:shop/web-6d4cf56db6-h2x9p&to=pod:kube-system/coredns-7c65d6cfc9-9m7wq&port=53&protocol=udp`)).json()) as { trace: { disposition: string } };
    expect(trace.trace.disposition).toBe('DELIVERED');
  });
});

describe('GraphQL inferTopology', () => {
  test('answers sources, missing and findings', async () => {
    const result = await graphql<{ inferTopology: { sources: { path: string; source: string }[]; missing: Array<{ field: string; supplyWith: string }>; explicit: boolean; yaml: string } }>(
      ts.baseUrl,
      'query($dump: String!) { inferTopology(dump: $dump, name: "g") { sources { path source } missing { field supplyWith } findings { severity message } explicit yaml } }',
      { dump: flannel },
    );
    expect(result.errors).toBeUndefined();
    const answer = result.data!.inferTopology;
    expect(answer.explicit).toBe(false);
    expect(answer.sources.find((s) => s.path === 'spec.podCIDRs')?.source).toContain('--cluster-cidr');
    expect(answer.missing.map((m) => m.field)).toContain('spec.underlay.subnets');
    expect(answer.yaml).toContain('name: g');
  });

  test('bad input is BAD_USER_INPUT', async () => {
    const result = await graphql(ts.baseUrl, 'query { inferTopology(dump: "{") { explicit } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

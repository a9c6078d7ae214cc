import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// DNS and kube-proxy through REST, GraphQL and the CLI on examples/kubeadm-calico.yaml: CoreDNS at 10.96.0.10 (kubeadm's
// 10th address of 10.96.0.0/12), pods resolving with kubelet's ClusterFirst resolv.conf (search <ns>.svc.cluster.local
// svc.cluster.local cluster.local, ndots:5 — kubernetes pkg/kubelet/network/dns/dns.go).
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
  const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: readFileSync(EXAMPLE, 'utf8') });
  assert.equal(r.status, 201);
});
afterAll(async () => {
  await ts.close();
});

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: () => undefined }, {});
  return { code, out };
}
const rest = async (path: string) => (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico${path}`)).json();

interface Resolution {
  kind: string;
  resolution: { attempts: { query: string; rcode: string }[]; final: { status: string; answers: { data?: unknown; address?: string }[] } };
}

describe('DNS', () => {
  test('kube-dns.kube-system.svc.cluster.local A → 10.96.0.10, the same through all three interfaces', async () => {
    const r = (await rest('/dns?name=kube-dns.kube-system.svc.cluster.local&type=A')) as { answer: { rcode: string; answers: { address: string }[] }; server: { server: { addresses: string[] } } };
    assert.equal(r.answer.rcode, 'NOERROR');
    assert.deepEqual(r.answer.answers.map((a) => a.address), ['10.96.0.10']);
    assert.deepEqual(r.server.server.addresses, ['10.96.0.10']);
    const c = await cli('dns', '--file', EXAMPLE, '--name', 'kube-dns.kube-system.svc.cluster.local', '-o', 'json');
    assert.deepEqual(JSON.parse(c.out), r);
    // DnsResult is an object type now: select what this test checks (tests/api/graphqlTypedAnswers.test.ts compares every field).
    const g = await graphql<{ topology: { dns: unknown } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { dns(name: "kube-dns.kube-system.svc.cluster.local", type: A) { answer { rcode answers { address } } server { server { addresses } } } } }',
    );
    assert.deepEqual(g.data?.topology.dns, { answer: { rcode: r.answer.rcode, answers: r.answer.answers.map((a) => ({ address: a.address })) }, server: { server: { addresses: r.server.server.addresses } } });
  });

  const SEARCH = [
    { name: 'short name in the pod’s namespace: the first search suffix answers', query: 'web', first: 'web.shop.svc.cluster.local.', attempts: 1 },
    { name: 'name.namespace: <ns>.svc first (NXDOMAIN), then svc.cluster.local answers', query: 'kube-dns.kube-system', first: 'kube-dns.kube-system.shop.svc.cluster.local.', attempts: 2 },
    { name: 'fully qualified with a trailing dot: one query, no search', query: 'kube-dns.kube-system.svc.cluster.local.', first: 'kube-dns.kube-system.svc.cluster.local.', attempts: 1 },
  ];
  for (const c of SEARCH) {
    test(`from pod shop/web: ${c.name}`, async () => {
      const r = (await rest(`/dns?name=${encodeURIComponent(c.query)}&from=${encodeURIComponent('pod:shop/web-7c9d8f6b5d-h2x9p')}`)) as Resolution;
      assert.equal(r.kind, 'resolution');
      assert.equal(r.resolution.attempts[0]?.query, c.first);
      assert.equal(r.resolution.attempts.length, c.attempts);
      assert.equal(r.resolution.final.status, 'ANSWER');
    });
  }

  test('an unknown pod or query type is bad input naming the argument', async () => {
    const bad = await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/dns?name=web&type=BOGUS`);
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path, 'type');
    const noPod = await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/dns?name=web&from=pod:shop/nope`);
    assert.equal(noPod.status, 400);
    assert.equal(((await noPod.json()) as { errors: { path: string }[] }).errors[0]?.path, 'from');
  });
});

describe('kube-proxy', () => {
  test('iptables-restore text for a node: the kube-dns ClusterIP jumps to its KUBE-SVC chain; text equal everywhere', async () => {
    const text = await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/kube-proxy?node=worker-a1&format=text`)).text();
    assert.match(text, /^\*filter$/m);
    assert.match(text, /^\*nat$/m);
    assert.match(text, /^-A KUBE-SERVICES -m comment --comment "kube-system\/kube-dns:dns cluster IP" -m udp -p udp -d 10\.96\.0\.10 --dport 53 -j KUBE-SVC-[A-Z2-7]{16}$/m);
    const c = await cli('kube-proxy', '--file', EXAMPLE, '--node', 'worker-a1');
    assert.equal(c.out, text);
    const g = await graphql<{ topology: { kubeProxyRules: { mode: string; text: string } } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { kubeProxyRules(node: "worker-a1") { mode text } } }',
    );
    assert.deepEqual(g.data?.topology.kubeProxyRules, { mode: 'IPTABLES', text });
    const nft = await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/kube-proxy?node=worker-a1&mode=nftables&format=text`)).text();
    assert.match(nft, /table ip kube-proxy/);
  });

  test('IPVS: the virtual servers, then the IPVS proxier\'s own iptables-restore input; text equal everywhere', async () => {
    const text = await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/kube-proxy?node=worker-a1&mode=ipvs&format=text`)).text();
    assert.match(text, /^# IPVS virtual servers for worker-a1 \(IPv4\)$/m);
    assert.match(text, /^\{"kind":"ClusterIP","service":"kube-system\/kube-dns:dns","address":"10\.96\.0\.10","port":53,"protocol":"UDP"/m);
    assert.match(text, /^# iptables-restore input for worker-a1 \(IPv4\)\n\*nat\n:KUBE-SERVICES - \[0:0\]$/m);
    assert.match(text, /^-A KUBE-SERVICES -m set --match-set KUBE-CLUSTER-IP dst,dst -j ACCEPT$/m);
    assert.match(text, /^-A KUBE-IPVS-FILTER -m conntrack --ctstate NEW -m set --match-set KUBE-IPVS-IPS dst -j REJECT\nCOMMIT$/m);
    const c = await cli('kube-proxy', '--file', EXAMPLE, '--node', 'worker-a1', '--mode', 'ipvs');
    assert.equal(c.out, text);
    const g = await graphql<{ topology: { kubeProxyRules: { mode: string; text: string } } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { kubeProxyRules(node: "worker-a1", mode: IPVS) { mode text } } }',
    );
    assert.deepEqual(g.data?.topology.kubeProxyRules, { mode: 'IPVS', text });
    const json = (await rest('/kube-proxy?node=worker-a1&mode=ipvs')) as { rules: { families: { iptables: { text: string } }[] } };
    assert.ok(text.endsWith(json.rules.families[0]!.iptables.text));
  });

  test('rule counts for the three modes, equal through REST and the CLI', async () => {
    const r = (await rest('/rule-counts?node=worker-a1')) as { node: string; modes: { mode: string; families: { total: number }[] }[] };
    assert.deepEqual(r.modes.map((m) => m.mode), ['iptables', 'nftables', 'ipvs']);
    for (const m of r.modes) assert.ok(m.families[0]!.total > 0, `${m.mode} has rules`);
    const c = await cli('rule-counts', '--file', EXAMPLE, '--node', 'worker-a1', '-o', 'json');
    assert.deepEqual(JSON.parse(c.out), r);
  });

  test('an unknown node is bad input naming node', async () => {
    const bad = await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/kube-proxy?node=ghost`);
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path, 'node');
    assert.equal((await cli('rule-counts', '--file', EXAMPLE, '--node', 'ghost')).code, 2);
  });
});

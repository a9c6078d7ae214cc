import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { asEngineStrings } from '../helpers/graphqlEnums';

// One table of questions asked through all three interfaces: REST and GraphQL on the real server, and the CLI's
// --file form (no database). The answers must be the same data.
const ROOT = join(__dirname, '..', '..');
const EXAMPLES = ['seed-routed', 'seed-overlay', 'kubeadm-calico'] as const;

const PACKET = 'family src dst protocol srcPort dstPort size';
const TRACE_FIELDS = `disposition assumptions outcomes { disposition probability branches } hops { node netns steps { type action detail {
  summary route routeOrigin device mtu xfrmPolicy rules chains service probability
  encapsulation { mode device outerSrc outerDst bytesAdded layers vni port }
  packetIn { inner { ${PACKET} } outer { ${PACKET} } } packetOut { inner { ${PACKET} } outer { ${PACKET} } } } } }`;

interface TraceCase {
  name: string;
  topology: (typeof EXAMPLES)[number];
  from: string;
  to: string;
  port?: number;
  packetSize?: number;
  disposition: string;
  /** Nodes of the hops, in order. */
  nodes: string[];
}

const TRACES: TraceCase[] = [
  {
    name: 'seed routed: pods on one node, through the docker0 bridge',
    topology: 'seed-routed',
    from: 'pod:default/web-frontend',
    to: 'pod:default/account-app-6d8f7b9c4-x2kqp',
    port: 8080,
    disposition: 'DELIVERED',
    nodes: ['node-1', 'node-1'],
  },
  {
    name: 'seed routed: across nodes by the explicit route 172.17.1.0/24 via 10.100.0.3',
    topology: 'seed-routed',
    from: 'pod:default/web-frontend',
    to: 'pod:default/account-app-6d8f7b9c4-7hw5m',
    port: 8080,
    disposition: 'DELIVERED',
    nodes: ['node-1', 'node-1', 'node-2', 'node-2'],
  },
  {
    name: 'seed overlay: flannel VXLAN encapsulates node to node',
    topology: 'seed-overlay',
    from: 'pod:default/web-frontend',
    to: 'pod:default/account-app-6d8f7b9c4-7hw5m',
    port: 8080,
    disposition: 'DELIVERED',
    nodes: ['node-1', 'node-1', 'node-2', 'node-2'],
  },
  {
    name: 'seed overlay: a 1480-byte packet exceeds the 1450 pod MTU',
    topology: 'seed-overlay',
    from: 'pod:default/web-frontend',
    to: 'pod:default/account-app-6d8f7b9c4-7hw5m',
    packetSize: 1480,
    disposition: 'MTU_EXCEEDED',
    nodes: ['node-1'],
  },
  {
    name: 'seed routed: a pod reaching the internet leaves the cluster',
    topology: 'seed-routed',
    from: 'pod:default/web-frontend',
    to: 'external:93.184.216.34:443',
    disposition: 'EXITS_CLUSTER',
    nodes: ['node-1', 'node-1', 'underlay'],
  },
];

let ts: TestServer;
let work: string;
beforeAll(async () => {
  ts = await startTestServer();
  work = mkdtempSync(join(tmpdir(), 'netmodel-questions-'));
  for (const name of EXAMPLES) {
    const response = await fetch(`${ts.baseUrl}/api/v1/topologies`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8'),
    });
    assert.equal(response.status, 201);
  }
});
afterAll(async () => {
  await ts.close();
  rmSync(work, { recursive: true, force: true });
});

/** GraphQL answers every optional field as null; REST and the CLI omit absent ones. Compare the data, not that choice. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

async function cliJson(args: string[]): Promise<{ code: number; body: unknown }> {
  let out = '';
  const code = await runCli([...args, '-o', 'json'], { out: (t) => void (out += t), err: () => undefined }, {});
  return { code, body: out ? JSON.parse(out) : null };
}

function restQuery(c: { from: string; to: string; port?: number; packetSize?: number }): string {
  const q = new URLSearchParams({ from: c.from, to: c.to });
  if (c.port) q.set('port', String(c.port));
  if (c.packetSize) q.set('packetSize', String(c.packetSize));
  return q.toString();
}

describe('trace: REST, GraphQL and the CLI answer the same', () => {
  for (const c of TRACES) {
    test(c.name, async () => {
      const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/${c.topology}/trace?${restQuery(c)}`)).json()) as {
        trace: { disposition: string; hops: { node: string }[] };
      };
      assert.equal(rest.trace.disposition, c.disposition);
      assert.deepEqual(rest.trace.hops.map((h) => h.node), c.nodes);

      const gql = await graphql<{ topology: { trace: { trace: unknown } } }>(
        ts.baseUrl,
        `query($t: String!, $from: String!, $to: String!, $port: Int, $size: Int) {
           topology(name: $t) { trace(from: $from, to: $to, port: $port, packetSize: $size) { trace { ${TRACE_FIELDS} } } } }`,
        { t: c.topology, from: c.from, to: c.to, port: c.port ?? null, size: c.packetSize ?? null },
      );
      assert.equal(gql.errors, undefined, JSON.stringify(gql.errors));
      assert.deepEqual(withoutNulls(asEngineStrings(gql.data!.topology.trace.trace, { type: 'StepType' })), withoutNulls(rest.trace));

      const args = ['trace', '--file', join(ROOT, 'examples', `${c.topology}.yaml`), '--from', c.from, '--to', c.to];
      if (c.port) args.push('--port', String(c.port));
      if (c.packetSize) args.push('--packet-size', String(c.packetSize));
      const cli = await cliJson(args);
      assert.equal(cli.code, 0);
      assert.deepEqual((cli.body as { trace: unknown }).trace, rest.trace);
    });
  }
});

describe('through a Service: DNS, then kube-proxy, one branch per endpoint', () => {
  test('pod shop/db-0 → dns:web:80 resolves web.shop.svc.cluster.local, DNATs to each of 2 endpoints at 0.5, the same everywhere', async () => {
    const q = new URLSearchParams({ from: 'pod:shop/db-0', to: 'dns:web:80' });
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/trace?${q}`)).json()) as {
      trace: { disposition: string; branches: { probability: number; endpoint: string; trace: { disposition: string } }[]; hops: { steps: { type: string; detail: { rules?: string[]; dns?: { queries: { query: string }[] } } }[] }[] };
    };
    assert.equal(rest.trace.disposition, 'DELIVERED');
    assert.deepEqual(
      rest.trace.branches.map((b) => [b.probability, b.endpoint, b.trace.disposition]),
      [
        [0.5, '10.244.1.5:8080', 'DELIVERED'],
        [0.5, '10.244.2.5:8080', 'DELIVERED'],
      ],
    );
    const steps = rest.trace.hops.flatMap((h) => h.steps);
    assert.equal(steps.find((s) => s.type === 'dns')?.detail.dns?.queries[0]?.query, 'web.shop.svc.cluster.local.');
    assert.ok(steps.some((s) => s.type === 'nat' && (s.detail.rules ?? []).some((r) => r.startsWith('-A KUBE-SERVICES'))), 'the nat step names the kube-proxy rules');
    const cli = await cliJson(['trace', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml'), '--from', 'pod:shop/db-0', '--to', 'dns:web:80']);
    assert.deepEqual((cli.body as { trace: unknown }).trace, rest.trace);
    const gql = await graphql<{ topology: { trace: { trace: { disposition: string; branches: { probability: number; endpoint: string }[]; outcomes: { disposition: string; probability: number }[] } } } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { trace(from: "pod:shop/db-0", to: "dns:web:80") { trace { disposition branches { probability endpoint } outcomes { disposition probability } } } } }',
    );
    assert.equal(gql.errors, undefined, JSON.stringify(gql.errors));
    assert.deepEqual(gql.data?.topology.trace.trace.branches, rest.trace.branches.map((b) => ({ probability: b.probability, endpoint: b.endpoint })));
    assert.deepEqual(gql.data?.topology.trace.trace.outcomes, [{ disposition: 'DELIVERED', probability: 1 }]);
  });
});

describe('other questions, three interfaces', () => {
  test('reachability matrix by subnet on kubeadm-calico: every rack pair delivers', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/reachability-matrix?groupBy=subnet`)).json()) as {
      cells: { from: string; to: string; disposition: string; nodePairs: number }[];
    };
    assert.deepEqual(
      rest.cells.map((c) => [c.from, c.to, c.nodePairs, c.disposition]),
      [
        ['rack-a', 'rack-a', 6, 'DELIVERED'],
        ['rack-a', 'rack-b', 9, 'DELIVERED'],
        ['rack-b', 'rack-a', 9, 'DELIVERED'],
        ['rack-b', 'rack-b', 6, 'DELIVERED'],
      ],
    );
    const cli = await cliJson(['reach', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml')]);
    assert.deepEqual(cli.body, rest);
    const gql = await graphql<{ topology: { reachabilityMatrix: { cells: { disposition: string }[]; tracesRun: number } } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { reachabilityMatrix(groupBy: SUBNET) { tracesRun cells { disposition } } } }',
    );
    assert.deepEqual(gql.data?.topology.reachabilityMatrix.cells, rest.cells.map((c) => ({ disposition: c.disposition })));
  });

  test('reachability of one pair', async () => {
    const q = restQuery({ from: 'pod:default/web-frontend', to: 'pod:default/account-app-6d8f7b9c4-7hw5m' });
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/seed-routed/reachability?${q}`)).json()) as { reachable: boolean; disposition: string };
    assert.deepEqual([rest.reachable, rest.disposition], [true, 'DELIVERED']);
  });

  test('encapsulation overhead: Calico IPIP costs 20 bytes and gives 1480 pods on a 1500 underlay', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/overhead`)).json()) as {
      overhead: { family: string; bytes: number }[];
      nodes: { podMtu: number }[];
    };
    assert.deepEqual(rest.overhead.map((o) => [o.family, o.bytes]), [['IPv4', 20]]);
    assert.ok(rest.nodes.every((n) => n.podMtu === 1480));
    const cli = await cliJson(['overhead', '--file', join(ROOT, 'examples', 'kubeadm-calico.yaml')]);
    assert.deepEqual(cli.body, rest);
    const gql = await graphql<{ topology: { encapOverhead: { overhead: { bytes: number }[]; nodes: { podMtu: number }[] } } }>(
      ts.baseUrl,
      '{ topology(name: "kubeadm-calico") { encapOverhead { overhead { bytes } nodes { podMtu } } } }',
    );
    assert.deepEqual(gql.data?.topology.encapOverhead.overhead, [{ bytes: 20 }]);
  });

  test('conflicts: a clean example has none; a conflicting document fails --fail-on error with exit 1', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/conflicts?failOn=warning`)).json()) as { findings: unknown[]; failed: boolean };
    assert.deepEqual([rest.findings.length, rest.failed], [0, false]);
    // The seed cluster as it first was: kubeadm's 10.96.0.0/12 service range swallows the 10.100.0.0/24 node subnet.
    const conflicting = readFileSync(join(ROOT, 'examples', 'seed-routed.yaml'), 'utf8').replace('- 10.96.0.0/16', '- 10.96.0.0/12');
    const path = join(work, 'conflicting.yaml');
    writeFileSync(path, conflicting);
    const cli = await cliJson(['conflicts', '--file', path, '--fail-on', 'error']);
    assert.equal(cli.code, 1);
    const body = cli.body as { failed: boolean; findings: { severity: string; objects: { kind: string; cidr: string }[] }[] };
    assert.equal(body.failed, true);
    const hit = body.findings.find((f) => f.objects.some((o) => o.cidr === '10.96.0.0/12') && f.objects.some((o) => o.cidr === '10.100.0.0/24'));
    assert.ok(hit, JSON.stringify(body.findings));
    assert.equal(hit.severity, 'error');
    assert.equal((await cliJson(['conflicts', '--file', path])).code, 0, 'without --fail-on findings do not fail');
  });
});

describe('bad questions name the argument', () => {
  const CASES = [
    { name: 'malformed source', query: 'from=banana&to=node:node-1', path: 'from' },
    { name: 'unknown pod', query: 'from=pod:default/nope&to=node:node-1', path: 'from' },
    { name: 'port out of range', query: 'from=node:node-1&to=node:node-2&port=70000', path: 'port' },
    { name: 'unknown family', query: 'from=node:node-1&to=node:node-2&family=ipx', path: 'family' },
  ];
  for (const c of CASES) {
    test(`${c.name} → 400 at ${c.path}`, async () => {
      const response = await fetch(`${ts.baseUrl}/api/v1/topologies/seed-routed/trace?${c.query}`);
      assert.equal(response.status, 400);
      const problem = (await response.json()) as { errors: { path: string }[] };
      assert.equal(problem.errors[0]?.path, c.path, JSON.stringify(problem));
    });
  }

  test('GraphQL says BAD_USER_INPUT with the same path; the CLI exits 2', async () => {
    const gql = await graphql(ts.baseUrl, '{ topology(name: "seed-routed") { trace(from: "banana", to: "node:node-1") { trace { disposition } } } }');
    assert.equal(gql.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((gql.errors?.[0]?.extensions?.problems as { path: string }[])[0]?.path, 'from');
    const cli = await cliJson(['trace', '--file', join(ROOT, 'examples', 'seed-routed.yaml'), '--from', 'banana', '--to', 'node:node-1']);
    assert.equal(cli.code, 2);
  });

  test('a question about a topology that does not exist is 404 / NOT_FOUND', async () => {
    assert.equal((await fetch(`${ts.baseUrl}/api/v1/topologies/nope/conflicts`)).status, 404);
  });

  test('the CLI needs exactly one of --topology and --file', async () => {
    assert.equal((await cliJson(['conflicts'])).code, 2);
  });
});

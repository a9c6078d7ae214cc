import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { parseSvg } from '../diagrams/svg';

// The same pictures through every interface: REST ?format=svg|dot on the drawable answers and /diagram, GraphQL's
// diagram fields, and the CLI's -o svg|dot and `netmodel diagram` (its --file form needs no database).
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p';
const DNS = 'pod:kube-system/coredns-5dd5756b68-qk4vn';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  const response = await fetch(`${t.baseUrl}/api/v1/topologies?name=kubeadm-calico`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: readFileSync(EXAMPLE, 'utf8') });
  expect(response.status).toBe(201);
  const scenario = await fetch(`${t.baseUrl}/api/v1/topologies/kubeadm-calico/scenarios`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'go-routed', operations: [{ op: 'setCni', overlay: 'none' }] }),
  });
  expect(scenario.status).toBe(201);
});

afterAll(async () => {
  await t.close();
});

interface RestCase {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  status: number;
  type: string;
  /** Element ids, or text, the answer must contain. */
  ids?: string[];
  shows?: string[];
}

const q = (o: Record<string, string>) => new URLSearchParams(o).toString();
const CASES: RestCase[] = [
  { name: 'trace as SVG', path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS, format: 'svg' })}`, status: 200, type: 'image/svg+xml', ids: ['hop0', 'hop4', 'hop1-step2', 'disposition'], shows: ['IPIP tunnel 10.0.1.11 → 10.0.2.11 (+20 B)'] },
  { name: 'trace as DOT', path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS, format: 'dot' })}`, status: 200, type: 'text/vnd.graphviz', shows: ['digraph "trace"', `${WEB} → ${DNS}`] },
  { name: 'failed trace: the deciding step labeled', path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS, packetSize: '1490', format: 'svg' })}`, status: 200, type: 'image/svg+xml', shows: ['DECIDED: MTU_EXCEEDED'] },
  { name: 'reachability of a pair as SVG', path: `/topologies/kubeadm-calico/reachability?${q({ from: WEB, to: 'svc:shop/api:9000', format: 'svg' })}`, status: 200, type: 'image/svg+xml', ids: ['branch0', 'branch1'] },
  { name: 'reachability matrix as SVG', path: `/topologies/kubeadm-calico/reachability-matrix?format=svg`, status: 200, type: 'image/svg+xml', ids: ['group:rack-a', 'group:rack-b'] },
  { name: 'capacity plot', path: `/topologies/kubeadm-calico/capacity?growthNodesPerMonth=2&format=svg`, status: 200, type: 'image/svg+xml', shows: ['exhausted in 125 months'] },
  { name: 'capacity has no DOT form: 400 naming format', path: `/topologies/kubeadm-calico/capacity?format=dot`, status: 400, type: 'application/problem+json', shows: ['"path":"format"'] },
  { name: 'topology map, default SVG', path: `/topologies/kubeadm-calico/diagram`, status: 200, type: 'image/svg+xml', ids: ['subnet:rack-a', 'node:worker-b3', 'underlay'] },
  { name: 'topology map by zone with Services, as DOT', path: `/topologies/kubeadm-calico/diagram?groupBy=zone&services=true&format=dot`, status: 200, type: 'text/vnd.graphviz', shows: ['"zone:zone-a"', '"svc:shop/web"'] },
  { name: 'map of an unknown group: 400 naming group', path: `/topologies/kubeadm-calico/diagram?group=rack-z`, status: 400, type: 'application/problem+json', shows: ['"path":"group"'] },
  { name: 'map with a bad groupBy: 400', path: `/topologies/kubeadm-calico/diagram?groupBy=rack`, status: 400, type: 'application/problem+json', shows: ['groupBy'] },
  { name: 'map of a missing topology: 404', path: `/topologies/nope/diagram`, status: 404, type: 'application/problem+json' },
  { name: 'an unknown format: 400', path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS, format: 'png' })}`, status: 400, type: 'application/problem+json', shows: ['format'] },
  { name: 'format=json is the answer itself', path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS, format: 'json' })}`, status: 200, type: 'application/json', shows: ['"disposition":"DELIVERED"'] },
  { name: 'stored scenario diff drawn', method: 'POST', path: `/scenarios/go-routed/diff?format=svg`, body: {}, status: 200, type: 'image/svg+xml', shows: ['LOST: DELIVERED → NO_ROUTE', 'pod MTU 1480 → 1500 on 6 nodes'] },
  { name: 'stateless what-if drawn', method: 'POST', path: `/topologies/kubeadm-calico/what-if?format=dot`, body: { operations: [{ op: 'setCni', overlay: 'none' }] }, status: 200, type: 'text/vnd.graphviz', shows: ['class="change lost"'] },
];

describe('REST pictures', () => {
  test.each(CASES)('$name', async (c) => {
    const response = await fetch(`${t.baseUrl}/api/v1${c.path}`, {
      method: c.method ?? 'GET',
      ...(c.body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.body) } : {}),
    });
    const text = await response.text();
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toContain(c.type);
    if (c.type === 'image/svg+xml') {
      const svg = parseSvg(text);
      for (const id of c.ids ?? []) expect(svg.byId.has(id)).toBe(true);
      for (const s of c.shows ?? []) expect(svg.text).toContain(s);
    } else for (const s of c.shows ?? []) expect(text).toContain(s);
  });

  test('the OpenAPI document lists format on the drawable answers and the diagram route', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    const params = (path: string, method: string) => (doc.paths[path]?.[method]?.parameters ?? []).map((p) => p.name);
    expect(params('/api/v1/topologies/{name}/trace', 'get')).toContain('format');
    expect(params('/api/v1/topologies/{name}/capacity', 'get')).toContain('format');
    expect(params('/api/v1/scenarios/{scenario}/diff', 'post')).toContain('format');
    expect(params('/api/v1/topologies/{name}/diagram', 'get')).toEqual(expect.arrayContaining(['format', 'groupBy', 'group', 'namespace', 'services', 'maxNodes']));
  });
});

describe('GraphQL pictures', () => {
  test('trace and topology diagrams as SVG and DOT', async () => {
    const r = await graphql<{ topology: { svg: string; dot: string; trace: { diagram: string } } }>(
      t.baseUrl,
      `query($from: String!, $to: String!) { topology(name: "kubeadm-calico") {
        svg: diagram(groupBy: SUBNET) dot: diagram(format: DOT, services: true)
        trace(from: $from, to: $to, packetSize: 1490) { diagram }
      } }`,
      { from: WEB, to: DNS },
    );
    expect(r.errors).toBeUndefined();
    expect(parseSvg(r.data!.topology.svg).byId.has('node:worker-a1')).toBe(true);
    expect(r.data!.topology.dot).toContain('"svc:shop/api"');
    expect(parseSvg(r.data!.topology.trace.diagram).text).toContain('DECIDED: MTU_EXCEEDED');
  });

  test('a bad groupBy is refused by the GroupBy enum before any resolver runs, naming the enum', async () => {
    const r = await graphql(t.baseUrl, `{ topology(name: "kubeadm-calico") { diagram(groupBy: RACK) } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0]?.message).toContain('"GroupBy"');
    const v = await graphql(t.baseUrl, `query($g: GroupBy) { topology(name: "kubeadm-calico") { diagram(groupBy: $g) } }`, { g: 'rack' });
    expect(v.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(v.errors?.[0]?.message).toContain('$g');
  });
});

describe('CLI pictures (--file, no database)', () => {
  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  }

  test.each([
    { name: 'trace -o svg', args: ['trace', '-f', EXAMPLE, '--from', WEB, '--to', DNS, '-o', 'svg'], code: 0, ids: ['hop0-step0', 'hop4-step0'] },
    { name: 'reach -o svg (matrix)', args: ['reach', '-f', EXAMPLE, '-o', 'svg'], code: 0, ids: ['group:rack-a'] },
    { name: 'diagram (SVG by default)', args: ['diagram', '-f', EXAMPLE], code: 0, ids: ['subnet:rack-b', 'node:worker-a2'] },
    { name: 'diagram --group-by node --max-nodes 2: never aggregated', args: ['diagram', '-f', EXAMPLE, '--group-by', 'node', '--max-nodes', '2'], code: 0, ids: ['node:worker-b3'] },
    { name: 'diagram --max-nodes 2: aggregated per subnet', args: ['diagram', '-f', EXAMPLE, '--max-nodes', '2'], code: 0, ids: ['group:rack-a', 'group:rack-b'] },
    { name: 'capacity -o svg', args: ['capacity', '-f', EXAMPLE, '--growth-nodes-per-month', '2', '-o', 'svg'], code: 0, ids: [] },
  ])('$name', async (c) => {
    const r = await cli(c.args);
    expect(r.err).toBe('');
    expect(r.code).toBe(c.code);
    const svg = parseSvg(r.out);
    for (const id of c.ids) expect(svg.byId.has(id)).toBe(true);
  });

  test.each([
    { name: 'diagram -o dot is Graphviz source', args: ['diagram', '-f', EXAMPLE, '-o', 'dot'], code: 0, out: 'graph "topology" {' },
    { name: 'capacity -o dot is refused naming --output', args: ['capacity', '-f', EXAMPLE, '-o', 'dot'], code: 2, err: '--output' },
    { name: 'diagram --group rack-z is refused naming --group', args: ['diagram', '-f', EXAMPLE, '--group', 'rack-z'], code: 2, err: '--group' },
    { name: 'diagram -o png is a usage error', args: ['diagram', '-f', EXAMPLE, '-o', 'png'], code: 2, err: 'png' },
  ])('$name', async (c) => {
    const r = await cli(c.args);
    expect(r.code).toBe(c.code);
    if (c.out) expect(r.out).toContain(c.out);
    if (c.err) expect(r.err).toContain(c.err);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { MAX_DRAWN } from '../../src/diagrams';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { parseSvg } from '../diagrams/svg';

// The same pictures through every interface: REST ?format=svg|dot on the drawable answers and /diagram, GraphQL's
// diagram fields, and the CLI's -o svg|dot and `netmodel diagram` (its --file form needs no database).
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');
const POLICIES = join(ROOT, 'examples', 'shop-policies.yaml');
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p';
const DNS = 'pod:kube-system/coredns-5dd5756b68-qk4vn';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  for (const [name, file] of [['kubeadm-calico', EXAMPLE], ['shop-policies', POLICIES]] as const) {
    const response = await fetch(`${t.baseUrl}/api/v1/topologies?name=${name}`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: readFileSync(file, 'utf8') });
    expect(response.status).toBe(201);
  }
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

// One renderer behind every interface: for the same question GraphQL's diagram field returns exactly REST's ?format=
// bytes, SVG and DOT alike, and the DOT has the nodes and edges of the answer (the JSON answers these come from are
// asserted against upstream in their own tests; here the picture must show them).
const SAME_PICTURES: {
  name: string;
  rest: { method?: 'POST'; path: string; body?: unknown };
  query: string;
  variables?: Record<string, unknown>;
  /** Where the picture is in the GraphQL data, as a dotted path. */
  field: string;
  dot: string[];
}[] = [
  {
    name: 'trace',
    rest: { path: `/topologies/kubeadm-calico/trace?${q({ from: WEB, to: DNS })}` },
    query: `query($f: DiagramFormat, $from: String!, $to: String!) { topology(name: "kubeadm-calico") { trace(from: $from, to: $to) { diagram(format: $f) } } }`,
    variables: { from: WEB, to: DNS },
    field: 'topology.trace.diagram',
    dot: ['"hop0-step0" -> "hop0-step1"', `${WEB} → ${DNS}`, 'IPIP tunnel 10.0.1.11 → 10.0.2.11 (+20 B)'],
  },
  {
    name: 'reachability of a pair through a Service',
    rest: { path: `/topologies/kubeadm-calico/reachability?${q({ from: WEB, to: 'svc:shop/api:9000' })}` },
    query: `query($f: DiagramFormat, $from: String!, $to: String!) { topology(name: "kubeadm-calico") { reachability(from: $from, to: $to) { diagram(format: $f) } } }`,
    variables: { from: WEB, to: 'svc:shop/api:9000' },
    field: 'topology.reachability.diagram',
    dot: [`${WEB} → svc:shop/api:9000`, 'id="branch0"', 'id="branch1"'],
  },
  {
    name: 'reachability matrix',
    rest: { path: '/topologies/kubeadm-calico/reachability-matrix' },
    query: `query($f: DiagramFormat) { topology(name: "kubeadm-calico") { reachabilityMatrix { diagram(format: $f) } } }`,
    field: 'topology.reachabilityMatrix.diagram',
    dot: ['"group:rack-a" [id="group:rack-a"', '"group:rack-a" -> "group:rack-b" [class="cell ok"', '"group:rack-b" -> "group:rack-a" [class="cell ok"', '4 of 4 group pairs deliver'],
  },
  {
    name: 'connectivity',
    rest: { path: '/topologies/shop-policies/connectivity' },
    query: `query($f: DiagramFormat) { topology(name: "shop-policies") { connectivity { diagram(format: $f) } } }`,
    field: 'topology.connectivity.diagram',
    // examples/shop-policies.yaml: billing may reach only DNS (TCP and UDP 53), as its egress policy allows.
    dot: ['subgraph "cluster_ns:billing"', '"Pod:billing/billing-1" -> "Pod:kube-system/coredns-1" [class="allowed"', 'label="TCP 53,UDP 53"'],
  },
  {
    name: 'stored scenario diff',
    rest: { method: 'POST', path: '/scenarios/go-routed/diff', body: {} },
    query: `query($f: DiagramFormat) { scenario(name: "go-routed") { diff { diagram(format: $f) } } }`,
    field: 'scenario.diff.diagram',
    dot: ['scenario go-routed on kubeadm-calico', '"group:rack-a" -> "group:rack-b" [class="change lost"', 'LOST: DELIVERED → NO_ROUTE', 'pod MTU 1480 → 1500 on 6 nodes'],
  },
  {
    name: 'stateless what-if',
    rest: { method: 'POST', path: '/topologies/kubeadm-calico/what-if', body: { operations: [{ op: 'setCni', overlay: 'none' }] } },
    query: `query($f: DiagramFormat) { whatIf(topology: "kubeadm-calico", operations: [{ setCni: { overlay: NONE } }]) { diagram(format: $f) } }`,
    field: 'whatIf.diagram',
    dot: ['what-if on kubeadm-calico', '"group:rack-b" -> "group:rack-a" [class="change lost"', 'overlay ipip → none'],
  },
];

async function restPicture(rest: (typeof SAME_PICTURES)[number]['rest'], format: 'svg' | 'dot'): Promise<string> {
  const separator = rest.path.includes('?') ? '&' : '?';
  const response = await fetch(`${t.baseUrl}/api/v1${rest.path}${separator}format=${format}`, {
    method: rest.method ?? 'GET',
    ...(rest.body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(rest.body) } : {}),
  });
  expect(response.status).toBe(200);
  return response.text();
}

describe('GraphQL draws the same picture as REST', () => {
  test.each(SAME_PICTURES)('$name: SVG and DOT equal, DOT with the answer\'s nodes and edges', async (c) => {
    for (const format of ['SVG', 'DOT'] as const) {
      const r = await graphql(t.baseUrl, c.query, { ...c.variables, f: format });
      expect(r.errors).toBeUndefined();
      const picture = c.field.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], r.data) as string;
      expect(picture).toBe(await restPicture(c.rest, format === 'SVG' ? 'svg' : 'dot'));
      if (format === 'SVG') expect(parseSvg(picture).byId.size).toBeGreaterThan(0);
      else for (const s of c.dot) expect(picture).toContain(s);
    }
  });

  test('capacity: the same plot; DOT is BAD_USER_INPUT naming format', async () => {
    const query = `query($f: DiagramFormat) { topology(name: "kubeadm-calico") { capacity(growthNodesPerMonth: 2) { diagram(format: $f) } } }`;
    const svg = await graphql<{ topology: { capacity: { diagram: string } } }>(t.baseUrl, query, { f: 'SVG' });
    expect(svg.errors).toBeUndefined();
    expect(svg.data!.topology.capacity.diagram).toBe(await restPicture({ path: '/topologies/kubeadm-calico/capacity?growthNodesPerMonth=2' }, 'svg'));
    expect(parseSvg(svg.data!.topology.capacity.diagram).text).toContain('exhausted in 125 months');
    const dot = await graphql(t.baseUrl, query, { f: 'DOT' });
    expect(dot.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dot.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ path: 'format' })]);
  });
});

// Graphviz lays out on the server's event loop and its time grows much faster than the edges (src/diagrams/render.ts):
// a 30-node matrix grouped by node (674 labeled edges) stalled everything for minutes. A picture over MAX_DRAWN is refused before
// any layout, as a 400 naming format, on every interface; its DOT is still answered.
describe('pictures too large to lay out', () => {
  // 20 nodes in 4 subnets without an overlay: pods reach only pods of their own subnet (flannel none routes on-link
  // only), so 20 × 19 − 4 × 5 × 4 = 300 node pairs fail, each a red edge of the node-level matrix.
  const FAILING = 300;
  beforeAll(async () => {
    const generated = generateTopology({ nodes: 20, podsPerNode: 3, subnets: 4, overlay: 'none', name: 'twenty' });
    if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
    const r = await fetch(`${t.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exportTopology(generated.topology, 'json') });
    expect(r.status).toBe(201);
  });

  test('REST: SVG refused with 400 naming format and how to narrow; DOT answered', async () => {
    const svg = await fetch(`${t.baseUrl}/api/v1/topologies/twenty/reachability-matrix?groupBy=node&format=svg`);
    expect(svg.status).toBe(400);
    const problem = (await svg.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]?.path).toBe('format');
    expect(problem.errors[0]?.message).toContain(`up to ${MAX_DRAWN.labeledEdges} labeled edges`);
    expect(problem.errors[0]?.message).toContain('group by subnet');
    const dot = await fetch(`${t.baseUrl}/api/v1/topologies/twenty/reachability-matrix?groupBy=node&format=dot`);
    expect(dot.status).toBe(200);
    expect((await dot.text()).match(/ -> /g)?.length).toBe(FAILING);
    const health = await fetch(`${t.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  test('GraphQL: BAD_USER_INPUT naming format; the same matrix by subnet is drawn', async () => {
    const big = await graphql(t.baseUrl, '{ topology(name: "twenty") { reachabilityMatrix(groupBy: NODE) { diagram } } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ path: 'format' })]);
    const small = await graphql<{ topology: { reachabilityMatrix: { diagram: string } } }>(t.baseUrl, '{ topology(name: "twenty") { reachabilityMatrix(groupBy: SUBNET) { diagram } } }');
    expect(small.errors).toBeUndefined();
    expect(parseSvg(small.data!.topology.reachabilityMatrix.diagram).byId.size).toBeGreaterThan(0);
  });
});

describe('CLI pictures (--file, no database)', () => {
  // The operations file what-if reads: switch the IPIP overlay off (the go-routed scenario above).
  const OPS = join(mkdtempSync(join(tmpdir(), 'netmodel-diagrams-')), 'go-routed.json');
  beforeAll(() => writeFileSync(OPS, JSON.stringify([{ op: 'setCni', overlay: 'none' }])));
  afterAll(() => rmSync(dirname(OPS), { recursive: true, force: true }));
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
    { name: 'reach --from --to -o svg (a pair through a Service)', args: ['reach', '-f', EXAMPLE, '--from', WEB, '--to', 'svc:shop/api:9000', '-o', 'svg'], code: 0, ids: ['branch0', 'branch1'] },
    { name: 'connectivity -o svg', args: ['connectivity', '-f', POLICIES, '-o', 'svg'], code: 0, ids: ['ns:billing', 'Pod:billing/billing-1'] },
    { name: 'what-if -o svg', args: ['what-if', '-f', EXAMPLE, '--ops', OPS, '-o', 'svg'], code: 0, ids: ['group:rack-a', 'facts'] },
  ])('$name', async (c) => {
    const r = await cli(c.args);
    expect(r.err).toBe('');
    expect(r.code).toBe(c.code);
    const svg = parseSvg(r.out);
    for (const id of c.ids) expect(svg.byId.has(id)).toBe(true);
  });

  test.each([
    { name: 'diagram -o dot is Graphviz source', args: ['diagram', '-f', EXAMPLE, '-o', 'dot'], code: 0, out: 'graph "topology" {' },
    { name: 'connectivity -o dot', args: ['connectivity', '-f', POLICIES, '-o', 'dot'], code: 0, out: '"Pod:billing/billing-1" -> "Pod:kube-system/coredns-1"' },
    { name: 'what-if -o dot', args: ['what-if', '-f', EXAMPLE, '--ops', OPS, '-o', 'dot'], code: 0, out: 'class="change lost"' },
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

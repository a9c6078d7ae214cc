import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ALL_SCHEMAS, ref } from '../../src/api/rest/schemas';
import type { QuestionName } from '../../src/app/workers/registry';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { startTestServer, type TestServer } from '../helpers/server';

// REST answers of a stored version are served from the answer cache (src/app/answerCache.ts) after the first request,
// serialized on a worker thread (src/app/workers/serialize.ts). The cached bytes must be exactly the bytes fastify's
// own response serializer makes of a fresh computation; a write makes the next read compute the new version's answer;
// and a token never reaches an answer of a topology it may not read, whatever another token put in the cache.

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');
const WEB = 'pod:shop/web-7c9d8f6b5d-h2x9p';
const DNS = 'pod:kube-system/coredns-5dd5756b68-qk4vn';

let ts: TestServer;
/** A fastify instance with the REST schemas and nothing else: the reference serializer of each answer schema. */
let reference: FastifyInstance;
let referenceUrl: string;

beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0 });
  reference = Fastify({ logger: false });
  for (const schema of ALL_SCHEMAS) reference.addSchema(schema);
  for (const schema of ALL_SCHEMAS) {
    reference.get(`/serialize/${schema.$id}`, { schema: { response: { 200: ref(schema.$id) } } }, async () => serializing);
  }
  await reference.listen({ port: 0, host: '127.0.0.1' });
  referenceUrl = `http://127.0.0.1:${(reference.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await reference?.close();
  await ts?.close();
});

/** The answer object the reference route returns (as it is, not through JSON). */
let serializing: unknown = null;

/** What fastify sends for `answer` under the response schema `schemaId` (a route of the reference instance). */
async function fastifyBytes(schemaId: string, answer: unknown): Promise<string> {
  serializing = answer;
  const r = await fetch(`${referenceUrl}/serialize/${schemaId}`);
  expect(r.status).toBe(200);
  return r.text();
}

async function store(name: string, body: string, type: string, headers: Record<string, string> = {}): Promise<void> {
  const r = await fetch(`${ts.baseUrl}/api/v1/topologies?name=${name}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
  expect(r.status).toBe(201);
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string | null }> {
  const r = await fetch(`${ts.baseUrl}${path}`, { headers });
  return { status: r.status, body: await r.text(), type: r.headers.get('content-type') };
}

interface Case {
  name: string;
  path: string;
  method?: 'POST';
  body?: object;
  question: QuestionName;
  input: unknown;
  schema: string;
}

// One row per REST route answered through the cache; `input` is what the route passes to the question after fastify
// parsed and coerced the query (defaults included), so the fresh computation is asked exactly the same question.
const CASES: Case[] = [
  { name: 'trace', path: `/trace?from=${WEB}&to=${DNS}&port=53`, question: 'trace', input: { from: WEB, to: DNS, port: 53 }, schema: 'TraceAnswer' },
  { name: 'reachability', path: `/reachability?from=${WEB}&to=${DNS}&port=53`, question: 'reachability', input: { from: WEB, to: DNS, port: 53 }, schema: 'Reachability' },
  { name: 'reachability matrix by node', path: '/reachability-matrix?groupBy=node', question: 'reachabilityMatrix', input: { groupBy: 'node' }, schema: 'ReachabilityMatrix' },
  { name: 'conflicts', path: '/conflicts', question: 'conflicts', input: {}, schema: 'ConflictReport' },
  { name: 'connectivity by pod', path: '/connectivity?level=pod', question: 'connectivity', input: { level: 'pod' }, schema: 'Connectivity' },
  { name: 'overhead', path: '/overhead?packetSize=1400', question: 'overhead', input: { packetSize: 1400 }, schema: 'OverheadReport' },
  {
    name: 'overhead with a traffic matrix (POST)',
    path: '/overhead',
    method: 'POST',
    body: { packetSize: 1400, trafficMatrix: [{ from: { kind: 'namespace', name: 'shop' }, to: { kind: 'namespace', name: 'kube-system' }, bytesPerSecond: 1000 }] },
    question: 'overhead',
    input: { packetSize: 1400, trafficMatrix: [{ from: { kind: 'namespace', name: 'shop' }, to: { kind: 'namespace', name: 'kube-system' }, bytesPerSecond: 1000 }] },
    schema: 'OverheadReport',
  },
  { name: 'capacity with growth', path: '/capacity?growthNodesPerMonth=2', question: 'capacity', input: { growthNodesPerMonth: 2 }, schema: 'CapacityReport' },
  { name: 'free CIDRs', path: '/free-cidrs?prefixLength=24&count=3', question: 'freeCidrs', input: { prefixLength: 24, count: 3 }, schema: 'FreeCidrs' },
];

describe('a cached answer is byte for byte what a fresh computation serializes to', () => {
  beforeAll(async () => {
    await ts.reset();
    await store('ex', EXAMPLE, 'application/yaml');
  });

  test.each(CASES)('$name', async (c) => {
    const url = `${ts.baseUrl}/api/v1/topologies/ex${c.path}`;
    const init: RequestInit = c.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.body) } : {};
    const first = await fetch(url, init);
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const hitsBefore = ts.app.answers.stats().hits;
    const second = await fetch(url, init);
    const secondBody = await second.text();
    // The second answer came from the cache, and it is the same bytes.
    expect(ts.app.answers.stats().hits).toBe(hitsBefore + 1);
    expect(secondBody).toBe(firstBody);
    // A fresh computation on this thread, serialized by fastify's own response serializer: the same bytes again.
    const fresh = await ts.app.questions.ask(c.question, await ts.app.topologies.get('ex'), c.input as never);
    expect(secondBody).toBe(await fastifyBytes(c.schema, fresh));
  });

  test('the answer drawn (?format=svg) still comes from the answer object, not the cached JSON', async () => {
    const r = await get(`/api/v1/topologies/ex/trace?from=${WEB}&to=${DNS}&port=53&format=svg`);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^image\/svg\+xml/);
    expect(r.body).toMatch(/^<\?xml|^<svg/);
  });

  test('a question that fails is not cached: the same bad input fails again, naming the field', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await get('/api/v1/topologies/ex/trace?from=pod:shop/nope&to=pod:shop/nope');
      expect(r.status).toBe(400);
      expect(r.body).toContain('from');
    }
  });
});

describe('a write makes the next read compute the new version', () => {
  const generated = (nodes: number) => {
    const g = generateTopology({ nodes, podsPerNode: 4, name: 'grows' });
    if (!g.ok) throw new Error(JSON.stringify(g.errors));
    return exportTopology(g.topology, 'json');
  };

  beforeAll(async () => {
    await ts.reset();
  });

  test.each([
    { write: 'replace with If-Match', nodesBefore: 3, nodesAfter: 5 },
    { write: 'delete, then create again under the same name (version 1 again)', nodesBefore: 4, nodesAfter: 6 },
  ])('$write: $nodesBefore nodes, then $nodesAfter', async ({ write, nodesBefore, nodesAfter }) => {
    await store('grows', generated(nodesBefore), 'application/json');
    const before = await get('/api/v1/topologies/grows/capacity');
    expect(before.status).toBe(200);
    expect((await get('/api/v1/topologies/grows/capacity')).body).toBe(before.body); // cached now
    if (write.startsWith('replace')) {
      const r = await fetch(`${ts.baseUrl}/api/v1/topologies/grows`, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': '"1"' }, body: generated(nodesAfter) });
      expect(r.status).toBe(200);
    } else {
      expect((await fetch(`${ts.baseUrl}/api/v1/topologies/grows`, { method: 'DELETE' })).status).toBe(204);
      await store('grows', generated(nodesAfter), 'application/json');
    }
    const after = await get('/api/v1/topologies/grows/capacity');
    expect(after.status).toBe(200);
    expect(after.body).not.toBe(before.body);
    const fresh = await ts.app.questions.ask('capacity', await ts.app.topologies.get('grows'), {});
    expect(after.body).toBe(await fastifyBytes('CapacityReport', fresh));
    await fetch(`${ts.baseUrl}/api/v1/topologies/grows`, { method: 'DELETE' });
  });
});

describe("a token never gets another topology's cached answer", () => {
  let tokenA: string;
  let tokenB: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    await ts.reset();
    for (const [name, nodes] of [
      ['team-a', 3],
      ['team-b', 5],
    ] as const) {
      const g = generateTopology({ nodes, podsPerNode: 4, name });
      if (!g.ok) throw new Error(JSON.stringify(g.errors));
      await store(name, exportTopology(g.topology, 'json'), 'application/json');
    }
    tokenA = (await ts.app.auth.create({ name: 'a', scope: 'read', topologies: ['team-a'] })).token;
    tokenB = (await ts.app.auth.create({ name: 'b', scope: 'read', topologies: ['team-b'] })).token;
  });

  test.each(CASES.filter((c) => c.method === undefined && !c.path.includes('pod:')))('$name', async (c) => {
    const a = await get(`/api/v1/topologies/team-a${c.path}`, bearer(tokenA));
    expect(a.status).toBe(200);
    expect((await get(`/api/v1/topologies/team-a${c.path}`, bearer(tokenA))).body).toBe(a.body); // in the cache now
    // B may not read team-a: NOT_FOUND, as if the cached answer did not exist — and no bytes of it.
    const refused = await get(`/api/v1/topologies/team-a${c.path}`, bearer(tokenB));
    expect(refused.status).toBe(404);
    expect(refused.body).not.toContain(a.body.slice(0, 40));
    // Without a token the server requires one: 401, not the cached answer.
    expect((await get(`/api/v1/topologies/team-a${c.path}`)).status).toBe(401);
    // B's own topology, the same question: B's answer, computed for team-b.
    const b = await get(`/api/v1/topologies/team-b${c.path}`, bearer(tokenB));
    expect(b.status).toBe(200);
    const fresh = await ts.app.questions.ask(c.question, await ts.app.topologies.get('team-b'), c.input as never);
    expect(b.body).toBe(await fastifyBytes(c.schema, fresh));
  });

  test('the two topologies answer differently (so the comparison above could fail)', async () => {
    const a = await get('/api/v1/topologies/team-a/capacity?growthNodesPerMonth=2', bearer(tokenA));
    const b = await get('/api/v1/topologies/team-b/capacity?growthNodesPerMonth=2', bearer(tokenB));
    expect(a.body).not.toBe(b.body);
  });
});

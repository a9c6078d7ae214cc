import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../helpers/server';
import { EXAMPLE_TEXTS } from './helpers/corpus';

// Access rules beyond tests/api/auth.test.ts (docs/SECURITY.md): a token limited to some topologies gets 404 — the same
// answer as for a name that does not exist, so names do not leak — from every question route, REST and GraphQL, while
// the same routes answer for its own topology; a read token cannot write through GraphQL either.

const SEED_OVERLAY = EXAMPLE_TEXTS.find((t) => /name: seed-overlay/.test(t))!;

let ts: TestServer;
let teamToken: string;
let readToken: string;

beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0 });
  for (const name of ['mine', 'theirs']) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies?name=${name}`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: SEED_OVERLAY });
    assert.equal(r.status, 201);
  }
  teamToken = (await ts.app.auth.create({ name: 'team', scope: 'write', topologies: ['mine'] })).token;
  readToken = (await ts.app.auth.create({ name: 'reader', scope: 'read' })).token;
});
afterAll(async () => {
  await ts.close();
});

function call(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${ts.baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
}

async function gql(query: string, token: string, variables: Record<string, unknown> = {}) {
  const r = await call('/graphql', token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Every route that reads one topology, with arguments that answer 200 for seed-overlay. */
const QUESTION_ROUTES: { name: string; path: (t: string) => string; init?: RequestInit }[] = [
  { name: 'model', path: (t) => `/api/v1/topologies/${t}` },
  { name: 'export', path: (t) => `/api/v1/topologies/${t}/export?format=json` },
  { name: 'trace', path: (t) => `/api/v1/topologies/${t}/trace?from=pod:default/web-frontend&to=pod:default/account-app-6d8f7b9c4-7hw5m` },
  { name: 'reachability', path: (t) => `/api/v1/topologies/${t}/reachability?from=node:node-1&to=node:node-2` },
  { name: 'reachability-matrix', path: (t) => `/api/v1/topologies/${t}/reachability-matrix?groupBy=node` },
  { name: 'conflicts', path: (t) => `/api/v1/topologies/${t}/conflicts` },
  { name: 'overhead', path: (t) => `/api/v1/topologies/${t}/overhead?packetSize=1400` },
  { name: 'overhead (POST)', path: (t) => `/api/v1/topologies/${t}/overhead`, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"packetSize": 1400}' } },
  { name: 'capacity', path: (t) => `/api/v1/topologies/${t}/capacity` },
  { name: 'free-cidrs', path: (t) => `/api/v1/topologies/${t}/free-cidrs?prefixLength=24` },
  { name: 'dns', path: (t) => `/api/v1/topologies/${t}/dns?name=account-app.default.svc.cluster.local` },
  { name: 'kube-proxy', path: (t) => `/api/v1/topologies/${t}/kube-proxy` },
  { name: 'rule-counts', path: (t) => `/api/v1/topologies/${t}/rule-counts` },
];

describe('a token limited to one topology, on every route', () => {
  for (const route of QUESTION_ROUTES) {
    test(`${route.name}: 200 for its own topology; for another, the same 404 as for a name that does not exist`, async () => {
      const own = await call(route.path('mine'), teamToken, route.init);
      assert.equal(own.status, 200, (await own.text()).slice(0, 200));
      const other = await call(route.path('theirs'), teamToken, route.init);
      const missing = await call(route.path('nobody'), teamToken, route.init);
      assert.equal(other.status, 404);
      const [otherBody, missingBody] = (await Promise.all([other.json(), missing.json()])) as { code: string; detail: string }[];
      assert.equal(otherBody!.code, 'NOT_FOUND');
      assert.equal(otherBody!.detail.replace('theirs', 'NAME'), missingBody!.detail.replace('nobody', 'NAME'), 'no existence oracle');
    });
  }

  test('POST /plan with another topology to avoid: 404, as for one that does not exist', async () => {
    const plan = (topology: string) =>
      call('/api/v1/plan', teamToken, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nodes: 10, maxPodsPerNode: 30, topology }) });
    assert.equal((await plan('mine')).status, 200);
    assert.equal((await plan('theirs')).status, 404);
  });

  test('GraphQL: other topologies are null or NOT_FOUND everywhere, writes to them FORBIDDEN, and nothing changes', async () => {
    const read = await gql(
      `{ topology(name: "theirs") { name } exportTopology(name: "theirs") }`,
      teamToken,
    );
    assert.equal(read.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const topology = await gql(`{ topology(name: "theirs") { name conflicts { failed } } }`, teamToken);
    assert.deepEqual(topology.data, { topology: null });
    const plan = await gql(`{ plan(input: { nodes: 10, maxPodsPerNode: 30 }, topology: "theirs") { ok } }`, teamToken);
    assert.equal(plan.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const replace = await gql(`mutation($d: String!) { importTopology(document: $d, name: "theirs", replace: true) { created } }`, teamToken, { d: SEED_OVERLAY });
    assert.equal(replace.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const remove = await gql(`mutation { deleteTopology(name: "theirs") { deleted } }`, teamToken);
    assert.equal(remove.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const list = (await (await call('/api/v1/topologies', readToken)).json()) as { items: { name: string; version: number }[] };
    assert.deepEqual(list.items.map((i) => [i.name, i.version]), [['mine', 1], ['theirs', 1]]);
  });
});

describe('a read token', () => {
  test('cannot import, replace or delete through GraphQL or REST (FORBIDDEN / 403), and may validate', async () => {
    const imported = await gql(`mutation($d: String!) { importTopology(document: $d, name: "new-one") { created } }`, readToken, { d: SEED_OVERLAY });
    assert.equal(imported.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const replaced = await gql(`mutation($d: String!) { importTopology(document: $d, name: "mine", replace: true, ifVersion: 1) { created } }`, readToken, { d: SEED_OVERLAY });
    assert.equal(replaced.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const put = await call('/api/v1/topologies/mine', readToken, { method: 'PUT', headers: { 'content-type': 'application/yaml', 'if-match': '"1"' }, body: SEED_OVERLAY });
    assert.equal(put.status, 403);
    assert.equal((await call('/api/v1/topologies/mine', readToken, { method: 'DELETE' })).status, 403);
    const validated = await gql(`query($d: String!) { validateTopology(document: $d) { valid } }`, readToken, { d: SEED_OVERLAY });
    assert.deepEqual(validated.data, { validateTopology: { valid: true } });
    const list = (await (await call('/api/v1/topologies', readToken)).json()) as { items: { name: string; version: number }[] };
    assert.deepEqual(list.items.map((i) => [i.name, i.version]), [['mine', 1], ['theirs', 1]]);
  });
});

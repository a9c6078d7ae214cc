import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

// Scenario names across topology limits (issue 16 item 7): a token limited to topology "a" asking for a scenario of
// topology "b" got 404 "no topology named b" — unlike a name nobody uses — which told it that the scenario exists and on
// which topology. Every route about such a scenario must answer exactly as for a name that does not exist
// (docs/SECURITY.md "Tokens and scopes": no existence oracle).

let ts: TestServer;
let limited: string;
let admin: string;
beforeAll(async () => {
  ts = await startTestServer();
  for (const name of ['a', 'b']) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument(name) });
    expect(r.status).toBe(201);
  }
  await ts.app.scenarios().create({ topology: 'b', name: 'hidden' });
  await ts.app.scenarios().create({ topology: 'b', name: 'twin' });
  limited = (await ts.app.auth.create({ name: 'team-a', scope: 'write', topologies: ['a'] })).token;
  admin = (await ts.app.auth.create({ name: 'root', scope: 'admin' })).token;
});
afterAll(async () => {
  await ts.close();
});

interface Answer {
  status: number;
  location: string | null;
  body: Record<string, unknown>;
}

async function call(method: string, path: string, body?: unknown, token = limited): Promise<Answer> {
  const response = await fetch(`${ts.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, location: response.headers.get('location'), body: (await response.json()) as Record<string, unknown> };
}

async function gql(query: string, token: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${ts.baseUrl}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown> | null };
}

/** The answer with the name replaced, so that a hidden scenario's answer can be compared with a missing one's. */
const neutral = (answer: { status: number; body: Record<string, unknown> }, name: string) => JSON.stringify(answer).replaceAll(name, 'NAME');

describe('a scenario on a topology the token cannot see answers as a name nobody uses', () => {
  const routes: Array<{ name: string; method: string; path: (s: string) => string; body?: unknown }> = [
    { name: 'show', method: 'GET', path: (s) => `/api/v1/scenarios/${s}` },
    { name: 'the fork', method: 'GET', path: (s) => `/api/v1/scenarios/${s}/topology` },
    { name: 'diff', method: 'POST', path: (s) => `/api/v1/scenarios/${s}/diff`, body: {} },
    { name: 'add operations', method: 'POST', path: (s) => `/api/v1/scenarios/${s}/operations`, body: { operations: [] } },
    { name: 'promote', method: 'POST', path: (s) => `/api/v1/scenarios/${s}/promote` },
    { name: 'discard', method: 'DELETE', path: (s) => `/api/v1/scenarios/${s}` },
  ];
  test.each(routes)('$name: the same 404 as for a missing name, naming no topology', async ({ method, path, body }) => {
    const hidden = await call(method, path('hidden'), body);
    const missing = await call(method, path('missing'), body);
    expect(hidden.status).toBe(404);
    expect(neutral(hidden, 'hidden')).toBe(neutral(missing, 'missing'));
    expect(JSON.stringify(hidden.body)).not.toMatch(/"b"|topology/);
  });

  test('naming the hidden topology (?topology=b) answers as naming one that does not exist', async () => {
    const hidden = await call('GET', '/api/v1/scenarios/hidden?topology=b');
    const missing = await call('GET', '/api/v1/scenarios/hidden?topology=nobody');
    expect(hidden.status).toBe(404);
    const detail = (a: Answer, name: string) => ({ ...a, body: { ...a.body, detail: String(a.body.detail).replace(`"${name}"`, 'T') } });
    expect(detail(hidden, 'b')).toEqual(detail(missing, 'nobody'));
  });

  test('the list shows nothing of it', async () => {
    const list = await call('GET', '/api/v1/scenarios');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });
});

// The second half of item 7: names were unique across all topologies, so creating "twin" on topology a answered 409
// while b (hidden from the token) had a "twin". Names are now unique per topology (migration
// 20261206181000_scenario_names_per_topology); a bare name means the one scenario of that name the caller can see, and a
// caller that sees several must say which (400 naming `topology`).
describe('scenario names are per topology', () => {
  test('creating on its own topology a name used on a hidden one: 201, like a fresh name; again on the same topology: 409', async () => {
    const twin = await call('POST', '/api/v1/topologies/a/scenarios', { name: 'twin' });
    const fresh = await call('POST', '/api/v1/topologies/a/scenarios', { name: 'fresh' });
    expect([twin.status, fresh.status]).toEqual([201, 201]);
    expect([twin.body.topology, twin.location]).toEqual(['a', '/api/v1/scenarios/twin?topology=a']);
    const again = await call('POST', '/api/v1/topologies/a/scenarios', { name: 'twin' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('scenario "twin" already exists on topology "a"');
  });

  // Every route that names a scenario: with the limited token "twin" is a's (b's stays untouched); a caller that sees
  // both must name the topology, and then gets that one.
  const ROUTES: Array<{ name: string; method: string; path: string; body?: unknown; topologyOf: (body: Record<string, unknown>) => unknown }> = [
    { name: 'show', method: 'GET', path: '/api/v1/scenarios/twin', topologyOf: (b) => b.topology },
    { name: 'the fork', method: 'GET', path: '/api/v1/scenarios/twin/topology', topologyOf: (b) => (b.name === 'a' || b.name === 'b' ? b.name : null) },
    { name: 'diff', method: 'POST', path: '/api/v1/scenarios/twin/diff', body: {}, topologyOf: (b) => (b.scenario as { topology: string }).topology },
    { name: 'add operations', method: 'POST', path: '/api/v1/scenarios/twin/operations', body: { operations: [] }, topologyOf: (b) => b.topology },
  ];

  test.each(ROUTES)('$name: the limited token gets its own "twin"', async ({ method, path, body, topologyOf }) => {
    const answer = await call(method, path, body);
    expect(answer.status).toBe(200);
    expect(topologyOf(answer.body)).toBe('a');
  });

  test.each(ROUTES)('$name: a caller seeing both gets 400 naming topology, and ?topology= picks one', async ({ method, path, body, topologyOf }) => {
    const ambiguous = await call(method, path, body, admin);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors).toEqual([{ path: 'topology', message: 'scenario "twin" exists on topologies "a", "b": name the topology too (REST ?topology=, GraphQL topology:, CLI --topology)' }]);
    for (const topology of ['a', 'b']) {
      const chosen = await call(method, `${path}?topology=${topology}`, body, admin);
      expect(chosen.status).toBe(200);
      expect(topologyOf(chosen.body)).toBe(topology);
    }
  });

  test("b's twin was never changed by the limited token", async () => {
    const b = await call('GET', '/api/v1/scenarios/twin?topology=b', undefined, admin);
    expect([b.body.version, b.body.operations]).toEqual([2, []]); // once, by the admin's add-operations above
  });

  test('GraphQL: the same rules, and nested fields follow the scenario they were reached from', async () => {
    const own = await gql('{ scenario(name: "twin") { topology fork { name } } }', limited);
    expect(own.data).toEqual({ scenario: { topology: 'a', fork: { name: 'a' } } });
    const ambiguous = await gql('{ scenario(name: "twin") { topology } }', admin);
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(ambiguous.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ path: 'topology' })]);
    const chosen = await gql('{ scenario(name: "twin", topology: "b") { topology fork { name } diff { summary } } }', admin);
    expect(chosen.errors).toBeUndefined();
    expect((chosen.data?.scenario as { fork: { name: string } }).fork.name).toBe('b');
    const all = await gql('{ scenarios { name topology fork { name } } }', admin);
    expect(all.errors).toBeUndefined();
    const twins = (all.data?.scenarios as { name: string; topology: string; fork: { name: string } }[]).filter((x) => x.name === 'twin');
    expect(twins.map((x) => [x.topology, x.fork.name]).sort()).toEqual([['a', 'a'], ['b', 'b']]);
    const created = await gql('mutation { createScenario(topology: "a", name: "hidden") { topology } }', limited);
    expect(created.data).toEqual({ createScenario: { topology: 'a' } });
    const discarded = await gql('mutation { discardScenario(name: "hidden", topology: "b") { status } }', limited);
    expect(discarded.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

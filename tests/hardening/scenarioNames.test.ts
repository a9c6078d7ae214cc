import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

// Scenario names across topology limits (issue 16 item 7): a token limited to topology "a" asking for a scenario of
// topology "b" got 404 "no topology named b" — unlike a name nobody uses — which told it that the scenario exists and on
// which topology. Every route about such a scenario must answer exactly as for a name that does not exist
// (docs/SECURITY.md "Tokens and scopes": no existence oracle).

let ts: TestServer;
let limited: string;
beforeAll(async () => {
  ts = await startTestServer();
  for (const name of ['a', 'b']) {
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument(name) });
    expect(r.status).toBe(201);
  }
  await ts.app.scenarios().create({ topology: 'b', name: 'hidden' });
  limited = (await ts.app.auth.create({ name: 'team-a', scope: 'write', topologies: ['a'] })).token;
});
afterAll(async () => {
  await ts.close();
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${ts.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${limited}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
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

  test('the list shows nothing of it', async () => {
    const list = await call('GET', '/api/v1/scenarios');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });
});

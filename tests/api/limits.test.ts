import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/app/config';
import { startTestServer, type TestServer } from '../helpers/server';

// Request limits (docs/SECURITY.md): GraphQL depth, aliases and batching; rate limit per token with Retry-After; metrics.
let ts: TestServer;
let limited: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
  limited = await startTestServer({ rateLimitPerMinute: 3, graphql: { ...loadConfig({}).graphql, introspection: false } });
});
afterAll(async () => {
  await ts.close();
  await limited.close();
});

async function post(server: TestServer, body: unknown) {
  const r = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('GraphQL limits', () => {
  test('a query nested deeper than the limit is refused before it runs', async () => {
    const deep = '{ topology(name: "x") { nodes { pods { node { pods { node { pods { node { pods { node { pods { node { pods { node { pods { name } } } } } } } } } } } } } } } }';
    const r = await post(ts, { query: deep });
    assert.equal(r.status, 400);
    assert.match(r.body.errors?.[0]?.message ?? '', /depth/i);
  });

  test('more aliases than the cap are refused', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: topologies { name }`).join(' ');
    const r = await post(ts, { query: `{ ${aliases} }` });
    assert.equal(r.status, 400);
    assert.match(r.body.errors?.[0]?.message ?? '', /alias/i);
  });

  test('a document with more tokens than the limit is refused with 400, before parsing', async () => {
    const fields = Array.from({ length: 5000 }, () => 'name').join(' ');
    const r = await post(ts, { query: `{ topologies { ${fields} } }` });
    assert.equal(r.status, 400);
    assert.match(r.body.errors?.[0]?.message ?? '', /token limit/);
  });

  test('batched operations are not accepted', async () => {
    const r = await fetch(`${ts.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ topologies { name } }' }, { query: '{ topologies { name } }' }]),
    });
    assert.equal(r.status, 400);
  });

  test('introspection is on by default and can be switched off', async () => {
    const on = await post(ts, { query: '{ __schema { queryType { name } } }' });
    assert.deepEqual(on.body.data, { __schema: { queryType: { name: 'Query' } } });
    const off = await post(limited, { query: '{ __schema { queryType { name } } }' });
    assert.ok(off.body.errors?.length, 'introspection disabled');
  });
});

describe('rate limit and metrics', () => {
  test('past the per-minute limit: 429 problem+json with Retry-After; health stays reachable', async () => {
    // A token of its own, so no earlier request of this file has spent from its budget.
    const { token: mine } = await limited.app.auth.create({ name: 'mine', scope: 'read' });
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${limited.baseUrl}/api/v1/topologies`, { headers: { authorization: `Bearer ${mine}` } });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.match(last!.headers.get('content-type') ?? '', /problem\+json/);
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
    assert.equal(((await last!.json()) as { code: string }).code, 'RATE_LIMITED');
    assert.equal((await fetch(`${limited.baseUrl}/healthz`)).status, 200);
    // Another token has its own budget.
    await limited.app.auth.create({ name: 'other', scope: 'read' }).then(async ({ token }) => {
      assert.equal((await fetch(`${limited.baseUrl}/api/v1/topologies`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    });
  });

  test('/metrics counts requests per route and reports the cache and the database', async () => {
    await fetch(`${ts.baseUrl}/api/v1/topologies`);
    await post(ts, { query: 'query ListThem { topologies { name } }', operationName: 'ListThem' });
    const text = await (await fetch(`${ts.baseUrl}/metrics`)).text();
    assert.match(text, /netmodel_http_requests_total\{method="GET",route="\/api\/v1\/topologies",status="200"\} [1-9]/);
    assert.match(text, /netmodel_http_requests_total\{method="POST",route="graphql:ListThem",status="200"\} 1/);
    assert.match(text, /netmodel_http_request_duration_seconds_bucket/);
    assert.match(text, /netmodel_database_ready 1/);
    assert.match(text, /netmodel_topology_cache_total\{result="hit"\}/);
    // Pool figures exist only where there is a pool: Postgres, not the embedded database.
    if (ts.app.db.kind === 'postgres') assert.match(text, /netmodel_database_pool_connections\{state="total"\} [1-9]/);
    else assert.doesNotMatch(text, /netmodel_database_pool_connections\{/);
  });
});

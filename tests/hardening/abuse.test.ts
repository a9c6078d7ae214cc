import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src/api/server';
import { createApp } from '../../src/app/app';
import { loadConfig } from '../../src/app/config';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { createTestDatabase } from '../helpers/db';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

// What a hostile client can do without a valid token (docs/SECURITY.md), beyond tests/api/limits.test.ts:
// - the per-minute rate limit must hold per client, whatever Authorization header it makes up (src/api/server.ts keys
//   the limit by that header, and the limit runs after the /api/v1 auth hook, so refused requests are never counted);
// - /metrics must not grow a new time series for every operation name an unauthenticated client invents (prometheus.io
//   "Use labels": do not label with unbounded values — each series here is a counter plus 15 histogram series);
// - in the default open mode on loopback, a web page in the user's browser must not be able to write: a cross-origin
//   POST with Content-Type text/plain is a "simple request" that browsers send without a CORS preflight (Fetch
//   standard, CORS-safelisted request headers), so only the server can refuse it. Apollo refuses it on /graphql
//   (csrfPrevention, on by default in Apollo Server 4+); REST has no such check;
// - a question must not run past NETMODEL_REQUEST_TIMEOUT_MS (README "Configuration": "a request running longer is
//   answered 503 and closed"). The server passes it to Node's `requestTimeout`, which bounds only the time to *receive*
//   a request (nodejs/node doc/api/http.md `server.requestTimeout`: 408, "without forwarding the request to the request
//   listener"); a question already running is not stopped, and since the engine is synchronous it holds the event loop.

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function server(rateLimitPerMinute: number): Promise<TestServer> {
  const s = await startTestServer({ rateLimitPerMinute });
  servers.push(s);
  return s;
}

async function statuses(s: TestServer, count: number, headers: (i: number) => Record<string, string>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await fetch(`${s.baseUrl}/api/v1/topologies`, { headers: headers(i) });
    await r.arrayBuffer();
    out.push(r.status);
  }
  return out;
}

describe('rate limit', () => {
  test('open mode: a made-up Authorization header per request does not buy a fresh budget', async () => {
    const s = await server(3);
    const seen = await statuses(s, 6, (i) => ({ authorization: `Bearer made-up-${i}` }));
    // Auth is off, so the header names no one: the client's address is the key, as for a request without a token.
    assert.deepEqual(seen, [200, 200, 200, 429, 429, 429]);
  });

  test('auth on: guesses with wrong tokens are limited like any other request', async () => {
    const s = await server(3);
    await s.app.auth.create({ name: 'real', scope: 'read' });
    const seen = await statuses(s, 6, (i) => ({ authorization: `Bearer nmt_guess-${i}` }));
    assert.deepEqual(seen, [401, 401, 401, 429, 429, 429]);
  });
});

describe('metrics', () => {
  test('operation names invented by unauthenticated clients do not each become a time series', async () => {
    const s = await server(0);
    await s.app.auth.create({ name: 'real', scope: 'read' });
    for (let i = 0; i < 100; i++) {
      const r = await fetch(`${s.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Op${i} { topologies { name } }`, operationName: `Op${i}` }),
      });
      assert.equal(r.status, 401);
    }
    const text = await (await fetch(`${s.baseUrl}/metrics`)).text();
    const routes = new Set([...text.matchAll(/^netmodel_http_requests_total\{[^}]*route="(graphql:[^"]*)"/gm)].map((m) => m[1]));
    assert.ok(routes.size <= 5, `${routes.size} GraphQL route labels after 100 refused requests: ${[...routes].slice(0, 5).join(', ')}…`);
  });
});

describe('cross-site requests in open mode', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await server(0);
  });

  test('GraphQL refuses a text/plain POST from another origin (Apollo csrfPrevention)', async () => {
    const r = await fetch(`${s.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' },
      body: JSON.stringify({ query: 'mutation { deleteTopology(name: "x") { deleted } }' }),
    });
    assert.equal(r.status, 400);
    assert.match(await r.text(), /Cross-Site Request Forgery/);
  });

  test('REST refuses a cross-origin text/plain POST that would replace a topology', async () => {
    const created = await fetch(`${s.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument('victim') });
    assert.equal(created.status, 201);
    // What <form method=post enctype=text/plain> or fetch(…, {mode: 'no-cors'}) on any web page can send to 127.0.0.1:4000.
    const forged = await fetch(`${s.baseUrl}/api/v1/topologies?replace=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' },
      body: smallDocument('victim').replace('two nodes, one subnet', 'replaced by a web page'),
    });
    assert.equal(forged.status, 403, `a cross-origin write must be refused, got ${forged.status}`);
    const model = (await (await fetch(`${s.baseUrl}/api/v1/topologies/victim`)).json()) as { version: number; description: string };
    assert.deepEqual([model.version, model.description], [1, 'two nodes, one subnet']);
  });

  test('a same-origin or non-browser write (no Origin header) still works', async () => {
    const plain = await fetch(`${s.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: smallDocument('cli-like') });
    assert.equal(plain.status, 201);
    const sameOrigin = await fetch(`${s.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml', origin: s.baseUrl }, body: smallDocument('docs-page') });
    assert.equal(sameOrigin.status, 201);
  });
});

describe('request timeout', () => {
  test('a question that runs past NETMODEL_REQUEST_TIMEOUT_MS is answered 503, as the README says', async () => {
    const testDb = await createTestDatabase();
    const app = await createApp({ ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0, requestTimeoutMs: 100, maxDocumentBytes: 64 * 1024 * 1024 }, { db: testDb.db, migrate: false });
    const fastify = await buildServer(app, { logger: false });
    try {
      await fastify.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`;
      const generated = generateTopology({ nodes: 300, podsPerNode: 10, name: 'wide' });
      assert.ok(generated.ok);
      const stored = await fetch(`${base}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exportTopology(generated.topology, 'json') });
      assert.equal(stored.status, 201);
      // 300 × 300 node pairs: ≈0.7 s of tracing and a 33 MB answer on this machine — seven times the limit.
      const matrix = await fetch(`${base}/api/v1/topologies/wide/reachability-matrix?groupBy=node`);
      const size = (await matrix.arrayBuffer()).byteLength;
      assert.equal(matrix.status, 503, `answered ${matrix.status} with ${(size / 1e6).toFixed(1)} MB; the limit is 100 ms`);
    } finally {
      await fastify.close();
      await app.close();
      await testDb.close();
    }
  });
});

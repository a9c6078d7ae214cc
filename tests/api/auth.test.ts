import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { smallDocument } from '../fixtures/documents';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

function call(path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${ts.baseUrl}${path}`, { ...init, headers });
}

function importAs(name: string, token?: string): Promise<Response> {
  return call('/api/v1/topologies', token, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument(name) });
}

async function gql(query: string, token?: string) {
  const response = await fetch(`${ts.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
}

describe('access control', () => {
  test('with no token configured the API is open', async () => {
    assert.equal((await importAs('open')).status, 201);
    assert.equal((await call('/api/v1/topologies/open')).status, 200);
    assert.deepEqual((await graphql(ts.baseUrl, '{ topologies { name } }')).data, { topologies: [{ name: 'open' }] });
  });

  test('once a token exists every request needs one: 401 problem+json, GraphQL UNAUTHENTICATED with HTTP 401', async () => {
    await importAs('small');
    await ts.app.auth.create({ name: 'ci', scope: 'read' });
    const rest = await call('/api/v1/topologies');
    assert.equal(rest.status, 401);
    assert.match(rest.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal(((await rest.json()) as { code: string }).code, 'UNAUTHENTICATED');
    const g = await gql('{ topologies { name } }');
    assert.equal(g.status, 401);
    assert.equal(g.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await call('/api/v1/topologies', 'nmt_not-a-real-token')).status, 401);
    assert.equal((await call('/api/v1/topologies', undefined, { headers: { authorization: 'Basic abc' } })).status, 401);
    // Health and the docs stay reachable: they hold no topology data.
    assert.equal((await call('/healthz')).status, 200);
    assert.equal((await call('/readyz')).status, 200);
  });

  const SCOPES = [
    { scope: 'read' as const, read: 200, write: 403 },
    { scope: 'write' as const, read: 200, write: 201 },
    { scope: 'admin' as const, read: 200, write: 201 },
  ];
  for (const c of SCOPES) {
    test(`a ${c.scope} token may read (${c.read}) and import (${c.write})`, async () => {
      await importAs('small');
      const { token } = await ts.app.auth.create({ name: c.scope, scope: c.scope });
      assert.equal((await call('/api/v1/topologies/small', token)).status, c.read);
      assert.equal((await importAs(`other-${c.scope}`, token)).status, c.write);
      const mutation = await gql('mutation { deleteTopology(name: "small") { deleted } }', token);
      assert.equal(mutation.body.errors?.[0]?.extensions?.code ?? 'OK', c.scope === 'read' ? 'FORBIDDEN' : 'OK');
    });
  }

  test('a token limited to topologies sees nothing else: lists filtered, other names 404 / null, writes elsewhere 403', async () => {
    await importAs('mine');
    await importAs('theirs');
    const { token } = await ts.app.auth.create({ name: 'team', scope: 'write', topologies: ['mine'] });
    const list = (await (await call('/api/v1/topologies', token)).json()) as { items: { name: string }[] };
    assert.deepEqual(list.items.map((i) => i.name), ['mine']);
    assert.equal((await call('/api/v1/topologies/theirs', token)).status, 404);
    assert.equal((await call('/api/v1/topologies/theirs/export', token)).status, 404);
    assert.equal((await call('/api/v1/topologies/theirs/conflicts', token)).status, 404);
    assert.equal((await call('/api/v1/topologies/theirs', token, { method: 'DELETE' })).status, 404);
    assert.equal((await importAs('theirs', token)).status, 403);
    const g = await gql('{ topologies { name } topology(name: "theirs") { name } }', token);
    assert.deepEqual(g.body.data, { topologies: [{ name: 'mine' }], topology: null });
    assert.equal((await call('/api/v1/topologies/mine', token)).status, 200);
  });

  test('revoked and expired tokens are refused', async () => {
    const { token, record } = await ts.app.auth.create({ name: 'old', scope: 'read' });
    const { token: shortLived } = await ts.app.auth.create({ name: 'short', scope: 'read', expiresInMs: 1 });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal((await call('/api/v1/topologies', token)).status, 200);
    const expired = await call('/api/v1/topologies', shortLived);
    assert.equal(expired.status, 401);
    assert.match(((await expired.json()) as { detail: string }).detail, /expired/);
    assert.equal(await ts.app.auth.revoke(record.prefix), 1);
    const revoked = await call('/api/v1/topologies', token);
    assert.equal(revoked.status, 401);
    assert.match(((await revoked.json()) as { detail: string }).detail, /revoked/);
  });

  test('tokens are stored hashed: the secret appears nowhere in the database', async () => {
    const { token } = await ts.app.auth.create({ name: 'secret', scope: 'read' });
    const rows = await ts.app.db.prisma.apiToken.findMany();
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(token.slice(12)), 'the secret part must not be stored');
    assert.match(rows[0]!.secretHash, /^[0-9a-f]{64}$/);
  });
});

describe('token CLI and binding', () => {
  let dbEnv: CliDatabaseEnv;
  beforeAll(async () => {
    dbEnv = await cliDatabaseEnv();
  });
  afterAll(async () => {
    await dbEnv.cleanup();
  });

  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, dbEnv.env);
    return { code, out, err };
  }

  test('create prints the secret once; list never shows it; revoke by prefix', async () => {
    const created = await cli('token', 'create', '--scope', 'write', '--name', 'ci', '--topology', 'prod', '--expires', '30d', '-o', 'json');
    assert.equal(created.code, 0, created.err);
    const body = JSON.parse(created.out) as { token: string; prefix: string; topologies: string[]; expiresAt: string };
    assert.match(body.token, /^nmt_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(body.topologies, ['prod']);
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30, `expires in ${days} days`);
    const listed = await cli('token', 'list', '-o', 'json');
    assert.ok(!listed.out.includes(body.token));
    assert.ok(listed.out.includes(body.prefix));
    assert.equal((await cli('token', 'revoke', body.prefix)).code, 0);
    assert.equal((await cli('token', 'revoke', body.prefix)).code, 2, 'already revoked');
    assert.equal((await cli('token', 'create', '--scope', 'root')).code, 2);
    assert.equal((await cli('token', 'create', '--scope', 'read', '--expires', 'soon')).code, 2);
  });

  test('serve refuses to listen beyond loopback without authentication', async () => {
    // A database of its own: the test above created tokens, and any token turns authentication on.
    const fresh = await cliDatabaseEnv();
    try {
      const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'netmodel.js'), 'serve', '--host', '0.0.0.0', '--port', '0', '--no-seed'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...fresh.env },
        timeout: 60_000,
      });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /refusing to listen on 0\.0\.0\.0 without authentication/);
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('open mode answers only loopback names; every answer carries its request id', () => {
  let open: TestServer;
  beforeAll(async () => {
    open = await startTestServer();
  });
  afterAll(async () => {
    await open.close();
  });

  /** node:http, because fetch may not set the Host header (a forbidden header name in the Fetch standard). */
  function getWithHost(host: string, headers: Record<string, string> = {}): Promise<{ status: number; requestId: string | undefined }> {
    const { port } = new URL(open.baseUrl);
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: Number(port), path: '/api/v1/topologies', headers: { host, ...headers } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, requestId: res.headers['x-request-id'] as string | undefined }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  test('a rebound DNS name is refused in open mode (403); loopback names are served; with a token any name is', async () => {
    const { port } = new URL(open.baseUrl);
    assert.equal((await getWithHost(`evil.example:${port}`)).status, 403);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) assert.equal((await getWithHost(host)).status, 200, host);
    const { token } = await open.app.auth.create({ name: 'portal', scope: 'read' });
    assert.equal((await getWithHost(`netmodel.internal:${port}`, { authorization: `Bearer ${token}` })).status, 200);
  });

  test('X-Request-Id: generated when absent, the caller’s own when given', async () => {
    const r = await fetch(`${open.baseUrl}/healthz`);
    assert.match(r.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const mine = await fetch(`${open.baseUrl}/healthz`, { headers: { 'x-request-id': 'portal-trace-42' } });
    assert.equal(mine.headers.get('x-request-id'), 'portal-trace-42');
  });
});

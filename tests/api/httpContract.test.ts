/**
 * What a portal integrator's HTTP client relies on (issue 12): CORS for configured origins only (Fetch standard, CORS
 * protocol), conditional GET (RFC 9110 §13.1.2 If-None-Match → 304), WWW-Authenticate on 401 (RFC 6750 §3), 415 for
 * an unsupported Content-Type (RFC 9110 §15.5.16), and cursor pagination on the lists (`next`, Link rel="next", RFC 8288).
 */
import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';

const PORTAL = 'https://portal.example.com';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ corsOrigins: [PORTAL] });
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

const call = (path: string, init: RequestInit = {}) => fetch(`${ts.baseUrl}${path}`, init);
const importAs = async (name: string) => {
  const response = await call('/api/v1/topologies', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument(name) });
  assert.equal(response.status, 201, await response.text());
};

describe('CORS', () => {
  test('a preflight from the configured origin is answered with what the portal may send and read', async () => {
    const response = await call('/api/v1/topologies', {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), PORTAL);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
  });

  test.each([
    { name: 'configured origin, read', origin: PORTAL, method: 'GET', allowed: PORTAL, status: 200 },
    { name: 'configured origin, write (not refused as cross-origin)', origin: PORTAL, method: 'POST', allowed: PORTAL, status: 201 },
    { name: 'other origin, read: no CORS headers', origin: 'https://evil.example.net', method: 'GET', allowed: null, status: 200 },
    { name: 'other origin, write: refused', origin: 'https://evil.example.net', method: 'POST', allowed: null, status: 403 },
  ])('$name', async ({ origin, method, allowed, status }) => {
    const init: RequestInit = method === 'POST' ? { method, headers: { origin, 'content-type': 'application/yaml' }, body: smallDocument('cors') } : { headers: { origin } };
    const response = await call('/api/v1/topologies', init);
    assert.equal(response.status, status);
    assert.equal(response.headers.get('access-control-allow-origin'), allowed);
    if (allowed !== null) assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/i);
  });

  test('a preflight from another origin gets no permission', async () => {
    const response = await call('/api/v1/topologies', { method: 'OPTIONS', headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});

describe('conditional GET', () => {
  test.each([
    { name: 'the current version', ifNoneMatch: '"1"', status: 304 },
    { name: 'a weak tag of it', ifNoneMatch: 'W/"1"', status: 304 },
    { name: 'one of a list', ifNoneMatch: '"7", "1"', status: 304 },
    { name: 'any (*)', ifNoneMatch: '*', status: 304 },
    { name: 'a stale version', ifNoneMatch: '"0"', status: 200 },
  ])('GET /topologies/{name} with If-None-Match: $name', async ({ ifNoneMatch, status }) => {
    await importAs('cond');
    const response = await call('/api/v1/topologies/cond', { headers: { 'if-none-match': ifNoneMatch } });
    assert.equal(response.status, status);
    assert.equal(response.headers.get('etag'), '"1"');
    assert.equal((await response.text()).length === 0, status === 304);
  });

  test('a scenario answers 304 for its current version and 200 after it changed', async () => {
    await importAs('base');
    const created = await call('/api/v1/topologies/base/scenarios', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'grow' }) });
    const etag = created.headers.get('etag') ?? '';
    assert.equal((await call('/api/v1/scenarios/grow', { headers: { 'if-none-match': etag } })).status, 304);
    const added = await call('/api/v1/scenarios/grow/operations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operations: [{ op: 'setCni', overlay: 'host-gw' }] }),
    });
    assert.equal(added.status, 200, await added.text());
    assert.equal((await call('/api/v1/scenarios/grow', { headers: { 'if-none-match': etag } })).status, 200);
  });
});

describe('authentication challenge', () => {
  test.each([
    { name: 'no token', authorization: undefined, challenge: 'Bearer realm="k8s-netmodel"' },
    { name: 'a wrong token', authorization: 'Bearer nm_not-a-token', challenge: 'Bearer realm="k8s-netmodel", error="invalid_token"' },
  ])('401 with $name names the Bearer scheme', async ({ authorization, challenge }) => {
    await ts.app.auth.create({ name: 'ci', scope: 'read' });
    const response = await call('/api/v1/topologies', { headers: authorization ? { authorization } : {} });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), challenge);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  });
});

describe('unsupported media types', () => {
  test.each([
    { name: 'a document as XML', path: '/api/v1/topologies', type: 'application/xml' },
    { name: 'a document as a form', path: '/api/v1/validate', type: 'application/x-www-form-urlencoded' },
    { name: 'a plan as YAML', path: '/api/v1/plan', type: 'application/yaml' },
  ])('415 problem for $name', async ({ path, type }) => {
    const response = await call(path, { method: 'POST', headers: { 'content-type': type }, body: 'x' });
    assert.equal(response.status, 415);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const body = (await response.json()) as { code: string; errors: { path: string }[] };
    assert.equal(body.code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.equal(body.errors[0]?.path, 'headers.content-type');
  });
});

describe('pagination', () => {
  async function scenarioFixture(): Promise<void> {
    await importAs('base');
    for (const name of ['s-a', 's-b', 's-c']) {
      const response = await call('/api/v1/topologies/base/scenarios', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
      assert.equal(response.status, 201);
    }
  }
  const LISTS = [
    { name: 'topologies', path: '/api/v1/topologies', setup: async () => { for (const n of ['t-a', 't-b', 't-c']) await importAs(n); }, expected: ['t-a', 't-b', 't-c'] },
    { name: 'scenarios', path: '/api/v1/scenarios', setup: scenarioFixture, expected: ['s-a', 's-b', 's-c'] },
  ];

  test.each(LISTS)('$name: pages of 2 follow `next` and the Link header to the end', async ({ path, setup, expected }) => {
    await setup();
    const first = await call(`${path}?limit=2`);
    const page1 = (await first.json()) as { items: { name: string }[]; next: string | null };
    assert.deepEqual(page1.items.map((i) => i.name), expected.slice(0, 2));
    assert.equal(typeof page1.next, 'string');
    const link = first.headers.get('link') ?? '';
    const linked = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
    assert.equal(linked, `${path}?limit=2&cursor=${page1.next}`);
    const second = await call(linked ?? '');
    const page2 = (await second.json()) as { items: { name: string }[]; next: string | null };
    assert.deepEqual(page2.items.map((i) => i.name), expected.slice(2));
    assert.equal(page2.next, null);
    assert.equal(second.headers.get('link'), null);
    const whole = (await (await call(path)).json()) as { items: unknown[]; next: string | null };
    assert.deepEqual([whole.items.length, whole.next], [expected.length, null]);
  });

  test.each([
    { name: 'limit 0', query: 'limit=0', path: 'querystring.limit' },
    { name: 'limit above the maximum', query: 'limit=1001', path: 'querystring.limit' },
    { name: 'limit not a number', query: 'limit=ten', path: 'querystring.limit' },
    { name: 'a made-up cursor', query: 'cursor=bm90LWEtY3Vyc29y', path: 'querystring.cursor' },
    { name: 'a cursor that is not base64', query: 'cursor=%%%', path: 'querystring.cursor' },
  ])('400 naming the field for $name', async ({ query, path }) => {
    for (const list of ['/api/v1/topologies', '/api/v1/scenarios']) {
      const response = await call(`${list}?${query}`);
      assert.equal(response.status, 400, `${list}?${query}`);
      const body = (await response.json()) as { errors: { path: string }[] };
      assert.equal(body.errors[0]?.path, path);
    }
  });
});

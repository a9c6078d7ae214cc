import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../helpers/server';
import { BAD_DOCUMENTS, smallDocument } from '../fixtures/documents';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ maxDocumentBytes: 256 * 1024 });
});
afterAll(async () => {
  await ts.close();
});
beforeEach(async () => {
  await ts.reset();
});

async function post(path: string, body: string, contentType = 'application/yaml', headers: Record<string, string> = {}) {
  return fetch(`${ts.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
}
async function put(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${ts.baseUrl}${path}`, { method: 'PUT', headers: { 'content-type': 'application/yaml', ...headers }, body });
}
async function countTopologies(): Promise<number> {
  const body = (await (await fetch(`${ts.baseUrl}/api/v1/topologies`)).json()) as { items: unknown[] };
  return body.items.length;
}

describe('REST topologies', () => {
  test('imports the kubeadm example under another name, lists, gets and exports it back unchanged', async () => {
    const created = await post('/api/v1/topologies?name=my-calico', EXAMPLE);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/api/v1/topologies/my-calico');
    assert.equal(created.headers.get('etag'), '"1"');
    const result = (await created.json()) as { name: string; version: number; created: boolean };
    assert.deepEqual({ name: result.name, version: result.version, created: result.created }, { name: 'my-calico', version: 1, created: true });

    const list = (await (await fetch(`${ts.baseUrl}/api/v1/topologies`)).json()) as { items: { name: string; nodeCount: number }[] };
    assert.deepEqual(list.items.map((i) => [i.name, i.nodeCount]), [['my-calico', 6]]);

    const got = await fetch(`${ts.baseUrl}/api/v1/topologies/my-calico`);
    assert.equal(got.status, 200);
    const topology = (await got.json()) as { name: string; podCIDRs: string[]; cni: { overlay: string; crossSubnet: boolean }; nodes: unknown[] };
    assert.equal(topology.name, 'my-calico');
    assert.deepEqual(topology.podCIDRs, ['10.244.0.0/16']);
    assert.deepEqual([topology.cni.overlay, topology.cni.crossSubnet], ['ipip', true]);

    const exported = await fetch(`${ts.baseUrl}/api/v1/topologies/my-calico/export?format=yaml`);
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type') ?? '', /yaml/);
    const yamlText = await exported.text();
    // Re-importing the export under a third name yields the same model (lossless round trip through the API).
    assert.equal((await post('/api/v1/topologies?name=again', yamlText)).status, 201);
    const again = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/again`)).json()) as Record<string, unknown>;
    assert.deepEqual({ ...again, name: 'my-calico' }, topology);
    // …and exporting that gives the same text, but for the name.
    const second = await (await fetch(`${ts.baseUrl}/api/v1/topologies/again/export?format=yaml`)).text();
    assert.equal(second.replace(/name: again/, 'name: my-calico'), yamlText);
  });

  test('exports JSON as a kubectl List', async () => {
    await post('/api/v1/topologies', smallDocument('small'));
    const response = await fetch(`${ts.baseUrl}/api/v1/topologies/small/export?format=json`);
    assert.match(response.headers.get('content-type') ?? '', /json/);
    const list = (await response.json()) as { kind: string; items: { kind: string }[] };
    assert.equal(list.kind, 'List');
    assert.deepEqual(list.items.map((i) => i.kind), ['Topology', 'Node', 'Node', 'Pod', 'Service']);
  });

  test('accepts a JSON document', async () => {
    await post('/api/v1/topologies', smallDocument('small'));
    const json = await (await fetch(`${ts.baseUrl}/api/v1/topologies/small/export?format=json`)).text();
    const response = await post('/api/v1/topologies?name=from-json', json, 'application/json');
    assert.equal(response.status, 201);
  });

  test('PUT replaces with If-Match, 409 when stale, and the version goes up by one', async () => {
    assert.equal((await put('/api/v1/topologies/small', smallDocument('ignored-name'))).status, 201);
    const replaced = await put('/api/v1/topologies/small', smallDocument('x').replace('two nodes, one subnet', 'changed'), { 'if-match': '"1"' });
    assert.equal(replaced.status, 200);
    assert.equal(replaced.headers.get('etag'), '"2"');
    const stale = await put('/api/v1/topologies/small', smallDocument('x'), { 'if-match': '"1"' });
    assert.equal(stale.status, 409);
    assert.match(stale.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await stale.json()) as { code: string; expectedVersion: number; actualVersion: number };
    assert.deepEqual([problem.code, problem.expectedVersion, problem.actualVersion], ['CONFLICT', 1, 2]);
    const current = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/small`)).json()) as { description: string; version: number };
    assert.deepEqual([current.description, current.version], ['changed', 2]);
  });

  test('POST of an existing name is a conflict unless replace=true', async () => {
    await post('/api/v1/topologies', smallDocument('small'));
    const again = await post('/api/v1/topologies', smallDocument('small'));
    assert.equal(again.status, 409);
    const replaced = await post('/api/v1/topologies?replace=true', smallDocument('small'));
    assert.equal(replaced.status, 200);
    assert.equal(((await replaced.json()) as { version: number }).version, 2);
  });

  test('DELETE honours If-Match; 404 afterwards', async () => {
    await post('/api/v1/topologies', smallDocument('small'));
    const stale = await fetch(`${ts.baseUrl}/api/v1/topologies/small`, { method: 'DELETE', headers: { 'if-match': '"7"' } });
    assert.equal(stale.status, 409);
    const bad = await fetch(`${ts.baseUrl}/api/v1/topologies/small`, { method: 'DELETE', headers: { 'if-match': 'banana' } });
    assert.equal(bad.status, 400);
    const deleted = await fetch(`${ts.baseUrl}/api/v1/topologies/small`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
    assert.equal(deleted.status, 204);
    const gone = await fetch(`${ts.baseUrl}/api/v1/topologies/small`);
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as { code: string }).code, 'NOT_FOUND');
    assert.equal((await fetch(`${ts.baseUrl}/api/v1/topologies/small/export`)).status, 404);
  });

  for (const c of BAD_DOCUMENTS) {
    test(`bad input: ${c.name} → 400 problem+json naming ${c.path}, nothing stored`, async () => {
      const response = await post('/api/v1/topologies', c.document);
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
      assert.equal(problem.code, 'BAD_USER_INPUT');
      const hit = problem.errors.find((e) => e.path === c.path);
      assert.ok(hit, `expected a problem at ${c.path}, got ${JSON.stringify(problem.errors)}`);
      assert.ok(hit.message.includes(c.message), `message "${hit.message}" should mention "${c.message}"`);
      assert.equal(await countTopologies(), 0);
    });
  }

  test('YAML syntax errors carry a position', async () => {
    const response = await post('/api/v1/topologies', 'apiVersion: netmodel/v1alpha1\nkind: Topology\nmetadata: {name: [unclosed\n');
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { errors: { message: string }[] };
    assert.match(problem.errors[0]?.message ?? '', /line \d+/i);
  });

  test('a body over the limit is 413 and nothing is stored', async () => {
    const padding = `# ${'x'.repeat(300 * 1024)}\n`;
    const response = await post('/api/v1/topologies', padding + smallDocument('big'));
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { code: string }).code, 'PAYLOAD_TOO_LARGE');
    assert.equal(await countTopologies(), 0);
  });

  test('validate answers without storing', async () => {
    const ok = (await (await post('/api/v1/validate', smallDocument('small'))).json()) as { valid: boolean; inferences: string[] };
    assert.equal(ok.valid, true);
    assert.ok(ok.inferences.length > 0, 'the Service selector should infer an EndpointSlice');
    const bad = (await (await post('/api/v1/validate', BAD_DOCUMENTS[0]!.document)).json()) as { valid: boolean; errors: unknown[] };
    assert.equal(bad.valid, false);
    assert.ok(bad.errors.length > 0);
    assert.equal(await countTopologies(), 0);
  });

  test('an invalid topology name is rejected by field', async () => {
    const response = await post('/api/v1/topologies?name=Not_A_Name', smallDocument('small'));
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    assert.equal(problem.errors[0]?.path, 'name');
  });

  test('unknown routes are problem+json 404s', async () => {
    const response = await fetch(`${ts.baseUrl}/api/v1/nope`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  });
});

describe('service endpoints', () => {
  test('healthz and readyz', async () => {
    assert.deepEqual(await (await fetch(`${ts.baseUrl}/healthz`)).json(), { status: 'ok' });
    const ready = await fetch(`${ts.baseUrl}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
  });

  test('GraphiQL is served self-contained (no external scripts or styles)', async () => {
    const response = await fetch(`${ts.baseUrl}/graphiql`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /graphiql/i);
    assert.doesNotMatch(html, /<script[^>]+src=["']https?:/i);
    assert.doesNotMatch(html, /<link[^>]+href=["']https?:/i);
  });

  test('the docs page is served with local assets', async () => {
    const page = await fetch(`${ts.baseUrl}/docs/static/index.html`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.doesNotMatch(html, /<script[^>]+src=["']https?:/i);
    const bundle = await fetch(`${ts.baseUrl}/docs/static/swagger-ui-bundle.js`);
    assert.equal(bundle.status, 200);
  });
});

import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as YAML from 'yaml';
import { runCli } from '../../src/cli/main';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';
import { EXAMPLE_TEXTS } from './helpers/corpus';

// Text Postgres cannot hold. U+0000 is not allowed in a Postgres `text` value, and an unpaired UTF-16 surrogate is not
// Unicode at all: JavaScript strings, JSON escapes ("\ud800") and YAML accept both; Postgres does not (its json type
// refuses the escape, `text` refuses 0x00), and the driver's UTF-8 encoder silently turns a lone surrogate into U+FFFD.
// 1. Every string field of every example, with each odd string appended, must be refused (400) or stored (201) — never
//    a 500. Where fields repeat (nodes[0], nodes[1], …) one field of each shape is tried: a few hundred requests.
// 2. Free text that is stored (the description) must come back exactly as sent, or be refused: a change the user is not
//    told about is data loss (README: "exported losslessly").
// 3. GraphQL and the CLI answer the same document the same way: BAD_USER_INPUT / exit 2, not INTERNAL_SERVER_ERROR / 70.

const ODD = [
  { name: 'U+0000', suffix: '\u0000' },
  { name: 'unpaired surrogate', suffix: '\ud800' },
] as const;

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0 });
});
afterAll(async () => {
  await ts.close();
});

type Path = (string | number)[];

/** One path per field shape (indices ignored), each leading to a string. */
function stringFields(value: unknown, path: Path = [], seen = new Set<string>(), out: Path[] = []): Path[] {
  if (typeof value === 'string') {
    const shape = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
    if (!seen.has(shape)) {
      seen.add(shape);
      out.push(path);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => stringFields(v, [...path, i], seen, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringFields(v, [...path, k], seen, out);
  return out;
}

const post = (body: string, contentType = 'application/json') =>
  fetch(`${ts.baseUrl}/api/v1/topologies?name=odd`, { method: 'POST', headers: { 'content-type': contentType }, body });
const remove = () => fetch(`${ts.baseUrl}/api/v1/topologies/odd`, { method: 'DELETE' });

describe('text Postgres cannot store', () => {
  for (const [index, text] of EXAMPLE_TEXTS.entries()) {
    test(`example ${index + 1}: every field with U+0000 or an unpaired surrogate is refused or stored, never a 500`, async () => {
      const documents = YAML.parseAllDocuments(text).map((d) => d.toJS() as unknown);
      const failures: string[] = [];
      for (const odd of ODD) {
        for (const path of stringFields(documents)) {
          const copy = structuredClone(documents);
          const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
          const key = path[path.length - 1]!;
          parent[key] = `${String(parent[key])}${odd.suffix}`;
          const response = await post(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: copy }));
          const where = `${odd.name} in documents${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
          if (response.status === 201) await remove();
          else if (response.status !== 400) failures.push(`${where}: ${response.status} ${(await response.text()).slice(0, 120)}`);
          else await response.arrayBuffer();
        }
      }
      assert.deepEqual(failures, [], `${failures.length} field(s) fail the request:\n${failures.join('\n')}`);
    });
  }

  const DESCRIPTIONS = [
    { name: 'U+0000', text: 'a\u0000b' },
    { name: 'an unpaired surrogate', text: 'a\ud800b' },
    { name: 'a right-to-left override', text: 'safe\u202egnp.exe' },
    { name: 'emoji and combining marks', text: '💥 e\u0301 𝔘' },
    { name: 'a byte-order mark and zero-width space', text: '\ufeffx\u200by' },
    { name: '60,000 characters', text: 'x'.repeat(60_000) },
  ];
  for (const c of DESCRIPTIONS) {
    test(`a description with ${c.name} is refused, or stored and exported exactly`, async () => {
      const document = JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: (YAML.parseAllDocuments(smallDocument('odd')).map((d) => d.toJS()) as { metadata?: { description?: string } }[]).map((o, i) =>
          i === 0 ? { ...o, metadata: { ...o.metadata, description: c.text } } : o,
        ),
      });
      const response = await post(document);
      if (response.status === 400) return void assert.equal(((await response.json()) as { code: string }).code, 'BAD_USER_INPUT');
      assert.equal(response.status, 201, (await response.text()).slice(0, 200));
      const model = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/odd`)).json()) as { description: string };
      await remove();
      assert.equal(JSON.stringify(model.description), JSON.stringify(c.text), 'the description as sent');
    });
  }

  test('a topology name with U+0000 names no topology: 404 / null / NOT_FOUND on every route, not 500', async () => {
    // Names are DNS-1123 labels (src/app/topologyService.ts checkTopologyName), so such a name cannot be stored; asking
    // for it must be "not found" like any other unknown name, without sending it to Postgres (which refuses 0x00).
    const statuses: Record<string, number> = {};
    for (const [method, path] of [
      ['GET', '/api/v1/topologies/a%00b'],
      ['GET', '/api/v1/topologies/a%00b/export'],
      ['GET', '/api/v1/topologies/a%00b/conflicts'],
      ['GET', '/api/v1/topologies/a%00b/trace?from=node:x&to=node:y'],
      ['DELETE', '/api/v1/topologies/a%00b'],
    ] as const) {
      const response = await fetch(`${ts.baseUrl}${path}`, { method });
      await response.arrayBuffer();
      statuses[`${method} ${path}`] = response.status;
    }
    assert.deepEqual(Object.values(statuses), [404, 404, 404, 404, 404], JSON.stringify(statuses));
    const g = await fetch(`${ts.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($n: String!) { topology(name: $n) { name } }', variables: { n: 'a\u0000b' } }),
    });
    assert.deepEqual(await g.json(), { data: { topology: null } });
  });

  test('the same document through GraphQL and the CLI: BAD_USER_INPUT / exit 2, not INTERNAL_SERVER_ERROR / exit 70', async () => {
    const document = smallDocument('nul').replace('description: two nodes, one subnet', 'description: "a\\0b"');
    const g = await fetch(`${ts.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($d: String!) { importTopology(document: $d) { topology { name } } }', variables: { d: document } }),
    });
    const body = (await g.json()) as { errors?: { extensions?: { code?: string } }[] };
    const dbEnv: CliDatabaseEnv = await cliDatabaseEnv();
    const dir = mkdtempSync(join(tmpdir(), 'netmodel-odd-'));
    let code: number;
    try {
      writeFileSync(join(dir, 'nul.yaml'), document);
      code = await runCli(['import', '--file', join(dir, 'nul.yaml'), '-o', 'json'], { out: () => undefined, err: () => undefined }, dbEnv.env);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dbEnv.cleanup();
    }
    assert.deepEqual([body.errors?.[0]?.extensions?.code, code], ['BAD_USER_INPUT', 2]);
  });
});

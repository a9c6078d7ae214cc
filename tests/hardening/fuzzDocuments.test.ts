import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/main';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { startTestServer, type TestServer } from '../helpers/server';
import { smallDocument } from '../fixtures/documents';
import { anyDocument, checkProperty, FUZZ_SEED, wellFormed } from './helpers/corpus';

// Bad documents through all three interfaces (docs/API.md "Errors"): whatever arrives, the answer is a stored topology
// or a clear refusal — REST 400/409/413 problem+json, GraphQL BAD_USER_INPUT/CONFLICT/PAYLOAD_TOO_LARGE, CLI exit 2 —
// never a 500, an INTERNAL_SERVER_ERROR or exit 70, and a refused document leaves nothing behind. The three must also
// agree on what is wrong with a document. A small document limit keeps the "too large" cases cheap.

const LIMIT = 256 * 1024;
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const GRAPHQL_CODES = new Set(['BAD_USER_INPUT', 'CONFLICT', 'PAYLOAD_TOO_LARGE']);
const REST_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 409: 'CONFLICT', 413: 'PAYLOAD_TOO_LARGE' };

let ts: TestServer;
let dbEnv: CliDatabaseEnv;
let work: string;
let fileCount = 0;

beforeAll(async () => {
  ts = await startTestServer({ rateLimitPerMinute: 0, maxDocumentBytes: LIMIT });
  dbEnv = await cliDatabaseEnv();
  work = mkdtempSync(join(tmpdir(), 'netmodel-fuzz-'));
});
afterAll(async () => {
  await ts.close();
  await dbEnv.cleanup();
  rmSync(work, { recursive: true, force: true });
});

interface ProblemBody {
  code?: string;
  detail?: string;
  errors?: { path?: unknown; message?: unknown }[];
  name?: string;
}

function assertProblem(status: number, type: string | null, body: ProblemBody, context: string): void {
  assert.ok(status in REST_CODES, `${context}: status ${status} ${JSON.stringify(body).slice(0, 300)}`);
  assert.match(type ?? '', /application\/problem\+json/, context);
  assert.equal(body.code, REST_CODES[status], context);
  assert.ok(typeof body.detail === 'string' && body.detail.length > 0, `${context}: a detail a person can read`);
  if (status === 400) {
    assert.ok(Array.isArray(body.errors) && body.errors.length > 0, `${context}: every problem listed`);
    for (const p of body.errors) assert.ok(typeof p.path === 'string' && typeof p.message === 'string', `${context}: ${JSON.stringify(p)}`);
  }
}

async function storedNames(): Promise<string[]> {
  const body = (await (await fetch(`${ts.baseUrl}/api/v1/topologies`)).json()) as { items: { name: string }[] };
  return body.items.map((i) => i.name);
}

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${ts.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; problems?: unknown } }[] } };
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, { out: (t) => void (stdout += t), err: () => undefined }, { ...dbEnv.env, NETMODEL_MAX_DOCUMENT_BYTES: String(LIMIT) });
  return { code, stdout };
}

function writeDocument(text: string): string {
  const path = join(work, `doc-${fileCount++}`);
  writeFileSync(path, text);
  return path;
}

const CONTENT_TYPES = ['application/yaml', 'application/json', 'text/plain'] as const;
const IMPORT = `mutation($document: String!) { importTopology(document: $document) { topology { name } } }`;
const VALIDATE = `query($document: String!) { validateTopology(document: $document) { valid errors { path message object } } }`;

describe('bad documents through REST, GraphQL and the CLI', () => {
  test(`REST and GraphQL imports: stored or a clear 4xx, and nothing persisted from a refusal (${RUNS} cases)`, async () => {
    const seen: Record<number, number> = {};
    await checkProperty(
      fc.asyncProperty(anyDocument, fc.constantFrom(...CONTENT_TYPES), async (document, contentType) => {
        const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': contentType }, body: document });
        const body = (await r.json()) as ProblemBody;
        seen[r.status] = (seen[r.status] ?? 0) + 1;
        if (r.status === 201) {
          assert.equal((await fetch(`${ts.baseUrl}/api/v1/topologies/${body.name}`, { method: 'DELETE' })).status, 204);
        } else {
          assertProblem(r.status, r.headers.get('content-type'), body, `REST ${contentType}`);
        }
        const g = await gql(IMPORT, { document });
        const imported = g.body.data?.importTopology as { topology: { name: string } } | undefined;
        if (g.status === 413) {
          // Past the HTTP body limit (document limit + 64 KiB of envelope) fastify refuses before GraphQL runs: problem+json.
          assert.equal((g.body as ProblemBody).code, 'PAYLOAD_TOO_LARGE');
        } else if (imported) {
          assert.equal((await fetch(`${ts.baseUrl}/api/v1/topologies/${imported.topology.name}`, { method: 'DELETE' })).status, 204);
        } else {
          assert.notEqual(g.status, 500);
          const code = g.body.errors?.[0]?.extensions?.code ?? '(none)';
          assert.ok(GRAPHQL_CODES.has(code), `GraphQL: ${g.status} ${code} ${g.body.errors?.[0]?.message.slice(0, 300)}`);
        }
        assert.deepEqual(await storedNames(), [], 'nothing left behind');
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
    console.log(`REST statuses: ${JSON.stringify(seen)}`);
    // Some odd documents are valid (an odd description is still a description): both paths must have been taken.
    assert.ok((seen[201] ?? 0) > 0 && (seen[400] ?? 0) > RUNS / 2, JSON.stringify(seen));
  });

  test(`REST /validate, GraphQL validateTopology and netmodel validate agree on every problem (${RUNS} cases)`, async () => {
    await checkProperty(
      // Well-formed text: the three transports (an HTTP body, a JSON string, a file) would otherwise carry a lone surrogate
      // differently — UTF-8 encoding turns it into U+FFFD on two of them — and the messages quote the value.
      fc.asyncProperty(anyDocument.map(wellFormed), async (document) => {
        const r = await fetch(`${ts.baseUrl}/api/v1/validate`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: document });
        const g = await gql(VALIDATE, { document });
        const c = await cli('validate', '--file', writeDocument(document), '-o', 'json');
        if (r.status === 413) {
          // Over the limit: refused before parsing, the same way everywhere.
          assert.equal(g.status === 413 ? (g.body as ProblemBody).code : g.body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
          assert.equal(c.code, 2);
          assert.equal((JSON.parse(c.stdout) as { error: { code: string } }).error.code, 'PAYLOAD_TOO_LARGE');
          return;
        }
        assert.equal(r.status, 200);
        const rest = (await r.json()) as { valid: boolean; errors: unknown[] };
        const graph = g.body.data?.validateTopology as { valid: boolean; errors: { path: string; message: string; object: string | null }[] };
        assert.ok(graph, JSON.stringify(g.body.errors));
        const fromCli = JSON.parse(c.stdout) as { valid: boolean; errors: unknown[] };
        assert.equal(c.code, fromCli.valid ? 0 : 2, 'exit 2 exactly when invalid');
        // GraphQL returns object: null where JSON leaves the key out.
        const graphErrors = graph.errors.map(({ object, ...p }) => (object === null ? p : { ...p, object }));
        assert.deepEqual({ valid: graph.valid, errors: graphErrors }, { valid: rest.valid, errors: rest.errors }, 'GraphQL = REST');
        assert.deepEqual({ valid: fromCli.valid, errors: fromCli.errors }, { valid: rest.valid, errors: rest.errors }, 'CLI = REST');
      }),
      { seed: FUZZ_SEED + 1, numRuns: RUNS },
    );
  });

  test('netmodel import: exit 0 or 2 with a JSON error, never a crash, and a refusal stores nothing (8 cases)', async () => {
    await checkProperty(
      fc.asyncProperty(anyDocument, async (document) => {
        const c = await cli('import', '--file', writeDocument(document), '-o', 'json');
        const out = JSON.parse(c.stdout) as { name?: string; error?: { code: string; message: string } };
        if (c.code === 0) {
          assert.equal((await cli('delete', out.name!)).code, 0);
        } else {
          assert.equal(c.code, 2, c.stdout.slice(0, 300));
          assert.ok(['BAD_USER_INPUT', 'CONFLICT', 'PAYLOAD_TOO_LARGE'].includes(out.error?.code ?? ''), c.stdout.slice(0, 300));
          assert.ok((out.error?.message.length ?? 0) > 0);
        }
      }),
      { seed: FUZZ_SEED + 2, numRuns: 8 },
    );
    const list = await cli('list', '-o', 'json');
    assert.deepEqual(JSON.parse(list.stdout), { items: [] });
  });

  test('sizes at and past the limits: a large valid document round-trips, one byte over is 413 everywhere', async () => {
    const pad = (bytes: number) => smallDocument('big-text', `---\n# ${'x'.repeat(bytes)}\n`);
    const fits = pad(LIMIT - smallDocument('big-text').length - 200);
    const r = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: fits });
    assert.equal(r.status, 201);
    assert.equal((await fetch(`${ts.baseUrl}/api/v1/topologies/big-text`, { method: 'DELETE' })).status, 204);

    const over = pad(LIMIT);
    const rest = await fetch(`${ts.baseUrl}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: over });
    assertProblem(rest.status, rest.headers.get('content-type'), (await rest.json()) as ProblemBody, 'REST over the limit');
    assert.equal(rest.status, 413);
    assert.equal((await gql(IMPORT, { document: over })).body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
    // Past the HTTP body limit itself (document limit + 64 KiB for GraphQL's envelope): fastify refuses before parsing.
    const huge = await fetch(`${ts.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: IMPORT, variables: { document: 'x'.repeat(LIMIT + 128 * 1024) } }),
    });
    assert.equal(huge.status, 413);
    const c = await cli('import', '--file', writeDocument(over), '-o', 'json');
    assert.deepEqual([c.code, (JSON.parse(c.stdout) as { error: { code: string } }).error.code], [2, 'PAYLOAD_TOO_LARGE']);
    assert.deepEqual(await storedNames(), []);
  });
});

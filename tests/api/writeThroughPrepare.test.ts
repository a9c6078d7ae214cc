import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server';
import { createApp, type App } from '../../src/app/app';
import { loadConfig } from '../../src/app/config';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { ScenarioService } from '../../src/app/scenarioService';

// Issue 17, write-through: a version stored through the server's REST API is cached as written and prepared by the
// workers while the write runs, so the first what-if after it neither loads the version from the database nor computes
// the baseline's sections. Work is counted (the topology cache's misses: a miss is what precedes a load; the workers'
// preparations; the sections the answer reused), never timed. tests/app/writeThrough.test.ts covers the service's races.

const BASELINE_SECTIONS = ['baseline reachability', 'baseline conflicts', 'baseline overhead', 'baseline capacity'];
const NAME = 'written';

let db: TestDatabase;
let app: App;
let server: FastifyInstance;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createApp({ ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0, workers: 2, workerPrepare: 2 }, { db: db.db, migrate: false });
  server = await buildServer(app, { logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/api/v1/topologies`;
}, 60_000);

afterAll(async () => {
  await server.close();
  await app.close();
  await db.close();
});

function document(nodes: number): string {
  const generated = generateTopology({ nodes, podsPerNode: 3, services: 6, name: NAME, seed: nodes });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  return exportTopology(generated.topology, 'json');
}

async function put(body: string, ifMatch?: number): Promise<{ status: number; version?: number }> {
  const response = await fetch(`${base}/${NAME}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }) },
    body,
  });
  const answer = (await response.json()) as { version?: number };
  return { status: response.status, version: answer.version };
}

/** Waits until the workers report `count` preparations in all (each worker reports each version once). */
async function preparedBy(count: number): Promise<void> {
  while (app.questions.stats().prepared < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

const OPERATIONS = [{ op: 'setCni', overlay: 'host-gw' }];

async function whatIf(): Promise<{ nodes: number; reused: string[] }> {
  const response = await fetch(`${base}/${NAME}/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operations: OPERATIONS }) });
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { diff: { reused: string[]; kubeProxy: { nodes: unknown[] } } };
  return { nodes: answer.diff.kubeProxy.nodes.length, reused: answer.diff.reused.filter((r) => r.startsWith('baseline')) };
}

/** What the cache missed (each miss is followed by a load from the database) while `run` ran. */
async function misses<T>(run: () => Promise<T>): Promise<{ value: T; misses: number }> {
  const before = app.topologies.cache.misses;
  const value = await run();
  return { value, misses: app.topologies.cache.misses - before };
}

test('a create through the API: the first what-if finds the version cached and prepared, with no read before it', async () => {
  expect(await put(document(12))).toEqual({ status: 201, version: 1 });
  // No request read the version: only the write can have handed it to the workers.
  await preparedBy(2);
  const first = await misses(whatIf);
  expect(first.misses).toBe(0);
  expect(first.value.nodes).toBe(12);
  expect(first.value.reused).toEqual(BASELINE_SECTIONS);
  // The workers got the snapshot bytes the write stored: the event loop never JSON-encoded the version for them.
  expect(app.questions.stats().encoded).toBe(0);
}, 60_000);

test('a replace through the API: the same for the new version', async () => {
  expect(await put(document(14), 1)).toEqual({ status: 200, version: 2 });
  await preparedBy(4);
  const first = await misses(whatIf);
  expect(first.misses).toBe(0);
  expect(first.value.nodes).toBe(14);
  expect(first.value.reused).toEqual(BASELINE_SECTIONS);
  expect(app.questions.stats().encoded).toBe(0);
}, 60_000);

test.each([
  { failure: 'a stale If-Match', body: () => document(16), ifMatch: 1, status: 409 },
  { failure: 'a bad document', body: () => '{"kind": "Nonsense"}', ifMatch: 2, status: 400 },
])('$failure: nothing cached, the stored version is answered on without a load', async ({ body, ifMatch, status }) => {
  expect((await put(body(), ifMatch)).status).toBe(status);
  const after = await misses(whatIf);
  expect(after.misses).toBe(0);
  expect(after.value.nodes).toBe(14);
  expect(after.value.reused).toEqual(BASELINE_SECTIONS);
}, 60_000);

test('a version another writer stored: loaded from its snapshot, handed to the workers as those bytes, answered alike', async () => {
  // A write the server did not make (another replica, `netmodel import`), told to the server as its change feed tells it
  // (on PGlite no other process can write, so the test makes the feed's call). The first what-if loads the version.
  const generated = generateTopology({ nodes: 18, podsPerNode: 3, services: 6, name: NAME, seed: 18 });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  await new TopologyRepository(db.db.prisma).replace(NAME, generated.topology);
  app.topologies.noteChange(NAME);
  const first = await whatIf();
  expect(first.nodes).toBe(18);
  expect(app.questions.stats().encoded).toBe(0);
  // A worker parsed the gzipped bytes: its answer is the one computed on this thread from the loaded object itself.
  const loaded = await app.topologies.get(NAME);
  const here = JSON.parse(JSON.stringify(ScenarioService.whatIf(loaded, OPERATIONS, {}).diff)) as Record<string, unknown>;
  const response = await fetch(`${base}/${NAME}/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operations: OPERATIONS }) });
  const overRest = ((await response.json()) as { diff: Record<string, unknown> }).diff;
  // What differs by where the answer was computed: the sections reused, and the kube-proxy section's work counters.
  const comparable = ({ reused: _reused, kubeProxy, ...rest }: Record<string, unknown>) => {
    const { work: _work, ...counts } = kubeProxy as Record<string, unknown>;
    return { ...rest, kubeProxy: counts };
  };
  expect(comparable(overRest)).toEqual(comparable(here));
}, 60_000);

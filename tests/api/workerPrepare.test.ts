import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server';
import { createApp, type App } from '../../src/app/app';
import { loadConfig } from '../../src/app/config';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { QuestionPool } from '../../src/app/workers/questionPool';

// Issue 17: the first what-if on a version must not pay for parsing, compiling and the baseline's side of the diff on its
// worker. When the server loads a version, every worker prepares it between questions (src/app/workers/worker.ts); the
// first what-if then finds the baseline's section answers computed (its `reused` says so). Work is counted, never timed.

const BASELINE_SECTIONS = ['baseline reachability', 'baseline conflicts', 'baseline overhead', 'baseline capacity'];
const OPERATIONS = [{ op: 'setCni', overlay: 'host-gw' }];

interface Served {
  app: App;
  server: FastifyInstance;
  base: string;
  db: TestDatabase;
}

async function serve(workerPrepare: number): Promise<Served> {
  const db = await createTestDatabase();
  const config = { ...loadConfig({}), seedExamples: false, rateLimitPerMinute: 0, workers: 2, workerPrepare };
  const app = await createApp(config, { db: db.db, migrate: false });
  const server = await buildServer(app, { logger: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { app, server, db, base: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/api/v1` };
}

/** A small generated topology at a version. */
function small(name: string, seed: number, version: number, size = { nodes: 4, podsPerNode: 2, services: 3 }) {
  const generated = generateTopology({ ...size, name, seed });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  return { ...generated.topology, version };
}

/** One worker thread, no server: a pool whose answers all come from the same worker's own cache. */
const onePool = (prepareVersions: number) =>
  new QuestionPool({ threads: 1, maxMemoryMb: 256, maxMatrixCells: 40_000, maxConnectivityRows: 100_000, workerCache: 4, prepareVersions });

/** The baseline sections a what-if on the topology found computed (its `reused`): whether the worker held the version. */
const baselineReused = async (pool: QuestionPool, t: ReturnType<typeof small>) =>
  (await pool.ask('whatIfDiff', t, { operations: OPERATIONS })).diff.reused.filter((r) => r.startsWith('baseline'));

async function stop(s: Served): Promise<void> {
  await s.server.close();
  await s.app.close();
  await s.db.close();
}

async function json(response: Response, status = 200): Promise<Record<string, unknown>> {
  const text = await response.text();
  expect({ status: response.status, text: response.status === status ? '' : text }).toEqual({ status, text: '' });
  return JSON.parse(text) as Record<string, unknown>;
}

/** Stores (or replaces) the topology over REST, then reads it once, which loads the new version into the server's cache. */
async function storeAndLoad(s: Served, name: string, nodes: number): Promise<void> {
  const generated = generateTopology({ nodes, podsPerNode: 3, services: 6, name, seed: nodes });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  const exists = (await fetch(`${s.base}/topologies/${name}`)).status === 200;
  const stored = await fetch(`${s.base}/topologies${exists ? `/${name}` : ''}`, { method: exists ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body: exportTopology(generated.topology, 'json') });
  await json(stored, exists ? 200 : 201);
  await json(await fetch(`${s.base}/topologies/${name}`));
}

/** Waits until `count` worker preparations are reported (each worker reports each version once). */
async function preparedBy(s: Served, count: number): Promise<void> {
  while (s.app.questions.stats().prepared < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function whatIf(s: Served, name: string): Promise<{ reused: string[]; rest: unknown }> {
  const answer = await json(await fetch(`${s.base}/topologies/${name}/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operations: OPERATIONS }) }));
  const { reused, kubeProxy, ...sections } = answer.diff as { reused: string[]; kubeProxy: { work: unknown } };
  const { work: _work, ...kubeProxyAnswer } = kubeProxy;
  return { reused, rest: { ...answer, diff: { ...sections, kubeProxy: kubeProxyAnswer } } };
}

describe.each([
  { prepare: 2, reusedOnFirst: BASELINE_SECTIONS },
  { prepare: 0, reusedOnFirst: [] },
])('NETMODEL_WORKER_PREPARE=$prepare', ({ prepare, reusedOnFirst }) => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(prepare);
  }, 60_000);
  afterAll(() => stop(s));

  test('the first what-if on a loaded version finds the baseline prepared (or not), and answers the same either way', async () => {
    await storeAndLoad(s, 'prep', 12);
    // Both workers report the version; without preparation nothing is reported, so there is nothing to wait for.
    if (prepare > 0) await preparedBy(s, 2);
    const first = await whatIf(s, 'prep');
    expect(first.reused.filter((r) => r.startsWith('baseline'))).toEqual(reusedOnFirst);
    const again = await whatIf(s, 'prep');
    // The second what-if on the version reuses the baseline whichever worker answers it when both prepared it; without
    // preparation it may land on the worker that has not seen the version yet, so only the answer is compared.
    if (prepare > 0) expect(again.reused.filter((r) => r.startsWith('baseline'))).toEqual(BASELINE_SECTIONS);
    expect(again.rest).toEqual(first.rest);
    expect(s.app.questions.stats().prepared).toBe(prepare > 0 ? 2 : 0);
  }, 60_000);

  test('a new version is prepared when it is loaded after the write', async () => {
    await storeAndLoad(s, 'prep', 14);
    if (prepare > 0) await preparedBy(s, 4);
    const first = await whatIf(s, 'prep');
    expect(first.reused.filter((r) => r.startsWith('baseline'))).toEqual(reusedOnFirst);
    expect((first.rest as { diff: { kubeProxy: { nodes: unknown[] } } }).diff.kubeProxy.nodes).toHaveLength(14);
  }, 60_000);
});

test('answers with and without preparation are the same', async () => {
  const [on, off] = [await serve(2), await serve(0)];
  try {
    await storeAndLoad(on, 'same', 10);
    await storeAndLoad(off, 'same', 10);
    await preparedBy(on, 2);
    expect((await whatIf(on, 'same')).rest).toEqual((await whatIf(off, 'same')).rest);
  } finally {
    await stop(on);
    await stop(off);
  }
}, 120_000);

describe('the versions the workers are asked to prepare', () => {
  const topology = (name: string, version: number, seed: number) => small(name, seed, version, { nodes: 3, podsPerNode: 2, services: 2 });
  let pool: QuestionPool;
  beforeAll(() => {
    pool = onePool(2);
  });
  afterAll(() => pool.close());

  test('a newer version of a topology replaces the older one; at most NETMODEL_WORKER_PREPARE versions, newest last', () => {
    pool.prepare(topology('a', 1, 1));
    pool.prepare(topology('a', 2, 2));
    expect(pool.preparing().map((k) => k.replace(/#\d+$/, ''))).toEqual(['a@2']);
    pool.prepare(topology('b', 1, 3));
    pool.prepare(topology('c', 1, 4));
    expect(pool.preparing().map((k) => k.replace(/#\d+$/, ''))).toEqual(['b@1', 'c@1']);
  });
});

describe('a worker keeps one stored version of a topology', () => {
  // A worker's parsed version carries its baseline's section answers (memoized per Topology object), so a what-if's `reused`
  // says whether the worker still held the version: a newer version of the same topology evicts the older one (the server's
  // cache dropped it when the newer one was stored), a fork with the same version (a scenario's) evicts nothing, and another
  // topology evicts nothing. One thread, no preparation: every answer comes from the same worker's own cache.
  const v1 = small('kept', 11, 1);
  let pool: QuestionPool;
  beforeAll(() => {
    pool = onePool(0);
  });
  afterAll(() => pool.close());
  const reusedOn = (t: typeof v1) => baselineReused(pool, t);

  test.each([
    { between: 'a newer version of it', other: () => ({ ...v1, version: 2 }), kept: false },
    { between: 'a copy at the same version (a fork)', other: () => ({ ...v1 }), kept: true },
    { between: 'another topology', other: () => ({ ...v1, name: 'other', version: 5 }), kept: true },
  ])('asked again after $between: the version was kept = $kept', async ({ other, kept }) => {
    const first = { ...v1 };
    await reusedOn(first);
    expect(await reusedOn(first)).toEqual(BASELINE_SECTIONS);
    await reusedOn(other());
    expect(await reusedOn(first)).toEqual(kept ? BASELINE_SECTIONS : []);
  });
});

describe('a version prepared for a write that may fail', () => {
  // Write-through prepares the version a write will store before the write commits (src/app/topologyService.ts import). Such
  // a version must not push the stored one out of a worker (only a question on a newer version does: the server then holds
  // it as current), and when the write fails the pool takes it back and the workers drop their parse of it.
  const stored = small('provisional', 12, 1);
  let pool: QuestionPool;
  beforeAll(() => {
    pool = onePool(2);
  });
  afterAll(() => pool.close());
  const reusedOn = (t: typeof stored) => baselineReused(pool, t);
  const preparedCount = async (count: number) => {
    while (pool.stats().prepared < count) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  test('prepared, the newer version keeps the stored one; taken back, it is dropped and prepared afresh when offered again', async () => {
    await reusedOn(stored);
    expect(await reusedOn(stored)).toEqual(BASELINE_SECTIONS);
    const provisional = { ...stored, version: 2 };
    const before = pool.stats().prepared;
    pool.prepare(provisional);
    await preparedCount(before + 1);
    // The worker prepared version 2 (its parse is cached) and still holds version 1 with its sections.
    expect(await reusedOn(stored)).toEqual(BASELINE_SECTIONS);
    expect(pool.preparing()).toHaveLength(1);
    pool.unprepare(provisional);
    expect(pool.preparing()).toEqual([]);
    // Offered again on the same channel after the drop: a worker that had kept its parse would skip it (already prepared)
    // and report nothing; one that dropped it prepares it again and reports it.
    pool.prepare(provisional);
    await preparedCount(before + 2);
    expect(pool.stats().prepared).toBe(before + 2);
  }, 30_000);
});

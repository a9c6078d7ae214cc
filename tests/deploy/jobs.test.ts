import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { BIN, freePort, kill, startServe, stop, type Served } from '../hardening/helpers/serve';
import { withoutCacheFigures } from '../helpers/jobs';

// Jobs across processes (docs/DEPLOYMENT.md "Jobs"). On Postgres: replica A takes a job and is killed (SIGKILL) while
// running it; once the job's expiry passes, pg-boss's maintenance in replica B puts it back and B finishes it, with the
// answer the synchronous question gives. On the embedded database: one `netmodel serve` process runs a job to the end.

const ROOT = join(__dirname, '..', '..');
const HOLD = join(__dirname, '..', 'helpers', 'holdJobs.js');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8');
const OPERATIONS = [{ op: 'addNodes', count: 3, subnet: 'rack-b' }];

type Replica = Served;

async function startReplica(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<Replica> {
  return startServe({ ...process.env, ...env, NETMODEL_WORKERS: '1' }, await freePort(), { nodeArgs });
}

/** SIGTERM (the graceful shutdown), or SIGKILL: no shutdown hook runs, the job it holds is left running. */
async function stopReplica(replica: Replica | undefined, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (replica) await (signal === 'SIGKILL' ? kill(replica) : stop(replica));
}

interface Job {
  id: string;
  state: string;
  attempts: number;
  result: unknown;
  problem: unknown;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function job(replica: Replica, id: string, wait = 0): Promise<Job> {
  const response = await fetch(`${replica.base}/api/v1/topologies/calico/jobs/${id}${wait ? `?wait=${wait}` : ''}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Job;
}

async function importExample(replica: Replica): Promise<void> {
  const r = await fetch(`${replica.base}/api/v1/topologies?name=calico`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
  expect(r.status).toBe(201);
}

/** `netmodel …` in a process of its own, on the replicas' database (embedded: through the server holding it). */
async function cli(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}

async function untilFinished(replica: Replica, id: string): Promise<Job> {
  for (;;) {
    const current = await job(replica, id, 30);
    if (['succeeded', 'failed', 'cancelled'].includes(current.state)) return current;
  }
}

describe(process.env.DATABASE_URL ? 'two replicas on Postgres: a job outlives the replica running it' : 'one process on the embedded database runs jobs', () => {
  let db: CliDatabaseEnv;
  let a: Replica | undefined;
  let b: Replica | undefined;
  beforeAll(async () => {
    db = await cliDatabaseEnv();
  });
  afterAll(async () => {
    await stopReplica(a, 'SIGKILL');
    await stopReplica(b);
    const url = process.env.DATABASE_URL;
    const schema = db?.env.DATABASE_URL ? new URL(db.env.DATABASE_URL).searchParams.get('schema') : null;
    if (url && schema) {
      // pg-boss's schema beside the replicas' (`<schema>_jobs`), which the helper's cleanup does not know of.
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`).finally(() => client.end());
    }
    await db?.cleanup();
  });

  if (process.env.DATABASE_URL) {
    test('A is killed while running a job; B retries it after its expiry and answers it', async () => {
      // A's handlers never return (the preload); its jobs expire 1 + 5 s after they start (NETMODEL_JOB_TIMEOUT_SECONDS
      // plus the grace). B's short retention makes its maintenance, which re-queues expired jobs, run every few seconds.
      a = await startReplica({ ...db.env, NETMODEL_JOB_TIMEOUT_SECONDS: '1' }, ['--require', HOLD]);
      await importExample(a);
      const submitted = await fetch(`${a.base}/api/v1/topologies/calico/jobs`, post({ kind: 'whatIf', input: { operations: OPERATIONS } }));
      expect(submitted.status).toBe(202);
      const { id } = (await submitted.json()) as Job;
      let state = (await job(a, id)).state;
      while (state !== 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        state = (await job(a, id)).state;
      }
      await stopReplica(a, 'SIGKILL');
      b = await startReplica({ ...db.env, NETMODEL_JOB_RETENTION_SECONDS: '10' });
      const done = await untilFinished(b, id);
      expect(done.state).toBe('succeeded');
      expect(done.attempts).toBeGreaterThanOrEqual(2);
      const expected = await fetch(`${b.base}/api/v1/topologies/calico/what-if`, post({ operations: OPERATIONS }));
      expect(withoutCacheFigures(done.result)).toEqual(withoutCacheFigures(await expected.json()));
    });
  } else {
    test('netmodel serve on the embedded database takes a job and answers it', async () => {
      b = await startReplica(db.env);
      await importExample(b);
      const submitted = await fetch(`${b.base}/api/v1/topologies/calico/jobs`, post({ kind: 'whatIf', input: { operations: OPERATIONS } }));
      expect(submitted.status).toBe(202);
      const done = await untilFinished(b, ((await submitted.json()) as Job).id);
      expect(done).toMatchObject({ state: 'succeeded', attempts: 1, problem: null });
      const expected = await fetch(`${b.base}/api/v1/topologies/calico/what-if`, post({ operations: OPERATIONS }));
      expect(withoutCacheFigures(done.result)).toEqual(withoutCacheFigures(await expected.json()));
    });
  }

  test('the CLI: --async prints the job id, `job --wait` its answer, `job cancel` refuses a finished job', async () => {
    // On Postgres the CLI opens the database itself (it queues, the server runs); on the embedded database it finds the
    // server holding it and goes through its REST API.
    const dir = mkdtempSync(join(tmpdir(), 'netmodel-jobs-cli-'));
    try {
      const ops = join(dir, 'ops.json');
      writeFileSync(ops, JSON.stringify(OPERATIONS));
      const submitted = await cli(db.env, ['what-if', '-t', 'calico', '--ops', ops, '--async']);
      expect([submitted.code, submitted.stderr]).toEqual([0, expect.stringContaining('netmodel job ')]);
      const id = submitted.stdout.trim();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const waited = await cli(db.env, ['job', id, '--wait', '-o', 'json']);
      expect(waited.code).toBe(0);
      const done = JSON.parse(waited.stdout) as Job;
      expect(done.state).toBe('succeeded');
      const expected = await fetch(`${b!.base}/api/v1/topologies/calico/what-if`, post({ operations: OPERATIONS }));
      expect(withoutCacheFigures(done.result)).toEqual(withoutCacheFigures(await expected.json()));

      const matrix = await cli(db.env, ['reach', '-t', 'calico', '--group-by', 'node', '--async', '-o', 'json']);
      expect(matrix.code).toBe(0);
      const matrixId = (JSON.parse(matrix.stdout) as Job).id;
      const shown = await cli(db.env, ['job', matrixId, '--wait']);
      expect([shown.code, shown.stdout]).toEqual([0, expect.stringContaining(`job ${matrixId}: succeeded`)]);
      const cancel = await cli(db.env, ['job', 'cancel', matrixId]);
      expect([cancel.code, cancel.stderr]).toEqual([2, expect.stringContaining('already succeeded')]);
      const unknown = await cli(db.env, ['job', '00000000-0000-4000-8000-000000000000']);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('no job')]);
      const fromFile = await cli(db.env, ['what-if', '-f', join(ROOT, 'examples', 'kubeadm-calico.yaml'), '--ops', ops, '--async']);
      expect([fromFile.code, fromFile.stderr]).toEqual([2, expect.stringContaining('--topology')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { BIN, freePort, startServe, stop, type Served } from '../hardening/helpers/serve';

// Several server processes on one database (issue 14, docs/DEPLOYMENT.md). With DATABASE_URL (Postgres): two real
// `netmodel serve` processes on one schema; a write in one reaches the other's cache through LISTEN/NOTIFY, and version
// and promote conflicts hold across them; rate limits count per replica. Without it (the embedded PGlite): a second
// process is refused, because the embedded database's cache shortcut is only right for a single process.

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8');
const RATE_LIMIT = 60;

type Replica = Served;

/** A `netmodel serve` process on the suite's database (the environment's DATABASE_URL) with the per-replica rate limit. */
async function startReplica(env: NodeJS.ProcessEnv, seed: boolean): Promise<Replica> {
  return startServe({ ...process.env, ...env, NETMODEL_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), NETMODEL_WORKERS: '1' }, await freePort(), { seed });
}

async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (replica) await stop(replica);
}

async function versionOn(replica: Replica, name: string, headers: Record<string, string> = {}): Promise<number> {
  const r = await fetch(`${replica.base}/api/v1/topologies/${name}`, { headers });
  expect(r.status).toBe(200);
  return ((await r.json()) as { version: number }).version;
}

async function replace(replica: Replica, ifVersion: number, description: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${replica.base}/api/v1/topologies/kubeadm-calico`, {
    method: 'PUT',
    headers: { 'content-type': 'application/yaml', 'if-match': `"${ifVersion}"`, ...headers },
    body: EXAMPLE.replace(/description: .*/, `description: ${description}`),
  });
}

/** Reads from `replica` until it shows `version`; returns the milliseconds that took (reported, never asserted on). */
async function until(replica: Replica, version: number): Promise<number> {
  const started = performance.now();
  while ((await versionOn(replica, 'kubeadm-calico')) !== version) await new Promise((r) => setTimeout(r, 20));
  return performance.now() - started;
}

const onPostgres = Boolean(process.env.DATABASE_URL);

function twoReplicasOnPostgres(): void {
  let db: CliDatabaseEnv;
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    db = await cliDatabaseEnv();
    a = await startReplica(db.env, true);
    b = await startReplica(db.env, false);
  });
  afterAll(async () => {
    await stopReplica(a);
    await stopReplica(b);
    await db?.cleanup();
  });

  test('a write in A is read in B, which had the old version cached (pushed by LISTEN/NOTIFY, not asked per read)', async () => {
    // B trusts its cache because its change feed listens (otherwise it would read the stamp on every request).
    expect(await (await fetch(`${b.base}/metrics`)).text()).toMatch(/^netmodel_change_feed_listening 1$/m);
    expect([await versionOn(a, 'kubeadm-calico'), await versionOn(b, 'kubeadm-calico')]).toEqual([1, 1]);
    const written = await replace(a, 1, 'written in A');
    expect(written.status).toBe(200);
    const lag = await until(b, 2);
    console.info(`replica lag: B read version 2 ${lag.toFixed(0)} ms after A answered the write`);
    const body = (await (await fetch(`${b.base}/api/v1/topologies/kubeadm-calico`)).json()) as { description: string };
    expect(body.description).toBe('written in A');
  });

  test('a stale If-Match in B is a conflict naming the version A wrote', async () => {
    const r = await replace(b, 1, 'stale');
    expect(r.status).toBe(409);
    expect(((await r.json()) as { actualVersion?: number }).actualVersion).toBe(2);
  });

  test('a scenario forked in A cannot be promoted after B moved the baseline', async () => {
    const fork = await fetch(`${a.base}/api/v1/topologies/kubeadm-calico/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'grow', operations: [{ op: 'addNodes', count: 1, subnet: 'rack-a' }] }),
    });
    expect(fork.status).toBe(201);
    expect((await replace(b, 2, 'moved in B')).status).toBe(200);
    const promote = await fetch(`${a.base}/api/v1/scenarios/grow/promote`, { method: 'POST' });
    expect(promote.status).toBe(409);
    expect(await versionOn(b, 'kubeadm-calico')).toBe(3);
  });

  test('rate limits count per replica: a token past the limit in A is still served by B', async () => {
    const auth = { authorization: `Bearer ${(await createToken(db.env, 'limited')).token}` };
    // The token now exists: B hears of it (ApiToken NOTIFY) and requires one, without waiting for its token-count cache.
    const deadline = Date.now() + 30_000;
    while ((await fetch(`${b.base}/api/v1/topologies`)).status !== 401 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await fetch(`${b.base}/api/v1/topologies`)).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++) statuses.push((await fetch(`${a.base}/api/v1/topologies`, { headers: auth })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.at(-1)).toBe(429);
    expect((await fetch(`${b.base}/api/v1/topologies`, { headers: auth })).status).toBe(200);
  });

  test('a token revoked in the database is refused by both replicas at their very next request (no replica caches tokens)', async () => {
    const created = await createToken(db.env, 'revoked-soon');
    const auth = { authorization: `Bearer ${created.token}` };
    // Wait until both have heard that tokens exist (the previous test made one, so they require a token already).
    for (const replica of [a, b]) expect((await fetch(`${replica.base}/api/v1/topologies`, { headers: auth })).status).toBe(200);
    await netmodel(db.env, ['token', 'revoke', created.id]);
    // No waiting, no polling: each request looks its token up in Postgres (docs/DEPLOYMENT.md, "Tokens").
    for (const replica of [b, a]) {
      const r = await fetch(`${replica.base}/api/v1/topologies`, { headers: auth });
      expect(r.status).toBe(401);
      expect(await r.text()).toContain('was revoked');
    }
  });
}

/** Runs the CLI on the replicas' database and returns what it printed (it must exit 0). */
async function netmodel(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`netmodel ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

async function createToken(env: NodeJS.ProcessEnv, name: string): Promise<{ token: string; id: string }> {
  return JSON.parse(await netmodel(env, ['token', 'create', '--scope', 'admin', '--name', name, '-o', 'json'])) as { token: string; id: string };
}

function oneProcessOnEmbedded(): void {
  let dir: string;
  let a: Replica | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'netmodel-replicas-'));
  });
  afterAll(async () => {
    await stopReplica(a);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a second replica on the same data directory is refused (exit 3), naming the process that holds it', async () => {
    const env = { NETMODEL_DATA_DIR: join(dir, 'db') };
    a = await startReplica(env, false);
    const second = await startReplica(env, false).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(second).toMatch(/exited with 3/);
    expect(second).toContain(`in use by process ${a.child.pid}`);
    expect((await fetch(`${a.base}/readyz`)).status).toBe(200);
  }, 300_000);
}

// One of the two runs, whichever database the suite runs on (CI runs both): no test is skipped.
if (onPostgres) describe('two replicas on one Postgres', twoReplicasOnPostgres);
else describe('the embedded database serves one process', oneProcessOnEmbedded);

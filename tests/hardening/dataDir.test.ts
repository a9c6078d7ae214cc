import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openDatabase } from '../../src/store/database';
import { checkDataDir } from '../../src/store/dataDirCheck';
import { processIdentity } from '../../src/store/dataDirLock';
import { DatabaseUnavailableError } from '../../src/store/errors';
import { migrate } from '../../src/store/migrate';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { makeTopology } from '../helpers/topologyBuilder';
import { smallDocument } from '../fixtures/documents';
import { BIN, freePort, kill, startServe, type Served } from './helpers/serve';

// The embedded database's files (issue 16 items 9, 10, 11). PGlite runs initdb over a directory without PG_VERSION — every
// stored topology silently replaced by an empty database — and on a cluster missing its commit log or its databases prints
// "PGlite failed to initialize properly" and never listens. `netmodel serve` must instead refuse to start, exit 3, name
// the damage and the directory, and leave the files as they were. SIGTERM/SIGINT must stop it with exit 0 and no lock
// file left; a lock file whose pid now belongs to an unrelated process must not block the next start.
// The entries checked are the ones every Postgres cluster has after initdb
// (postgresql.org/docs/current/storage-file-layout.html).

/** Starting serve opens PGlite and checks the migrations: seconds alone, minutes on a shared 2-core machine under load. */
const START_MS = 180_000;

let root: string;
/** A migrated cluster holding one topology, closed cleanly: each case damages a copy of it. */
let pristine: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'netmodel-datadir-'));
  pristine = join(root, 'pristine');
  const db = await openDatabase({ dataDir: pristine });
  await migrate(db);
  await new TopologyRepository(db.prisma).create(makeTopology('kept'));
  await db.close();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its size and mtime: "left as it was" means this did not change. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else out.push(`${relative(dir, full)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

let copies = 0;
function damagedCopy(damage: (dir: string) => void): string {
  const dir = join(root, `copy-${++copies}`, 'db');
  cpSync(pristine, dir, { recursive: true });
  damage(dir);
  return dir;
}

const rm = (dir: string, path: string) => rmSync(join(dir, path), { recursive: true, force: true });
const emptyDir = (dir: string, path: string) => {
  for (const name of readdirSync(join(dir, path))) rm(dir, join(path, name));
};

describe('a damaged data directory is refused before PGlite touches it', () => {
  const cases: Array<{ name: string; damage: (dir: string) => void; message: RegExp }> = [
    { name: 'PG_VERSION deleted', damage: (d) => rm(d, 'PG_VERSION'), message: /is damaged: missing PG_VERSION \(the cluster version file\)/ },
    { name: 'pg_xact emptied', damage: (d) => emptyDir(d, 'pg_xact'), message: /is damaged: missing pg_xact \(the transaction commit log, missing or empty\)/ },
    { name: 'base removed', damage: (d) => rm(d, 'base'), message: /is damaged: missing base \(the databases, missing or empty\)/ },
    { name: 'the WAL segments removed', damage: (d) => readdirSync(join(d, 'pg_wal')).filter((n) => /^[0-9A-F]{24}$/.test(n)).forEach((n) => rm(d, join('pg_wal', n))), message: /missing pg_wal \(the write-ahead log/ },
    { name: 'the control file removed', damage: (d) => rm(d, join('global', 'pg_control')), message: /missing global\/pg_control \(the control file\)/ },
    { name: 'several at once', damage: (d) => { rm(d, 'PG_VERSION'); rm(d, 'base'); }, message: /missing PG_VERSION \(the cluster version file\), base/ },
    {
      name: 'a directory of other files',
      damage: (d) => { rmSync(d, { recursive: true }); mkdirSync(d); writeFileSync(join(d, 'notes.txt'), 'not a database'); },
      message: /is not empty but holds no database cluster .*refusing to initialize a new database over it/,
    },
  ];
  test.each(cases)('$name: DatabaseUnavailableError naming the directory; nothing changed, no lock left', async ({ damage, message }) => {
    const dir = damagedCopy(damage);
    const before = snapshot(dir);
    const error = await openDatabase({ dataDir: dir }).then(() => null, (e: unknown) => e);
    expect(error instanceof DatabaseUnavailableError).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(dir);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  test('damage only PGlite itself notices (a database directory removed) fails with the same error instead of hanging', async () => {
    const dir = damagedCopy((d) => rm(d, join('base', '5')));
    const error = await openDatabase({ dataDir: dir }).then(() => null, (e: unknown) => e);
    expect(error instanceof DatabaseUnavailableError).toBe(true);
    expect((error as Error).message).toMatch(/could not be opened \(PGlite failed to initialize properly\); its files may be damaged/);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  test('an empty directory and a missing one may be initialized; a whole cluster is opened', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(checkDataDir(empty)).toBe('new');
    expect(checkDataDir(join(root, 'absent', 'db'))).toBe('new');
    expect(checkDataDir(pristine)).toBe('cluster');
  });
});

describe('netmodel serve on a damaged directory', () => {
  test('PG_VERSION deleted: exit 3 at once, naming the damage and the directory; the stored topology is still on disk', () => {
    const dir = damagedCopy((d) => rm(d, 'PG_VERSION'));
    const before = snapshot(dir);
    const run = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--no-seed'], {
      env: { PATH: process.env.PATH, NETMODEL_DATA_DIR: dir, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/is damaged: missing PG_VERSION/);
    expect(run.stderr).toContain(dir);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('shutdown and the lock file', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  const unrelated: ChildProcess[] = [];
  beforeAll(() => {
    dataDir = damagedCopy(() => undefined);
    env = { NETMODEL_DATA_DIR: dataDir };
  });
  afterAll(() => {
    for (const child of unrelated) child.kill('SIGKILL');
  });

  async function signal(served: Served, name: NodeJS.Signals): Promise<number | null> {
    served.child.kill(name);
    return served.exited;
  }

  test.each(['SIGTERM', 'SIGINT'] as const)('%s: drains, closes the database, removes the lock and exits 0', async (name) => {
    const served = await startServe(env, await freePort(), { timeoutMs: START_MS });
    expect(readFileSync(`${dataDir}.lock`, 'utf8').split('\n')[0]).toBe(String(served.child.pid));
    const created = await fetch(`${served.base}/api/v1/topologies`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: smallDocument(`after-${name.toLowerCase()}`) });
    expect(created.status).toBe(201);
    expect(await signal(served, name)).toBe(0);
    expect(served.child.signalCode).toBe(null);
    expect(served.stderr()).toMatch(/stopped/);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 2 * START_MS);

  test('after SIGKILL the lock stays; once its pid belongs to an unrelated process the next start takes it over', async () => {
    const crashed = await startServe(env, await freePort(), { timeoutMs: START_MS });
    const topologies = await (await fetch(`${crashed.base}/api/v1/topologies`)).json();
    expect((topologies as { items: { name: string }[] }).items.map((t) => t.name).sort()).toEqual(['after-sigint', 'after-sigterm', 'kept']);
    await kill(crashed);
    const [, identity] = readFileSync(`${dataDir}.lock`, 'utf8').split('\n');
    expect(identity).toMatch(/^[0-9a-f-]{36} \d+$/); // boot id, start time in clock ticks
    // The pid is reused: an unrelated, live process now has it (simulated by writing that process's pid in the lock).
    const other = spawn('sleep', ['300'], { stdio: 'ignore' });
    unrelated.push(other);
    writeFileSync(`${dataDir}.lock`, `${other.pid}\n${identity}\n`);
    const next = await startServe(env, await freePort(), { timeoutMs: START_MS });
    expect(readFileSync(`${dataDir}.lock`, 'utf8').split('\n')[0]).toBe(String(next.child.pid));
    expect(await signal(next, 'SIGTERM')).toBe(0);
  }, 3 * START_MS);

  test('a lock whose process is alive and the same one refuses the start with exit 3, naming it', () => {
    const other = spawn('sleep', ['300'], { stdio: 'ignore' });
    unrelated.push(other);
    const identity = processIdentity(other.pid!);
    expect(identity).not.toBe(null); // Linux: /proc/<pid>/stat
    writeFileSync(`${dataDir}.lock`, `${other.pid}\n${identity}\n`);
    const run = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--no-seed'], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`in use by process ${other.pid}`);
    rmSync(`${dataDir}.lock`);
  });
});

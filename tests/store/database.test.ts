import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, IN_MEMORY, databaseConfigFromEnv, openDatabase, type DatabaseConfig } from '../../src/store/database';
import { DatabaseUnavailableError } from '../../src/store/errors';
import { migrate } from '../../src/store/migrate';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase } from '../helpers/db';
import { makeTopology } from '../helpers/topologyBuilder';

describe('databaseConfigFromEnv', () => {
  const cases: { name: string; env: NodeJS.ProcessEnv; config: DatabaseConfig }[] = [
    { name: 'nothing set: the embedded database in ./.netmodel/db', env: {}, config: { dataDir: './.netmodel/db' } },
    { name: 'NETMODEL_DATA_DIR', env: { NETMODEL_DATA_DIR: 'var/netmodel' }, config: { dataDir: 'var/netmodel' } },
    { name: 'DATABASE_URL', env: { DATABASE_URL: 'postgresql://u@db:5432/n' }, config: { databaseUrl: 'postgresql://u@db:5432/n' } },
    { name: 'DATABASE_URL wins over NETMODEL_DATA_DIR', env: { DATABASE_URL: 'postgres://db/n', NETMODEL_DATA_DIR: 'x' }, config: { databaseUrl: 'postgres://db/n' } },
    { name: 'blank values count as unset', env: { DATABASE_URL: '  ', NETMODEL_DATA_DIR: '' }, config: { dataDir: DEFAULT_DATA_DIR } },
  ];
  for (const c of cases) test(c.name, () => assert.deepEqual(databaseConfigFromEnv(c.env), c.config));
});

describe('openDatabase', () => {
  // Port 1 refuses connections at once: a Postgres that is down. pg connects lazily, so opening works.
  const DOWN = 'postgresql://netmodel:s3cret@127.0.0.1:1/netmodel';

  test('describes a Postgres database without credentials', async () => {
    const db = await openDatabase({ databaseUrl: DOWN, schema: 'tenant_a' });
    try {
      assert.equal(db.kind, 'postgres');
      assert.equal(db.description, 'postgres 127.0.0.1:1/netmodel schema tenant_a');
      assert.doesNotMatch(db.description, /s3cret|netmodel:/);
    } finally {
      await db.close();
    }
  });

  test('takes the schema from ?schema= in the URL, and an explicit schema over it', async () => {
    const fromUrl = await openDatabase({ databaseUrl: `${DOWN}?schema=tenant_b` });
    assert.equal(fromUrl.description, 'postgres 127.0.0.1:1/netmodel schema tenant_b');
    await fromUrl.close();
    const explicit = await openDatabase({ databaseUrl: `${DOWN}?schema=tenant_b`, schema: 'tenant_c' });
    assert.equal(explicit.description, 'postgres 127.0.0.1:1/netmodel schema tenant_c');
    await explicit.close();
  });

  test('defaults the Postgres port in the description', async () => {
    const db = await openDatabase({ databaseUrl: 'postgres://someone@db.internal/models' });
    assert.equal(db.description, 'postgres db.internal:5432/models');
    await db.close();
  });

  const refused: { name: string; config: DatabaseConfig; message: RegExp }[] = [
    { name: 'a URL of another scheme', config: { databaseUrl: 'mysql://db/x' }, message: /postgres/ },
    { name: 'a string that is not a URL', config: { databaseUrl: 'not a url' }, message: /not a URL/ },
    { name: 'a schema that needs quoting', config: { databaseUrl: DOWN, schema: 'Tenant-A' }, message: /identifier/ },
    { name: 'a ?schema= that needs quoting', config: { databaseUrl: `${DOWN}?schema=a%20b` }, message: /identifier/ },
    { name: 'a schema for the embedded database', config: { dataDir: IN_MEMORY, schema: 'x' }, message: /Postgres only/ },
  ];
  for (const c of refused) {
    test(`refuses ${c.name}`, async () => {
      await assert.rejects(openDatabase(c.config), c.message);
    });
  }

  test('an unreachable Postgres is DatabaseUnavailableError, from ping and from the repository', async () => {
    const db = await openDatabase({ databaseUrl: DOWN });
    try {
      await assert.rejects(db.ping(), DatabaseUnavailableError);
      const repo = new TopologyRepository(db.prisma);
      await assert.rejects(repo.list(), DatabaseUnavailableError);
      await assert.rejects(repo.get('anything'), DatabaseUnavailableError, 'an outage is not "not found"');
      await assert.rejects(migrate(db), DatabaseUnavailableError);
    } finally {
      await db.close();
    }
  });

  test('a closed database is DatabaseUnavailableError, not null', async () => {
    const { db, close } = await createTestDatabase();
    const repo = new TopologyRepository(db.prisma);
    await db.ping();
    await close();
    await assert.rejects(repo.get('anything'), DatabaseUnavailableError);
    await assert.rejects(db.ping(), DatabaseUnavailableError);
  });

  test('a database without the tables is DatabaseUnavailableError that says to migrate', async () => {
    const tdb = await createTestDatabase({ migrated: false });
    try {
      await assert.rejects(new TopologyRepository(tdb.db.prisma).list(), (e: unknown) => e instanceof DatabaseUnavailableError && /migrat/.test(e.message));
    } finally {
      await tdb.close();
    }
  });
});

describe('the embedded database on disk', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'netmodel-embedded-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('creates its folder, keeps data across close and reopen', async () => {
    const dataDir = join(root, 'nested', 'db');
    const first = await openDatabase({ dataDir });
    assert.equal(first.kind, 'embedded');
    assert.equal(first.description, `embedded PGlite at ${dataDir}`);
    await migrate(first);
    const t = makeTopology('kept');
    await new TopologyRepository(first.prisma).create(t);
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      assert.deepEqual((await migrate(second)).applied, [], 'the migration history survived too');
      assert.deepEqual(await new TopologyRepository(second.prisma).get('kept'), { ...t, version: 1 });
    } finally {
      await second.close();
    }
  });

  test('one open at a time: a second open in this process is refused until the first closes', async () => {
    const dataDir = join(root, 'single');
    const first = await openDatabase({ dataDir });
    await assert.rejects(openDatabase({ dataDir }), (e: unknown) => e instanceof DatabaseUnavailableError && /already open/.test(e.message));
    assert.equal(readFileSync(`${dataDir}.lock`, 'utf8').split('\n')[0], String(process.pid));
    await first.close();
    assert.equal(existsSync(`${dataDir}.lock`), false, 'close releases the lock');
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  test('a lock held by another live process is refused, naming that process', async () => {
    const dataDir = join(root, 'busy');
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${dataDir}.lock`, String(other.pid));
      await assert.rejects(openDatabase({ dataDir }), (e: unknown) => e instanceof DatabaseUnavailableError && e.message.includes(`process ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  test('a lock left by a process that is gone is taken over', async () => {
    const dataDir = join(root, 'stale');
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(`${dataDir}.lock`, String(gone.pid));
    const db = await openDatabase({ dataDir });
    assert.equal(readFileSync(`${dataDir}.lock`, 'utf8').split('\n')[0], String(process.pid));
    await db.close();
  });

  test('a lock this process already holds (taken by the caller) is used and left in place', async () => {
    const dataDir = join(root, 'caller');
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    const db = await openDatabase({ dataDir });
    await db.close();
    assert.equal(readFileSync(`${dataDir}.lock`, 'utf8').split('\n')[0], String(process.pid), 'the caller releases its own lock');
    rmSync(`${dataDir}.lock`);
  });
});

import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseConfigFromEnv, openDatabase } from '../../src/store/database';
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from '../../src/store/migrate';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { freePort, kill, spawnServe, waitFor } from './helpers/serve';

// An upgrade whose migration fails: "leaves the schema as it was and stops the start with a clear message". The database
// is at the first migration, and an object the second migration creates already exists (someone made it by hand), so
// the second fails. `netmodel serve` must exit — not wait for a database that is there — with the reason on stderr,
// and the schema must be exactly what it was. tests/store/migrate.test.ts covers the applier itself; this is the start.

let dbEnv: CliDatabaseEnv;
let work: string;
const [first, second] = readMigrations();
if (first === undefined || second === undefined) throw new Error('prisma/migrations holds at least two migrations');

beforeAll(async () => {
  dbEnv = await cliDatabaseEnv();
  work = mkdtempSync(join(tmpdir(), 'netmodel-migration-failure-'));
  // The state before the upgrade: a hand-made "TokenScope" type (the second migration creates it), then the first
  // migration, applied by the real applier from a folder that holds only it (same name and bytes, so the same checksum).
  const dir = join(work, 'migrations');
  mkdirSync(join(dir, '00000000000000_hand_made'), { recursive: true });
  writeFileSync(join(dir, '00000000000000_hand_made', 'migration.sql'), `CREATE TYPE "TokenScope" AS ENUM ('someone', 'else');\n`);
  cpSync(join(DEFAULT_MIGRATIONS_DIR, first.name), join(dir, first.name), { recursive: true });
  cpSync(join(DEFAULT_MIGRATIONS_DIR, 'migration_lock.toml'), join(dir, 'migration_lock.toml'));
  const db = await openDatabase(databaseConfigFromEnv(dbEnv.env));
  try {
    await migrate(db, { migrationsDir: dir });
  } finally {
    await db.close();
  }
});

afterAll(async () => {
  await dbEnv.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function schemaState(): Promise<{ tables: string[]; types: string[]; records: { migration_name: string; finished: boolean; logs: string | null }[] }> {
  const db = await openDatabase(databaseConfigFromEnv(dbEnv.env));
  try {
    const tables = await db.sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
    const types = await db.sql.query<{ name: string }>(
      `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema() AND t.typtype = 'e' ORDER BY 1`,
    );
    const records = await db.sql.query<{ migration_name: string; finished: boolean; logs: string | null }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, logs FROM _prisma_migrations ORDER BY started_at, migration_name`,
    );
    return { tables: tables.map((t) => t.name), types: types.map((t) => t.name), records };
  } finally {
    await db.close();
  }
}

describe('a migration that fails at start', () => {
  test('serve stops with a clear message, and the schema is left as it was', async () => {
    const before = await schemaState();
    assert.ok(before.tables.includes('Topology') && !before.tables.includes('ApiToken'), `at the first migration: ${before.tables.join(', ')}`);

    const served = spawnServe(dbEnv.env, await freePort());
    let code: number | null = null;
    void served.exited.then((c) => (code = c));
    try {
      await waitFor('serve to give up', () => code !== null, 60_000, 100);
    } finally {
      await kill(served); // a no-op once it has exited; otherwise it must not outlive the test
    }
    // 3: the database cannot be used (README "Exit codes"); not 0, and not 70 (a bug).
    assert.equal(code, 3, served.stderr());
    const stderr = served.stderr();
    assert.match(stderr, new RegExp(`database migration failed, schema left as it was: migration ${second.name}`));
    assert.match(stderr, /"TokenScope" already exists/);
    assert.doesNotMatch(stderr, /\n\s+at .+\(.+:\d+:\d+\)/, 'a message for the operator, not a stack trace');

    const afterwards = await schemaState();
    assert.deepEqual(afterwards.tables, before.tables, 'no table created or dropped');
    assert.deepEqual(afterwards.types, before.types, 'no type created or dropped');
    // Recorded as Prisma records a failure (no finished_at, the error in logs): the next start refuses until it is resolved.
    assert.deepEqual(afterwards.records.slice(0, before.records.length), before.records);
    const failed = afterwards.records.slice(before.records.length);
    assert.deepEqual(failed.map((r) => [r.migration_name, r.finished]), [[second.name, false]]);
    assert.match(failed[0]!.logs ?? '', /already exists/);
  });
});

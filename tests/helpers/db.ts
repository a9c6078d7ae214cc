import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { databaseFromPGlite, openDatabase, type Database } from '../../src/store/database';
import { migrate, readMigrations } from '../../src/store/migrate';

/**
 * A real database for one test file (no mocks: docs/ARCHITECTURE.md "Tests").
 * - Without DATABASE_URL: a fresh in-memory PGlite.
 * - With DATABASE_URL: a fresh, uniquely named schema in that database; close() drops it.
 * Migrated unless `{ migrated: false }`. reset() empties every table but _prisma_migrations
 * (TRUNCATE … CASCADE: tens of milliseconds), so make one per file and reset between tests.
 */
export interface TestDatabase {
  db: Database;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply prisma/migrations (default true). */
  migrated?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const databaseUrl = process.env.DATABASE_URL?.trim();
  return databaseUrl ? createPostgresSchema(databaseUrl, migrated) : createInMemory(migrated);
}

async function truncateAll(db: Database): Promise<void> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await db.sql.exec(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * A fresh PGlite costs ≈2.3 s (initdb); restoring a dump of an already migrated one ≈0.5 s. The dump is
 * cached in the OS temp folder under a key of the PGlite version and the migrations' checksums, so it
 * is rebuilt whenever either changes.
 */
function snapshotPath(): string {
  // The package does not export its package.json; it sits one level above the entry point (dist/).
  const packageJson = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const pgliteVersion = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const key = createHash('sha256')
    .update(pgliteVersion)
    .update(readMigrations().map((m) => `${m.name}:${m.checksum}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `netmodel-test-pglite-${key}.tar.gz`);
}

async function restoreSnapshot(path: string): Promise<Database | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const pglite = new PGlite({ loadDataDir: new Blob([new Uint8Array(bytes)]) });
    await pglite.waitReady;
    return databaseFromPGlite(pglite, 'embedded PGlite in memory');
  } catch {
    rmSync(path, { force: true }); // unreadable: rebuild it below
    return null;
  }
}

async function saveSnapshot(pglite: PGlite, path: string): Promise<void> {
  // Other test processes may race to write the same file: write aside, then rename (atomic on one filesystem).
  // The cache only saves time, so failing to write it is not an error.
  try {
    const dump = await pglite.dumpDataDir('gzip');
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  } catch {
    // Next run rebuilds it.
  }
}

async function freshInMemory(migrated: boolean, snapshot: string | null): Promise<Database> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const db = databaseFromPGlite(pglite, 'embedded PGlite in memory');
  try {
    if (migrated) await migrate(db);
    if (snapshot !== null) await saveSnapshot(pglite, snapshot);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function createInMemory(migrated: boolean): Promise<TestDatabase> {
  const snapshot = migrated ? snapshotPath() : null;
  const db = (snapshot === null ? null : await restoreSnapshot(snapshot)) ?? (await freshInMemory(migrated, snapshot));
  return { db, reset: () => truncateAll(db), close: () => db.close() };
}

async function createPostgresSchema(databaseUrl: string, migrated: boolean): Promise<TestDatabase> {
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const db = await openDatabase({ databaseUrl, schema });
  const drop = () => db.sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  try {
    await db.sql.exec(`CREATE SCHEMA "${schema}"`);
    if (migrated) await migrate(db);
  } catch (error) {
    await drop().catch(() => undefined);
    await db.close();
    throw error;
  }
  return {
    db,
    reset: () => truncateAll(db),
    close: async () => {
      try {
        await drop();
      } finally {
        await db.close();
      }
    },
  };
}


import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from './database';
import { MigrationError } from './errors';
import type { SqlConnection, SqlSession } from './sqlRunner';
import { asUnavailable, translatingOutages } from './unavailable';

/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native schema engine
 * (which cannot run offline; docs/TOOLCHAIN-NOTES.md). Bookkeeping is Prisma's own table, so the real
 * Prisma CLI accepts a database migrated by this code and vice versa. Upstream behavior mirrored, from
 * prisma/prisma-engines:
 * - schema-engine/core/src/commands/apply_migrations.rs: take the advisory lock, refuse to go on while a
 *   failed migration is recorded (P3009), apply the migration folders not recorded (rolled-back records
 *   do not count) in name order; records of migrations missing locally are ignored.
 * - schema-engine/connectors/sql-schema-connector/src/flavour/postgres.rs: the lock key 72707369 and
 *   the `_prisma_migrations` DDL.
 * - schema-engine/connectors/schema-connector/src/checksum.rs: checksum = lowercase hex SHA-256 of the
 *   script; a recorded checksum also matches the script with CRLF/LF line endings swapped.
 * Stricter than Prisma: each migration runs in one transaction together with its success record (Prisma
 * records the start first), and a migration edited after it was applied stops the run (deploy never
 * re-checks checksums).
 */

export const DEFAULT_MIGRATIONS_DIR = resolve(__dirname, '..', '..', 'prisma', 'migrations');
const ADVISORY_LOCK_KEY = 72707369;
const LOCK_TIMEOUT_MS = 10_000;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export interface Migration {
  /** Folder name, e.g. 20261126231537_init. */
  readonly name: string;
  readonly script: string;
  /** Lowercase hex SHA-256 of migration.sql's bytes. */
  readonly checksum: string;
}

export interface MigrateOptions {
  migrationsDir?: string;
}

export interface MigrateResult {
  /** Applied by this call, in order. */
  readonly applied: string[];
  readonly alreadyApplied: string[];
  /** Recorded as applied in the database but absent from the migrations folder (the code is older). */
  readonly unknownInDatabase: string[];
}

export interface MigrationStatus extends MigrateResult {
  readonly pending: string[];
  readonly failed: { name: string; logs: string | null }[];
  /** Applied, but migration.sql no longer matches the recorded checksum. */
  readonly edited: string[];
}

interface MigrationRecord {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export function checksumOf(script: string | Buffer): string {
  return createHash('sha256').update(script).digest('hex');
}

function checksumMatches(script: string, recorded: string): boolean {
  return [script, script.replace(/\r\n/g, '\n'), script.replace(/\n/g, '\r\n')].some((s) => checksumOf(s) === recorded);
}

function checkLockfile(dir: string): void {
  const lockPath = join(dir, 'migration_lock.toml');
  if (!existsSync(lockPath)) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockPath, 'utf8'))?.[1];
  if (provider !== 'postgresql') {
    throw new MigrationError(null, `${lockPath} is for provider "${provider ?? '?'}", not "postgresql"`);
  }
}

/** The migration folders of `dir`, in the order they apply (by name, as Prisma sorts them). */
export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) throw new MigrationError(null, `no migrations folder at ${dir}`);
  checkLockfile(dir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(dir, name, 'migration.sql');
      if (!existsSync(file)) throw new MigrationError(name, `has no migration.sql`);
      const bytes = readFileSync(file);
      return { name, script: bytes.toString('utf8'), checksum: checksumOf(bytes) };
    });
}

async function readRecords(session: SqlSession): Promise<MigrationRecord[] | null> {
  const [table] = await session.query<{ present: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
  if (table?.present !== true) return null;
  return session.query<MigrationRecord>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at, migration_name',
  );
}

function assess(local: readonly Migration[], records: readonly MigrationRecord[]): MigrationStatus {
  const live = records.filter((r) => r.rolled_back_at === null);
  const finished = live.filter((r) => r.finished_at !== null);
  const localNames = new Set(local.map((m) => m.name));
  return {
    applied: [],
    alreadyApplied: local.filter((m) => finished.some((r) => r.migration_name === m.name)).map((m) => m.name),
    pending: local.filter((m) => !live.some((r) => r.migration_name === m.name)).map((m) => m.name),
    failed: live.filter((r) => r.finished_at === null).map((r) => ({ name: r.migration_name, logs: r.logs })),
    edited: local
      .filter((m) => finished.some((r) => r.migration_name === m.name && !checksumMatches(m.script, r.checksum)))
      .map((m) => m.name),
    unknownInDatabase: [...new Set(finished.map((r) => r.migration_name).filter((name) => !localNames.has(name)))],
  };
}

/** What migrate() would do, without changing anything. */
export async function migrationStatus(db: Pick<Database, 'sql'>, options: MigrateOptions = {}): Promise<MigrationStatus> {
  const local = readMigrations(options.migrationsDir);
  return translatingOutages(async () => assess(local, (await readRecords(db.sql)) ?? []));
}

async function acquireLock(connection: SqlConnection): Promise<void> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const [row] = await connection.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_LOCK_KEY]);
    if (row?.locked === true) return;
    if (Date.now() > deadline) {
      throw new MigrationError(null, `another process is migrating this database (advisory lock ${ADVISORY_LOCK_KEY} held for over ${LOCK_TIMEOUT_MS / 1000} s)`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A schema named by search_path but not created yet (a fresh `?schema=` or DatabaseConfig.schema) is
 * created, as Prisma Migrate does; current_schema() is NULL until then.
 */
async function ensureSchema(connection: SqlConnection): Promise<void> {
  const [row] = await connection.query<{ schema: string | null; path: string }>(`SELECT current_schema() AS schema, current_setting('search_path') AS path`);
  if (row === undefined || row.schema !== null) return;
  const first = row.path
    .split(',')
    .map((entry) => entry.trim())
    .find((entry) => entry !== '' && entry !== '"$user"' && entry !== '$user');
  if (first === undefined) throw new MigrationError(null, `search_path (${row.path}) names no schema to migrate into`);
  const name = first.startsWith('"') ? first.slice(1, -1).replace(/""/g, '"') : first;
  await connection.exec(`CREATE SCHEMA IF NOT EXISTS "${name.replace(/"/g, '""')}"`);
}

/** Prisma refuses to start a history in a schema that already has tables (P3005); so does this. */
async function ensureMigrationsTable(connection: SqlConnection): Promise<MigrationRecord[]> {
  await ensureSchema(connection);
  const records = await readRecords(connection);
  if (records !== null) return records;
  const [row] = await connection.query<{ schema: string; relations: number }>(
    `SELECT current_schema() AS schema, count(c.oid)::int AS relations
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')`,
  );
  if ((row?.relations ?? 0) > 0) {
    throw new MigrationError(null, `schema "${row?.schema}" already has tables but no _prisma_migrations history: refusing to migrate a database netmodel did not create`);
  }
  await connection.exec(CREATE_MIGRATIONS_TABLE);
  return [];
}

function failureLogs(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  return typeof e.code === 'string' ? `Database error code: ${e.code}\n\nDatabase error:\n${message}` : message;
}

async function applyOne(connection: SqlConnection, migration: Migration): Promise<void> {
  const id = randomUUID();
  const [clock] = await connection.query<{ now: Date }>('SELECT clock_timestamp() AS now');
  const startedAt = clock?.now ?? new Date();
  try {
    await connection.transaction(async (tx) => {
      await tx.exec(migration.script);
      await tx.query(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
        [id, migration.checksum, migration.name, startedAt],
      );
    });
  } catch (error) {
    const unavailable = asUnavailable(error);
    if (unavailable !== null) throw unavailable;
    // Recorded like Prisma records a failure: no finished_at, the error in logs. It blocks later runs until
    // someone marks it rolled back (markMigrationRolledBack, or `prisma migrate resolve --rolled-back`).
    await connection.query(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, NULL, $3, $4, NULL, $5, 0)`,
      [id, migration.checksum, migration.name, failureLogs(error), startedAt],
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(migration.name, `failed and was rolled back, the schema is unchanged: ${message}`, { cause: error });
  }
}

function refuseBlocked(status: MigrationStatus): void {
  const failed = status.failed[0];
  if (failed !== undefined) {
    throw new MigrationError(
      failed.name,
      `failed in an earlier run and blocks every later migration${failed.logs ? ` (${failed.logs.split('\n').pop()})` : ''}. ` +
        `Repair the database, then mark it rolled back (markMigrationRolledBack) to retry it`,
    );
  }
  const edited = status.edited[0];
  if (edited !== undefined) {
    throw new MigrationError(edited, 'migration.sql was edited after it was applied (its checksum no longer matches): restore it and put the change in a new migration');
  }
}

/** Applies every migration not yet applied, in order, one transaction each. */
export async function migrate(db: Pick<Database, 'sql'>, options: MigrateOptions = {}): Promise<MigrateResult> {
  const local = readMigrations(options.migrationsDir);
  return translatingOutages(() =>
    db.sql.withConnection(async (connection) => {
      await acquireLock(connection);
      try {
        const status = assess(local, await ensureMigrationsTable(connection));
        refuseBlocked(status);
        const applied: string[] = [];
        for (const migration of local.filter((m) => status.pending.includes(m.name))) {
          await applyOne(connection, migration);
          applied.push(migration.name);
        }
        return { applied, alreadyApplied: status.alreadyApplied, unknownInDatabase: status.unknownInDatabase };
      } finally {
        await connection.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => undefined);
      }
    }),
  );
}

/** `prisma migrate resolve --rolled-back`: lets migrate() retry a failed migration once the database is repaired. */
export async function markMigrationRolledBack(db: Pick<Database, 'sql'>, name: string): Promise<void> {
  const rows = await translatingOutages(() =>
    db.sql.query<{ id: string }>(
      `UPDATE _prisma_migrations SET rolled_back_at = now()
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL RETURNING id`,
      [name],
    ),
  );
  if (rows.length === 0) throw new MigrationError(name, 'has no failed record to mark rolled back');
}

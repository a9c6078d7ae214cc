import { mkdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { lockDataDir, type DataDirLock } from './dataDirLock';
import { checkDataDir } from './dataDirCheck';
import { DatabaseUnavailableError } from './errors';
import { PrismaClient } from './generated/prisma/client';
import { pgliteRunner, pgRunner, type SqlRunner } from './sqlRunner';
import { translatingOutages } from './unavailable';
import { DEFAULT_DATA_DIR, IN_MEMORY, type DatabaseConfig } from './databaseConfig';

export { DEFAULT_DATA_DIR, IN_MEMORY, databaseConfigFromEnv, type DatabaseConfig } from './databaseConfig';

export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: 'embedded' | 'postgres';
  /** Where the data lives, for logs and `netmodel status`; never contains credentials. */
  readonly description: string;
  /** Driver-level SQL for the migration applier and test helpers (multi-statement scripts, catalogs). */
  readonly sql: SqlRunner;
  /** Throws DatabaseUnavailableError when the database cannot be reached. */
  ping(): Promise<void>;
  /** A new connection outside the pool, for LISTEN (Postgres; absent for the embedded database, which is single-process). */
  readonly newClient?: () => Client;
  /** The connection pool's state (Postgres); null for the embedded database, which has no pool. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

// Lowercase only: search_path folds unquoted names to lowercase, while Prisma quotes the name it is given.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens (does not migrate) the database the config names. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl !== undefined) return openPostgres(config.databaseUrl, config.schema);
  if (config.schema !== undefined) {
    throw new Error('DatabaseConfig.schema applies to Postgres only; the embedded database always uses "public"');
  }
  return openEmbedded(config.dataDir ?? DEFAULT_DATA_DIR);
}

function describePostgres(url: URL, schema: string | undefined): string {
  const port = url.port || '5432';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)';
  return `postgres ${url.hostname}:${port}/${database}${schema === undefined ? '' : ` schema ${schema}`}`;
}

async function openPostgres(databaseUrl: string, explicitSchema: string | undefined): Promise<Database> {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error('DATABASE_URL is not a URL (expected postgresql://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL, not ${url.protocol}//…`);
  }
  // `?schema=` is Prisma's URL convention, which adapter-pg ignores; honored here, an explicit schema wins.
  const schema = explicitSchema ?? (url.searchParams.get('schema') || undefined);
  url.searchParams.delete('schema');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`schema "${schema}" is not a plain lowercase identifier`);
  }
  const connection = {
    connectionString: url.toString(),
    // adapter-pg ignores ?schema=; tables must be found through search_path, and Prisma is told too.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    // Without a timeout a blackholed host hangs each request for the OS's TCP timeout (minutes).
    connectionTimeoutMillis: 10_000,
  };
  const pool = new Pool(connection);
  // An idle client that loses its server emits 'error' on the pool; unhandled, that would kill the process.
  // The next query reports the outage as DatabaseUnavailableError instead.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema === undefined ? {} : { schema }) });
  const sql = pgRunner(pool);
  let closed = false;
  return {
    prisma,
    kind: 'postgres',
    description: describePostgres(url, schema),
    sql,
    newClient: () => new Client(connection),
    ping: () => translatingOutages(async () => void (await sql.query('SELECT 1'))),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * PGlite's own start parameters plus a smaller buffer pool. Postgres's default shared_buffers (128 MB) lives inside the
 * WebAssembly memory, which never shrinks; the embedded database is one process whose data files the OS caches anyway,
 * so 32 MB costs reads little (a scan of the 150,000 pods measured the same) and takes ≈100 MB off every process that
 * opens it (issue 17: `netmodel import` of the max-scale document must stay under 1 GB).
 */
const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'] };

async function openEmbedded(dataDir: string): Promise<Database> {
  const inMemory = dataDir === IN_MEMORY;
  let lock: DataDirLock | null = null;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    // Checked under the lock, so that no other process is initializing the directory meanwhile.
    const fresh = !inMemory && checkDataDir(dataDir) === 'new';
    db = inMemory ? new PGlite(PGLITE_OPTIONS) : new PGlite(dataDir, PGLITE_OPTIONS);
    await readyWithin(db, dataDir, EMBEDDED_START_TIMEOUT_MS);
    if (fresh) {
      // initdb grows PGlite's WebAssembly memory to ≈630 MB, and WebAssembly memory never shrinks; opening the new
      // cluster again starts at ≈200 MB (issue 17: a first `netmodel import` of the max-scale document needs the room).
      await db.close();
      db = new PGlite(dataDir, PGLITE_OPTIONS);
      await readyWithin(db, dataDir, EMBEDDED_START_TIMEOUT_MS);
      // The closed instance's memory goes back to the system only when V8 collects it, which, with nothing else
      // allocating much, came only after the import had parsed its document on top of it (issue 17: ≈430 MB
      // more RSS at that peak). One full collection here hands it back at once.
      collectGarbage();
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  return databaseFromPGlite(db, inMemory ? 'embedded PGlite in memory' : `embedded PGlite at ${dataDir}`, () => lock?.release());
}

/**
 * One full garbage collection, now. Node exposes `gc` only behind a V8 flag; a context created while the flag is set
 * gets it (the technique jest's --logHeapUsage uses), and the flag is cleared again so nothing else sees `gc`.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * PGlite rejects waitReady with "PGlite failed to initialize properly" on some damage and on other damage never settles,
 * so the start is bounded. A healthy directory opens in about 2 s on a 2-core machine (docs/PERFORMANCE.md).
 */
const EMBEDDED_START_TIMEOUT_MS = 60_000;

async function readyWithin(db: PGlite, dataDir: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([db.waitReady, timeout]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `the embedded database in ${dataDir} could not be opened (${reason}); its files may be damaged: restore the directory from a backup, or move it away to start empty`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Database over a PGlite the caller created (tests restore a migrated snapshot with `loadDataDir`).
 * close() closes the PGlite, then calls `onClose`.
 */
export function databaseFromPGlite(db: PGlite, description: string, onClose: () => void = () => {}): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  const sql = pgliteRunner(db);
  return {
    prisma,
    kind: 'embedded',
    poolStats: () => null,
    description,
    sql,
    ping: () => translatingOutages(async () => void (await sql.query('SELECT 1'))),
    async close() {
      if (db.closed) return;
      await prisma.$disconnect();
      await db.close();
      onClose();
    },
  };
}

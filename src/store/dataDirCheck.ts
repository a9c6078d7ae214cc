import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseUnavailableError } from './errors';

/**
 * What must be in an initialized embedded database directory before PGlite may open it. PGlite runs initdb over any
 * directory without PG_VERSION — silently replacing every stored topology when only that file was lost — and on a
 * cluster missing its commit log or its databases it prints "PGlite failed to initialize properly" and never becomes
 * ready. So the directory is checked first: absent or empty → a new cluster; complete → opened; anything else →
 * refused, naming what is missing and the directory, and nothing in it is touched.
 *
 * The entries are those every Postgres cluster has after initdb (postgresql.org/docs/current/storage-file-layout.html):
 * PG_VERSION, global/pg_control (the control file), base/ (one subdirectory per database), pg_xact/ (transaction
 * commit status; segment 0000 from the first transaction on) and pg_wal/ (at least the segment holding the last
 * checkpoint, without which the server cannot start).
 */
const REQUIRED: ReadonlyArray<{ path: string; kind: 'file' | 'directory with entries' | 'directory with files'; what: string }> = [
  { path: 'PG_VERSION', kind: 'file', what: 'the cluster version file' },
  { path: join('global', 'pg_control'), kind: 'file', what: 'the control file' },
  { path: 'base', kind: 'directory with entries', what: 'the databases' },
  { path: 'pg_xact', kind: 'directory with files', what: 'the transaction commit log' },
  { path: 'pg_wal', kind: 'directory with files', what: 'the write-ahead log' },
];

export type DataDirState = 'new' | 'cluster';

function entries(dir: string): string[] | null {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function present(dir: string, entry: (typeof REQUIRED)[number]): boolean {
  const path = join(dir, entry.path);
  try {
    const stat = statSync(path);
    if (entry.kind === 'file') return stat.isFile();
    if (!stat.isDirectory()) return false;
    const names = readdirSync(path);
    return entry.kind === 'directory with entries' ? names.length > 0 : names.some((name) => statSync(join(path, name)).isFile());
  } catch {
    return false;
  }
}

/** 'new' when PGlite may initialize the directory (absent or empty); 'cluster' when it is whole; throws when damaged. */
export function checkDataDir(dataDir: string): DataDirState {
  const names = entries(dataDir);
  if (names === null || names.length === 0) return 'new';
  const missing = REQUIRED.filter((entry) => !present(dataDir, entry));
  if (missing.length === 0) return 'cluster';
  const list = missing.map((m) => `${m.path} (${m.what}${m.kind === 'file' ? '' : ', missing or empty'})`).join(', ');
  const notACluster = missing.length === REQUIRED.length;
  throw new DatabaseUnavailableError(
    notACluster
      ? `the embedded database directory ${dataDir} is not empty but holds no database cluster (missing ${list}); ` +
          'refusing to initialize a new database over it: point NETMODEL_DATA_DIR at an empty or new directory'
      : `the embedded database directory ${dataDir} is damaged: missing ${list}. Refusing to open it, and never initializing ` +
          'over it (every stored topology would be lost): restore the directory from a backup, or move it away to start empty',
  );
}

import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseUnavailableError } from './errors';

/**
 * An exclusive lock on an embedded database directory.
 *
 * Why: PGlite is Postgres inside one process, with no postmaster.pid check, so a second PGlite on the same
 * directory (say `netmodel import` while `netmodel serve` runs) would write the same files and corrupt
 * them. Two layers:
 * - across processes, the file `<dataDir>.lock` holding the owner's pid. It sits beside the directory, not
 *   in it, because PGlite initializes a directory that holds no cluster yet. A lock whose process is gone
 *   (a crash) is taken over. A lock file already holding this process's pid was taken by the caller
 *   (src/app takes the same file before opening) and is left for that caller to release.
 * - within this process, a registry of open directories, since a pid cannot tell two opens apart.
 */
export interface DataDirLock {
  release(): void;
}

const openInThisProcess = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the file lock; returns whether this call created it (and so must remove it). */
function lockFile(dataDir: string, lockPath: string): boolean {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(lockPath)) return true;
    const owner = readOwner(lockPath);
    if (owner === process.pid) return false;
    if (owner !== null && processAlive(owner)) {
      throw new DatabaseUnavailableError(
        `the embedded database ${dataDir} is in use by process ${owner}: only one process may open it at a time ` +
          `(stop the other one, or share a Postgres server through DATABASE_URL)`,
      );
    }
    try {
      unlinkSync(lockPath); // stale: its owner is gone
    } catch {
      // Someone else removed it first; the next attempt decides.
    }
  }
  throw new DatabaseUnavailableError(`could not lock the embedded database ${dataDir}: ${lockPath} keeps reappearing`);
}

export function lockDataDir(dataDir: string): DataDirLock {
  const key = resolve(dataDir);
  if (openInThisProcess.has(key)) {
    throw new DatabaseUnavailableError(`the embedded database ${dataDir} is already open in this process; close it before opening it again`);
  }
  const lockPath = `${key}.lock`;
  const created = lockFile(dataDir, lockPath);
  openInThisProcess.add(key);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      openInThisProcess.delete(key);
      if (created && readOwner(lockPath) === process.pid) {
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      }
    },
  };
}

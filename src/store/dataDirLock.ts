import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseUnavailableError } from './errors';

/**
 * An exclusive lock on an embedded database directory.
 *
 * Why: PGlite is Postgres inside one process, with no postmaster.pid check, so a second PGlite on the same
 * directory (say `netmodel import` while `netmodel serve` runs) would write the same files and corrupt
 * them. Two layers:
 * - across processes, the file `<dataDir>.lock` holding the owner's pid and when that process started
 *   (processIdentity). It sits beside the directory, not in it, so that the directory holds only the cluster.
 *   A lock whose process is gone (a crash) is taken over, also when its pid has been reused since. A lock file already holding this process's pid was taken by the caller
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

/**
 * Which incarnation of a pid this is: the boot's id and the process's start time in clock ticks since boot (field 22 of
 * /proc/<pid>/stat, proc(5)). A pid is reused once its process is gone; the pair is not, so a lock left by a killed
 * server is recognized as stale even when an unrelated process got its pid since. Null where /proc is missing (macOS):
 * then only whether the pid is alive can be told.
 */
export function processIdentity(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and parentheses itself: count after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields[19];
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return startTicks === undefined ? null : `${bootId} ${startTicks}`;
  } catch {
    return null;
  }
}

export interface Owner {
  pid: number;
  /** processIdentity() of the owner when it took the lock; null in a lock written without one. */
  identity: string | null;
}

/** The lock file: the owner's pid on the first line, its processIdentity() on the second (when known). */
function readOwner(lockPath: string): Owner | null {
  try {
    const [first, second] = readFileSync(lockPath, 'utf8').split('\n');
    const pid = Number(first?.trim());
    if (!Number.isInteger(pid) || pid <= 0) return null;
    return { pid, identity: second?.trim() || null };
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote the lock still runs: its pid is alive and, where known, is still the same process.
 * Exported for the file a server writes beside the lock (src/cli/serverRecord.ts), recognized as stale the same way.
 */
export function ownerAlive(owner: Owner): boolean {
  if (!processAlive(owner.pid)) return false;
  if (owner.identity === null) return true;
  const now = processIdentity(owner.pid);
  return now === null || now === owner.identity;
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    const identity = processIdentity(process.pid);
    writeSync(fd, identity === null ? `${process.pid}\n` : `${process.pid}\n${identity}\n`);
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
    if (owner?.pid === process.pid) return false;
    if (owner !== null && ownerAlive(owner)) {
      throw new DatabaseUnavailableError(
        `the embedded database ${dataDir} is in use by process ${owner.pid}: only one process may open it at a time ` +
          `(stop the other one, or share a Postgres server through DATABASE_URL)`,
      );
    }
    try {
      unlinkSync(lockPath); // stale: its owner is gone (or its pid now belongs to another process)
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
  const removeFile = () => {
    if (created && readOwner(lockPath)?.pid === process.pid) {
      try {
        unlinkSync(lockPath);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
  // A process that exits without closing the database (process.exit on a second signal, an uncaught error) takes its
  // lock file with it; only SIGKILL or a crash of Node itself leaves one, and that one is recognized as stale.
  process.on('exit', removeFile);
  return {
    release() {
      if (!held) return;
      held = false;
      openInThisProcess.delete(key);
      process.off('exit', removeFile);
      removeFile();
    },
  };
}

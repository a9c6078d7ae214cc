/**
 * Where a server that holds an embedded database can be reached: the file `<dataDir>.server` beside the lock file
 * (src/store/dataDirLock.ts), written by `netmodel serve` once it listens and removed when it stops. The embedded
 * database is single-process, so while a server holds it the other commands talk to that server's REST API instead of
 * failing (src/cli/remote.ts). The record carries the server's pid and process identity, so a record left by a killed
 * server is recognized as stale just like its lock.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatabaseConfig } from '../store/databaseConfig';
import { IN_MEMORY } from '../store/databaseConfig';
import { ownerAlive, processIdentity } from '../store/dataDirLock';

export interface ServerRecord {
  pid: number;
  identity: string | null;
  /** Base URL of the server, e.g. http://127.0.0.1:4000 (a wildcard bind address is recorded as loopback). */
  url: string;
}

/** The embedded data directory a database config names, or null (Postgres, or in memory: nothing to share). */
function embeddedDir(database: DatabaseConfig): string | null {
  if (database.databaseUrl !== undefined || database.dataDir === undefined || database.dataDir === IN_MEMORY) return null;
  return resolve(database.dataDir);
}

export const serverRecordPath = (dataDir: string) => `${resolve(dataDir)}.server`;

/** How a client on this machine reaches a server bound to `host`: wildcard binds are reached on loopback. */
export function localUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Writes the record for this process; returns the function that removes it (also run at exit). */
export function recordServer(database: DatabaseConfig, url: string): () => void {
  const dir = embeddedDir(database);
  if (dir === null) return () => undefined;
  const path = serverRecordPath(dir);
  const record: ServerRecord = { pid: process.pid, identity: processIdentity(process.pid), url };
  writeFileSync(path, `${JSON.stringify(record)}\n`);
  const remove = () => {
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as ServerRecord).pid === process.pid) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', remove);
  return () => {
    process.off('exit', remove);
    remove();
  };
}

/** The server holding the embedded database the config names, when one is running. */
export function runningServer(database: DatabaseConfig): ServerRecord | null {
  const dir = embeddedDir(database);
  if (dir === null) return null;
  let record: ServerRecord;
  try {
    record = JSON.parse(readFileSync(serverRecordPath(dir), 'utf8')) as ServerRecord;
  } catch {
    return null;
  }
  if (!Number.isInteger(record.pid) || typeof record.url !== 'string') return null;
  return ownerAlive({ pid: record.pid, identity: record.identity ?? null }) ? record : null;
}

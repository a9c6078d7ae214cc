import { createGzip, gunzipSync } from 'node:zlib';
import type { Topology } from '../engine/model/topology';

/**
 * The persisted form of a loaded topology (table TopologySnapshot): the model as JSON, gzipped. Issue 17's cold load —
 * 150,000 pods read as rows took 8.8 s on Postgres (most of it the server building JSON from json/jsonb/inet columns);
 * one row of ≈6 MB decodes in ≈0.8 s of CPU (gunzip + JSON.parse). Measured on the 5,000-node topology: JSON 70 MB,
 * gzip level 1 → 5.6 MB in 0.3 s CPU; v8.serialize was larger after gzip (6.1 MB) and slower to decode (1.2 s).
 */

/**
 * Bump when the model's shape changes without a migration (a migration changes FORMAT by itself): a row of another
 * format is never decoded, the topology is read from its rows and the row rewritten.
 */
const CODEC = 'json-gzip-1';

/** Every migration changes the format, so a row written before one is ignored after it (the model may have changed). */
export function snapshotFormat(latestMigration: string): string {
  return `${CODEC}/${latestMigration}`;
}

/**
 * The same bytes as `gzipSync(JSON.stringify(topology), { level: 1 })`, without the 70 MB JSON string of the max-scale
 * topology: each top-level list is written item by item into the gzip stream (issue 17: the whole string and its
 * copies took ≈460 MB of heap at the end of `netmodel import`, the process's peak). zlib's output does not depend on
 * how its input is split (no flushes), and each item is `JSON.stringify`'s own text for it, so the JSON is the same.
 * gzip level 1: most of the size gain (70 MB → 5.6 MB) for a third of level 6's time.
 */
export async function encodeSnapshot(topology: Topology): Promise<Buffer> {
  const gzip = createGzip({ level: 1 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  let pending = '';
  for (const text of snapshotJson(topology)) {
    pending += text;
    if (pending.length < SNAPSHOT_CHUNK_CHARS) continue;
    const chunk = pending;
    pending = '';
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end(pending);
  await done;
  return Buffer.concat(out);
}

/** Characters handed to gzip at a time: big enough that the per-write cost does not show, small beside the whole. */
const SNAPSHOT_CHUNK_CHARS = 1 << 20;

/** `JSON.stringify(topology)` in pieces: the outline's members in order, a list's items one at a time. */
export function* snapshotJson(topology: Topology): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(topology)) {
    // As JSON.stringify: members whose value has no JSON form are left out.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) yield (i === 0 ? '' : ',') + (JSON.stringify(value[i]) ?? 'null');
    yield ']';
  }
  yield first ? '{}' : '}';
}

/**
 * The snapshot bytes of a topology object: the bytes it was decoded from, or the bytes encoded for it before its write.
 * The worker pool hands them to its workers instead of encoding the version again (issue 17: `JSON.stringify` of the
 * 150,000-pod envelope held the event loop 0.5–1 s once per loaded version, and its shared copy took 74 MB where the
 * snapshot takes 6 MB). Only objects nothing mutates have them: a load's fresh object, which goes to the topology cache
 * (whose objects are immutable, app/workers/topologyKey.ts), the object the import encoded before its write and caches
 * after it, and the copy a write stores when the caller's object says another version (the repository's own object).
 */
const encodings = new WeakMap<Topology, Buffer>();

/** The snapshot bytes whose JSON is this object's, if it was decoded from them or they were encoded for it. */
export function snapshotBytesOf(topology: Topology): Buffer | undefined {
  return encodings.get(topology);
}

/** `encodeSnapshot`, its bytes kept as the topology's own (snapshotBytesOf): for an object nobody will change. */
export async function encodeKeptSnapshot(topology: Topology): Promise<Buffer> {
  const bytes = await encodeSnapshot(topology);
  encodings.set(topology, bytes);
  return bytes;
}

/** The JSON text of snapshot bytes (a worker thread's side of `snapshotBytesOf`). */
export function snapshotText(data: Uint8Array): string {
  return gunzipSync(data).toString('utf8');
}

/** The topology, or null when the data is not a snapshot (damaged, truncated): the caller reads the rows instead. */
export function decodeSnapshot(data: Uint8Array): Topology | null {
  try {
    const value: unknown = JSON.parse(snapshotText(data));
    if (!isTopologyOutline(value)) return null;
    // A fresh object, decoded from exactly these bytes.
    encodings.set(value, Buffer.isBuffer(data) ? data : Buffer.from(data));
    return value;
  } catch {
    return null;
  }
}

/** The outline a decoded value must have; the rows it replaces were written from a checked Topology in the same transaction. */
function isTopologyOutline(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.name === 'string' && ['nodes', 'pods', 'services', 'endpointSlices'].every((list) => Array.isArray(t[list]));
}

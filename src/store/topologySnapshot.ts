import { gunzipSync, gzipSync } from 'node:zlib';
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

export function encodeSnapshot(topology: Topology): Buffer {
  // gzip level 1: most of the size gain (70 MB → 5.6 MB) for a third of level 6's time.
  return gzipSync(JSON.stringify(topology), { level: 1 });
}

/** The topology, or null when the data is not a snapshot (damaged, truncated): the caller reads the rows instead. */
export function decodeSnapshot(data: Uint8Array): Topology | null {
  try {
    const value: unknown = JSON.parse(gunzipSync(data).toString('utf8'));
    return isTopologyOutline(value) ? value : null;
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

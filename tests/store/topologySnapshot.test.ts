import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { generateTopology } from '../../src/engine/generate';
import type { Topology } from '../../src/engine/model/topology';
import { ScenarioRepository } from '../../src/store/scenarioRepository';
import { rememberSnapshot, TopologyRepository } from '../../src/store/topologyRepository';
import { decodeSnapshot, encodeSnapshot, snapshotBytesOf, snapshotJson, snapshotText } from '../../src/store/topologySnapshot';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

// The persisted snapshot of a loaded topology (issue 17, cold load): one row per topology, written with every create,
// replace and promote in the same transaction, served only for its own version and format, and never trusted over the
// rows when it does not decode. On the real database (PGlite, or Postgres with DATABASE_URL).

let tdb: TestDatabase;
let repo: TopologyRepository;

beforeAll(async () => {
  tdb = await createTestDatabase();
  repo = new TopologyRepository(tdb.db.prisma);
});
beforeEach(async () => {
  await tdb.reset();
});
afterAll(async () => {
  await tdb.close();
});

/** Dual-stack, policies, Services with endpoints, pods with owners and ports: every part the snapshot must carry. */
async function idOf(name: string): Promise<number> {
  const rows = await tdb.db.sql.query<{ id: number }>(`SELECT "id" FROM "Topology" WHERE "name" = $1`, [name]);
  return rows[0]!.id;
}

function generated(name: string, seed = 3): Topology {
  const result = generateTopology({ name, nodes: 12, podsPerNode: 6, services: 10, endpointsPerService: 3, dualStack: true, policies: 8, seed });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

interface SnapshotRow {
  version: number;
  format: string;
  data: Uint8Array;
}

async function snapshotRow(name: string): Promise<SnapshotRow | null> {
  const rows = await tdb.db.sql.query<SnapshotRow>(
    `SELECT s.version, s.format, s.data FROM "TopologySnapshot" s JOIN "Topology" t ON t.id = s."topologyId" WHERE t.name = $1`,
    [name],
  );
  return rows[0] ?? null;
}

/** The topology as its rows say, with no snapshot to serve it (the lazy write puts one back afterwards). */
async function viaRows(name: string): Promise<Topology | null> {
  await tdb.db.sql.exec(`DELETE FROM "TopologySnapshot"`);
  return repo.get(name);
}

describe('the snapshot round-trips exactly', () => {
  test('a load from the snapshot equals a load from the rows, value and JSON text alike', async () => {
    const t = generated('dual');
    expect(t.pods.some((p) => p.ips.length === 2) && (t.networkPolicies?.length ?? 0) > 0).toBe(true);
    await repo.create(t);
    const fromSnapshot = await repo.get('dual');
    expect((await snapshotRow('dual'))?.version).toBe(1);
    const fromRows = await viaRows('dual');
    expect(fromSnapshot).toStrictEqual(fromRows);
    // Key order too: answers serialize these objects as they are.
    expect(JSON.stringify(fromSnapshot)).toBe(JSON.stringify(fromRows));
  });

  test('the snapshot is what is served: a row edited by hand (no version bump) is not seen while it exists', async () => {
    const t = generated('served');
    await repo.create(t);
    await tdb.db.sql.exec(`UPDATE "Pod" SET "nodeName" = 'edited' WHERE ordinal = 0`);
    expect((await repo.get('served'))?.pods[0]?.nodeName).toBe(t.pods[0]?.nodeName);
    expect((await viaRows('served'))?.pods[0]?.nodeName).toBe('edited');
  });
});

describe('written without the whole JSON text (issue 17: streamed into gzip)', () => {
  const empty = (): Topology => ({ ...generated('empty'), nodes: [], pods: [], services: [], endpointSlices: [] });
  const withDns = (): Topology => ({ ...generated('dns'), dns: { podMode: 'verified', ttl: 5, reverseZones: false, fallthroughReverse: true, endpointPodNames: false, forward: [] } });
  const withUndefined = (): Topology => ({ ...generated('undefined'), dns: undefined });
  test.each([
    { what: 'a dual-stack topology with policies', topology: () => generated('dual') },
    { what: 'one with empty lists', topology: empty },
    { what: 'one with DNS settings', topology: withDns },
    { what: 'one with a member set to undefined (left out, as JSON.stringify does)', topology: withUndefined },
  ])('$what: the same JSON text and the same gzip bytes as the one-string encoding', async ({ topology }) => {
    const t = topology();
    expect([...snapshotJson(t)].join('')).toBe(JSON.stringify(t));
    expect(Buffer.compare(await encodeSnapshot(t), gzipSync(JSON.stringify(t), { level: 1 }))).toBe(0);
  });

  test('the stored row holds those bytes', async () => {
    const t = generated('stored');
    await repo.create(t);
    const row = await snapshotRow('stored');
    expect(Buffer.compare(Buffer.from(row!.data), gzipSync(JSON.stringify({ ...t, version: 1 }), { level: 1 }))).toBe(0);
  });
});

// What the worker pool hands its workers instead of encoding a version again (src/app/workers/questionPool.ts): the bytes
// must be the very object's JSON, or a worker would answer about another topology than the event loop holds.
describe("a topology's snapshot bytes (snapshotBytesOf)", () => {
  const jsonOfBytes = (t: Topology | null) => snapshotText(snapshotBytesOf(t!)!);

  test.each([
    { how: 'loaded from its snapshot', load: (name: string) => repo.get(name) },
    { how: 'loaded from its rows (no snapshot yet)', load: viaRows },
  ])('a topology $how carries bytes whose JSON is its own, key order included', async ({ load }) => {
    await repo.create(generated('carried'));
    const loaded = await load('carried');
    expect(jsonOfBytes(loaded)).toBe(JSON.stringify(loaded));
  });

  test('a write given the caller\'s encoding stores exactly those bytes, and the caller\'s object is what it returns', async () => {
    // Valid snapshot bytes that differ from what the repository would encode itself (gzip level 9, not 1): a write that
    // ignored them and encoded again would store other bytes.
    const ownBytes = (t: Topology) => gzipSync(JSON.stringify(t), { level: 9 });
    const t = { ...generated('given'), version: 1 };
    const bytes = ownBytes(t);
    expect(Buffer.compare(bytes, await encodeSnapshot(t))).not.toBe(0);
    const stored = await repo.createStamped(t, bytes);
    expect(stored.topology).toBe(t);
    expect(Buffer.compare(Buffer.from((await snapshotRow('given'))!.data), bytes)).toBe(0);
    const next = { ...generated('given', 4), version: 2 };
    const nextBytes = ownBytes(next);
    await repo.replaceStamped('given', next, 1, nextBytes);
    expect(Buffer.compare(Buffer.from((await snapshotRow('given'))!.data), nextBytes)).toBe(0);
    expect(await repo.get('given')).toStrictEqual(next);
  });

  test('an encoding given for an object the write must copy (another version) is not stored: the copy is encoded', async () => {
    // The object says version 7, the create stores version 1: the bytes given say 7 and would be wrong for the row.
    const t = { ...generated('copied'), version: 7 };
    const stored = await repo.createStamped(t, await encodeSnapshot(t));
    expect(stored.topology).not.toBe(t);
    const row = await snapshotRow('copied');
    expect(decodeSnapshot(row!.data)?.version).toBe(1);
    expect(Buffer.compare(Buffer.from(row!.data), await encodeSnapshot(stored.topology))).toBe(0);
    // The copy is the repository's own object: it keeps the bytes stored for it, for the worker pool; the caller's does not.
    expect(Buffer.compare(snapshotBytesOf(stored.topology)!, Buffer.from(row!.data))).toBe(0);
    expect(snapshotBytesOf(t)).toBeUndefined();
  });

  test('a caller\'s object written without an encoding is not marked with one (the caller may change it afterwards)', async () => {
    const t = { ...generated('unmarked'), version: 1 };
    expect((await repo.createStamped(t)).topology).toBe(t);
    expect(snapshotBytesOf(t)).toBeUndefined();
  });

  test('an object nobody decoded or encoded has none (the pool encodes it itself)', () => {
    expect(snapshotBytesOf(generated('fresh'))).toBeUndefined();
  });
});

describe('served only when it is current', () => {
  test.each([
    { what: 'a snapshot of another version', sql: `UPDATE "TopologySnapshot" SET version = version - 1` },
    { what: 'a snapshot of another format', sql: `UPDATE "TopologySnapshot" SET format = 'another-codec/20990101000000_future'` },
    { what: 'damaged data (not gzip)', sql: `UPDATE "TopologySnapshot" SET data = '\\x00010203'::bytea` },
    { what: 'gzipped JSON that is not a topology', sql: `UPDATE "TopologySnapshot" SET data = '\\x${gzipSync('{"name": 1}').toString('hex')}'::bytea` },
  ])('$what is ignored: the rows are read, and the snapshot rewritten', async ({ sql }) => {
    const t = generated('t1');
    await repo.create(t);
    const expected = await repo.get('t1');
    await tdb.db.sql.exec(`UPDATE "Pod" SET "nodeName" = 'from-rows' WHERE ordinal = 0; ${sql}`);
    const loaded = await repo.get('t1');
    expect(loaded?.pods[0]?.nodeName).toBe('from-rows');
    expect({ ...loaded, pods: loaded?.pods.slice(1) }).toStrictEqual({ ...expected, pods: expected?.pods.slice(1) });
    const rewritten = await snapshotRow('t1');
    expect(rewritten?.version).toBe(1);
    expect(decodeSnapshot(rewritten!.data)?.pods[0]?.nodeName).toBe('from-rows');
  });

  test('a data value that is not a snapshot decodes to null (the caller falls back)', () => {
    expect(decodeSnapshot(new Uint8Array([0, 1, 2, 3]))).toBeNull();
  });
});

describe('written with every write', () => {
  test('replace rewrites it for the new version, with the new content', async () => {
    await repo.create(generated('r', 3));
    const next = generated('r', 4);
    await repo.replace('r', next, 1);
    const row = await snapshotRow('r');
    expect(row?.version).toBe(2);
    expect(decodeSnapshot(row!.data)).toStrictEqual({ ...JSON.parse(JSON.stringify(next)), version: 2 });
    expect(await repo.get('r')).toStrictEqual(await viaRows('r'));
  });

  test('a rename carries it over', async () => {
    await repo.create(generated('before'));
    await repo.replace('before', generated('after'));
    expect((await snapshotRow('after'))?.version).toBe(2);
    expect((await repo.get('after'))?.name).toBe('after');
  });

  test('a failed replace (version conflict) leaves the snapshot of the stored version', async () => {
    await repo.create(generated('c', 3));
    await expect(repo.replace('c', generated('c', 4), 7)).rejects.toThrow();
    const row = await snapshotRow('c');
    expect(row?.version).toBe(1);
    expect(decodeSnapshot(row!.data)?.pods).toEqual((await viaRows('c'))?.pods);
  });

  test("a scenario's promote writes it in its transaction", async () => {
    await repo.create(generated('p', 3));
    const scenarios = new ScenarioRepository(tdb.db.prisma);
    const scenario = await scenarios.create({ id: randomUUID(), name: 's', topology: 'p', baseVersion: 1, description: '', operations: [] });
    const fork = generated('p', 5);
    const { topology } = await scenarios.promote({ id: scenario.id, name: 's' }, scenario.version, fork, 1, new Date());
    expect(topology.version).toBe(2);
    const row = await snapshotRow('p');
    expect(row?.version).toBe(2);
    expect(await repo.get('p')).toStrictEqual(await viaRows('p'));
    expect((await repo.get('p'))?.pods.map((p) => p.name)).toEqual(fork.pods.map((p) => p.name));
  });

  test('delete removes it with the topology', async () => {
    await repo.create(generated('d'));
    await repo.delete('d');
    expect(await tdb.db.sql.query(`SELECT 1 FROM "TopologySnapshot"`)).toEqual([]);
  });

  test("a reader's late write never replaces a newer snapshot", async () => {
    await repo.create(generated('late', 3));
    const v1 = await viaRows('late');
    await repo.replace('late', generated('late', 4));
    // What a reader that loaded version 1 from rows, and was overtaken by the replace, writes afterwards.
    await tdb.db.sql.exec(`DELETE FROM "TopologySnapshot"`);
    await repo.get('late');
    const current = await snapshotRow('late');
    expect(current?.version).toBe(2);
    // The same reader's write of version 1 now: refused by the guard (the topology row is at version 2).
    await rememberSnapshot(tdb.db.prisma, v1!, await idOf('late'));
    expect((await snapshotRow('late'))?.version).toBe(2);
  });

  test("a reader's late write never lands on a topology deleted and re-created under the same name", async () => {
    // Both at version 1: only the row id tells the old topology from the new one (found by review: the write went by name).
    await repo.create(generated('again', 3));
    const oldId = await idOf('again');
    const old = await viaRows('again');
    await repo.delete('again');
    const made = generateTopology({ name: 'again', nodes: 5, podsPerNode: 2, services: 2, endpointsPerService: 1, seed: 5 });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    const fresh = made.topology;
    await repo.create(fresh);
    await rememberSnapshot(tdb.db.prisma, old!, oldId);
    const loaded = await new TopologyRepository(tdb.db.prisma).get('again');
    expect([loaded?.nodes.length, loaded?.pods.length]).toEqual([fresh.nodes.length, fresh.pods.length]);
    expect(old!.nodes.length).not.toBe(fresh.nodes.length);
  });
});

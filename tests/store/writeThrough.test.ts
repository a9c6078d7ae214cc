import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopologyDocument } from '../../src/io/parseTopology';
import type { Topology } from '../../src/engine/model/topology';
import { VersionConflictError } from '../../src/store/errors';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

// Write-through caching (issue 17, src/app/topologyService.ts `import`): the server caches the object it wrote instead of
// loading it back, so that object must be exactly what a later load returns, and its stamp the one `stamp` reads.

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const parsed = parseTopologyDocument(readFileSync(join(EXAMPLES, file), 'utf8'), { format: 'yaml' });
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
    return [file, parsed.topology] as const;
  });

let tdb: TestDatabase;
let repo: TopologyRepository;

beforeAll(async () => {
  tdb = await createTestDatabase();
  repo = new TopologyRepository(tdb.db.prisma);
});
afterAll(() => tdb.close());
beforeEach(() => tdb.reset());

/** The topology as a fresh load gives it: from its snapshot, or from the rows when `fromRows` (the snapshot dropped first). */
async function load(name: string, fromRows = false): Promise<{ topology: Topology; stamp: string }> {
  if (fromRows) await tdb.db.sql.exec(`DELETE FROM "TopologySnapshot"`);
  const loaded = await repo.getStamped(name);
  if (!loaded) throw new Error(`${name} is not stored`);
  return loaded;
}

/** As JSON carries it (what every answer serializes): key order aside, a load from rows puts `version` elsewhere. */
const asJson = (t: Topology): unknown => JSON.parse(JSON.stringify(t));

test('there are examples to check', () => {
  expect(examples.length).toBeGreaterThanOrEqual(4);
});

describe.each(examples)('%s', (_file, parsed) => {
  test.each([false, true])('create: the object handed in at version 1 is the one returned, equal to a fresh load (from rows: %s)', async (fromRows) => {
    const provisional = { ...parsed, version: 1 };
    const written = await repo.createStamped(provisional);
    expect(written.topology).toBe(provisional);
    expect(written.stamp).toBe(await repo.stamp(parsed.name));
    const loaded = await load(parsed.name, fromRows);
    expect(loaded.stamp).toBe(written.stamp);
    expect(asJson(loaded.topology)).toEqual(asJson(written.topology));
  });

  test.each([false, true])('replace: the object at the new version is the one returned, equal to a fresh load (from rows: %s)', async (fromRows) => {
    await repo.create(parsed);
    await repo.replace(parsed.name, parsed);
    const provisional = { ...parsed, description: 'replaced', version: 3 };
    const written = await repo.replaceStamped(parsed.name, provisional, 2);
    expect(written.topology).toBe(provisional);
    expect(written.stamp).toBe(await repo.stamp(parsed.name));
    const loaded = await load(parsed.name, fromRows);
    expect(loaded.stamp).toBe(written.stamp);
    expect(asJson(loaded.topology)).toEqual(asJson(written.topology));
  });
});

describe('a topology whose version is not the one the write gives', () => {
  const parsed = examples[0]![1];

  test('create copies it at version 1', async () => {
    const other = { ...parsed, version: 7 };
    const written = await repo.createStamped(other);
    expect(written.topology).not.toBe(other);
    expect(written.topology.version).toBe(1);
    expect(asJson((await load(parsed.name)).topology)).toEqual(asJson(written.topology));
  });

  test('replace copies it at the stored version (a writer moved the version after the caller read it)', async () => {
    await repo.create(parsed);
    await repo.replace(parsed.name, parsed); // another writer: version 2
    const expectedByCaller = { ...parsed, version: 2 };
    const written = await repo.replaceStamped(parsed.name, expectedByCaller);
    expect(written.topology).not.toBe(expectedByCaller);
    expect(written.topology.version).toBe(3);
    expect(expectedByCaller.version).toBe(2);
    expect(written.stamp).toBe(await repo.stamp(parsed.name));
  });

  test('a refused replace returns nothing and changes nothing', async () => {
    await repo.create(parsed);
    const before = await repo.stamp(parsed.name);
    await expect(repo.replaceStamped(parsed.name, { ...parsed, version: 2 }, 5)).rejects.toBeInstanceOf(VersionConflictError);
    expect(await repo.stamp(parsed.name)).toBe(before);
  });
});

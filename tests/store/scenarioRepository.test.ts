import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from '../../src/store/errors';
import { ScenarioRepository } from '../../src/store/scenarioRepository';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeTopology } from '../helpers/topologyBuilder';

// Scenario rows on the real database (PGlite, or Postgres with DATABASE_URL): names are unique per topology — the
// (topologyId, name) key of migration 20261206181000_scenario_names_per_topology — and writes address a scenario by id,
// so a same-named scenario of another topology is never touched (issue 16 item 7).

let tdb: TestDatabase;
let scenarios: ScenarioRepository;

const create = (topology: string, name: string) => scenarios.create({ id: randomUUID(), name, topology, baseVersion: 1, description: '', operations: [] });

beforeAll(async () => {
  tdb = await createTestDatabase();
  scenarios = new ScenarioRepository(tdb.db.prisma);
  const topologies = new TopologyRepository(tdb.db.prisma);
  for (const name of ['alpha', 'beta']) await topologies.create(makeTopology(name));
  await create('beta', 'shared');
  await create('alpha', 'shared');
  await create('alpha', 'only-alpha');
});
afterAll(async () => {
  await tdb.close();
});

describe('names per topology', () => {
  test('the same name on two topologies is two scenarios', async () => {
    const found = await scenarios.findByName('shared');
    expect(found.map((s) => s.topology)).toEqual(['alpha', 'beta']);
    expect(new Set(found.map((s) => s.id)).size).toBe(2);
  });

  test.each([
    { name: 'shared', topology: 'alpha', found: ['alpha'] },
    { name: 'shared', topology: 'beta', found: ['beta'] },
    { name: 'only-alpha', topology: 'beta', found: [] },
    { name: 'only-alpha', topology: undefined, found: ['alpha'] },
    { name: 'nobody', topology: undefined, found: [] },
  ])('findByName($name, $topology)', async ({ name, topology, found }) => {
    expect((await scenarios.findByName(name, topology)).map((s) => s.topology)).toEqual(found);
  });

  test('the same name twice on one topology is refused, naming the topology, and nothing is added', async () => {
    await expect(create('alpha', 'shared')).rejects.toThrow(new AlreadyExistsError('scenario', 'shared', 'topology "alpha"'));
    expect(await scenarios.findByName('shared')).toHaveLength(2);
  });

  test("a write changes only the scenario it names by id, never its namesake on another topology", async () => {
    const [alpha, beta] = await scenarios.findByName('shared');
    const updated = await scenarios.update(alpha!, alpha!.version, { description: 'changed' });
    expect([updated.topology, updated.description, updated.version]).toEqual(['alpha', 'changed', alpha!.version + 1]);
    const [, betaNow] = await scenarios.findByName('shared');
    expect([betaNow!.description, betaNow!.version]).toEqual([beta!.description, beta!.version]);
  });

  test.each([
    { name: 'a stale version', key: 'stale', error: VersionConflictError },
    { name: 'an id that does not exist', key: 'missing', error: NotFoundError },
  ])('update with $name: $error.name', async ({ key, error }) => {
    const [alpha] = await scenarios.findByName('only-alpha');
    const target = key === 'missing' ? { id: randomUUID(), name: 'ghost' } : alpha!;
    await expect(scenarios.update(target, alpha!.version + 7, { description: 'x' })).rejects.toBeInstanceOf(error);
  });
});

import { afterAll, beforeAll, beforeEach, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from '../../src/store/errors';
import { TopologyRepository } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeTopology } from '../helpers/topologyBuilder';
import { richTopology } from './fixtures';

let tdb: TestDatabase;
let repo: TopologyRepository;

const TABLES = [
  'Topology',
  'UnderlaySubnet',
  'UnderlayRoute',
  'ExternalNetwork',
  'NodeRouteTable',
  'NodeRoute',
  'Node',
  'Pod',
  'Service',
  'ServicePort',
  'EndpointSlice',
  'Endpoint',
  'EndpointSlicePort',
  'TopologySnapshot',
];

/** Row count of every table: proves what a call did, or did not, persist. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await tdb.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

const EMPTY = Object.fromEntries(TABLES.map((t) => [t, 0]));

beforeAll(async () => {
  tdb = await createTestDatabase();
  repo = new TopologyRepository(tdb.db.prisma);
});
afterAll(async () => {
  await tdb.close();
});
beforeEach(async () => {
  await tdb.reset();
});

describe('round trip', () => {
  test('a rich topology reads back deep-equal to what was stored, lists in order', async () => {
    const rich = richTopology();
    await repo.create(rich);
    assert.deepEqual(await repo.get('rich'), { ...rich, version: 1 });
  });

  test('label and selector keys keep their document order', async () => {
    const rich = richTopology();
    await repo.create(rich);
    const got = await repo.get('rich');
    assert.deepEqual(Object.keys(got?.nodes[0]?.labels ?? {}), ['zone', 'kubernetes.io/hostname', 'arch']);
    assert.deepEqual(Object.keys(got?.services[0]?.selector ?? {}), ['tier', 'app']);
  });

  test('no selector and an empty selector stay different', async () => {
    await repo.create(richTopology());
    const services = (await repo.get('rich'))?.services ?? [];
    assert.deepEqual(
      services.map((s) => [s.name, s.selector]),
      [
        ['web', { tier: 'front', app: 'web' }],
        ['web-headless', {}],
        ['payments', null],
      ],
    );
  });

  test('the builder topology round-trips too', async () => {
    const small = makeTopology('small');
    await repo.create(small);
    assert.deepEqual(await repo.get('small'), { ...small, version: 1 });
  });

  test('an empty topology (no lists at all) round-trips', async () => {
    const bare = makeTopology('bare', (t) => {
      t.podCIDRs = [];
      t.serviceCIDRs = [];
      t.underlay.subnets = [];
      t.underlay.routes = [];
      t.nodes = [];
      t.pods = [];
      t.services = [];
      t.endpointSlices = [];
    });
    await repo.create(bare);
    assert.deepEqual(await repo.get('bare'), { ...bare, version: 1 });
  });

  test('a pod row with only part of its owner columns is reported as corrupt, naming the pod', async () => {
    await repo.create(richTopology());
    // A hand edit bypasses the version, so the persisted snapshot (which would still be served) goes too.
    await tdb.db.sql.exec(`UPDATE "Pod" SET "ownerKind" = NULL WHERE "name" = 'web-a'; DELETE FROM "TopologySnapshot"`);
    await assert.rejects(repo.get('rich'), /stored pod shop\/web-a has an invalid owner/);
  });

  test('get of an unknown name is null', async () => {
    assert.equal(await repo.get('nope'), null);
  });
});

describe('create', () => {
  test('stores version 1 whatever the input says, and returns it', async () => {
    const created = await repo.create(makeTopology('a', (t) => void (t.version = 7)));
    assert.equal(created.version, 1);
    assert.equal((await repo.get('a'))?.version, 1);
  });

  test('refuses a taken name with AlreadyExistsError and changes nothing', async () => {
    await repo.create(makeTopology('a'));
    const before = await rowCounts();
    await assert.rejects(repo.create(makeTopology('a', (t) => void (t.description = 'other'))), (e: unknown) => e instanceof AlreadyExistsError && e.key === 'a');
    assert.deepEqual(await rowCounts(), before);
    assert.equal((await repo.get('a'))?.description, 'test topology a');
  });

  test('persists nothing when a row in the middle is invalid', async () => {
    // The third pod has an address Postgres's inet rejects: every row written before it must vanish too.
    const broken = makeTopology('broken', (t) => {
      t.pods.push({ ...t.pods[0]!, name: 'web-c', ips: ['10.244.0.300'] }, { ...t.pods[0]!, name: 'web-d' });
    });
    await assert.rejects(repo.create(broken), /inet/);
    assert.deepEqual(await rowCounts(), EMPTY);
    assert.deepEqual(await repo.list(), []);
  });

  test('two concurrent creates of one name: exactly one wins', async () => {
    const results = await Promise.allSettled([repo.create(makeTopology('race')), repo.create(makeTopology('race'))]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(rejected.length, 1);
    assert.ok(rejected[0]?.reason instanceof AlreadyExistsError, String(rejected[0]?.reason));
    assert.equal((await rowCounts()).Pod, 2);
  });
});

describe('replace', () => {
  test('replaces every list and bumps the version', async () => {
    await repo.create(makeTopology('a'));
    const rich = richTopology('a');
    const replaced = await repo.replace('a', rich, 1);
    assert.equal(replaced.version, 2);
    assert.deepEqual(await repo.get('a'), { ...rich, version: 2 });
    const back = makeTopology('a');
    await repo.replace('a', back);
    assert.deepEqual(await repo.get('a'), { ...back, version: 3 });
    assert.deepEqual(await rowCounts(), { ...(await rowCountsOf(back)), Topology: 1, TopologySnapshot: 1 });
  });

  test('NotFoundError for an unknown name', async () => {
    await assert.rejects(repo.replace('nope', makeTopology('nope')), (e: unknown) => e instanceof NotFoundError && e.key === 'nope');
    await assert.rejects(repo.replace('nope', makeTopology('nope'), 1), NotFoundError);
  });

  test('VersionConflictError when the stored version moved on, with both versions', async () => {
    await repo.create(makeTopology('a'));
    await repo.replace('a', makeTopology('a', (t) => void (t.description = 'v2')), 1);
    await assert.rejects(
      repo.replace('a', makeTopology('a', (t) => void (t.description = 'stale')), 1),
      (e: unknown) => e instanceof VersionConflictError && e.expected === 1 && e.actual === 2,
    );
    const stored = await repo.get('a');
    assert.equal(stored?.description, 'v2');
    assert.equal(stored?.version, 2);
  });

  test('a failed replace leaves the stored topology as it was', async () => {
    await repo.create(richTopology('a'));
    const before = await rowCounts();
    const broken = makeTopology('a', (t) => void (t.nodes[1]!.internalIPs = ['fd00::zz']));
    await assert.rejects(repo.replace('a', broken, 1));
    assert.deepEqual(await rowCounts(), before);
    assert.deepEqual(await repo.get('a'), { ...richTopology('a'), version: 1 });
  });

  test('renames when the topology carries another name, unless that name is taken', async () => {
    await repo.create(makeTopology('a'));
    await repo.create(makeTopology('b'));
    await assert.rejects(repo.replace('a', makeTopology('b'), 1), (e: unknown) => e instanceof AlreadyExistsError && e.key === 'b');
    const renamed = await repo.replace('a', makeTopology('c'), 1);
    assert.equal(renamed.version, 2);
    assert.equal(await repo.get('a'), null);
    assert.deepEqual(await repo.get('c'), { ...makeTopology('c'), version: 2 });
  });

  test('two concurrent replaces with the same ifVersion: exactly one wins, the other conflicts', async () => {
    await repo.create(makeTopology('a'));
    for (let round = 1; round <= 5; round += 1) {
      const results = await Promise.allSettled([
        repo.replace('a', makeTopology('a', (t) => void (t.description = `left ${round}`)), round),
        repo.replace('a', makeTopology('a', (t) => void (t.description = `right ${round}`)), round),
      ]);
      const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<TopologyRepository['replace']>>> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(won.length, 1, `round ${round}: one winner`);
      assert.equal(lost.length, 1, `round ${round}: one loser`);
      assert.ok(lost[0]?.reason instanceof VersionConflictError, String(lost[0]?.reason));
      assert.equal((lost[0]?.reason as VersionConflictError).actual, round + 1);
      const stored = await repo.get('a');
      assert.equal(stored?.version, round + 1);
      assert.equal(stored?.description, won[0]?.value.description, 'the stored content is the winner’s');
    }
    assert.equal((await rowCounts()).Pod, 2, 'no duplicated children from the loser');
  });
});

describe('delete', () => {
  test('removes the topology and every row that belongs to it, and nothing else', async () => {
    await repo.create(richTopology('a'));
    await repo.create(makeTopology('b'));
    await repo.delete('a', 1);
    assert.equal(await repo.get('a'), null);
    assert.deepEqual(await rowCounts(), { ...(await rowCountsOf(makeTopology('b'))), Topology: 1, TopologySnapshot: 1 });
    assert.deepEqual(await repo.get('b'), { ...makeTopology('b'), version: 1 });
  });

  test('NotFoundError for an unknown name', async () => {
    await assert.rejects(repo.delete('nope'), NotFoundError);
    await assert.rejects(repo.delete('nope', 3), NotFoundError);
  });

  test('VersionConflictError with a stale ifVersion, and the topology stays', async () => {
    await repo.create(makeTopology('a'));
    await repo.replace('a', makeTopology('a'));
    await assert.rejects(repo.delete('a', 1), (e: unknown) => e instanceof VersionConflictError && e.expected === 1 && e.actual === 2);
    assert.equal((await repo.get('a'))?.version, 2);
  });
});

describe('list', () => {
  test('summaries ordered by name, with counts and timestamps', async () => {
    await repo.create(makeTopology('zeta'));
    await repo.create(richTopology('alpha'));
    const list = await repo.list();
    assert.deepEqual(
      list.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest),
      [
        { name: 'alpha', description: 'dual-stack, every field set', version: 1, nodeCount: 2, podCount: 3, serviceCount: 3 },
        { name: 'zeta', description: 'test topology zeta', version: 1, nodeCount: 2, podCount: 2, serviceCount: 2 },
      ],
    );
    for (const s of list) {
      assert.ok(s.createdAt instanceof Date && s.updatedAt instanceof Date);
      assert.ok(Math.abs(Date.now() - s.createdAt.getTime()) < 60_000, 'createdAt is now, in UTC');
    }
  });

  test('replace moves updatedAt and keeps createdAt', async () => {
    await repo.create(makeTopology('a'));
    const [before] = await repo.list();
    await new Promise((r) => setTimeout(r, 20));
    await repo.replace('a', makeTopology('a'));
    const [afterReplace] = await repo.list();
    assert.equal(afterReplace?.createdAt.getTime(), before?.createdAt.getTime());
    assert.ok((afterReplace?.updatedAt.getTime() ?? 0) > (before?.updatedAt.getTime() ?? 0));
  });
});

/** The row counts a topology should produce (Topology row excluded). */
async function rowCountsOf(t: ReturnType<typeof makeTopology>): Promise<Record<string, number>> {
  return {
    Topology: 0,
    UnderlaySubnet: t.underlay.subnets.length,
    UnderlayRoute: t.underlay.routes.length,
    ExternalNetwork: t.externalNetworks.length,
    NodeRouteTable: t.nodeRoutes.length,
    NodeRoute: t.nodeRoutes.reduce((n, table) => n + table.routes.length, 0),
    Node: t.nodes.length,
    Pod: t.pods.length,
    Service: t.services.length,
    ServicePort: t.services.reduce((n, s) => n + s.ports.length, 0),
    EndpointSlice: t.endpointSlices.length,
    Endpoint: t.endpointSlices.reduce((n, s) => n + s.endpoints.length, 0),
    EndpointSlicePort: t.endpointSlices.reduce((n, s) => n + s.ports.length, 0),
  };
}

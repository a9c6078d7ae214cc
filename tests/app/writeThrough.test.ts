import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from '../../src/engine/model/topology';
import { AppError } from '../../src/app/errors';
import { TopologyCache } from '../../src/app/topologyCache';
import { MAX_UNVERIFIED, TopologyService } from '../../src/app/topologyService';
import { DatabaseUnavailableError } from '../../src/store/errors';
import { TopologyRepository, type Stamped } from '../../src/store/topologyRepository';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

// Write-through caching (issue 17): a write through the service caches the version it wrote, so the next read (the first
// what-if) neither loads it nor checks more than its stamp. Work is counted (repository calls, cache hooks), never timed.
// The races are driven by hand where a real deployment has another replica and the change feed (app.ts
// listenForChanges → TopologyService.noteChange): "another process" here is a second repository on the same database,
// and its notice is the call the feed would make. tests/deploy/replicas.test.ts runs two real processes on Postgres.

const DOCUMENT = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');
const NAME = 'kubeadm-calico';
const described = (description: string) => DOCUMENT.replace(/description: .*/, `description: ${description}`);

/** The real repository, counting the calls that read the database for a topology. */
class CountingRepository extends TopologyRepository {
  stamps = 0;
  loads = 0;
  /** Runs after a write committed and before the service sees its result (what another process could do meanwhile). */
  afterWrite: (() => Promise<void>) | null = null;

  override stamp(name: string): Promise<string | null> {
    this.stamps++;
    return super.stamp(name);
  }

  /** Runs when a load starts, before it reads (what could happen while a load is under way). */
  beforeLoad: (() => Promise<void>) | null = null;

  override async getStamped(name: string): Promise<Stamped | null> {
    this.loads++;
    const hook = this.beforeLoad;
    this.beforeLoad = null;
    await hook?.();
    return super.getStamped(name);
  }

  override async replaceStamped(name: string, t: Topology, ifVersion?: number, snapshot?: Buffer): Promise<Stamped> {
    const stored = await super.replaceStamped(name, t, ifVersion, snapshot);
    const hook = this.afterWrite;
    this.afterWrite = null;
    await hook?.();
    return stored;
  }
}

/** A cache recording the hooks the service calls around a write. */
class RecordingCache extends TopologyCache {
  readonly events: string[] = [];
  lastWriting: Topology | null = null;
  override writing(t: Topology): void {
    this.lastWriting = t;
    this.events.push(`writing ${t.name}@${t.version}`);
  }
  override notWritten(t: Topology, current: Topology | null): void {
    this.events.push(`notWritten ${t.name}@${t.version} current ${current ? current.version : 'none'}`);
  }
}

let tdb: TestDatabase;
let other: TopologyRepository;
beforeAll(async () => {
  tdb = await createTestDatabase();
  other = new TopologyRepository(tdb.db.prisma);
});
afterAll(() => tdb.close());

interface Setup {
  service: TopologyService;
  repository: CountingRepository;
  cache: RecordingCache;
}

/**
 * The modes a service runs in: exclusive (the embedded database, or a Postgres replica whose change feed listens: the
 * cache is trusted without a stamp read) or not (a Postgres replica without its feed: every read checks the stamp).
 */
const MODES = [
  { mode: 'trusted', exclusive: true, stampsPerRead: 0 },
  { mode: 'checked', exclusive: false, stampsPerRead: 1 },
] as const;

function setup(exclusive: boolean): Setup {
  const repository = new CountingRepository(tdb.db.prisma);
  const cache = new RecordingCache();
  return { service: new TopologyService(repository, 10_000_000, cache, exclusive), repository, cache };
}

/** A trusted service (its change feed listens) on a fresh database, holding the example it imported itself. */
async function trustedWithDocument(options: { refreshOnChange?: boolean } = {}): Promise<Setup> {
  await tdb.reset();
  const s = setup(true);
  s.service.refreshOnChange = options.refreshOnChange ?? false;
  await s.service.import(DOCUMENT, { format: 'yaml' });
  return s;
}

const work = (s: Setup) => ({ stamps: s.repository.stamps, loads: s.repository.loads });

/** Another process replaces the topology (version + 1) with this description. */
async function otherWrites(description: string): Promise<void> {
  const current = (await other.get(NAME))!;
  await other.replace(NAME, { ...current, description });
}

describe.each(MODES)('$mode cache', ({ exclusive, stampsPerRead }) => {
  let s: Setup;
  beforeEach(async () => {
    await tdb.reset();
    s = setup(exclusive);
  });

  test('a create is cached as written: the next read is the same object, with no load', async () => {
    const created = await s.service.import(DOCUMENT, { format: 'yaml' });
    expect(s.cache.events).toEqual([`writing ${NAME}@1`]);
    const before = work(s);
    const read = await s.service.get(NAME);
    expect(read).toBe(created.topology);
    expect(read.version).toBe(1);
    expect(work(s)).toEqual({ stamps: before.stamps + stampsPerRead, loads: before.loads });
  });

  test('a replace is cached as written, announced before the write at the version it gets', async () => {
    await s.service.import(DOCUMENT, { format: 'yaml' });
    const replaced = await s.service.import(described('second'), { format: 'yaml', replace: true, ifVersion: 1 });
    expect(s.cache.events).toEqual([`writing ${NAME}@1`, `writing ${NAME}@2`]);
    const before = work(s);
    const read = await s.service.get(NAME);
    expect(read).toBe(replaced.topology);
    expect([read.version, read.description]).toEqual([2, 'second']);
    expect(work(s)).toEqual({ stamps: before.stamps + stampsPerRead, loads: before.loads });
    // What a fresh load gives is what was cached.
    expect(JSON.parse(JSON.stringify(await other.get(NAME)))).toEqual(JSON.parse(JSON.stringify(read)));
  });

  test.each([
    { failure: 'a version conflict', options: { replace: true, ifVersion: 7 }, code: 'CONFLICT', announced: true },
    { failure: 'a bad document', options: { replace: true, ifVersion: 1 }, document: 'kind: Nonsense\n', code: 'BAD_USER_INPUT', announced: false },
    { failure: 'a create of a taken name', options: {}, code: 'CONFLICT', announced: false },
  ])('$failure caches nothing: the old version is served on, without a load', async ({ options, document, code, announced }) => {
    const first = await s.service.import(DOCUMENT, { format: 'yaml' });
    const error = await s.service.import(document ?? described('refused'), { format: 'yaml', ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    // Announced (and prepared) only once the document is valid and the write is allowed; a refused write hands the
    // preparation back to the version still stored.
    expect(s.cache.events).toEqual([`writing ${NAME}@1`, ...(announced ? [`writing ${NAME}@2`, `notWritten ${NAME}@2 current 1`] : [])]);
    const before = work(s);
    expect(await s.service.get(NAME)).toBe(first.topology);
    expect(work(s)).toEqual({ stamps: before.stamps + stampsPerRead, loads: before.loads });
  });

  test('an outage after the commit (the answer lost): nothing cached, the old entry dropped, the next read loads what was stored', async () => {
    const first = await s.service.import(DOCUMENT, { format: 'yaml' });
    s.repository.afterWrite = () => Promise.reject(new DatabaseUnavailableError('connection lost'));
    const error = await s.service.import(described('committed'), { format: 'yaml', replace: true }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('SERVICE_UNAVAILABLE');
    expect(s.cache.events.at(-1)).toBe(`notWritten ${NAME}@2 current none`);
    const before = work(s);
    const read = await s.service.get(NAME);
    expect(read).not.toBe(first.topology);
    expect([read.version, read.description]).toEqual([2, 'committed']);
    expect(work(s).loads).toBe(before.loads + 1);
  });

  test('a promote (noteWrite) still drops the entry: the next read loads', async () => {
    await s.service.import(DOCUMENT, { format: 'yaml' });
    await other.replace(NAME, (await other.get(NAME))!);
    s.service.noteWrite(NAME);
    const before = work(s);
    expect((await s.service.get(NAME)).version).toBe(2);
    expect(work(s).loads).toBe(before.loads + 1);
  });

  test('a write another process made between our read and our write is cached at the version it got, as a fresh object', async () => {
    await s.service.import(DOCUMENT, { format: 'yaml' });
    // Another process's replace; its notice (the feed) has not arrived, so the cache still holds version 1.
    await other.replace(NAME, (await other.get(NAME))!);
    const ours = await s.service.import(described('ours'), { format: 'yaml', replace: true });
    expect([ours.topology.version, ours.topology.description]).toEqual([3, 'ours']);
    if (exclusive) {
      // Trusted, the service based the write on its cached version 1 and expected 2: the object announced at version 2
      // is not the one cached at version 3.
      expect(s.cache.events.at(-1)).toBe(`writing ${NAME}@2`);
      expect(s.cache.lastWriting!.version).toBe(2);
      expect(ours.topology).not.toBe(s.cache.lastWriting);
    } else {
      // Checked, the service read the stamp, loaded version 2 and expected 3: as written.
      expect(s.cache.events.at(-1)).toBe(`writing ${NAME}@3`);
      expect(ours.topology).toBe(s.cache.lastWriting);
    }
    const read = await s.service.get(NAME);
    expect(read).toBe(ours.topology);
    expect(await other.stamp(NAME)).toMatch(/\.3$/);
  });

  test('a trust change during the write: nothing cached, the next read loads', async () => {
    await s.service.import(DOCUMENT, { format: 'yaml' });
    s.repository.afterWrite = () => Promise.resolve(s.service.trustCache(exclusive));
    await s.service.import(described('second'), { format: 'yaml', replace: true });
    const before = work(s);
    expect((await s.service.get(NAME)).description).toBe('second');
    expect(work(s).loads).toBe(before.loads + 1);
  });

  test('two writes of one name by this process at once: what is served afterwards is what is stored', async () => {
    await s.service.import(DOCUMENT, { format: 'yaml' });
    const results = await Promise.allSettled([
      s.service.import(described('a'), { format: 'yaml', replace: true }),
      s.service.import(described('b'), { format: 'yaml', replace: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const stored = (await other.get(NAME))!;
    const served = await s.service.get(NAME);
    expect([served.version, served.description]).toEqual([stored.version, stored.description]);
    expect(served.version).toBe(3);
  });

  test(`notices of more than ${MAX_UNVERIFIED} names never read here empty the cache, as a trust change does (the marks stay bounded)`, async () => {
    const created = await s.service.import(DOCUMENT, { format: 'yaml' });
    // Another replica's CI imports: names this process hears of and never reads.
    for (let i = 0; i < MAX_UNVERIFIED; i++) s.service.noteChange(`ci-${i}`);
    const before = work(s);
    expect(await s.service.get(NAME)).toBe(created.topology); // still cached: the bound is not passed yet
    expect(work(s).loads).toBe(before.loads);
    s.service.noteChange(`ci-${MAX_UNVERIFIED}`);
    const reloaded = await s.service.get(NAME);
    expect(reloaded).not.toBe(created.topology);
    expect(reloaded.version).toBe(1);
    expect(work(s).loads).toBe(before.loads + 1);
    // Trusted again afterwards: the next read is the reloaded object, with no load.
    expect(await s.service.get(NAME)).toBe(reloaded);
    expect(work(s).loads).toBe(before.loads + 1);
  });
});

// The change feed's races (a Postgres replica whose feed listens: trusted, reads skip the stamp check). Each notice is
// the feed's call for a commit; the order of the commit, the notice and our put is what each case varies.
describe('change notices in trusted mode', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await trustedWithDocument();
  });

  test("our own write's notice after the put: one stamp check keeps the entry (no load), then it is trusted again", async () => {
    const ours = await s.service.import(described('ours'), { format: 'yaml', replace: true });
    s.service.noteChange(NAME);
    const before = work(s);
    expect(await s.service.get(NAME)).toBe(ours.topology);
    expect(await s.service.get(NAME)).toBe(ours.topology);
    expect(work(s)).toEqual({ stamps: before.stamps + 1, loads: before.loads });
  });

  test("our own write's notice before the put (it can outrun the commit's answer): the entry is kept, checked once", async () => {
    s.repository.afterWrite = () => Promise.resolve(s.service.noteChange(NAME));
    const ours = await s.service.import(described('ours'), { format: 'yaml', replace: true });
    const before = work(s);
    expect(await s.service.get(NAME)).toBe(ours.topology);
    expect(await s.service.get(NAME)).toBe(ours.topology);
    expect(work(s)).toEqual({ stamps: before.stamps + 1, loads: before.loads });
  });

  test.each([
    { order: 'both notices before our put', noticesBeforePut: 2 },
    { order: 'our notice before our put, theirs after', noticesBeforePut: 1 },
    { order: 'both notices after our put', noticesBeforePut: 0 },
  ])('another process commits between our commit and our put ($order): its version is served, not ours', async ({ noticesBeforePut }) => {
    s.repository.afterWrite = async () => {
      await otherWrites('theirs');
      for (let i = 0; i < noticesBeforePut; i++) s.service.noteChange(NAME);
    };
    const ours = await s.service.import(described('ours'), { format: 'yaml', replace: true });
    expect(ours.topology.version).toBe(2);
    for (let i = noticesBeforePut; i < 2; i++) s.service.noteChange(NAME);
    const read = await s.service.get(NAME);
    expect([read.version, read.description]).toEqual([3, 'theirs']);
    // And from then on trusted: no more stamp reads.
    const before = work(s);
    expect(await s.service.get(NAME)).toBe(read);
    expect(work(s)).toEqual(before);
  });

  test('a read that verified the newer version while our write ran does not let our older put be trusted', async () => {
    let verifiedDuring: Topology | null = null;
    s.repository.afterWrite = async () => {
      await otherWrites('theirs');
      s.service.noteChange(NAME);
      s.service.noteChange(NAME);
      // A request served meanwhile: checks the stamp, loads version 3, caches it and clears the mark.
      verifiedDuring = await s.service.get(NAME);
    };
    await s.service.import(described('ours'), { format: 'yaml', replace: true });
    expect(verifiedDuring!.version).toBe(3);
    const read = await s.service.get(NAME);
    expect([read.version, read.description]).toEqual([3, 'theirs']);
  });

  test('a notice arriving during a verifying read leaves the name unverified', async () => {
    await otherWrites('theirs');
    s.service.noteChange(NAME);
    const reading = s.service.get(NAME); // reads the stamp (version 2) and loads it
    await otherWrites('third');
    s.service.noteChange(NAME);
    expect((await reading).version).toBeGreaterThanOrEqual(2);
    const read = await s.service.get(NAME);
    expect([read.version, read.description]).toEqual([3, 'third']);
  });

  test('a delete elsewhere: the notice makes the next read find nothing', async () => {
    await other.delete(NAME);
    s.service.noteChange(NAME);
    expect(await s.service.find(NAME)).toBeNull();
  });
});

describe('reads that overlap a write or one another, in trusted mode (found in review)', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await trustedWithDocument();
  });

  test("a read that cached another process's newer version while our write ran, before any notice: our put does not replace it", async () => {
    let during: Topology | null = null;
    s.repository.afterWrite = async () => {
      // The cache no longer holds the name (the bound pushed it out): the read during our write loads what is stored then.
      s.cache.clear();
      await otherWrites('theirs');
      during = await s.service.get(NAME);
    };
    await s.service.import(described('ours'), { format: 'yaml', replace: true });
    expect([during!.version, during!.description]).toEqual([3, 'theirs']);
    const read = await s.service.get(NAME);
    expect([read.version, read.description]).toEqual([3, 'theirs']);
  });

  test('a delete elsewhere drops what the cache held for the name', async () => {
    expect(s.cache.holds(NAME)).toBe(true);
    await other.delete(NAME);
    s.service.noteChange(NAME);
    expect(await s.service.find(NAME)).toBeNull();
    expect(s.cache.holds(NAME)).toBe(false);
  });

  test('readers of one new version share one load', async () => {
    await otherWrites('theirs');
    s.service.noteChange(NAME);
    const before = work(s);
    const [a, b] = await Promise.all([s.service.get(NAME), s.service.get(NAME)]);
    expect(a).toBe(b);
    expect([a.version, a.description]).toEqual([2, 'theirs']);
    expect(work(s).loads).toBe(before.loads + 1);
  });

  test('a reader that counted a notice the running load had not counted loads on its own, and is what is kept', async () => {
    await otherWrites('theirs');
    s.service.noteChange(NAME);
    let second: Promise<Topology> | null = null;
    s.repository.beforeLoad = async () => {
      // While the first load waits to read: a notice (its commit may postdate the first load's read), then a second reader.
      s.service.noteChange(NAME);
      second = s.service.get(NAME);
      await new Promise((resolve) => setImmediate(resolve));
    };
    const before = work(s);
    const first = await s.service.get(NAME);
    const then = await second!;
    expect(work(s).loads).toBe(before.loads + 2);
    expect(then).not.toBe(first);
    // The first load was overtaken by the notice and is not kept; the second is, and is trusted from then on.
    const after = work(s);
    expect(await s.service.get(NAME)).toBe(then);
    expect(work(s)).toEqual(after);
  });
});

describe('refresh on a change notice (a server that prepares versions ahead)', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await trustedWithDocument({ refreshOnChange: true });
  });
  /** The version the background refresh put into the cache (once no refresh runs). */
  const refreshedTo = async () => {
    await s.service.refreshed();
    return s.cache.latest(NAME);
  };

  test("another process's write: the notice loads the new version in the background, and the next read loads nothing", async () => {
    await otherWrites('theirs');
    const before = work(s);
    s.service.noteChange(NAME);
    const refreshed = await refreshedTo();
    expect(refreshed?.description).toBe('theirs');
    expect(work(s)).toEqual({ stamps: before.stamps + 1, loads: before.loads + 1 });
    const mid = work(s);
    expect(await s.service.get(NAME)).toBe(refreshed);
    expect(work(s)).toEqual(mid);
  });

  test("our own write's notice, even one that outruns the write's answer: one stamp read after the write, no load", async () => {
    s.repository.afterWrite = () => Promise.resolve(s.service.noteChange(NAME));
    const before = work(s);
    const ours = await s.service.import(described('ours'), { format: 'yaml', replace: true });
    await s.service.refreshed();
    expect(work(s)).toEqual({ stamps: before.stamps + 1, loads: before.loads });
    expect(await s.service.get(NAME)).toBe(ours.topology);
  });

  test('a name this process does not hold is not loaded', async () => {
    s.cache.clear();
    await otherWrites('theirs');
    const before = work(s);
    s.service.noteChange(NAME);
    await s.service.refreshed();
    expect(work(s)).toEqual(before);
  });
});

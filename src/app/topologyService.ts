import type { Topology } from '../engine/model/topology';
import type { Problem } from '../io/problems';
import { parseTopologyDocument, type DocumentFormat } from '../io/parseTopology';
import { exportTopology } from '../io/exportTopology';
import type { Stamped, TopologyRepository, TopologySummary } from '../store/topologyRepository';
import { encodeKeptSnapshot } from '../store/topologySnapshot';
import { AppError, badInput, withAppErrors, type AppErrorCode } from './errors';
import { ChangeCounts, NAMES_KEPT } from './changeCounts';
import { TopologyCache } from './topologyCache';

/** Names with an unverified change notice kept before the cache is emptied instead (see markUnverified). */
export const MAX_UNVERIFIED = NAMES_KEPT;

export interface ValidationOutcome {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
  inferences: string[];
  topology: Topology | null;
}

export interface ImportOptions {
  format?: DocumentFormat;
  /** Overrides metadata.name. */
  name?: string;
  /** Replace a topology that already has the name (otherwise that is a CONFLICT). */
  replace?: boolean;
  /** With replace: the version the caller based the change on. */
  ifVersion?: number;
}

export interface ImportOutcome {
  topology: Topology;
  created: boolean;
  warnings: Problem[];
  inferences: string[];
}

/** Failures where the database refused the write: nothing was committed. */
const REFUSALS: ReadonlySet<AppErrorCode> = new Set<AppErrorCode>(['CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT']);

// Names appear in URLs and CLI arguments, so they follow Kubernetes' DNS-1123 label rule.
const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkTopologyName(name: string, path = 'topology.metadata.name'): Problem | null {
  if (name.length > 63 || !NAME_PATTERN.test(name)) {
    return {
      path,
      message: `"${name}" is not a valid topology name: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit`,
    };
  }
  return null;
}

/**
 * Topology use cases shared by GraphQL, REST and the CLI, so the three answer the same way. Parsing and validation
 * are src/io's; persistence is src/store's; this translates store failures into AppErrors and nothing else.
 */
export class TopologyService {
  constructor(
    private readonly repository: TopologyRepository,
    private readonly maxDocumentBytes: number,
    readonly cache: TopologyCache = new TopologyCache(),
    /**
     * True when no other process can write the database (the embedded PGlite, held under a lock): every write goes
     * through this service and drops its cache entry, so a cached topology is current without asking the database.
     * With a shared Postgres the change feed (LISTEN/NOTIFY, src/store/notify.ts) makes it true while it listens
     * (trustCache); otherwise each read checks the stored stamp first (one indexed row).
     */
    private exclusive = false,
  ) {
    this.keepsList = exclusive;
  }

  /** Cache entries dropped wholesale (trust changes): a load that started before is not cached. */
  private epoch = 0;
  /**
   * The list is kept only on the embedded database (exclusive from the start, under its lock). On a shared Postgres it is
   * read each time: kept there, a reader's list outlived connections the server lost (tests/hardening/outageCodes.test.ts
   * hung a later request), and Postgres counts the rows itself, off this process's CPU.
   */
  private readonly keepsList: boolean;

  /**
   * The change feed is listening (true: every write by any process will be heard, so cached entries are current) or lost
   * its connection (false: back to checking stamps). Either way the cache is emptied: writes may have gone unheard.
   */
  trustCache(listening: boolean): void {
    this.exclusive = listening;
    this.dropAll();
  }

  /** Empties the cache and with it the unverified marks: a load or write that started before is not cached (the epoch). */
  private dropAll(): void {
    this.epoch++;
    this.cache.clear();
    // Nothing is cached any more; what is cached from now on is guarded by the epoch.
    this.unverified.clear();
  }

  list(): Promise<TopologySummary[]> {
    // The list counts every topology's nodes, pods and Services in the database: 12.5 ms of CPU per request with a
    // 30,000-pod topology on the embedded database (npm run load, docs/PERFORMANCE.md). When every write is seen
    // on the embedded database, the cache keeps the list until the next write or reload drops it.
    if (!this.exclusive || !this.keepsList) return withAppErrors(() => this.repository.list());
    return this.cache.summaries(() => withAppErrors(() => this.repository.list()));
  }

  /**
   * The stored topology, from the cache while its stamp is still the stored one: checked on every call, except when this
   * process sees every write (exclusive) and no change notice for the name is unverified.
   */
  async find(name: string): Promise<Topology | null> {
    // Stored names all passed checkTopologyName; anything else (a NUL byte, which Postgres cannot even compare) is absent.
    if (checkTopologyName(name) !== null) return null;
    if (this.exclusive && !this.unverified.has(name)) {
      const cached = this.cache.latest(name);
      if (cached) return cached;
    }
    // Taken before the stamp is read: a notice counted after this was sent after the stamp's read may have missed its commit.
    const heard = this.notices.get(name);
    const stamp = await withAppErrors(() => this.repository.stamp(name));
    if (stamp === null) {
      // Deleted (here or by another process): what the cache holds for it is dropped, not kept until the bound pushes it
      // out (a 150,000-pod version, its snapshot and its encoding for the workers; found in review).
      this.cache.forget(name);
      this.verified(name, heard);
      return null;
    }
    const cached = this.cache.get(name, stamp);
    if (cached) {
      this.verified(name, heard);
      return cached;
    }
    const generation = this.writes.get(name);
    const noticed = this.notices.get(name);
    const epoch = this.epoch;
    const loaded = await this.load(name, `${stamp}#${generation}.${noticed}.${epoch}`);
    if (!loaded) return null;
    // A write that landed while this load ran may have committed after the read: caching the older copy would
    // serve it on as current (exclusive mode trusts the cache), so only a load no write overtook is kept.
    if (this.writes.get(name) === generation && this.notices.get(name) === noticed && this.epoch === epoch) {
      this.cache.put(loaded.topology, loaded.stamp);
      this.puts.count(name);
      this.verified(name, noticed);
    }
    return loaded.topology;
  }

  /**
   * Writes per name this process made or was told of (its imports and deletes, a scenario's promote): a load or a write
   * that one of them overtook is not cached. Each of these counters is compared for equality and bounded (changeCounts.ts).
   */
  private readonly writes = new ChangeCounts();
  /** Versions `find` cached per name: an import that a find's put overtook does not put its own (see import). */
  private readonly puts = new ChangeCounts();
  /** Change-feed notices per name (commits by any process, this one's included). */
  private readonly notices = new ChangeCounts();
  /**
   * Names with a change notice not yet checked against the stored stamp: `find` checks the stamp for them even when it
   * trusts the cache (see noteChange).
   */
  private readonly unverified = new Set<string>();

  /**
   * Marks the name unverified. Bounded like the change counts (MAX_UNVERIFIED names): a replica that hears of many names it
   * never reads (another replica's CI imports) would otherwise keep each. Clearing the marks alone would trust cached
   * entries again; emptying the cache with them, as a trust change does, is sound.
   */
  private markUnverified(name: string): void {
    this.unverified.add(name);
    if (this.unverified.size > MAX_UNVERIFIED) this.dropAll();
  }

  /** A write made outside this service (a scenario's promote): drop what the cache holds for the name. */
  noteWrite(name: string): void {
    this.wrote(name);
  }

  /**
   * A change notice from the feed (src/store/notify.ts): some process committed a write of the name, maybe this one (its
   * write-through entry, see import). The entry is kept but no longer trusted: the next `find` checks the stored stamp,
   * which keeps it when it is still the current version (our own write's notice arriving after the write) and reloads
   * otherwise. Why this is sound: a notice is sent when its commit is done, so a commit a cached entry misses either
   * precedes the stamp read that would verify the entry (the stamp then differs: no hit) or has its notice arrive after
   * the count `find` takes before that read (the mark is then not cleared). `import` never clears the mark, and sets it
   * again when a notice came during its write (a `find` may have cleared it for a newer version that our `put` then
   * replaced), so another process's write that committed between ours and our `put` is caught by a stamp check.
   */
  noteChange(name: string): void {
    this.notices.count(name);
    this.markUnverified(name);
    // The list counts rows of every topology: a write elsewhere changes it.
    this.cache.dropList();
    if (!this.refreshOnChange || !this.cache.holds(name)) return;
    if (this.localWrites.has(name)) this.refreshAfterWrite.add(name);
    else this.refresh(name);
  }

  /**
   * A reading of the change notices heard for the name (diagnostics, the what-if bench): equal readings mean no notice came
   * between them; a greater one means a notice of the name, or the counts' entries dropped (changeCounts.ts).
   */
  noticesHeard(name: string): number {
    return this.notices.get(name);
  }

  /** Imports of a name running in this process, and the names whose refresh waits for them to end. */
  private readonly localWrites = new Map<string, number>();
  private readonly refreshAfterWrite = new Set<string>();

  private endLocalWrite(name: string): void {
    const left = (this.localWrites.get(name) ?? 1) - 1;
    if (left > 0) {
      this.localWrites.set(name, left);
      return;
    }
    this.localWrites.delete(name);
    if (this.refreshAfterWrite.delete(name)) this.refresh(name);
  }

  /**
   * Set by the app when its workers prepare versions ahead (NETMODEL_WORKER_PREPARE > 0, a server): on a change notice for a
   * name this process holds, the version is read at once in the background — the stamp check `find` would make anyway,
   * and the load when another process wrote it — so the cache takes it in and the workers prepare it before anyone asks.
   * Without it, the first question after another replica's write (or `netmodel import` against the shared Postgres) loads
   * and prepares the version itself: 4–6 s at the 150,000-pod envelope (issue 17). Our own write's notice costs one
   * stamp read (the write-through entry matches it).
   */
  refreshOnChange = false;

  /** Names being refreshed; true when another notice came meanwhile (the refresh then runs again once it ends). */
  private readonly refreshing = new Map<string, boolean>();

  private refresh(name: string): void {
    if (this.refreshing.has(name)) {
      this.refreshing.set(name, true);
      return;
    }
    this.refreshing.set(name, false);
    // A refresh that fails (an outage) changes nothing: the name stays unverified, and the next read checks and loads.
    const running = this.find(name)
      .catch(() => null)
      .then(() => {
        const again = this.refreshing.get(name) === true;
        this.refreshing.delete(name);
        this.refreshes.delete(running);
        if (again) this.refresh(name);
      });
    this.refreshes.add(running);
  }

  private readonly refreshes = new Set<Promise<void>>();

  /** Resolves once no refresh is running (tests, and a caller that must see what the notices brought). */
  async refreshed(): Promise<void> {
    while (this.refreshes.size > 0) await Promise.all([...this.refreshes]);
  }

  /**
   * Loads in flight by name, the stamp read before each and the reader's guard counts (writes, notices, trust epoch): the
   * readers of one new version (a refresh and the requests that arrive meanwhile) share one load instead of each reading a
   * 150,000-pod version (seconds and ≈0.5 GB each). Only readers with the same counts share: a reader that counted a notice
   * the load's starter had not (its commit may postdate the load's read) starts its own, so the guards in `find` hold for
   * every reader of a shared load as for its starter (found in review).
   */
  private readonly loading = new Map<string, Promise<Stamped | null>>();

  private load(name: string, view: string): Promise<Stamped | null> {
    const key = `${name}@${view}`;
    let loading = this.loading.get(key);
    if (loading === undefined) {
      const started = withAppErrors(() => this.repository.getStamped(name));
      loading = started;
      this.loading.set(key, started);
      const done = () => {
        if (this.loading.get(key) === started) this.loading.delete(key);
      };
      started.then(done, done);
    }
    return loading;
  }

  /** The cache's entry for the name matched a stamp read after `heard` notices: trusted again if none came since. */
  private verified(name: string, heard: number): void {
    if (this.notices.get(name) === heard) this.unverified.delete(name);
  }

  private wrote(name: string): void {
    this.writes.count(name);
    this.cache.forget(name);
  }

  async get(name: string): Promise<Topology> {
    const topology = await this.find(name);
    if (!topology) throw notFound(name);
    return topology;
  }

  validate(document: string, options: { format?: DocumentFormat; name?: string } = {}): ValidationOutcome {
    return validateDocument(document, { ...options, maxBytes: this.maxDocumentBytes });
  }

  async import(document: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    const outcome = this.validate(document, options);
    if (!outcome.valid || !outcome.topology) throw badInput(outcome.errors, outcome.warnings);
    const parsed = outcome.topology;
    const existing = await this.find(parsed.name);
    if (existing && !options.replace) {
      throw new AppError(
        'CONFLICT',
        `a topology named "${parsed.name}" already exists (version ${existing.version}); replace it explicitly or import under another name`,
        { actualVersion: existing.version },
      );
    }
    if (!existing && options.ifVersion !== undefined) throw notFound(parsed.name);
    // Write-through (issue 17): the version this write will store, as the object the cache will hold after it. The cache
    // hears of it first, so the workers prepare it for the first what-if while the database write runs here; that
    // what-if then neither loads the version nor waits for its preparation.
    const provisional: Topology = { ...parsed, version: existing ? existing.version + 1 : 1 };
    const generation = this.writes.get(parsed.name);
    const noticed = this.notices.get(parsed.name);
    const putsBefore = this.puts.get(parsed.name);
    const epoch = this.epoch;
    // A change notice for the name while this write runs (its own, or another process's) refreshes after it: a refresh
    // before the put would load the version this write is about to cache.
    this.localWrites.set(parsed.name, (this.localWrites.get(parsed.name) ?? 0) + 1);
    try {
      // Encoded once: the workers are handed these bytes to prepare from (snapshotBytesOf), and the write stores them as
      // the version's snapshot; before, the workers' copy and the snapshot were two encodings of the whole version.
      const snapshot = await encodeKeptSnapshot(provisional);
      this.cache.writing(provisional);
      let stored: Stamped;
      try {
        stored = await withAppErrors(() =>
          existing ? this.repository.replaceStamped(parsed.name, provisional, options.ifVersion, snapshot) : this.repository.createStamped(provisional, snapshot),
        );
      } catch (error) {
        // Refused by the database (a version conflict, a taken name): nothing was stored, and the entry for the version
        // stored before (if this process holds it) is still current. Any other failure (an outage mid-commit) may have
        // committed: the entry is dropped, so the next read checks.
        const refused = error instanceof AppError && REFUSALS.has(error.code);
        if (!refused) this.wrote(parsed.name);
        this.cache.notWritten(provisional, refused ? existing : null);
        throw error;
      }
      // Another write of the name by this process (or a promote) that ended meanwhile may have committed after this one:
      // its entry, or none, is right, and this one may be stale. A trust change emptied the cache. Either way, not cached.
      const overtaken = this.writes.get(parsed.name) !== generation || this.epoch !== epoch;
      this.wrote(parsed.name);
      // A version other than the expected one (a writer elsewhere moved the version between our read and our write) comes
      // back from the repository as a fresh object, never the provisional one under the wrong version: cached as what it is.
      // A read that loaded and cached the name while this write ran may hold a newer version (another process's commit
      // after ours), and no notice may have come yet to say so: putting ours over it would serve the older version as
      // current (found in review). Then nothing is put, and the name is checked on its next read.
      if (!overtaken && this.puts.get(parsed.name) !== putsBefore) this.markUnverified(parsed.name);
      else if (!overtaken) {
        this.cache.put(stored.topology, stored.stamp);
        // A change notice that came during the write may be of a commit after ours (another process's), and a `find` may
        // have verified that newer version and cleared the mark before this put replaced it: the name is unverified again,
        // so the next read checks the stamp. A notice still to come marks it itself (noteChange).
        if (this.notices.get(parsed.name) !== noticed) this.markUnverified(parsed.name);
      }
      return { topology: stored.topology, created: !existing, warnings: outcome.warnings, inferences: outcome.inferences };
    } finally {
      this.endLocalWrite(parsed.name);
    }
  }

  async delete(name: string, ifVersion?: number): Promise<void> {
    if (checkTopologyName(name) !== null) throw notFound(name);
    await withAppErrors(() => this.repository.delete(name, ifVersion));
    this.wrote(name);
  }

  async export(name: string, format: DocumentFormat): Promise<string> {
    return exportTopology(await this.get(name), format);
  }
}

/** Parses and validates a document without any database: `netmodel validate` and the service's import share it. */
export function validateDocument(document: string, options: { format?: DocumentFormat; name?: string; maxBytes: number }): ValidationOutcome {
  const result = parseTopologyDocument(document, { format: options.format ?? 'auto', name: options.name, maxBytes: options.maxBytes });
  if (!result.ok) {
    if (result.tooLarge) {
      throw new AppError('PAYLOAD_TOO_LARGE', result.errors[0]?.message ?? 'document too large', { problems: result.errors });
    }
    return { valid: false, errors: result.errors, warnings: result.warnings, inferences: [], topology: null };
  }
  const nameProblem = checkTopologyName(result.topology.name, options.name ? 'name' : 'topology.metadata.name');
  if (nameProblem) {
    return { valid: false, errors: [nameProblem], warnings: result.warnings, inferences: result.inferences, topology: null };
  }
  return { valid: true, errors: [], warnings: result.warnings, inferences: result.inferences, topology: result.topology };
}

function notFound(name: string): AppError {
  return new AppError('NOT_FOUND', `no topology named "${name}"`);
}


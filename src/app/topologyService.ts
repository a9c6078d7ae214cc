import type { Topology } from '../engine/model/topology';
import type { Problem } from '../io/problems';
import { parseTopologyDocument, type DocumentFormat } from '../io/parseTopology';
import { exportTopology } from '../io/exportTopology';
import type { TopologyRepository, TopologySummary } from '../store/topologyRepository';
import { AppError, badInput, withAppErrors } from './errors';
import { TopologyCache } from './topologyCache';

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
    this.epoch++;
    this.cache.clear();
  }

  list(): Promise<TopologySummary[]> {
    // The list counts every topology's nodes, pods and Services in the database: 12.5 ms of CPU per request with a
    // 30,000-pod topology on the embedded database (npm run load, docs/PERFORMANCE.md). When every write is seen
    // on the embedded database, the cache keeps the list until the next write or reload drops it.
    if (!this.exclusive || !this.keepsList) return withAppErrors(() => this.repository.list());
    return this.cache.summaries(() => withAppErrors(() => this.repository.list()));
  }

  /** The stored topology, from the cache while its stamp is still the stored one (checked on every call). */
  async find(name: string): Promise<Topology | null> {
    // Stored names all passed checkTopologyName; anything else (a NUL byte, which Postgres cannot even compare) is absent.
    if (checkTopologyName(name) !== null) return null;
    if (this.exclusive) {
      const cached = this.cache.latest(name);
      if (cached) return cached;
    }
    const stamp = await withAppErrors(() => this.repository.stamp(name));
    if (stamp === null) return null;
    const cached = this.cache.get(name, stamp);
    if (cached) return cached;
    const generation = this.writes.get(name) ?? 0;
    const epoch = this.epoch;
    const loaded = await withAppErrors(() => this.repository.getStamped(name));
    if (!loaded) return null;
    // A write that landed while this load ran may have committed after the read: caching the older copy would
    // serve it on as current (exclusive mode trusts the cache), so only a load no write overtook is kept.
    if ((this.writes.get(name) ?? 0) === generation && this.epoch === epoch) this.cache.put(loaded.topology, loaded.stamp);
    return loaded.topology;
  }

  /** Writes per name seen by this process, so a load that a write overtook is not cached. */
  private readonly writes = new Map<string, number>();

  /** A write made outside this service (a scenario's promote, another replica): drop what the cache holds for the name. */
  noteWrite(name: string): void {
    this.wrote(name);
  }

  private wrote(name: string): void {
    this.writes.set(name, (this.writes.get(name) ?? 0) + 1);
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
    let stored: Topology;
    if (existing) {
      if (!options.replace) {
        throw new AppError(
          'CONFLICT',
          `a topology named "${parsed.name}" already exists (version ${existing.version}); replace it explicitly or import under another name`,
          { actualVersion: existing.version },
        );
      }
      stored = await withAppErrors(() => this.repository.replace(parsed.name, parsed, options.ifVersion));
    } else {
      if (options.ifVersion !== undefined) throw notFound(parsed.name);
      stored = await withAppErrors(() => this.repository.create(parsed));
    }
    // The next read loads it with its stamp; dropping the old entry is enough here.
    this.wrote(stored.name);
    return { topology: stored, created: !existing, warnings: outcome.warnings, inferences: outcome.inferences };
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


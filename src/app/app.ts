import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase, type Database } from '../store/database';
import { migrate } from '../store/migrate';
import { TopologyRepository } from '../store/topologyRepository';
import type { AppConfig } from './config';
import { toAppError } from './errors';
import { DatabaseUnavailableError } from '../store/errors';
import { TopologyService } from './topologyService';
import { TopologyCache } from './topologyCache';
import type { Topology } from '../engine/model/topology';
import { AuthService, type Principal } from './auth';
import { ScopedTopologies } from './scopedTopologies';
import { TokenRepository } from '../store/tokenRepository';
import { ScenarioRepository } from '../store/scenarioRepository';
import { ScenarioService } from './scenarioService';
import { listenForChanges, type ChangeFeed } from '../store/notify';
import { LocalQuestions, QuestionPool, type QuestionRunner } from './workers/questionPool';
import { AnswerCache } from './answerCache';
import { JobService } from './jobs/jobService';

/** The composition root: one database, the services built on it. Server, CLI and tests all start here. */
export interface App {
  readonly config: AppConfig;
  readonly db: Database;
  /** Unrestricted: for the local CLI and start-up. Requests go through `forPrincipal`. */
  readonly topologies: TopologyService;
  readonly auth: AuthService;
  /** Engine questions: on worker threads (NETMODEL_WORKERS, started on first use), or on this thread when it is 0. */
  readonly questions: QuestionRunner;
  /** REST answers of stored versions as JSON bytes, computed and serialized once per version and input (NETMODEL_ANSWER_CACHE_MB). */
  readonly answers: AnswerCache;
  /** Heavy questions as durable jobs (pg-boss on this database); running only where createApp was asked to (the server). */
  readonly jobs: JobService;
  /** The topology use cases as this principal may use them. */
  forPrincipal(principal: Principal): ScopedTopologies;
  /** Scenario use cases: unrestricted without a principal (the local CLI), else as that principal may. */
  scenarios(principal?: Principal): ScenarioService;
  /** Whether the change feed (LISTEN/NOTIFY) is listening: null without one (the embedded database needs none). */
  changeFeedListening(): boolean | null;
  /** Whether migrations have been applied and requests may use the database; lastError says why not. */
  readonly readiness: Readiness;
  close(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  lastError: string | null;
}

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

export interface CreateAppOptions {
  /** Use an already-open database (tests) instead of opening one from the config. */
  db?: Database;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /**
   * Start even when the database cannot be reached (the server): the app reports not ready, and migrations and seeding are
   * retried in the background until they succeed. A migration that fails on a reachable database still stops the start.
   */
  waitForDatabase?: boolean;
  log?: (message: string) => void;
  /** Start the job queue and take jobs (the server); without it submitting a job answers 503. */
  jobs?: boolean;
}

const RETRY_MS = { first: 1_000, max: 10_000 };

/**
 * The topology cache, telling the question runner of each version it takes in (TopologyCache.put: a version loaded from
 * the database, the first read after a write by another process or a promote, or one this process wrote) and of each
 * version this process is about to write (`writing`, before the database write): the pool's workers then prepare it for
 * the first what-if between questions (workers/questionPool.ts `prepare`). A version dropped from the cache before that turn
 * is still prepared: it was the most recent one when loaded, and the workers' bound holds either way.
 */
class PreparingCache extends TopologyCache {
  constructor(private readonly questions: QuestionRunner) {
    super();
  }

  override put(topology: Topology, stamp: string): void {
    super.put(topology, stamp);
    // After the request that loaded it has its answer: a trace answered here compiles its own snapshot first (≈0.3 s at
    // 150,000 pods), and workers preparing meanwhile would share the machine's cores with it (measured: starting them at
    // once made that trace 0.2 s slower and the what-if right after it no faster). Preparing then copies the version's
    // snapshot bytes into shared memory (a version the cache takes in was read or written as them); a question for the
    // workers shares it first itself, and this then finds it done.
    setImmediate(() => this.questions.prepare(topology));
  }

  /**
   * A version this process is about to write (write-through, TopologyService.import): the workers prepare it while the
   * database write runs on this thread, and `put` hands over the same object after the write, which is then prepared or
   * under way. The write encoded its snapshot bytes first (TopologyService.import), and the workers are handed those.
   */
  override writing(topology: Topology): void {
    this.questions.prepare(topology);
  }

  /** The write failed: the version prepared for it is dropped by the workers; the current one (if held) is prepared again. */
  override notWritten(topology: Topology, current: Topology | null): void {
    this.questions.unprepare(topology);
    if (current) this.questions.prepare(current);
  }
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<App> {
  let db: Database;
  try {
    // openDatabase also takes the embedded data directory's lock (PGlite is single-process).
    db = options.db ?? (await openDatabase(config.database));
  } catch (error) {
    // An outage, a held lock or a failed migration at start is a message for the operator, not a stack trace.
    throw toAppError(error);
  }
  const limits = { maxMatrixCells: config.maxMatrixCells, maxConnectivityRows: config.maxConnectivityRows };
  const questions: QuestionRunner =
    config.workers > 0
      ? new QuestionPool({ ...limits, threads: config.workers, maxMemoryMb: config.workerMaxMemoryMb, workerCache: config.workerCache, prepareVersions: config.workerPrepare })
      : new LocalQuestions(limits);
  const topologies = new TopologyService(new TopologyRepository(db.prisma), config.maxDocumentBytes, new PreparingCache(questions), db.kind === 'embedded');
  // A server that prepares versions ahead also reads a version another process wrote when the change feed tells of it.
  topologies.refreshOnChange = config.workerPrepare > 0 && config.workers > 0;
  const auth = new AuthService(new TokenRepository(db.prisma), { required: config.authRequired });
  const scenarioRepository = new ScenarioRepository(db.prisma);
  const answers = new AnswerCache(questions, config.answerCacheMb * 1024 * 1024);
  const scenariosFor = (principal?: Principal): ScenarioService => {
    if (!principal) return new ScenarioService(scenarioRepository, topologies, (name) => topologies.noteWrite(name));
    const scoped = new ScopedTopologies(topologies, principal);
    return new ScenarioService(scenarioRepository, scoped, (name) => topologies.noteWrite(name), (scope) => scoped.require(scope));
  };
  const jobs = new JobService(db, { questions, limits, scenarios: scenariosFor, topology: (name) => topologies.get(name) }, config.jobs, options.log);
  const readiness: Readiness = { ready: false, lastError: null };
  let stopped = false;
  let feed: ChangeFeed | null = null;
  let retry: NodeJS.Timeout | null = null;

  const prepare = async () => {
    if (options.migrate ?? true) {
      const { applied } = await migrate(db);
      if (applied.length > 0) options.log?.(`applied migrations: ${applied.join(', ')}`);
    }
    if (config.seedExamples) {
      const seeded = await seedExamples(topologies);
      if (seeded.length > 0) options.log?.(`loaded example topologies: ${seeded.join(', ')}`);
    }
    // Several processes on one Postgres: every committed write (the migration's trigger) reaches every replica's cache.
    if (db.newClient && !feed && !stopped) {
      feed = await listenForChanges(db.newClient, {
        onChange: (change) => {
          if (change.table === 'Topology') topologies.noteChange(change.name);
          else if (change.table === 'ApiToken') auth.invalidate();
        },
        onState: (listening) => topologies.trustCache(listening),
      });
    }
    if (options.jobs && !stopped) await jobs.start();
    readiness.ready = true;
    readiness.lastError = null;
  };

  const retryLater = (delay: number) => {
    const attempt = async (): Promise<void> => {
      if (stopped) return;
      try {
        await prepare();
        options.log?.('the database is reachable: ready');
      } catch (error) {
        const mapped = toAppError(error);
        readiness.lastError = mapped instanceof Error ? mapped.message : String(mapped);
        if (isOutage(error)) retryLater(Math.min(delay * 2, RETRY_MS.max));
        else options.log?.(`giving up: ${readiness.lastError}`);
      }
    };
    // attempt() handles its own failures; the timer only starts it.
    retry = setTimeout(() => void attempt(), delay);
    retry.unref();
  };

  try {
    await prepare();
  } catch (error) {
    if (!(options.waitForDatabase && isOutage(error))) {
      await jobs.close().catch(() => undefined);
      if (!options.db) await db.close().catch(() => undefined);
      throw toAppError(error);
    }
    const mapped = toAppError(error);
    readiness.lastError = mapped instanceof Error ? mapped.message : String(mapped);
    options.log?.(`starting without the database (${readiness.lastError}); retrying in the background`);
    retryLater(RETRY_MS.first);
  }
  return {
    config,
    db,
    topologies,
    auth,
    questions,
    answers,
    readiness,
    changeFeedListening: () => (db.newClient ? (feed?.listening ?? false) : null),
    forPrincipal: (principal) => new ScopedTopologies(topologies, principal),
    jobs,
    scenarios: scenariosFor,
    close: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      // Before the pool: jobs running here are stopped and handed back to the queue for another replica.
      await jobs.close();
      await questions.close();
      await feed?.close();
      if (!options.db) await db.close();
    },
  };
}

function isOutage(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError;
}


/** Loads every examples/*.yaml when the database has no topology at all, so a newcomer can query at once. */
export async function seedExamples(topologies: TopologyService, dir = EXAMPLES_DIR): Promise<string[]> {
  if ((await topologies.list()).length > 0) return [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  const names: string[] = [];
  for (const file of files) {
    const outcome = await topologies.import(await readFile(join(dir, file), 'utf8'), { format: 'yaml' });
    names.push(outcome.topology.name);
  }
  return names;
}

import { availableParallelism } from 'node:os';
import { databaseConfigFromEnv, type DatabaseConfig } from '../store/databaseConfig';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../io/limits';

/** Everything the process reads from its environment, read once here so the rest of the code takes plain values. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  /** Load examples/*.yaml when the database holds no topology yet. */
  readonly seedExamples: boolean;
  readonly maxDocumentBytes: number;
  readonly logLevel: string;
  /** NETMODEL_AUTH=required: every request needs a token, even before one exists (otherwise: once any token exists). */
  readonly authRequired: boolean;
  /** GraphQL limits (docs/SECURITY.md): query depth, estimated cost, aliases, tokens; introspection on or off. */
  readonly graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxFields: number; maxFieldRepeats: number; introspection: boolean };
  /** Requests per minute per token (per client address without one); 0 = unlimited. */
  readonly rateLimitPerMinute: number;
  /** Milliseconds a request may take before the server answers 503 and closes it; 0 = none. */
  readonly requestTimeoutMs: number;
  /** Worker threads for engine questions (default: the cores); 0 = answer on the event loop (no isolation, no preemption). */
  readonly workers: number;
  /** V8 heap limit per worker thread, MB: a question past it stops with 503 and the server goes on. */
  readonly workerMaxMemoryMb: number;
  /** Topologies each worker thread keeps parsed and compiled. */
  readonly workerCache: number;
  /**
   * The most recently loaded topology versions each worker thread prepares between questions (parsed, compiled, the
   * baseline's side of a default what-if computed), so the first what-if on a version does not; 0 = off. At most workerCache.
   */
  readonly workerPrepare: number;
  /** MB of serialized REST answers kept, in one least-recently-used cache for the process (src/app/answerCache.ts); 0 = off. */
  readonly answerCacheMb: number;
  /** Cells a reachability matrix (or each side of a what-if diff) may have; a bigger question is refused before it starts. */
  readonly maxMatrixCells: number;
  /** Rows a pod-level connectivity list may have (every ordered pair of peers is a row). */
  readonly maxConnectivityRows: number;
  /** Browser origins allowed to call the API cross-origin (CORS), e.g. a portal; empty: none (same-origin only). */
  readonly corsOrigins: readonly string[];
  /** The job queue (src/app/jobs, pg-boss): how long results are kept, how long a job may run, how many run here at once. */
  readonly jobs: JobsConfig;
}

export interface JobsConfig {
  /** Seconds a finished job (its result or problem) is kept before pg-boss's maintenance deletes it. */
  readonly retentionSeconds: number;
  /** Seconds a job may run; also how long a job held by a replica that died waits before another replica retries it. */
  readonly timeoutSeconds: number;
  /** Jobs this process runs at once (each on one worker thread); 0 = it accepts jobs but runs none. */
  readonly concurrency: number;
  /**
   * Unfinished (queued or running) jobs one submitter may have at once, counted across replicas in the queue's table;
   * 0 = no cap. Anonymous requests (no tokens configured, the local CLI) count as one submitter.
   */
  readonly maxUnfinishedPerSubmitter: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${key} must be a non-negative integer, got "${raw}"`);
  return value;
}

function boolFromEnv(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${key} must be true or false, got "${env[key]}"`);
}

/** NETMODEL_CORS_ORIGINS: comma-separated origins (`https://portal.example.com`), each scheme://host[:port] exactly. */
function originsFromEnv(env: NodeJS.ProcessEnv, key: string): string[] {
  const raw = env[key] ?? '';
  return raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    if (url === null || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`${key} must list origins such as https://portal.example.com (scheme, host and port only), got "${entry}"`);
    }
    return url.origin;
  });
}

/** pg-boss refuses an expiry of a day or more; the job's expiry is its timeout plus a 5 s grace (src/app/jobs). */
function jobTimeout(env: NodeJS.ProcessEnv): number {
  const seconds = Math.max(1, intFromEnv(env, 'NETMODEL_JOB_TIMEOUT_SECONDS', 900));
  if (seconds > 86_000) throw new Error(`NETMODEL_JOB_TIMEOUT_SECONDS must be at most 86000 (pg-boss expires jobs within a day), got "${seconds}"`);
  return seconds;
}

function authMode(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'auto') return false;
  if (raw === 'required') return true;
  throw new Error(`NETMODEL_AUTH must be "required" or "auto" (the default: required once a token exists), got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    database: databaseConfigFromEnv(env),
    seedExamples: boolFromEnv(env, 'NETMODEL_SEED_EXAMPLES', true),
    maxDocumentBytes: intFromEnv(env, 'NETMODEL_MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES),
    logLevel: env.LOG_LEVEL || 'info',
    authRequired: authMode(env.NETMODEL_AUTH),
    graphql: {
      maxDepth: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_DEPTH', 12),
      maxCost: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_COST', 20000),
      maxAliases: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_ALIASES', 15),
      maxTokens: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_TOKENS', 4000),
      // Checked before Apollo parses (src/api/graphql/tokenLimit.ts): they bound the cost of validation itself.
      maxFields: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_FIELDS', 2000),
      maxFieldRepeats: intFromEnv(env, 'NETMODEL_GRAPHQL_MAX_FIELD_REPEATS', 5),
      introspection: boolFromEnv(env, 'NETMODEL_GRAPHQL_INTROSPECTION', true),
    },
    rateLimitPerMinute: intFromEnv(env, 'NETMODEL_RATE_LIMIT_PER_MINUTE', 1200),
    requestTimeoutMs: intFromEnv(env, 'NETMODEL_REQUEST_TIMEOUT_MS', 60_000),
    workers: intFromEnv(env, 'NETMODEL_WORKERS', availableParallelism()),
    workerMaxMemoryMb: intFromEnv(env, 'NETMODEL_WORKER_MAX_MEMORY_MB', 1024),
    workerCache: Math.max(1, intFromEnv(env, 'NETMODEL_WORKER_CACHE', 4)),
    workerPrepare: intFromEnv(env, 'NETMODEL_WORKER_PREPARE', 2),
    answerCacheMb: intFromEnv(env, 'NETMODEL_ANSWER_CACHE_MB', 64),
    maxMatrixCells: intFromEnv(env, 'NETMODEL_MAX_MATRIX_CELLS', 40_000),
    maxConnectivityRows: intFromEnv(env, 'NETMODEL_MAX_CONNECTIVITY_ROWS', 250_000),
    corsOrigins: originsFromEnv(env, 'NETMODEL_CORS_ORIGINS'),
    jobs: {
      // pg-boss counts in whole seconds and refuses 0.
      retentionSeconds: Math.max(1, intFromEnv(env, 'NETMODEL_JOB_RETENTION_SECONDS', 86_400)),
      timeoutSeconds: jobTimeout(env),
      concurrency: intFromEnv(env, 'NETMODEL_JOB_CONCURRENCY', 1),
      maxUnfinishedPerSubmitter: Math.max(0, intFromEnv(env, 'NETMODEL_MAX_JOBS_PER_TOKEN', 20)),
    },
  };
}

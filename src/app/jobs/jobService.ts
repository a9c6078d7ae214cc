import PgBoss from 'pg-boss';
import type { Topology } from '../../engine/model/topology';
import type { Problem } from '../../io/problems';
import type { Database } from '../../store/database';
import { requireScope, type Principal } from '../auth';
import type { JobsConfig } from '../config';
import { AppError, badInput, type AppErrorCode } from '../errors';
import { sqlExecutor } from './executor';
import { JOB_KINDS, KINDS, type JobHost, type JobKind } from './kinds';

/** One pg-boss queue holds every kind (the kind is in the job's data), so a job is found by its id alone. */
export const JOB_QUEUE = 'netmodel-questions';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];
export const FINISHED: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

export interface JobProblem {
  /** An AppError code (the one the synchronous question would have answered), or JOB_FAILED when every attempt crashed. */
  readonly code: AppErrorCode | 'JOB_FAILED';
  readonly message: string;
  readonly problems?: readonly Problem[];
}

/** A job as the interfaces show it. Times are ISO 8601; result and problem only once it finished. */
export interface JobView {
  readonly id: string;
  readonly kind: JobKind;
  readonly topology: string;
  readonly state: JobState;
  /** Times the job was started; above 1 when a replica died (or stopped) while running it and another took it over. */
  readonly attempts: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** The topology version the answer was computed on (the version current when the job ran, not when it was submitted). */
  readonly topologyVersion: number | null;
  readonly result: unknown;
  readonly problem: JobProblem | null;
}

interface JobData {
  readonly kind: JobKind;
  readonly topology: string;
  readonly input: Record<string, unknown>;
  /** The token that submitted it (null: anonymous, the local CLI): it may cancel its own job with the read scope. */
  readonly submittedBy?: string | null;
}

type JobOutput = { ok: true; answer: unknown; topologyVersion: number } | { ok: false; problem: JobProblem; topologyVersion: number | null };

/** Where the kinds come from: the app's services (a narrow view, so this module does not import app.ts). */
export interface JobServiceHost extends JobHost {
  /** The topology, unrestricted: a job runs with the rights its submitter was checked for. */
  topology(name: string): Promise<Topology>;
}

/** What the caller's rights allow: the request's view of topologies (scope read, topology limits). */
export interface JobCaller {
  readonly principal: Principal;
  get(name: string): Promise<Topology>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Seconds after its own timeout before pg-boss declares a running job lost: the job stops itself first, with a problem. */
const EXPIRY_GRACE_SECONDS = 5;
/** How often a running job looks whether it was cancelled on another replica (one primary-key read). */
const CANCEL_CHECK_MS = 1_000;
/** The longest ?wait= (seconds): below the default request timeout, so a long poll is never cut as a timeout. */
export const MAX_WAIT_SECONDS = 30;

/** Thrown into a running job when this process stops: the job is then failed by pg-boss and retried elsewhere. */
class ShuttingDown extends Error {}

/**
 * Heavy questions as durable jobs on pg-boss (a maintained Postgres queue), on the database the app already uses: a schema
 * of pg-boss's own beside the app's (`pgboss` on the embedded database and the default schema; `<schema>_jobs` when
 * DATABASE_URL names a schema). Any process that starts it (the server) takes jobs: pg-boss hands each to one of them
 * (`FOR UPDATE SKIP LOCKED`). A job held by a process that dies stays `active` until its expiry passes; pg-boss's
 * maintenance, on any replica, then puts it back for another attempt (retryLimit 2: three attempts in all).
 * Results are kept NETMODEL_JOB_RETENTION_SECONDS after the job finished, then pg-boss archives and deletes them.
 */
export class JobService {
  private boss: PgBoss | null = null;
  /** pg-boss's schema, once started (tests read its tables; operators find it in docs/DEPLOYMENT.md). */
  schema: string | null = null;
  private starting: Promise<void> | null = null;
  private readonly workers: string[] = [];
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly db: Database,
    private readonly host: JobServiceHost,
    private readonly config: JobsConfig,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Installs or migrates pg-boss's schema (under its advisory lock, so replicas may start together) and starts the workers. */
  async start(): Promise<void> {
    this.starting ??= this.open().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async open(): Promise<void> {
    const schema = await this.schemaName();
    this.schema = schema;
    const retention = this.config.retentionSeconds;
    const boss = new PgBoss({
      db: sqlExecutor(this.db.sql),
      schema,
      // No cron schedules: the timekeeper would poll for nothing.
      schedule: false,
      pollingIntervalSeconds: 1,
      expireInSeconds: this.config.timeoutSeconds + EXPIRY_GRACE_SECONDS,
      retryLimit: 2,
      // A finished job stays in pg-boss's job table for the retention, is archived by the next maintenance after it, and
      // deleted from the archive by the maintenance after that: kept at least the retention, at most two intervals more.
      archiveCompletedAfterSeconds: retention,
      archiveFailedAfterSeconds: retention,
      deleteAfterSeconds: 1,
      maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.floor(retention / 2))),
    });
    boss.on('error', (error: Error) => this.log(`job queue: ${error.message}`));
    await boss.start();
    try {
      await boss.createQueue(JOB_QUEUE);
      for (let i = 0; i < this.config.concurrency; i++) {
        this.workers.push(await boss.work<JobData>(JOB_QUEUE, { includeMetadata: true }, async ([job]) => this.run(job!)));
      }
    } catch (error) {
      // A half-started pg-boss keeps its timers; the next readiness attempt starts a new one (found in review).
      this.workers.length = 0;
      await boss.stop({ graceful: false, wait: true, timeout: 1_000 }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
  }

  /** pg-boss's schema: beside the app's, named after it when the app has one of its own (tests, shared databases). */
  private async schemaName(): Promise<string> {
    if (this.db.kind === 'embedded') return 'pgboss';
    const [row] = await this.db.sql.query<{ schema: string }>('SELECT current_schema() AS schema');
    return !row || row.schema === 'public' ? 'pgboss' : `${row.schema}_jobs`;
  }

  private queue(): PgBoss {
    if (!this.boss) throw new AppError('SERVICE_UNAVAILABLE', 'the job queue is not running in this process (the database is not ready yet, or this is not a server)', { retryAfterSeconds: 1 });
    return this.boss;
  }

  /** Checks the input as the synchronous question does, then queues it; nothing is queued when the input is wrong. */
  async submit(caller: JobCaller, topologyName: string, kind: unknown, input: unknown): Promise<JobView> {
    const boss = this.queue();
    const topology = await caller.get(topologyName);
    if (typeof kind !== 'string' || !(JOB_KINDS as readonly string[]).includes(kind)) {
      throw badInput([{ path: 'kind', message: `${JSON.stringify(kind)} is not one of ${JOB_KINDS.join(', ')}` }]);
    }
    const fields = input ?? {};
    if (typeof fields !== 'object' || Array.isArray(fields)) throw badInput([{ path: 'input', message: 'expected an object' }]);
    await KINDS[kind as JobKind].check(this.host, caller.principal, topology, fields as Record<string, unknown>);
    await this.refuseBeyondCap(caller.principal.tokenId);
    const data: JobData = { kind: kind as JobKind, topology: topologyName, input: fields as Record<string, unknown>, submittedBy: caller.principal.tokenId };
    const id = await boss.send(JOB_QUEUE, data);
    if (!id) throw new Error('pg-boss did not queue the job');
    // This process's workers start at once instead of at their next poll; other replicas see it at theirs.
    for (const worker of this.workers) boss.notifyWorker(worker);
    return this.get(caller, topologyName, id);
  }

  /**
   * One token could otherwise queue jobs without end (each cheap to submit, each up to NETMODEL_JOB_TIMEOUT_SECONDS of a
   * worker): its unfinished jobs are counted in pg-boss's table, so the cap holds across replicas. Two submits racing on
   * different replicas may both pass the count — the cap is exceeded by at most the submits in flight at that moment.
   */
  private async refuseBeyondCap(submitter: string | null): Promise<void> {
    const cap = this.config.maxUnfinishedPerSubmitter;
    if (cap === 0) return;
    // pg-boss 10's states are an enum ordered created < retry < active < completed < cancelled < failed.
    const [row] = await this.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.schema}.job WHERE name = $1 AND state < 'completed' AND data->>'submittedBy' IS NOT DISTINCT FROM $2`,
      [JOB_QUEUE, submitter],
    );
    if ((row?.n ?? 0) >= cap) {
      throw new AppError(
        'RATE_LIMITED',
        `${submitter === null ? 'anonymous requests already have' : 'this token already has'} ${cap} unfinished jobs (queued or running), the NETMODEL_MAX_JOBS_PER_TOKEN limit; wait for one to finish or cancel one`,
        { retryAfterSeconds: 5 },
      );
    }
  }

  /**
   * The job, if it exists, the caller may read its topology and (when given) it is on that topology; NOT_FOUND otherwise,
   * the same answer for a job that does not exist and one the caller cannot see.
   */
  async get(caller: JobCaller, topologyName: string | undefined, id: string): Promise<JobView> {
    return view(await this.visibleJob(caller, topologyName, id));
  }

  /** The stored job as get() finds it (the same NOT_FOUND rules), with its data: cancel reads the submitter from it. */
  private async visibleJob(caller: JobCaller, topologyName: string | undefined, id: string): Promise<PgBoss.JobWithMetadata<JobData>> {
    if (topologyName !== undefined) await caller.get(topologyName);
    const missing = () => new AppError('NOT_FOUND', `no job ${JSON.stringify(id)}${topologyName === undefined ? '' : ` on topology "${topologyName}"`}`);
    if (!UUID.test(id)) throw missing();
    const job = await this.queue().getJobById<JobData>(JOB_QUEUE, id, { includeArchive: true });
    if (!job || (topologyName !== undefined && job.data.topology !== topologyName)) throw missing();
    if (topologyName === undefined) {
      try {
        await caller.get(job.data.topology);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') throw missing();
        throw error;
      }
    }
    return job;
  }

  /** Waits until the job finished or `seconds` passed (at most MAX_WAIT_SECONDS), then answers it as it is. */
  async wait(caller: JobCaller, topologyName: string | undefined, id: string, seconds: number, signal?: AbortSignal): Promise<JobView> {
    const deadline = Date.now() + Math.min(seconds, MAX_WAIT_SECONDS) * 1000;
    let job = await this.get(caller, topologyName, id);
    // A primary-key read every quarter second: cheap, and the same on every replica (a job may finish on any of them).
    while (!FINISHED.includes(job.state) && Date.now() < deadline && !signal?.aborted) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, Math.max(0, deadline - Date.now()))));
      job = await this.get(caller, topologyName, id);
    }
    return job;
  }

  /** Cancels a queued or running job (a running one stops within a second, on whichever replica runs it). */
  async cancel(caller: JobCaller, topologyName: string | undefined, id: string): Promise<JobView> {
    const stored = await this.visibleJob(caller, topologyName, id);
    const job = view(stored);
    // Cancelling changes what someone else asked for: the submitter may (a read token cancels its own job), anyone
    // else needs the write scope (found in review: a read-only dashboard token could cancel an administrator's job).
    const submitter = stored.data.submittedBy ?? null;
    if (caller.principal.tokenId === null || submitter !== caller.principal.tokenId) requireScope(caller.principal, 'write');
    if (FINISHED.includes(job.state)) {
      if (job.state === 'cancelled') return job;
      throw new AppError('CONFLICT', `job ${id} already ${job.state}; only queued or running jobs can be cancelled`);
    }
    await this.queue().cancel(JOB_QUEUE, id);
    this.running.get(id)?.abort(new AppError('CONFLICT', 'cancelled'));
    return this.get(caller, topologyName, id);
  }

  /** One job, on this process's worker pool. An AppError is the job's answer (a problem); anything else is retried. */
  private async run(job: PgBoss.JobWithMetadata<JobData>): Promise<JobOutput> {
    const controller = new AbortController();
    this.running.set(job.id, controller);
    const timer = setTimeout(
      () => controller.abort(new AppError('TIMEOUT', `the job ran longer than NETMODEL_JOB_TIMEOUT_SECONDS (${this.config.timeoutSeconds} s) and was stopped; narrow the question`)),
      this.config.timeoutSeconds * 1000,
    );
    const watch = setInterval(() => void this.abortIfCancelled(job.id, controller), CANCEL_CHECK_MS);
    let version: number | null = null;
    try {
      const topology = await this.host.topology(job.data.topology);
      version = topology.version;
      const answer = await KINDS[job.data.kind].run(this.host, topology, job.data.input, controller.signal);
      return { ok: true, answer, topologyVersion: version };
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      if (reason instanceof ShuttingDown) throw reason;
      if (reason instanceof AppError && !(reason.code === 'SERVICE_UNAVAILABLE' && reason.details.retryAfterSeconds !== undefined)) {
        return { ok: false, problem: problemOf(reason), topologyVersion: version };
      }
      throw error; // a crash or a full worker queue: pg-boss fails this attempt and retries
    } finally {
      clearTimeout(timer);
      clearInterval(watch);
      this.running.delete(job.id);
    }
  }

  private async abortIfCancelled(id: string, controller: AbortController): Promise<void> {
    try {
      const job = await this.boss?.getJobById(JOB_QUEUE, id);
      if (job?.state === 'cancelled') controller.abort(new AppError('CONFLICT', 'cancelled'));
    } catch {
      // The next check tries again; an outage is the job's own problem to meet.
    }
  }

  /** Stops taking jobs; jobs running here are stopped and failed, so pg-boss retries them on another replica. */
  async close(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    for (const controller of this.running.values()) controller.abort(new ShuttingDown('this process is stopping'));
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

interface BossJob {
  id: string;
  data: JobData;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  retryCount: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  output: unknown;
}

function problemOf(error: AppError): JobProblem {
  return { code: error.code, message: error.message, ...(error.details.problems ? { problems: error.details.problems } : {}) };
}

const iso = (date: Date | null): string | null => (date ? new Date(date).toISOString() : null);

function view(job: BossJob): JobView {
  const output = job.output as JobOutput | { message?: string; value?: { message?: string } } | null;
  const mine = output !== null && typeof output === 'object' && 'ok' in output ? output : null;
  let state: JobState;
  let problem: JobProblem | null = null;
  switch (job.state) {
    case 'created':
    case 'retry':
      state = 'queued';
      break;
    case 'active':
      state = 'running';
      break;
    case 'cancelled':
      state = 'cancelled';
      break;
    case 'completed':
      state = mine?.ok === false ? 'failed' : 'succeeded';
      if (mine?.ok === false) problem = mine.problem;
      break;
    default: {
      state = 'failed';
      // pg-boss's own failure (every attempt crashed, or expired on a replica that died): its message, never a stack.
      const other = output as { message?: string; value?: { message?: string } } | null;
      const message = other?.message ?? other?.value?.message ?? 'unknown error';
      problem = { code: 'JOB_FAILED', message: `the job failed on each of its ${job.retryCount + 1} attempts; the last: ${message}` };
    }
  }
  const attempts = job.startedOn === null ? 0 : job.retryCount + 1;
  return {
    id: job.id,
    kind: job.data.kind,
    topology: job.data.topology,
    state,
    attempts,
    createdAt: iso(job.createdOn)!,
    startedAt: iso(job.startedOn),
    finishedAt: FINISHED.includes(state) ? iso(job.completedOn) : null,
    topologyVersion: mine ? mine.topologyVersion : null,
    result: mine?.ok ? mine.answer : null,
    problem,
  };
}

import { availableParallelism } from 'node:os';
import { BroadcastChannel } from 'node:worker_threads';
import { join } from 'node:path';
import Piscina from 'piscina';
import type { Topology } from '../../engine/model/topology';
import { AppError, badInput } from '../errors';
import type { PrepareMessage, SharedTopology, WorkerResult, WorkerTask } from './protocol';
import { BOUNDS, INLINE, QUESTIONS, type QuestionAnswer, type QuestionInput, type QuestionName, type WorkLimits, type WorkerSubject } from './registry';
import { compileSnapshot, type Snapshot } from '../../engine/model/snapshot';
import { JsonSerializers, type ResponseSchema } from './serialize';
import { topologyKey } from './topologyKey';
import { snapshotBytesOf } from '../../store/topologySnapshot';
import { whatIfBound } from '../../questions/bounds';

/** Where engine questions run: a pool of worker threads (the server), or this thread (the CLI, NETMODEL_WORKERS=0). */
export interface QuestionRunner {
  ask<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, signal?: AbortSignal): Promise<QuestionAnswer<Q>>;
  /**
   * The answer as JSON bytes, serialized by the response schema `schemaId` (one of `useResponseSchemas`) where the
   * question ran — on the pool, a worker thread — so a large answer is never serialized on the event loop.
   */
  askJson<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, schemaId: string, signal?: AbortSignal): Promise<Uint8Array>;
  /** The REST layer's response schemas (plain JSON Schemas with `$id`), for askJson. Set before the first question. */
  useResponseSchemas(schemas: readonly ResponseSchema[]): void;
  /** Threads, queued and running tasks, recycled workers (for /metrics); questions sent to a worker and answered here. */
  stats(): QuestionStats;
  /**
   * A version the server just loaded: the pool's workers parse it, compile it and compute the baseline's side of a default
   * what-if between questions (worker.ts), so the first question on it does not. Nothing for a runner without workers.
   */
  prepare(topology: Topology): void;
  /** A version given to `prepare` that will not be asked after all (its write failed): forgotten by the workers. */
  unprepare(topology: Topology): void;
  close(): Promise<void>;
}

/**
 * The dispatch decision, in one place: whether a question is answered on the calling thread rather than handed to a worker
 * (registry.ts INLINE: questions whose work is smaller than the hand-off, within their bound on this topology).
 */
function runsHere(question: QuestionName, topology: Topology): boolean {
  return INLINE[question]?.(topology) ?? false;
}

/** Refuses, before it starts, a question past its bound (registry.ts BOUNDS). */
function checkBounds<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, limits: WorkLimits): void {
  const bound = BOUNDS[question] as ((t: Topology, i: QuestionInput<Q>, l: WorkLimits) => ReturnType<NonNullable<(typeof BOUNDS)[Q]>>) | undefined;
  const problem = bound?.(topology, input, limits);
  if (problem) throw badInput([problem]);
}

export interface QuestionStats {
  threads: number;
  queued: number;
  running: number;
  recycled: number;
  /** Questions handed to a worker. */
  dispatched: number;
  /** Questions answered on the calling thread (registry.ts INLINE, or every question without a pool). */
  inline: number;
  /** Versions a worker finished preparing (counted once per worker and version; QuestionRunner.prepare). */
  prepared: number;
  /**
   * Topology objects this thread JSON-encoded for the workers; a version loaded from the database or stored by this
   * process is handed over as its snapshot bytes instead, without encoding (store/topologySnapshot.ts snapshotBytesOf).
   */
  encoded: number;
}

/** Answers a question on the calling thread, with the snapshot this thread compiled for that topology object (once). */
function answerHere<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, snapshots: WeakMap<Topology, Snapshot>): QuestionAnswer<Q> {
  const subject: WorkerSubject = {
    topology,
    snapshot: () => {
      let s = snapshots.get(topology);
      if (!s) snapshots.set(topology, (s = compileSnapshot(topology)));
      return s;
    },
  };
  return (QUESTIONS[question] as (s: WorkerSubject, i: unknown) => QuestionAnswer<Q>)(subject, input);
}

export interface PoolOptions extends WorkLimits {
  /** Worker threads; default: the machine's cores. */
  readonly threads?: number;
  /** V8 old-generation limit per worker, MB: a question past it kills only its worker (and answers 503). */
  readonly maxMemoryMb: number;
  /** Topologies each worker keeps parsed and compiled. */
  readonly workerCache?: number;
  /** Tasks that may wait for a thread; past it the caller gets 503 with Retry-After. */
  readonly maxQueue?: number;
  /**
   * The most recently loaded versions each worker prepares (NETMODEL_WORKER_PREPARE; 0 = none, questions do it themselves);
   * at most `workerCache`, whose bound the prepared versions share with the asked ones.
   */
  readonly prepareVersions?: number;
}

let channels = 0;

function checkSchema(serializers: JsonSerializers | null, id: string): JsonSerializers {
  if (!serializers?.has(id)) throw new Error(`askJson: no response schema "${id}" (useResponseSchemas first)`);
  return serializers;
}

type Shared = SharedTopology;

/**
 * The engine questions on piscina worker threads. The event loop only serializes the topology once per version (into shared
 * memory, handed to every task without a copy), sends the question, and gets the plain answer back. An abort (the request
 * timeout) ends a running task by terminating its worker — piscina starts a new one — so a timeout really stops the work.
 */
export class QuestionPool implements QuestionRunner {
  private pool: Piscina | null = null;
  private readonly shared = new WeakMap<Topology, Shared>();
  private serializers: JsonSerializers | null = null;
  /** Snapshots compiled on this thread, for the questions answered here (runsHere). */
  private readonly snapshots = new WeakMap<Topology, Snapshot>();
  private recycled = 0;
  private running = 0;
  private dispatched = 0;
  private inline = 0;
  private prepared = 0;
  private encoded = 0;
  readonly threads: number;
  /** The versions to prepare, newest last (at most prepareVersions); re-sent to workers that start listening. */
  private recent: { readonly name: string; readonly shared: Shared }[] = [];
  private channel: BroadcastChannel | null = null;
  /** Workers of the current pool that announced their channel; after the first `threads`, a worker is a replacement. */
  private listening = 0;
  private readonly prepareVersions: number;
  /** Closed: nothing is prepared any more (a preparation scheduled before close must not start a new pool). */
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
    this.prepareVersions = Math.max(0, Math.min(options.prepareVersions ?? 0, options.workerCache ?? 4));
  }

  /** Started on first use, so CLI commands that never ask a question start no threads. */
  private piscina(): Piscina {
    if (this.pool) return this.pool;
    const prepareChannel = this.prepareVersions > 0 ? this.openChannel() : undefined;
    this.pool = new Piscina({
      filename: join(__dirname, 'worker.js'),
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: this.options.maxQueue ?? this.threads * 64,
      idleTimeout: Infinity,
      // Piscina's default ('sync') parks an idle worker in Atomics.wait, which stops its event loop: the preparation
      // channel's messages and the steps between questions would never run. 'async' waits with Atomics.waitAsync, so an
      // idle worker's loop runs (tasks still arrive through the shared counter, without a message event per task).
      // piscina warns that 'async' may cost per task; measured here it does not: 3,000 small questions (ruleCounts, 3 nodes)
      // on one worker took 293–350 µs of process CPU each with 'async', 365–421 µs with 'sync' (load average 7.6).
      atomics: prepareChannel === undefined ? 'sync' : 'async',
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb },
      workerData: { cache: this.options.workerCache ?? 4, responseSchemas: this.serializers?.schemas ?? [], prepareChannel },
      // The workers inherit the environment but not execArgv tweaks of test runners; tsx is registered by worker.js.
      execArgv: [],
    });
    // A worker that ends (a timeout, an out-of-memory stop) may have been killed by preparing one of the recent versions:
    // they are not sent again, to any worker (found in review: the next load re-sent them all, and every worker died on
    // the same version). Versions loaded from then on are prepared as before.
    if (prepareChannel !== undefined) this.pool.on('workerDestroy', () => (this.recent = []));
    return this.pool;
  }

  /**
   * The pool's preparation channel (one per piscina pool, so the pools of several apps in one process never mix). A worker
   * that starts listening gets the recent versions; only the pool's first workers do: a replacement (after a timeout or
   * an out-of-memory stop) starts cold, so a version that kills its worker while preparing is not sent again and again.
   */
  private openChannel(): string {
    this.channel?.close();
    const name = `netmodel-prepare-${process.pid}-${++channels}`;
    const channel = new BroadcastChannel(name);
    channel.unref();
    this.listening = 0;
    channel.onmessage = (event: unknown) => {
      if (channel !== this.channel) return;
      const message = (event as { data: PrepareMessage }).data;
      if (message.type === 'prepared') this.prepared++;
      else if (message.type === 'ready' && ++this.listening <= this.threads && this.recent.length > 0) this.post();
    };
    this.channel = channel;
    return name;
  }

  private post(dropped?: readonly string[]): void {
    this.channel?.postMessage({ type: 'prepare', versions: this.recent.map((r) => r.shared), ...(dropped ? { dropped } : {}) } satisfies PrepareMessage);
  }

  /**
   * A version given to `prepare` that will never be asked (it was prepared for a write that failed): out of the list, and the
   * workers drop their parse of it (≈0.3 GB each at the envelope), which would otherwise stay until their cache bound pushed
   * it out (found in review).
   */
  unprepare(topology: Topology): void {
    const entry = this.shared.get(topology);
    if (entry === undefined) return;
    this.shared.delete(topology);
    this.recent = this.recent.filter((r) => r.shared !== entry);
    this.post([entry.key]);
  }

  prepare(topology: Topology): void {
    if (this.prepareVersions === 0 || this.closed) return;
    // A baseline whose diff would be refused with default options is not worth preparing.
    if (whatIfBound(topology, [], {}, this.options.maxMatrixCells) !== null) return;
    const shared = this.share(topology);
    // One version per topology: a newer one replaces it (the topology cache dropped the older one too, and its buffer
    // should not stay alive here).
    this.recent = [...this.recent.filter((r) => r.name !== topology.name), { name: topology.name, shared }].slice(-this.prepareVersions);
    this.piscina();
    this.post();
  }

  /** The versions workers are asked to prepare, newest last, by their pool keys (for tests and diagnostics). */
  preparing(): string[] {
    return this.recent.map((r) => r.shared.key);
  }

  private share(topology: Topology): Shared {
    let entry = this.shared.get(topology);
    if (!entry) {
      // A version loaded from the database or stored by this process has its snapshot bytes (gzipped JSON, ≈12× smaller):
      // copied as they are, and each worker unzips them (≈0.15 s more per worker than plain JSON for 150,000 pods) where
      // encoding it here held the event loop 0.5–1 s per version. Anything else (a fork, a topology never stored) is
      // encoded here, once per topology object (≈60 ms for the 1,000-node load-test topology), not once per question.
      const snapshot = snapshotBytesOf(topology);
      const bytes = snapshot ?? Buffer.from(JSON.stringify(topology));
      if (snapshot === undefined) this.encoded++;
      const data = new SharedArrayBuffer(bytes.length);
      new Uint8Array(data).set(bytes);
      entry = { key: topologyKey(topology), data, length: bytes.length, gzip: snapshot !== undefined };
      this.shared.set(topology, entry);
    }
    return entry;
  }

  useResponseSchemas(schemas: readonly ResponseSchema[]): void {
    if (this.serializers?.schemas === schemas) return;
    this.serializers = new JsonSerializers(schemas);
    // The workers get the schemas at start: a pool already running is replaced (on its next use) by one that has them.
    // The old one finishes what it runs (piscina's close waits for running tasks; found in review: a job the queue
    // started before the server installed its schemas was killed by a destroy here).
    const old = this.pool;
    this.pool = null;
    this.channel?.close();
    this.channel = null;
    void old?.close();
    // A server (the caller of this method) with preparation on starts its workers now, not with the first question: the
    // first version it loads is prepared by workers that are already up, and the first question does not wait for them.
    // The recent versions go to the new pool's workers when they start listening.
    if (this.prepareVersions > 0 && !this.closed) this.piscina();
  }

  async ask<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, signal?: AbortSignal): Promise<QuestionAnswer<Q>> {
    signal?.throwIfAborted();
    checkBounds(question, topology, input, this.options);
    if (runsHere(question, topology)) {
      this.inline++;
      return answerHere(question, topology, input, this.snapshots);
    }
    const result = await this.dispatch({ question, topology: this.share(topology), input }, signal);
    return (result as { answer: unknown }).answer as QuestionAnswer<Q>;
  }

  async askJson<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, schemaId: string, signal?: AbortSignal): Promise<Uint8Array> {
    const serializers = checkSchema(this.serializers, schemaId);
    signal?.throwIfAborted();
    checkBounds(question, topology, input, this.options);
    if (runsHere(question, topology)) {
      this.inline++;
      return serializers.bytes(schemaId, answerHere(question, topology, input, this.snapshots));
    }
    const result = await this.dispatch({ question, topology: this.share(topology), input, serializeAs: schemaId }, signal);
    return (result as { json: Uint8Array }).json;
  }

  /** Hands a task to a worker; the caller has checked its bounds and that it does not run here. */
  private async dispatch(task: WorkerTask, signal: AbortSignal | undefined): Promise<WorkerResult & { ok: true }> {
    this.dispatched++;
    let result: WorkerResult;
    this.running++;
    try {
      result = (await this.piscina().run(task, { signal })) as WorkerResult;
    } catch (error) {
      throw this.failure(error, signal);
    } finally {
      this.running--;
    }
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
    return result;
  }

  private failure(error: unknown, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) {
      this.recycled++;
      return signal.reason instanceof AppError ? signal.reason : new AppError('TIMEOUT', 'the question was stopped', { retryAfterSeconds: 1 });
    }
    const code = (error as { code?: string }).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.recycled++;
      return new AppError(
        'SERVICE_UNAVAILABLE',
        `the question needed more than ${this.options.maxMemoryMb} MB (NETMODEL_WORKER_MAX_MEMORY_MB) and was stopped; only this question failed — narrow it (group the matrix by subnet or zone, ask fewer nodes)`,
      );
    }
    if (error instanceof Error && error.message === 'Task queue is at limit') {
      return new AppError('SERVICE_UNAVAILABLE', `every worker is busy and ${this.pool?.options.maxQueue} questions are waiting; retry shortly`, { retryAfterSeconds: 1 });
    }
    return error;
  }

  stats(): QuestionStats {
    return { threads: this.threads, queued: this.pool?.queueSize ?? 0, running: this.running, recycled: this.recycled, dispatched: this.dispatched, inline: this.inline, prepared: this.prepared, encoded: this.encoded };
  }

  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    this.recent = [];
    this.channel?.close();
    this.channel = null;
    await pool?.destroy();
  }
}

/** The same questions on the calling thread (the CLI, and NETMODEL_WORKERS=0): no isolation, no preemption. */
export class LocalQuestions implements QuestionRunner {
  private readonly snapshots = new WeakMap<Topology, Snapshot>();
  private serializers: JsonSerializers | null = null;
  private answered = 0;

  constructor(private readonly limits: WorkLimits) {}

  useResponseSchemas(schemas: readonly ResponseSchema[]): void {
    if (this.serializers?.schemas !== schemas) this.serializers = new JsonSerializers(schemas);
  }

  async askJson<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, schemaId: string, signal?: AbortSignal): Promise<Uint8Array> {
    const serializers = checkSchema(this.serializers, schemaId);
    return serializers.bytes(schemaId, await this.ask(question, topology, input, signal));
  }

  async ask<Q extends QuestionName>(question: Q, topology: Topology, input: QuestionInput<Q>, signal?: AbortSignal): Promise<QuestionAnswer<Q>> {
    signal?.throwIfAborted();
    checkBounds(question, topology, input, this.limits);
    this.answered++;
    return answerHere(question, topology, input, this.snapshots);
  }

  stats(): QuestionStats {
    return { threads: 0, queued: 0, running: 0, recycled: 0, dispatched: 0, inline: this.answered, prepared: 0, encoded: 0 };
  }

  /** Without workers every question is answered here, on demand: nothing to prepare ahead. */
  prepare(): void {}

  unprepare(): void {}

  async close(): Promise<void> {}
}

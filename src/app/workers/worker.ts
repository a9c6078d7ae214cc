import { BroadcastChannel, threadId, workerData } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { compileSnapshot, type Snapshot } from '../../engine/model/snapshot';
import type { Topology } from '../../engine/model/topology';
import { baselineSteps } from '../../engine/planner/prepare';
import { AppError } from '../errors';
import { QUESTIONS, type QuestionName, type WorkerSubject } from './registry';
import type { PrepareMessage, SharedTopology, WorkerTask, WorkerResult } from './protocol';
import { JsonSerializers, type ResponseSchema } from './serialize';
import { snapshotText } from '../../store/topologySnapshot';

/**
 * The worker side of the question pool (piscina loads it through worker.js). Each worker keeps the last few topologies it
 * was asked about, parsed and compiled, keyed by the sender's key for one topology version: the main thread sends the
 * serialized topology (a SharedArrayBuffer, shared, not copied) with every task, and a worker parses it only on a miss.
 */
const data = workerData as { cache?: number; responseSchemas?: ResponseSchema[]; prepareChannel?: string } | undefined;
const capacity = Math.max(1, data?.cache ?? 4);
// The REST layer's response schemas: answers asked for as JSON are serialized here, off the event loop.
const serializers = new JsonSerializers(data?.responseSchemas ?? []);
const subjects = new Map<string, WorkerSubject>();
const decoder = new TextDecoder();

function subjectOf(shared: SharedTopology): WorkerSubject {
  const { key, data, length, gzip } = shared;
  const cached = subjects.get(key);
  if (cached) {
    subjects.delete(key);
    subjects.set(key, cached);
    return cached;
  }
  // Neither TextDecoder nor zlib reads a SharedArrayBuffer view: copy the bytes once (the copy is this worker's own).
  const bytes = new Uint8Array(data, 0, length).slice();
  const topology = JSON.parse(gzip ? snapshotText(bytes) : decoder.decode(bytes)) as Topology;
  let snapshot: Snapshot | null = null;
  const subject: WorkerSubject = { topology, snapshot: () => (snapshot ??= compileSnapshot(topology)) };
  subjects.set(key, subject);
  while (subjects.size > capacity) subjects.delete(subjects.keys().next().value as string);
  return subject;
}

/**
 * A question on a version means the server holds it as current, so an older version of the same topology is done with: the
 * server's cache dropped it when this one was stored (one entry per name, topologyCache.ts), and no question will ask it
 * again but one already running. Kept, each older version of the 150,000-pod envelope held ≈0.3 GB of this worker's heap
 * until the bound pushed it out, and every major GC marked it: what-ifs on the new version took 2–3 s instead of 0.6–1.4 s
 * (issue 17). Decided by questions only, not by preparation: a version prepared during its write may never be stored (the
 * write can fail), and must not push out the stored one. A fork (what-if, scenario) keeps its base's version.
 */
function dropOlderVersions(current: Topology): void {
  for (const [key, entry] of subjects) {
    if (entry.topology.name === current.name && entry.topology.version < current.version) subjects.delete(key);
  }
}

export default function runQuestion(task: WorkerTask): WorkerResult {
  try {
    const question = QUESTIONS[task.question as QuestionName] as (subject: WorkerSubject, input: unknown) => unknown;
    if (!question) throw new Error(`no question named "${task.question}" on the worker pool`);
    const subject = subjectOf(task.topology);
    dropOlderVersions(subject.topology);
    const answer = question(subject, task.input);
    return task.serializeAs === undefined ? { ok: true, answer } : { ok: true, json: serializers.bytes(task.serializeAs, answer) };
  } catch (error) {
    // AppErrors cross the thread boundary as data; anything else is a bug, reported with its stack.
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}

/**
 * Preparation (questionPool.ts `prepare`): between questions, this worker parses a version the server just loaded, compiles
 * it and computes the baseline's side of a default what-if diff, so the first what-if on the version does only its fork's
 * part. It runs in steps (parse, compile, one diff section each) with a turn of the event loop between them, and piscina's
 * tasks arrive as messages on that loop: a question that comes meanwhile runs after the step under way, not after the
 * whole preparation. A question on the same version then finds the steps done so far (the caches are the questions' own).
 */
const queue: SharedTopology[] = [];
/** Versions prepared here that are still among the parsed ones (the subject cache bounds both). */
const prepared = new Set<string>();
let draining = false;

async function prepareVersion(shared: SharedTopology, channel: BroadcastChannel): Promise<void> {
  if (prepared.has(shared.key) && subjects.has(shared.key)) return;
  const subject = subjectOf(shared);
  // Evicted by the questions that ran in between (the cache's bound wins over preparation), or evicted and parsed again
  // by a question: preparing this copy then would keep a second parse of the version alive (found in review).
  const current = () => subjects.get(shared.key) === subject;
  await nextTurn();
  if (!current()) return;
  const snapshot = subject.snapshot();
  const sections: string[] = [];
  for (const step of baselineSteps(snapshot)) {
    await nextTurn();
    if (!current()) return;
    step.run();
    sections.push(step.section);
  }
  for (const key of prepared) if (!subjects.has(key)) prepared.delete(key);
  prepared.add(shared.key);
  channel.postMessage({ type: 'prepared', threadId, key: shared.key, sections } satisfies PrepareMessage);
}

async function drain(channel: BroadcastChannel): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      try {
        await prepareVersion(next, channel);
      } catch {
        // A version that fails to prepare fails the same way for the question that needs it, which reports it.
      }
    }
  } finally {
    draining = false;
  }
}

if (data?.prepareChannel) {
  const channel = new BroadcastChannel(data.prepareChannel);
  // The channel must not keep the thread alive: piscina decides when a worker ends.
  channel.unref();
  channel.onmessage = (event: unknown) => {
    const message = (event as { data: PrepareMessage }).data;
    if (message.type !== 'prepare') return;
    // The message is the pool's whole list of recent versions, newest last (so the newest is the most recently used one in
    // the cache): it replaces what is queued. Appending let a worker busy with a long question collect every version
    // loaded meanwhile and prepare them all afterwards, past NETMODEL_WORKER_PREPARE (found in review).
    queue.length = 0;
    queue.push(...message.versions);
    // Versions the pool took back (prepared for a write that failed: never stored, never asked): their parses go now.
    for (const key of message.dropped ?? []) {
      subjects.delete(key);
      prepared.delete(key);
    }
    void drain(channel);
  };
  channel.postMessage({ type: 'ready', threadId } satisfies PrepareMessage);
}

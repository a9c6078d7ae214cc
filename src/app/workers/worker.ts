import { workerData } from 'node:worker_threads';
import { compileSnapshot, type Snapshot } from '../../engine/model/snapshot';
import type { Topology } from '../../engine/model/topology';
import { AppError } from '../errors';
import { QUESTIONS, type QuestionName, type WorkerSubject } from './registry';
import type { WorkerTask, WorkerResult } from './protocol';
import { JsonSerializers, type ResponseSchema } from './serialize';

/**
 * The worker side of the question pool (piscina loads it through worker.js). Each worker keeps the last few topologies it
 * was asked about, parsed and compiled, keyed by the sender's key for one topology version: the main thread sends the
 * serialized topology (a SharedArrayBuffer, shared, not copied) with every task, and a worker parses it only on a miss.
 */
const data = workerData as { cache?: number; responseSchemas?: ResponseSchema[] } | undefined;
const capacity = Math.max(1, data?.cache ?? 4);
// The REST layer's response schemas: answers asked for as JSON are serialized here, off the event loop.
const serializers = new JsonSerializers(data?.responseSchemas ?? []);
const subjects = new Map<string, WorkerSubject>();
const decoder = new TextDecoder();

function subjectOf(task: WorkerTask): WorkerSubject {
  const { key, data, length } = task.topology;
  const cached = subjects.get(key);
  if (cached) {
    subjects.delete(key);
    subjects.set(key, cached);
    return cached;
  }
  // TextDecoder cannot read a SharedArrayBuffer view directly: copy the bytes once (the copy is this worker's own).
  const topology = JSON.parse(decoder.decode(new Uint8Array(data, 0, length).slice())) as Topology;
  let snapshot: Snapshot | null = null;
  const subject: WorkerSubject = { topology, snapshot: () => (snapshot ??= compileSnapshot(topology)) };
  subjects.set(key, subject);
  while (subjects.size > capacity) subjects.delete(subjects.keys().next().value as string);
  return subject;
}

export default function runQuestion(task: WorkerTask): WorkerResult {
  try {
    const question = QUESTIONS[task.question as QuestionName] as (subject: WorkerSubject, input: unknown) => unknown;
    if (!question) throw new Error(`no question named "${task.question}" on the worker pool`);
    const answer = question(subjectOf(task), task.input);
    return task.serializeAs === undefined ? { ok: true, answer } : { ok: true, json: serializers.bytes(task.serializeAs, answer) };
  } catch (error) {
    // AppErrors cross the thread boundary as data; anything else is a bug, reported with its stack.
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    throw error;
  }
}

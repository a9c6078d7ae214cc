import type { AppErrorCode, AppErrorDetails } from '../errors';

/** One question for a worker: the topology travels as JSON bytes in shared memory, parsed there once per key. */
export interface WorkerTask {
  readonly question: string;
  readonly topology: SharedTopology;
  readonly input: unknown;
  /**
   * Answer as JSON bytes serialized by this response schema (its `$id`, one of the pool's `responseSchemas`) instead of
   * the answer object: the serialization then happens on the worker, not on the event loop (answerCache.ts).
   */
  readonly serializeAs?: string;
}

export type WorkerResult =
  | { ok: true; answer: unknown }
  | { ok: true; json: Uint8Array }
  | { ok: false; error: { code: AppErrorCode; message: string; details: AppErrorDetails } };

/**
 * One topology version as the pool shares it with its workers: its JSON in shared memory, under its key (topologyKey.ts) —
 * gzipped (`gzip`: the version's snapshot bytes, store/topologySnapshot.ts) or plain.
 */
export interface SharedTopology {
  readonly key: string;
  readonly data: SharedArrayBuffer;
  readonly length: number;
  readonly gzip: boolean;
}

/**
 * Messages on the pool's preparation channel (a BroadcastChannel every worker of one pool listens on, outside piscina's
 * task queue, so preparing never holds a task slot): the event loop asks every worker to prepare the most recently
 * loaded versions; a worker says when it started listening and what it prepared.
 */
export type PrepareMessage =
  | { readonly type: 'prepare'; readonly versions: readonly SharedTopology[]; readonly dropped?: readonly string[] }
  | { readonly type: 'ready'; readonly threadId: number }
  | { readonly type: 'prepared'; readonly threadId: number; readonly key: string; readonly sections: readonly string[] };

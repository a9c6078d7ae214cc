import type { AppErrorCode, AppErrorDetails } from '../errors';

/** One question for a worker: the topology travels as JSON bytes in shared memory, parsed there once per key. */
export interface WorkerTask {
  readonly question: string;
  readonly topology: { readonly key: string; readonly data: SharedArrayBuffer; readonly length: number };
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

import type { AppErrorCode, AppErrorDetails } from '../errors';

/** One question for a worker: the topology travels as JSON bytes in shared memory, parsed there once per key. */
export interface WorkerTask {
  readonly question: string;
  readonly topology: { readonly key: string; readonly data: SharedArrayBuffer; readonly length: number };
  readonly input: unknown;
}

export type WorkerResult = { ok: true; answer: unknown } | { ok: false; error: { code: AppErrorCode; message: string; details: AppErrorDetails } };

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../app/errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's work: aborted at the request timeout (reads only) or when the client goes away. */
    work: Work;
  }
}

export interface Work {
  /** Handed to every question on the worker pool: aborting it stops the question (its worker is recycled). */
  readonly signal: AbortSignal;
  /** A write: never stopped, never answered as failed once done. Set before the handler for REST, by the executed operation for GraphQL. */
  readonly write: boolean;
  markWrite(): void;
}

// Read-only POSTs: questions like GETs. Every other non-GET under /api is a write.
const READ_ONLY_POSTS = /^\/api\/v1\/(validate|infer|plan|topologies\/[^/]+\/(overhead|what-if)|scenarios\/[^/]+\/diff)(\?|$)/;

function isRestWrite(request: FastifyRequest): boolean {
  if (!request.url.startsWith('/api/')) return false;
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  return !(request.method === 'POST' && READ_ONLY_POSTS.test(request.url));
}

export function timeoutError(limitMs: number, elapsedMs?: number): AppError {
  const took = elapsedMs === undefined ? '' : `the answer took ${Math.round(elapsedMs)} ms, `;
  return new AppError(
    'TIMEOUT',
    `${took}the question was stopped at the ${limitMs} ms limit (NETMODEL_REQUEST_TIMEOUT_MS); narrow the question (e.g. group the matrix by subnet or zone) or retry`,
    { retryAfterSeconds: 1 },
  );
}

/**
 * The request timeout, enforced: at `limitMs` a read's AbortSignal fires, which ends its question on the worker pool (the
 * worker is terminated and replaced) and answers 503 TIMEOUT with Retry-After. A read that finished late on the event loop
 * (a slow database, say) is answered the same way. Writes are never stopped or relabeled: once stored, a write says so.
 */
export function installTimeout(server: FastifyInstance, limitMs: number): void {
  server.decorateRequest('work', null as unknown as Work);
  server.addHook('onRequest', async (request, reply) => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | null = null;
    const work = {
      signal: controller.signal,
      write: false,
      markWrite() {
        work.write = true;
        if (timer) clearTimeout(timer);
      },
    };
    request.work = work;
    if (limitMs > 0) {
      timer = setTimeout(() => {
        if (!work.write) controller.abort(timeoutError(limitMs));
      }, limitMs);
      timer.unref();
    }
    // The client went away before the answer: stop the question, nobody will read it.
    reply.raw.once('close', () => {
      if (timer) clearTimeout(timer);
      if (!reply.raw.writableFinished && !work.write) controller.abort(new AppError('SERVICE_UNAVAILABLE', 'the client closed the connection'));
    });
  });
  server.addHook('preHandler', async (request) => {
    if (isRestWrite(request)) request.work.markWrite();
  });
  if (limitMs <= 0) return;
  server.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400 || reply.elapsedTime <= limitMs || request.work?.write !== false || !isRead(request)) return payload;
    const error = timeoutError(limitMs, reply.elapsedTime);
    reply.code(503).header('retry-after', String(error.details.retryAfterSeconds));
    // A GraphQL client reads errors[].extensions.code, as when the timeout stops the question itself; a question that
    // finished just past the limit (a race with the abort) must be answered in the same shape.
    if (request.url.startsWith('/graphql')) {
      reply.type('application/json; charset=utf-8');
      return JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'TIMEOUT', ...error.details } }] });
    }
    reply.type('application/problem+json');
    return JSON.stringify({ type: 'urn:k8s-netmodel:problem:timeout', title: 'Timed out', status: 503, code: 'TIMEOUT', detail: error.message });
  });
}

/** Requests whose late answers are replaced: GraphQL operations that were not writes, and reads under /api. */
function isRead(request: FastifyRequest): boolean {
  return request.url.startsWith('/graphql') || request.url.startsWith('/api/');
}

import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { App } from '../app/app';
import { AppError } from '../app/errors';
import { rateLimitKey } from './rest/auth';

/** Open mode (no token) answers only loopback Host names: a page that rebinds its DNS name to 127.0.0.1 gets nothing (DNS rebinding). */
export function installLoopbackOnlyOpenMode(server: FastifyInstance): void {
  server.addHook('onRequest', async (request) => {
    if (request.principal?.kind !== 'anonymous') return;
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (!(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host))) {
      throw new AppError('FORBIDDEN', `open mode answers only requests addressed to this machine (localhost, 127.0.0.1, [::1]), not "${request.headers.host}"; create a token to serve other names`);
    }
  });
}

/**
 * A web page can send a "simple" cross-origin POST (text/plain, no preflight) to 127.0.0.1: writes whose Origin is not
 * this server, nor one of the origins NETMODEL_CORS_ORIGINS allows, are refused, so open mode on loopback cannot be
 * driven by a visited site (CSRF).
 */
export function installSameOriginWrites(server: FastifyInstance, allowedOrigins: readonly string[] = []): void {
  server.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin === undefined || !/^\/api\//.test(request.url) || allowedOrigins.includes(origin)) return;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost !== request.headers.host) {
      throw new AppError('FORBIDDEN', `cross-origin write refused: Origin ${origin} is not this server (${request.headers.host})`);
    }
  });
}

/**
 * Per-token rate limit (per client address without a token); 429 with Retry-After. Health, metrics and docs are exempt.
 * Counted per replica (docs/DEPLOYMENT.md): behind N replicas a token gets up to N × the limit.
 */
export async function installRateLimit(server: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  await server.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
    allowList: (request) => /^\/(healthz|readyz|metrics|docs|graphiql)/.test(request.url),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `rate limit of ${context.max} requests per minute exceeded; retry in ${Math.ceil(context.ttl / 1000)} s`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
}

/** Until migrations are applied (the database may come up after the server), requests that need it get a clear 503. */
export function installReadinessGate(server: FastifyInstance, app: App): void {
  server.addHook('onRequest', async (request) => {
    if (app.readiness.ready || !/^\/(api\/|graphql)/.test(request.url)) return;
    throw new AppError('SERVICE_UNAVAILABLE', `the database is not ready: ${app.readiness.lastError ?? 'starting'}; retrying in the background`);
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../app/app';
import type { Principal } from '../../app/auth';
import type { ScopedTopologies } from '../../app/scopedTopologies';

declare module 'fastify' {
  interface FastifyRequest {
    /** The topology use cases as the caller's token allows (set by the auth hook of /api/v1). */
    topologies: ScopedTopologies;
    /** Who is calling, resolved once per request before the rate limit (null when authentication failed: see authError). */
    principal: Principal | null;
    authError: unknown;
  }
}

/**
 * Resolves the caller of every /api and /graphql request first, without failing yet: the rate limit then keys on the
 * authenticated token (or the client address), so refused requests are counted too and a made-up Authorization header
 * buys no fresh budget. The failure itself is raised after the rate limit (raiseAuthError).
 */
export function installAuthResolution(server: FastifyInstance, app: App): void {
  server.decorateRequest('principal', null);
  server.decorateRequest('authError', null);
  server.addHook('onRequest', async (request) => {
    if (!/^\/(api\/|graphql)/.test(request.url)) return;
    try {
      request.principal = await app.auth.authenticate(request.headers.authorization);
    } catch (error) {
      request.authError = error;
    }
  });
}

export function rateLimitKey(request: FastifyRequest): string {
  return request.principal?.tokenId ? `token:${request.principal.tokenId}` : `ip:${request.ip}`;
}

/** Raises the stored authentication failure, or gives the principal. */
export function principalOf(request: FastifyRequest): Principal {
  // Rethrows exactly what authenticate() threw (an AppError, or a store failure the error handler maps).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (request.authError) throw request.authError;
  if (!request.principal) throw new Error('invariant: auth resolution did not run for this route');
  return request.principal;
}

/** /api/v1: the auth failure is raised in preParsing — after the rate limit (onRequest), before the body is read. */
export function installAuth(api: FastifyInstance, app: App): void {
  api.decorateRequest('topologies', null as unknown as ScopedTopologies);
  api.addHook('preParsing', async (request: FastifyRequest) => {
    request.topologies = app.forPrincipal(principalOf(request));
  });
}

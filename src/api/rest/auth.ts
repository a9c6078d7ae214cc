import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../app/app';
import type { ScopedTopologies } from '../../app/scopedTopologies';

declare module 'fastify' {
  interface FastifyRequest {
    /** The topology use cases as the caller's token allows (set by the auth hook of /api/v1). */
    topologies: ScopedTopologies;
  }
}

/** Authenticates every /api/v1 request (Authorization: Bearer …) before its body is read. */
export function installAuth(api: FastifyInstance, app: App): void {
  api.decorateRequest('topologies', null as unknown as ScopedTopologies);
  api.addHook('onRequest', async (request: FastifyRequest) => {
    const principal = await app.auth.authenticate(request.headers.authorization);
    request.topologies = app.forPrincipal(principal);
  });
}

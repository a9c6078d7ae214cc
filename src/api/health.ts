import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app';
import { sendProblem } from './rest/problem';

import { VERSION } from '../app/version';

export { VERSION };

/**
 * /healthz (the process is up), /readyz (the database answers) and the index at /. None of them touches the worker pool,
 * so they answer while questions run.
 */
export function registerHealth(server: FastifyInstance, app: App): void {
  server.get('/healthz', { schema: { summary: 'The process is up', tags: ['health'] } }, async () => ({ status: 'ok' }));
  server.get('/readyz', { schema: { summary: 'The database answers', tags: ['health'] } }, async (_request, reply) => {
    try {
      if (!app.readiness.ready) throw new Error(app.readiness.lastError ?? 'migrations not applied yet');
      await app.db.ping();
      return { status: 'ready', database: app.db.kind };
    } catch (error) {
      return sendProblem(reply, {
        type: 'urn:k8s-netmodel:problem:service-unavailable',
        title: 'Service unavailable',
        status: 503,
        detail: `the database is unreachable: ${error instanceof Error ? error.message : String(error)}`,
        code: 'SERVICE_UNAVAILABLE',
      });
    }
  });
  server.get('/', { schema: { hide: true } }, async () => ({
    name: 'k8s-netmodel',
    version: VERSION,
    graphql: '/graphql',
    graphiql: '/graphiql',
    rest: '/api/v1',
    openapi: '/api/v1/openapi.json',
    docs: '/docs',
  }));
}

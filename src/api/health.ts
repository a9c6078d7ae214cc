import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app';
import { sendProblem } from './rest/problem';
import { ref } from './rest/schemas';

import { VERSION } from '../app/version';

export { VERSION };

/**
 * /healthz (the process is up), /readyz (the database answers) and the index at /. None of them touches the worker pool,
 * so they answer while questions run.
 */
export function registerHealth(server: FastifyInstance, app: App): void {
  // Public: probes carry no token (`security: []` says so in the OpenAPI document).
  const status = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties });
  server.get('/healthz', {
    schema: { operationId: 'healthz', summary: 'The process is up', tags: ['health'], security: [], response: { 200: status({ status: { type: 'string', enum: ['ok'] } }) } },
  }, async () => ({ status: 'ok' }));
  server.get('/readyz', {
    schema: {
      operationId: 'readyz',
      summary: 'The database answers',
      tags: ['health'],
      security: [],
      response: {
        200: status({ status: { type: 'string', enum: ['ready'] }, database: { type: 'string', description: 'embedded or postgres' } }),
        503: { description: 'the database is not reachable or not migrated yet', content: { 'application/problem+json': { schema: ref('Problem') } } },
      },
    },
  }, async (_request, reply) => {
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

import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { VERSION } from './health';

/** The OpenAPI document generated from the route schemas, at /api/v1/openapi.json, and Swagger UI at /docs. */
export async function registerOpenApi(server: FastifyInstance): Promise<void> {
  await server.register(swagger, {
    openapi: {
      // 3.1: schemas are JSON Schema 2020-12, so the generated answer schemas (nullable types, const) publish unchanged.
      openapi: '3.1.0',
      info: {
        title: 'k8s-netmodel REST API',
        version: VERSION,
        description:
          'Stored Kubernetes network topologies and the questions asked of them. Errors are application/problem+json (RFC 9457). ' +
          'Lists take `limit` and an opaque `cursor` and answer `next` (also a Link header). With no token created the server is open on loopback; ' +
          'once one exists (or NETMODEL_AUTH=required) every operation but the health probes needs `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'a token from `netmodel token create --scope read|write|admin`' },
        },
      },
      security: [{ bearer: [] }],
      servers: [{ url: '/' }],
      tags: [
        { name: 'topologies', description: 'Import, read, replace, delete and export topologies' },
        { name: 'questions', description: 'Trace, reachability, conflicts, encapsulation overhead' },
        { name: 'capacity', description: 'Address headroom, forecasts, free CIDRs, plans, max pods' },
        { name: 'services', description: 'DNS answers and resolution, kube-proxy rules and rule counts' },
        { name: 'scenarios', description: 'What-if scenarios: fork, typed operations, diff, promote, rebase' },
        { name: 'jobs', description: 'Heavy questions (what-if and scenario diffs, matrices, connectivity) as durable jobs: submit, poll or wait, cancel' },
        { name: 'health' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await server.register(swaggerUi, { routePrefix: '/docs', uiConfig: { url: '/api/v1/openapi.json' } });
  server.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => server.swagger());
}

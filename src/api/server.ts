import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import type { App } from '../app/app';
import { errorHandler, sendProblem } from './rest/problem';
import { topologyRoutes } from './rest/routes/topologies';
import { ALL_SCHEMAS } from './rest/schemas';
import { questionRoutes } from './rest/routes/questions';
import { installAuth, installAuthResolution } from './rest/auth';
import { installMetrics } from './metrics';
import { capacityRoutes } from './rest/routes/capacity';
import { serviceRoutes } from './rest/routes/services';
import { scenarioRoutes } from './rest/routes/scenarios';
import { installTimeout } from './timeout';
import { installAsk } from './ask';
import { installAnswer } from './answer';
import { installLoopbackOnlyOpenMode, installRateLimit, installReadinessGate, installSameOriginWrites } from './guards';
import { registerOpenApi } from './openapi';
import { registerHealth } from './health';
import { registerGraphql } from './graphqlRoute';
import { diagramRoutes } from './rest/routes/diagrams';
import { uiPlugin } from './ui/plugin';
import { inferRoutes } from './rest/routes/infer';
import { jobRoutes } from './rest/routes/jobs';

export interface ServerOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /**
   * Sees every answer before the response schema serializes it (a preSerialization hook): the contract tests compare
   * what a handler returned with what was served and with the OpenAPI document, so no field is dropped unnoticed.
   */
  observeAnswers?: (request: FastifyRequest, statusCode: number, payload: unknown) => void;
}

/**
 * One fastify instance serving GraphQL, GraphiQL, REST + OpenAPI, docs and health. Listening is the caller's job.
 * Hooks run in the order installed: auth resolution, timeout, guards, rate limit, readiness; then the routes.
 */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = createFastify(app, options);
  for (const schema of ALL_SCHEMAS) server.addSchema(schema);
  // The same schemas serialize answers on the worker threads (request.answer), so those bytes are fastify's bytes.
  app.questions.useResponseSchemas(ALL_SCHEMAS);
  const observe = options.observeAnswers;
  if (observe) {
    server.addHook('preSerialization', async (request, reply, payload) => {
      observe(request, reply.statusCode, payload);
      return payload;
    });
  }
  // First, so a preflight is answered before auth and the guards, and error answers to allowed origins carry the headers.
  if (app.config.corsOrigins.length > 0) await server.register(cors, corsOptions(app.config.corsOrigins));
  installMetrics(server, app);
  installAuthResolution(server, app);
  installTimeout(server, app.config.requestTimeoutMs);
  installAsk(server, app);
  installAnswer(server, app, observe);
  server.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  installLoopbackOnlyOpenMode(server);
  installSameOriginWrites(server, app.config.corsOrigins);
  await installRateLimit(server, app.config.rateLimitPerMinute);
  installReadinessGate(server, app);

  await registerOpenApi(server);
  registerHealth(server, app);
  await registerGraphql(server, app);

  await server.register(uiPlugin);
  await server.register(
    async (api) => {
      installAuth(api, app);
      await api.register(diagramRoutes); // first: it adds ?format=svg|dot to the question routes registered after it
      await api.register(topologyRoutes, { app });
      await api.register(questionRoutes);
      await api.register(capacityRoutes);
      await api.register(serviceRoutes);
      await api.register(scenarioRoutes, { app });
      await api.register(inferRoutes, { app });
      await api.register(jobRoutes, { app });
    },
    { prefix: '/api/v1' },
  );
  return server;
}

/**
 * CORS for the configured origins only (@fastify/cors): other origins get no Access-Control-* headers, so browsers keep
 * the answers from them. Bearer tokens, not cookies, so no credentials mode.
 */
function corsOptions(origins: readonly string[]) {
  return {
    origin: [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Link', 'Retry-After', 'X-Request-Id', 'WWW-Authenticate'],
    maxAge: 600,
  };
}

function createFastify(app: App, options: ServerOptions): FastifyInstance {
  const server = Fastify({
    logger: options.logger ?? { level: app.config.logLevel },
    // GraphQL carries whole documents in importTopology; REST sets its own limit per route.
    bodyLimit: app.config.maxDocumentBytes + 64 * 1024,
    genReqId: () => crypto.randomUUID(),
    // A caller's own request id (a portal's trace id) is kept in the logs; either way the id is returned in X-Request-Id.
    requestIdHeader: 'x-request-id',
    // Node's requestTimeout bounds receiving a request (408); answering is bounded by timeout.ts.
    requestTimeout: app.config.requestTimeoutMs,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  });
  server.setErrorHandler(errorHandler);
  server.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'urn:k8s-netmodel:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: `no route ${request.method} ${request.url.split('?')[0]}`,
      code: 'NOT_FOUND',
    }),
  );
  return server;
}

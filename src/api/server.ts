import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { fastifyApolloHandler, fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import type { App } from '../app/app';
import { AppError, HTTP_STATUS, toAppError } from '../app/errors';
import { createApollo } from './graphql/apollo';
import { documentLimitProblem } from './graphql/tokenLimit';
import type { GraphQLContext } from './graphql/context';
import { errorHandler, sendProblem } from './rest/problem';
import { topologyRoutes } from './rest/routes/topologies';
import { ALL_SCHEMAS } from './rest/schemas';
import { QUESTION_SCHEMAS } from './rest/questionSchemas';
import { questionRoutes } from './rest/routes/questions';
import { installAuth, installAuthResolution, principalOf, rateLimitKey } from './rest/auth';
import rateLimit from '@fastify/rate-limit';
import { installMetrics } from './metrics';
import { capacityRoutes } from './rest/routes/capacity';
import { serviceRoutes } from './rest/routes/services';
import { scenarioRoutes } from './rest/routes/scenarios';

export interface ServerOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
}

const VERSION = '0.1.0';

/** One fastify instance serving GraphQL, GraphiQL, REST + OpenAPI, docs and health. Listening is the caller's job. */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({
    logger: options.logger ?? { level: app.config.logLevel },
    // GraphQL carries whole documents in importTopology; REST sets its own limit per route.
    bodyLimit: app.config.maxDocumentBytes + 64 * 1024,
    genReqId: () => crypto.randomUUID(),
    // A caller's own request id (a portal's trace id) is kept in the logs; either way the id is returned in X-Request-Id.
    requestIdHeader: 'x-request-id',
    // Node's requestTimeout bounds receiving a request (408); answering is bounded by the onSend hook below.
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

  for (const schema of [...ALL_SCHEMAS, ...QUESTION_SCHEMAS]) server.addSchema(schema);
  installMetrics(server, app);

  installAuthResolution(server, app);

  // The engine is synchronous, so a question cannot be stopped halfway; an answer that took longer than the limit is
  // replaced by a clear 503 TIMEOUT (the caller learns to narrow the question) instead of arriving late.
  if (app.config.requestTimeoutMs > 0) {
    server.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode >= 400 || reply.elapsedTime <= app.config.requestTimeoutMs || !isQuestion(request)) return payload;
      const limit = app.config.requestTimeoutMs;
      reply.code(503).type('application/problem+json');
      return JSON.stringify({
        type: 'urn:k8s-netmodel:problem:timeout',
        title: 'Timed out',
        status: 503,
        code: 'TIMEOUT',
        detail: `the answer took ${Math.round(reply.elapsedTime)} ms, past the ${limit} ms limit (NETMODEL_REQUEST_TIMEOUT_MS); narrow the question (e.g. group the matrix by subnet or zone)`,
      });
    });
  }

  server.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  // Open mode (no token) answers only requests addressed to this machine by a loopback name: a web page that rebinds its own
  // DNS name to 127.0.0.1 would otherwise read answers from the user's browser (DNS rebinding).
  server.addHook('onRequest', async (request) => {
    if (request.principal?.kind !== 'anonymous') return;
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (!(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host))) {
      throw new AppError('FORBIDDEN', `open mode answers only requests addressed to this machine (localhost, 127.0.0.1, [::1]), not "${request.headers.host}"; create a token to serve other names`);
    }
  });

  // A web page in the user's browser can send a "simple" cross-origin POST (text/plain, no preflight) to 127.0.0.1: writes
  // whose Origin is not this server are refused, so open mode on loopback cannot be driven by a visited site (CSRF).
  server.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin === undefined || !/^\/api\//.test(request.url)) return;
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

  // Per-token rate limit (per client address without a token); 429 with Retry-After. Health, metrics and docs are exempt.
  if (app.config.rateLimitPerMinute > 0) {
    await server.register(rateLimit, {
      max: app.config.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: rateLimitKey,
      allowList: (request) => /^\/(healthz|readyz|metrics|docs|graphiql)/.test(request.url),
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `rate limit of ${context.max} requests per minute exceeded; retry in ${Math.ceil(context.ttl / 1000)} s`, {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        }),
    });
  }

  // Until migrations are applied (the database may come up after the server), requests that need it get a clear 503.
  server.addHook('onRequest', async (request) => {
    if (app.readiness.ready || !/^\/(api\/|graphql)/.test(request.url)) return;
    throw new AppError('SERVICE_UNAVAILABLE', `the database is not ready: ${app.readiness.lastError ?? 'starting'}; retrying in the background`);
  });

  await server.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'k8s-netmodel REST API',
        version: VERSION,
        description: 'Stored Kubernetes network topologies and the questions asked of them. Errors are application/problem+json.',
      },
      servers: [{ url: '/' }],
      tags: [
        { name: 'topologies', description: 'Import, read, replace, delete and export topologies' },
        { name: 'questions', description: 'Trace, reachability, conflicts, encapsulation overhead' },
        { name: 'capacity', description: 'Address headroom, forecasts, free CIDRs, plans, max pods' },
        { name: 'services', description: 'DNS answers and resolution, kube-proxy rules and rule counts' },
        { name: 'scenarios', description: 'What-if scenarios: fork, typed operations, diff, promote, rebase' },
        { name: 'health' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await server.register(swaggerUi, { routePrefix: '/docs', uiConfig: { url: '/api/v1/openapi.json' } });

  server.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => server.swagger());

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

  const apollo = createApollo({
    limits: app.config.graphql,
    logError: (error) => server.log.error({ err: error }, 'graphql resolver failed'),
    plugins: [fastifyApolloDrainPlugin(server)],
  });
  await apollo.start();
  const graphqlHandler = fastifyApolloHandler<GraphQLContext>(apollo, {
    context: async (request) => {
      try {
        const principal = principalOf(request);
        return { app, topologies: app.forPrincipal(principal), scenarios: app.scenarios(principal) };
      } catch (error) {
        throw contextError(error);
      }
    },
  });
  server.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    schema: { hide: true },
    preHandler: async (request, reply) => {
      const query = (request.body as { query?: unknown } | undefined)?.query ?? (request.query as { query?: unknown } | undefined)?.query;
      const problem = typeof query === 'string' ? documentLimitProblem(query, app.config.graphql) : null;
      if (problem !== null) {
        const body = { errors: [{ message: problem, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
        return reply.status(400).type('application/json').send(JSON.stringify(body));
      }
    },
    handler: graphqlHandler,
  });

  const graphiql = renderGraphiQL({ endpoint: '/graphql', title: 'k8s-netmodel GraphiQL', defaultQuery: DEFAULT_QUERY });
  server.get('/graphiql', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(graphiql));

  server.get('/', { schema: { hide: true } }, async () => ({
    name: 'k8s-netmodel',
    version: VERSION,
    graphql: '/graphql',
    graphiql: '/graphiql',
    rest: '/api/v1',
    openapi: '/api/v1/openapi.json',
    docs: '/docs',
  }));

  await server.register(
    async (api) => {
      installAuth(api, app);
      await api.register(topologyRoutes, { app });
      await api.register(questionRoutes);
      await api.register(capacityRoutes);
      await api.register(serviceRoutes);
      await api.register(scenarioRoutes, { app });
    },
    { prefix: '/api/v1' },
  );
  return server;
}

// Read-only POSTs: their answers may be replaced by TIMEOUT. A write that took long has happened and must say so.
const READ_ONLY_POSTS = /^\/api\/v1\/(validate|plan|topologies\/[^/]+\/(overhead|what-if)|scenarios\/[^/]+\/diff)(\?|$)/;

/** A question (reads only): GETs under /api, read-only POSTs, and GraphQL operations that are not mutations. */
function isQuestion(request: FastifyRequest): boolean {
  if (request.url.startsWith('/graphql')) {
    const query = (request.body as { query?: unknown } | undefined)?.query;
    return typeof query === 'string' && !/^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, ''));
  }
  if (!request.url.startsWith('/api/')) return false;
  return request.method === 'GET' || (request.method === 'POST' && READ_ONLY_POSTS.test(request.url));
}

/** Apollo answers a failing context function with 500 unless the error carries its HTTP status. */
function contextError(raw: unknown): unknown {
  const error = toAppError(raw);
  if (!(error instanceof AppError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status: HTTP_STATUS[error.code] } } });
}

const DEFAULT_QUERY = `# k8s-netmodel — try: list the stored topologies, then open one.
query Topologies {
  topologies { name description version nodeCount podCount serviceCount }
}

query OneTopology {
  topology(name: "kubeadm-calico") {
    name version podCIDRs serviceCIDRs
    cni { plugin overlay crossSubnet }
    nodes { name internalIPs subnet podCIDRs pods { namespace name ips } }
    services { namespace name type clusterIPs ports { name port targetPort } }
  }
}
`;

import type { FastifyInstance } from 'fastify';
import type { ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler, fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { App } from '../app/app';
import { AppError, HTTP_STATUS, toAppError } from '../app/errors';
import { createApollo } from './graphql/apollo';
import type { GraphQLContext } from './graphql/context';
import { documentLimitProblem } from './graphql/tokenLimit';
import { principalOf } from './rest/auth';

/**
 * Classifies the request by the operation GraphQL will execute (operationName picks one of several in the document), so
 * a mutation is a write for the request timeout whatever comes first in the text; and answers 503 with Retry-After when
 * a question was stopped at the timeout.
 */
const requestKind: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation && operation.operation !== OperationTypeNode.QUERY) contextValue.markWrite();
      },
      async willSendResponse({ response, errors }) {
        const timeout = errors?.map((e) => toAppError(e.originalError)).find((e) => e instanceof AppError && e.code === 'TIMEOUT') as AppError | undefined;
        if (!timeout) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(timeout.details.retryAfterSeconds ?? 1));
      },
    };
  },
};

/** Apollo Server at /graphql (after the token limit) and the self-contained GraphiQL page at /graphiql. */
export async function registerGraphql(server: FastifyInstance, app: App): Promise<void> {
  const apollo = createApollo({
    limits: app.config.graphql,
    logError: (error) => server.log.error({ err: error }, 'graphql resolver failed'),
    plugins: [fastifyApolloDrainPlugin(server), requestKind],
  });
  await apollo.start();
  const graphqlHandler = fastifyApolloHandler<GraphQLContext>(apollo, {
    context: async (request) => {
      try {
        const principal = principalOf(request);
        return {
          app,
          topologies: app.forPrincipal(principal),
          scenarios: app.scenarios(principal),
          signal: request.work.signal,
          markWrite: () => request.work.markWrite(),
        };
      } catch (error) {
        throw contextError(error);
      }
    },
  });
  // The limits are a pure function of the document's text, and clients repeat the same few documents (with variables):
  // lexing and parsing each one again was 6% of a trace request's CPU on the event loop (issue 17). Keyed by the text, so a
  // refused document is refused again without recounting; the entry count and the length of a cached text are bounded.
  const limitProblems = new LRUCache<string, { problem: string | null }>({ max: 1000 });
  const limitProblem = (query: string) => {
    if (query.length > MAX_CACHED_DOCUMENT) return documentLimitProblem(query, app.config.graphql);
    let entry = limitProblems.get(query);
    if (entry === undefined) limitProblems.set(query, (entry = { problem: documentLimitProblem(query, app.config.graphql) }));
    return entry.problem;
  };
  server.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    schema: { hide: true },
    preHandler: async (request, reply) => {
      const query = (request.body as { query?: unknown } | undefined)?.query ?? (request.query as { query?: unknown } | undefined)?.query;
      // Counted before Apollo parses: validation of a document with hundreds of repeated fields costs seconds of CPU.
      const problem = typeof query === 'string' ? limitProblem(query) : null;
      if (problem !== null) {
        const body = { errors: [{ message: problem, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
        return reply.status(400).type('application/json').send(JSON.stringify(body));
      }
    },
    handler: graphqlHandler,
  });

  const graphiql = renderGraphiQL({ endpoint: '/graphql', title: 'k8s-netmodel GraphiQL', defaultQuery: DEFAULT_QUERY });
  server.get('/graphiql', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(graphiql));
}

/** Longer documents are checked every time (and not kept): 1,000 cached texts stay under ~16 MB. */
const MAX_CACHED_DOCUMENT = 16 * 1024;

/** Apollo answers a failing context function with 500 unless the error carries its HTTP status. */
function contextError(raw: unknown): unknown {
  const error = toAppError(raw);
  if (!(error instanceof AppError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status: HTTP_STATUS[error.code] } } });
}

export const DEFAULT_QUERY = `# k8s-netmodel — try: list the stored topologies, then open one.
query Topologies {
  topologies { name description version nodeCount podCount serviceCount }
}

query OneTopology {
  topology(name: "kubeadm-calico") {
    name version podCIDRs serviceCIDRs
    cni { plugin overlay crossSubnet }
    nodes { name internalIPs subnet { name cidr } podCIDRs pods { namespace name ips } }
    services(first: 20) { totalCount edges { node { namespace name type clusterIPs ports { name port targetPort } } } }
  }
}
`;

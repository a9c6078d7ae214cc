import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, toAppError } from '../../app/errors';
import type { GraphQLContext } from './context';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../../app/config';
import { resolvers } from './resolvers';
import { diagramResolvers } from './diagramResolvers';
import { enumResolvers } from './enums';
import { jitGateway, type ExecutorCounts } from './executor';
import { variablePageCostPlugin } from './variableCost';

export const SCHEMA_PATH = join(__dirname, '..', '..', '..', 'schema.graphql');

export interface ApolloOptions {
  readonly limits: AppConfig['graphql'];
  /** Where to report errors that are bugs (not AppErrors), once each. */
  logError: (error: unknown) => void;
  /** Extra Apollo plugins (the fastify drain plugin). */
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  /** Who executes queries: graphql-jit (the default, executor.ts) or graphql-js alone (the parity test's reference). */
  executor?: 'graphql-jit' | 'graphql-js';
  /** Counted per operation with graphql-jit: which executor ran it (for tests). */
  executorCounts?: ExecutorCounts;
}

/** The executable schema: schema.graphql with every resolver. */
export function createSchema() {
  return makeExecutableSchema<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    // enumResolvers: each enum's GraphQL names → the engine's strings (arguments arrive, answers leave, as engine strings).
    resolvers: [resolvers, diagramResolvers, enumResolvers],
  });
}

export function createApollo(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const schema = createSchema();
  // graphql-armor: depth, estimated cost, aliases and directives are capped before execution; field suggestions
  // ("did you mean …") are blocked when introspection is off, so they cannot stand in for it.
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxDepth },
    costLimit: { maxCost: options.limits.maxCost },
    maxAliases: { n: options.limits.maxAliases },
    maxDirectives: { n: 50 },
    // The token limit is enforced before Apollo (tokenLimit.ts): armor's version throws from a parsing hook, which Apollo
    // turns into a 500 even for a plain syntax error.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !options.limits.introspection },
  }).protect();
  return new ApolloServer<GraphQLContext>({
    // The schema, executed by graphql-jit for queries (executor.ts): Apollo takes another executor only as a gateway.
    ...(options.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema, options.executorCounts) }),
    introspection: options.limits.introspection,
    // Batched operations (an array of operations in one request) stay off: Apollo's default, stated here on purpose.
    allowBatchedHttpRequests: false,
    validationRules: [...armor.validationRules],
    // The default landing page loads from a CDN and is blank offline; GraphiQL is served at /graphiql instead.
    // Cache control is off: no answer carries cache hints (nothing sets @cacheControl), yet the default plugin wraps every
    // resolver (willResolveField: 14% of a trace's CPU, issue 17).
    // armor's cost estimate reads only literal page sizes; variablePageCostPlugin applies it to `first: $n` too.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      variablePageCostPlugin(options.limits.maxCost),
      ...(options.plugins ?? []),
    ],
    // Compact JSON: Apollo pretty-prints by default (7% of a trace's CPU, and ~40% more bytes).
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: false,
    // `netmodel serve` handles SIGTERM/SIGINT itself (src/cli/commands/serve.ts); Apollo's handlers would re-raise the
    // signal after stopping and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, toAppError(unwrapResolverError(error)), options.logError),
  });
}

function formatError(formatted: GraphQLFormattedError, error: unknown, logError: (error: unknown) => void): GraphQLFormattedError {
  if (error instanceof AppError) {
    return {
      message: error.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: error.code, ...error.details },
    };
  }
  const code = formatted.extensions?.code;
  // Apollo's own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT for variables…) are the caller's fault
  // and already say what is wrong; anything else escaped a resolver and is a bug.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logError(error);
  return { message: 'internal error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

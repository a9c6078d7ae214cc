import type { ApolloServerOptions } from '@apollo/server';
import {
  BREAK,
  execute,
  getOperationAST,
  GraphQLError,
  visit,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './context';

type Gateway = NonNullable<ApolloServerOptions<GraphQLContext>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Queries executed by graphql-jit (each document compiled once), everything else by graphql-js as before.
 *
 * Why: a trace answer has ~40 fields per hop, and graphql-js's generic execution of them cost more on the event loop than the
 * engine's trace itself (issue 17). graphql-jit compiles a document into one function per operation: on the trace shapes it
 * measured 1.3–1.8× faster than graphql-js in-process (bench/service.bench.ts). Apollo Server 5 accepts another executor only
 * through its gateway interface (load → executor, onSchemaLoadOrUpdate, stop): that is all this is, with a fixed schema.
 *
 * What stays on graphql-js, so answers and errors are exactly as before:
 * - mutations (graphql-js runs their fields one after another, which the writes rely on) and subscriptions;
 * - introspection (`__schema`, `__type`), answered rarely and by graphql-js's own resolvers;
 * - a request whose variables do not coerce: graphql-js words that error and Apollo maps it to BAD_USER_INPUT by its wording;
 * - a document graphql-jit cannot compile.
 * Compiled queries are kept per DocumentNode: Apollo hands the executor the document from its own bounded document cache (the
 * same object for the same query text), so a WeakMap is bounded by that cache and needs no second eviction policy.
 */
export interface ExecutorCounts {
  /** Operations graphql-jit executed. */
  jit: number;
  /** Operations left to graphql-js. */
  graphqlJs: number;
}

export function jitGateway(schema: GraphQLSchema, counts: ExecutorCounts = { jit: 0, graphqlJs: 0 }): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let perDocument = compiled.get(document);
    if (perDocument === undefined) compiled.set(document, (perDocument = new Map<string, CompiledQuery | null>()));
    const key = operationName ?? '';
    let query = perDocument.get(key);
    if (query === undefined) {
      const result = jitCompilable(document) ? compileQuery(schema, document, operationName) : null;
      query = result !== null && isCompiledQuery(result) ? result : null;
      perDocument.set(key, query);
    }
    return query;
  };

  const executor: Executor = async (requestContext) => {
    const { document, request, context } = requestContext;
    const operationName = request.operationName ?? undefined;
    const variables = request.variables ?? {};
    const operation = getOperationAST(document, operationName);
    const query = operation && operation.operation === OperationTypeNode.QUERY ? compiledFor(document, operationName) : null;
    if (query !== null && operation && !getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) {
      counts.jit++;
      const result = (await query.query(undefined, context, variables)) as ExecutionResult<Record<string, unknown>>;
      return result.errors ? { ...result, errors: result.errors.map((e) => asGraphQLError(e)) } : result;
    }
    counts.graphqlJs++;
    return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult<Record<string, unknown>>;
  };

  return {
    // A fixed schema: announced once, never updated.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/** What graphql-jit's error objects carry. */
interface JitError {
  readonly message: string;
  readonly locations?: GraphQLError['locations'];
  readonly path?: GraphQLError['path'];
  readonly originalError?: Error;
  readonly extensions?: GraphQLError['extensions'];
}

/**
 * graphql-jit reports a resolver's error as an object of its own that passes `instanceof GraphQLError` but has no `extensions`
 * object unless the original error had one, and Apollo reads `extensions.code` of every error: the lookup threw, and the
 * answer became a bare INTERNAL_SERVER_ERROR without formatError ever seeing the resolver's AppError (an unknown topology's
 * NOT_FOUND). Such errors are rebuilt as the GraphQLError graphql-js makes (message, locations, path, the original error and
 * its extensions); a GraphQLError a resolver threw itself passes through, as in graphql-js.
 */
function asGraphQLError(error: GraphQLError | JitError): GraphQLError {
  if (error instanceof GraphQLError && typeof error.extensions === 'object' && error.extensions !== null) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/** Whether the document may be compiled: no introspection field anywhere in it, fragments included (see jitGateway). */
function jitCompilable(document: DocumentNode): boolean {
  let introspection = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        introspection = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return !introspection;
}

import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context';

/** The document with only the operation that runs (and every fragment it may spread). */
function runningOnly(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
}

/** The page-size arguments graphql-armor's cost estimate multiplies a selection's cost by. */
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with every `first`/`last` given as a variable replaced by the variable's value (the request's, else its
 * default), and the arguments replaced (`pods(first: $n = 1000)`); null when no page size is a variable.
 */
export function withPageSizes(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): { document: DocumentNode; replaced: string[] } | null {
  if (!takesVariablePageSize(document, operation)) return null;
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) defaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  const replaced: string[] = [];
  let field = '';
  // Only the operation that runs (and the fragments it may spread): another operation of the same document takes other
  // variables, and armor's rule would estimate it with this one's values (found in review: a false rejection).
  const running = runningOnly(document, operation);
  const resolved = visit(running, {
    Field: {
      enter(node) {
        field = node.name.value;
      },
    },
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const value = Object.hasOwn(variables, name) ? variables[name] : defaults.get(name);
      // A value that is not an integer fails variable coercion, which words its own error.
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      replaced.push(`${field}(${node.name.value}: $${name} = ${value})`);
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return replaced.length === 0 ? null : { document: resolved, replaced };
}

/**
 * Whether any `first`/`last` of the running operation (or a fragment in its document) takes a variable. Apollo keeps one
 * parsed document per query text, so this is decided once per operation node: most operations (a trace, a `{ __typename }`)
 * take none, and walking their document on every request was a visible part of a trace's cost over GraphQL (issue 17).
 */
const variablePageSizes = new WeakMap<OperationDefinitionNode, boolean>();

function takesVariablePageSize(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  let known = variablePageSizes.get(operation);
  if (known === undefined) {
    known = false;
    const running = runningOnly(document, operation);
    visit(running, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) known = true;
      },
    });
    variablePageSizes.set(operation, known);
  }
  return known;
}

/**
 * graphql-armor's cost limit with page sizes given as variables (issue 12).
 *
 * Why: armor's cost estimate runs as a validation rule, which sees the document but not the request's variables, so it
 * multiplies a connection's cost by `first` only when `first` is a literal: `pods(first: $n)` with n = 1000 cost as much as
 * one page item. Once the operation is resolved (variables at hand, before execution), this runs armor's own rule again
 * over the document with those values written in, so a variable page size is limited exactly as the same literal is,
 * and the error names the arguments it read.
 */
export function variablePageCostPlugin(maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const resolved = operation ? withPageSizes(document, operation, request.variables ?? {}) : null;
          if (resolved === null) return;
          let rejected: GraphQLError | null = null;
          const rule = costLimitRule({
            maxCost,
            propagateOnRejection: false,
            onReject: [
              (_context, error) => {
                rejected = error;
              },
            ],
          });
          validate(schema, resolved.document, [rule]);
          if (rejected === null) return;
          const message = (rejected as GraphQLError).message.replace(/^Syntax Error: /, '');
          throw new GraphQLError(`${message} Page sizes given as variables count as literals: ${resolved.replaced.join(', ')}; ask for smaller pages.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, arguments: resolved.replaced },
          });
        },
      };
    },
  };
}

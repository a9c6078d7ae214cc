import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Counts the lexical tokens of a GraphQL document, stopping past `limit`, so an oversized document is refused before it is
 * parsed or validated. A document that does not even lex is left to Apollo, which reports the syntax error (400) itself.
 */
export function exceedsTokenLimit(query: string, limit: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++count > limit) return true;
    }
  } catch {
    return false;
  }
  return false;
}

export interface DocumentLimits {
  readonly maxTokens: number;
  /** Field selections in the document, counting a fragment's fields once per place it is spread. */
  readonly maxFields: number;
  /** Selections of one response name at one response path (they must be merged, and merging compares every pair). */
  readonly maxFieldRepeats: number;
}

/**
 * Why the document is refused before Apollo parses and validates it, or null. Linear in the document's size, with the
 * work itself bounded by the limits (it stops at the first one exceeded).
 *
 * Why: graphql-js's OverlappingFieldsCanBeMerged rule compares every pair of fields that share a response name at one
 * response path, through fragments and down their sub-selections, so its cost grows with the square of the repeats:
 * 900 copies of `nodes { name }` in one selection set (3,600 tokens, under the token limit) cost 0.6–1.4 s of CPU before
 * any other rule refused them. Counting selections per response path here bounds the pairs that rule can meet by
 * maxFields × maxFieldRepeats. A document that does not parse is left to Apollo, which words the syntax error.
 */
export function documentLimitProblem(query: string, limits: DocumentLimits): string | null {
  if (exceedsTokenLimit(query, limits.maxTokens)) return `Syntax Error: token limit of ${limits.maxTokens} exceeded`;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const repeats = new Map<string, number>();
  let fields = 0;

  const walk = (selectionSet: SelectionSetNode, path: string, spread: ReadonlySet<string>): string | null => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (++fields > limits.maxFields) {
          return `the document selects more than ${limits.maxFields} fields (a fragment counts once per place it is spread); split the query`;
        }
        const at = `${path}.${(selection.alias ?? selection.name).value}`;
        const count = (repeats.get(at) ?? 0) + 1;
        repeats.set(at, count);
        if (count > limits.maxFieldRepeats) {
          return `field ${at.slice(at.indexOf('.') + 1)} is selected more than ${limits.maxFieldRepeats} times at one place (directly or through fragments); select it once`;
        }
        const problem = selection.selectionSet ? walk(selection.selectionSet, at, spread) : null;
        if (problem !== null) return problem;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const problem = walk(selection.selectionSet, path, spread);
        if (problem !== null) return problem;
      } else {
        // An unknown fragment, or a cycle, is graphql-js's to report (KnownFragmentNames, NoFragmentCycles).
        const fragment = fragments.get(selection.name.value);
        if (fragment === undefined || spread.has(fragment.name.value)) continue;
        const problem = walk(fragment.selectionSet, path, new Set([...spread, fragment.name.value]));
        if (problem !== null) return problem;
      }
    }
    return null;
  };

  // Every definition is validated on its own (an unused fragment too), so each is a root of its own.
  for (const [index, definition] of document.definitions.entries()) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const start = definition.kind === Kind.FRAGMENT_DEFINITION ? new Set([definition.name.value]) : new Set<string>();
    const problem = walk(definition.selectionSet, String(index), start);
    if (problem !== null) return `Validation: ${problem}`;
  }
  return null;
}

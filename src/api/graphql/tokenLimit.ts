import { Lexer, Source, TokenKind } from 'graphql';

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

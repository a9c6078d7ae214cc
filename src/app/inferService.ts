/**
 * The infer use case shared by REST, GraphQL and the CLI: a cluster dump's text → the inferred documents, or an
 * AppError naming each problem's path (413 when the dump is larger than the document limit). Stores nothing.
 */
import { inferFromText, renderInferred, type InferResult, type InferTextOptions } from '../io/infer';
import { AppError } from './errors';

export interface InferAnswer extends InferResult {
  /** The same documents as multi-document YAML with each inferred key's source as a comment: ready for import. */
  readonly yaml: string;
}

export function inferDump(text: string, options: InferTextOptions & { maxBytes: number }): InferAnswer {
  const outcome = inferFromText(text, options);
  if (!outcome.ok) {
    const first = outcome.errors[0]?.message ?? 'invalid';
    if (outcome.tooLarge) throw new AppError('PAYLOAD_TOO_LARGE', first, { problems: outcome.errors });
    throw new AppError('BAD_USER_INPUT', `the dump cannot be read: ${first}`, { problems: outcome.errors });
  }
  return { ...outcome.result, yaml: renderInferred(outcome.result, 'yaml') };
}

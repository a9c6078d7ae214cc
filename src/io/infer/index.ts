/** Cluster dump → inferred documents (README.md in this folder). */
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../parseTopology';
import type { Problem } from '../problems';
import { readDocumentText } from '../readDocuments';
import { inferTopology, type InferResult } from './inferTopology';
import { parseInstanceTypes } from './instanceTypes';
import type { UnderlayInput } from './readUnderlay';

export { inferTopology, type InferResult, type InferOptions } from './inferTopology';
export { renderInferred } from './renderInferred';
export { parseInstanceTypes } from './instanceTypes';
export type { UnderlayInput } from './readUnderlay';

export interface InferTextOptions {
  readonly name?: string;
  readonly underlay?: readonly UnderlayInput[];
  /** `aws ec2 describe-instance-types` JSON text. */
  readonly instanceTypes?: string;
  readonly maxBytes?: number;
}

export type InferTextResult = { ok: true; result: InferResult } | { ok: false; errors: Problem[]; tooLarge?: boolean };

/** The whole use case on text: the same reading rules and limits as import. */
export function inferFromText(text: string, options: InferTextOptions = {}): InferTextResult {
  const read = readDocumentText(text, 'auto', options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES);
  if (!read.ok) return read.tooLarge ? { ok: false, errors: read.errors, tooLarge: true } : { ok: false, errors: read.errors };
  let instanceTypes;
  if (options.instanceTypes !== undefined) {
    const parsed = parseInstanceTypes(options.instanceTypes);
    if (!parsed.ok) return parsed;
    instanceTypes = parsed.types;
  }
  const result = inferTopology(read.documents, {
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.underlay === undefined ? {} : { underlay: options.underlay }),
    ...(instanceTypes === undefined ? {} : { instanceTypes }),
  });
  return { ok: true, result };
}

/**
 * JSON Schemas of the REST resources. They validate requests, serialize responses (fastify drops fields a schema does
 * not list, so nothing undeclared leaks) and become the OpenAPI document at /api/v1/openapi.json. The answers of
 * questions and scenarios are generated from their TypeScript types (answerTypes.ts → generated/answerSchemas.json).
 */
import ANSWER_SCHEMAS from './generated/answerSchemas.json';
import { JobProblemSchema, JobSchema } from './jobSchemas';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const strList = { type: 'array', items: str } as const;

function object(properties: Record<string, unknown>, description?: string) {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties, ...(description ? { description } : {}) };
}

export const ProblemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details; `errors` lists every problem found, each with a field path.',
  properties: {
    type: str,
    title: str,
    status: int,
    detail: str,
    code: str,
    errors: { type: 'array', items: { $ref: 'FieldProblem#' } },
    warnings: { type: 'array', items: { $ref: 'FieldProblem#' } },
    expectedVersion: int,
    actualVersion: int,
    retryAfterSeconds: int,
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: false,
} as const;

export const FieldProblemSchema = {
  $id: 'FieldProblem',
  type: 'object',
  properties: { path: str, message: str, object: str },
  required: ['path', 'message'],
  additionalProperties: false,
} as const;

export const TopologySummarySchema = {
  $id: 'TopologySummary',
  ...object({
    name: str,
    description: str,
    version: int,
    nodeCount: int,
    podCount: int,
    serviceCount: int,
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  }),
} as const;

export const TopologyListSchema = {
  $id: 'TopologyList',
  ...object(
    { items: { type: 'array', items: { $ref: 'TopologySummary#' } }, next: { ...nullableStr, description: 'cursor of the next page (pass as ?cursor=); null on the last page' } },
    'One page of stored topologies, ordered by name.',
  ),
} as const;

export const ImportResultSchema = {
  $id: 'ImportResult',
  ...object({
    name: str,
    version: int,
    created: bool,
    warnings: { type: 'array', items: { $ref: 'FieldProblem#' } },
    inferences: strList,
  }),
} as const;

export const ValidationResultSchema = {
  $id: 'ValidationResult',
  ...object({
    valid: bool,
    errors: { type: 'array', items: { $ref: 'FieldProblem#' } },
    warnings: { type: 'array', items: { $ref: 'FieldProblem#' } },
    inferences: strList,
  }),
} as const;

export const ALL_SCHEMAS: readonly { $id: string }[] = [
  FieldProblemSchema,
  ProblemSchema,
  TopologySummarySchema,
  TopologyListSchema,
  ImportResultSchema,
  ValidationResultSchema,
  ...(ANSWER_SCHEMAS as { $id: string }[]),
  JobProblemSchema,
  JobSchema,
];

/** A response whose body is the named schema. */
export const ref = (id: string) => ({ $ref: `${id}#` }) as const;

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

/** What each documented error status means here (every /api/v1 operation may answer 401, 403, 429 and 503). */
const ERROR_MEANINGS: Record<number, string> = {
  400: 'bad input: every problem listed in `errors`, each with a field path',
  401: 'no valid bearer token (WWW-Authenticate: Bearer)',
  403: "the token's scope does not allow this, or a cross-origin write",
  404: 'no such topology, scenario or job (or not visible to this token)',
  409: 'version conflict (If-Match) or the name is taken',
  413: 'the body is larger than NETMODEL_MAX_DOCUMENT_BYTES',
  415: 'unsupported Content-Type',
  429: 'rate limit exceeded (Retry-After)',
  503: 'database unavailable, or a question timed out or ran out of memory (Retry-After)',
};

/** The problem+json responses of an operation: the ones every /api/v1 operation may give, and `statuses`. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries([...new Set([400, 401, 403, 429, 503, ...statuses])].sort((a, b) => a - b).map((s) => [s, problem(ERROR_MEANINGS[s] ?? 'problem details')]));

/** The `{name}` path parameter of topology routes. */
export const nameParam = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } as const;

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../../app/app';
import { AppError } from '../../../app/errors';
import type { DocumentFormat } from '../../../io/parseTopology';
import { nameParam, problemResponses, ref } from '../schemas';
import { pageQuery, paginate, type PageQuery } from '../pagination';
import { etagMatches } from '../conditional';

const documentBody = {
  description: 'A topology document: multi-document YAML, JSON, or a kubectl List (see src/io/README.md).',
  content: {
    'application/yaml': { schema: { type: 'string' } },
    // Any JSON: the document (or kubectl List) is validated by src/io from the raw text, with field paths.
    'application/json': { schema: {} },
    'text/plain': { schema: { type: 'string' } },
  },
};

/**
 * The media types a topology document may be sent as (YAML has application/yaml since RFC 9512; the x- and text/ forms
 * are what older tools send). Anything else is answered 415 by fastify, as problem+json (problem.ts).
 */
export const DOCUMENT_MEDIA_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'application/json', 'text/plain'];

function formatFromContentType(request: FastifyRequest): DocumentFormat | undefined {
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('yaml')) return 'yaml';
  return undefined;
}

/** `If-Match: "3"` (also W/"3" or 3) → 3. Anything else is the caller's mistake, answered as such. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw);
  if (!match) {
    throw new AppError('BAD_USER_INPUT', `If-Match must be the topology version as an ETag, e.g. "3"; got ${raw}`, {
      problems: [{ path: 'headers.if-match', message: `"${raw}" is not a version` }],
    });
  }
  return Number(match[1]);
}

const etag = (version: number) => `"${version}"`;

/** `export?format=json`: a kubectl List of the Topology document and the Kubernetes objects, as `kubectl get -o json` prints them. */
const kubectlList = {
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'items'],
  properties: {
    apiVersion: { type: 'string', const: 'v1' },
    kind: { type: 'string', const: 'List' },
    items: { type: 'array', items: { type: 'object', description: 'a Kubernetes object (src/io/README.md lists the kinds)' } },
  },
} as const;

export async function topologyRoutes(server: FastifyInstance, { app }: { app: App }) {
  // Documents are parsed by src/io from the raw text (so YAML and JSON errors carry line and column), not by fastify.
  server.removeAllContentTypeParsers();
  server.addContentTypeParser(DOCUMENT_MEDIA_TYPES, { parseAs: 'string', bodyLimit: app.config.maxDocumentBytes }, (_req, body, done) => done(null, body));

  server.get<{ Querystring: PageQuery }>('/topologies', {
    schema: {
      operationId: 'listTopologies',
      summary: 'List stored topologies, by name, a page at a time',
      description: '`next` (and a Link header with rel="next") is the cursor of the following page; null on the last one.',
      tags: ['topologies'],
      querystring: { type: 'object', additionalProperties: false, properties: pageQuery },
      response: { 200: ref('TopologyList'), ...problemResponses() },
    },
    handler: async (request, reply) => paginate(request, reply, await request.topologies.list(), (t) => t.name),
  });

  server.post<{ Querystring: { name?: string; replace?: boolean }; Body: string }>('/topologies', {
    schema: {
      operationId: 'importTopology',
      summary: 'Import a topology document',
      description: 'Stores the document under metadata.name (or ?name=). 409 if the name exists unless ?replace=true. Nothing is stored when the document has errors.',
      tags: ['topologies'],
      querystring: { type: 'object', properties: { name: { type: 'string' }, replace: { type: 'boolean', default: false } } },
      body: documentBody,
      response: { 201: ref('ImportResult'), 200: ref('ImportResult'), ...problemResponses(409, 413, 415) },
    },
    handler: async (request, reply) => {
      const outcome = await request.topologies.import(String(request.body ?? ''), {
        format: formatFromContentType(request),
        name: request.query.name,
        replace: request.query.replace,
        ifVersion: parseIfMatch(request.headers['if-match']),
      });
      const t = outcome.topology;
      reply.status(outcome.created ? 201 : 200).header('etag', etag(t.version)).header('location', `/api/v1/topologies/${encodeURIComponent(t.name)}`);
      return { name: t.name, version: t.version, created: outcome.created, warnings: outcome.warnings, inferences: outcome.inferences };
    },
  });

  server.post<{ Querystring: { name?: string }; Body: string }>('/validate', {
    schema: {
      operationId: 'validateTopology',
      summary: 'Validate a topology document without storing it',
      description: 'Every problem of the document in one answer, each with its field path; nothing is stored.',
      tags: ['topologies'],
      querystring: { type: 'object', properties: { name: { type: 'string' } } },
      body: documentBody,
      response: { 200: ref('ValidationResult'), ...problemResponses(413, 415) },
    },
    handler: async (request) => {
      const { valid, errors, warnings, inferences } = request.topologies.validate(String(request.body ?? ''), {
        format: formatFromContentType(request),
        name: request.query.name,
      });
      return { valid, errors, warnings, inferences };
    },
  });

  server.get<{ Params: { name: string } }>('/topologies/:name', {
    schema: {
      operationId: 'getTopology',
      summary: 'Get a topology (model form)',
      description: 'ETag is the version; If-None-Match with it answers 304.',
      tags: ['topologies'],
      params: nameParam,
      response: { 200: ref('Topology'), 304: { type: 'null', description: 'not modified (If-None-Match)' }, ...problemResponses(404) },
    },
    handler: async (request, reply) => {
      const topology = await request.topologies.get(request.params.name);
      reply.header('etag', etag(topology.version));
      if (etagMatches(request.headers['if-none-match'], etag(topology.version))) return reply.status(304).send();
      return topology;
    },
  });

  server.put<{ Params: { name: string }; Body: string }>('/topologies/:name', {
    schema: {
      operationId: 'putTopology',
      summary: 'Create or replace a topology',
      description: 'The path name overrides metadata.name. With If-Match, the stored version must equal it (409 otherwise; 404 if the topology does not exist).',
      tags: ['topologies'],
      params: nameParam,
      headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
      body: documentBody,
      response: { 200: ref('ImportResult'), 201: ref('ImportResult'), ...problemResponses(404, 409, 413, 415) },
    },
    handler: async (request, reply) => {
      const outcome = await request.topologies.import(String(request.body ?? ''), {
        format: formatFromContentType(request),
        name: request.params.name,
        replace: true,
        ifVersion: parseIfMatch(request.headers['if-match']),
      });
      const t = outcome.topology;
      reply.status(outcome.created ? 201 : 200).header('etag', etag(t.version));
      return { name: t.name, version: t.version, created: outcome.created, warnings: outcome.warnings, inferences: outcome.inferences };
    },
  });

  server.delete<{ Params: { name: string } }>('/topologies/:name', {
    schema: {
      operationId: 'deleteTopology',
      summary: 'Delete a topology',
      tags: ['topologies'],
      params: nameParam,
      headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
      response: { 204: { type: 'null', description: 'deleted' }, ...problemResponses(404, 409) },
    },
    handler: async (request, reply) => {
      await request.topologies.delete(request.params.name, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  });

  server.get<{ Params: { name: string }; Querystring: { format: DocumentFormat } }>('/topologies/:name/export', {
    schema: {
      operationId: 'exportTopology',
      summary: 'Export a topology as a document',
      tags: ['topologies'],
      params: nameParam,
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['yaml', 'json'], default: 'yaml' } } },
      response: {
        200: { description: 'the document', content: { 'application/yaml': { schema: { type: 'string' } }, 'application/json': { schema: kubectlList } } },
        ...problemResponses(404),
      },
    },
    handler: async (request, reply) => {
      const text = await request.topologies.export(request.params.name, request.query.format);
      return reply.type(request.query.format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8').send(text);
    },
  });
}

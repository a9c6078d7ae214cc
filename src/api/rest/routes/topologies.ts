import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../../app/app';
import { AppError } from '../../../app/errors';
import type { DocumentFormat } from '../../../io/parseTopology';
import { nameParam, problemResponses } from '../schemas';


const documentBody = {
  description: 'A topology document: multi-document YAML, JSON, or a kubectl List (see src/io/README.md).',
  content: {
    'application/yaml': { schema: { type: 'string' } },
    // Any JSON: the document (or kubectl List) is validated by src/io from the raw text, with field paths.
    'application/json': { schema: {} },
    'text/plain': { schema: { type: 'string' } },
  },
};

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

export async function topologyRoutes(server: FastifyInstance, { app }: { app: App }) {
  // Documents are parsed by src/io from the raw text (so YAML and JSON errors carry line and column), not by fastify.
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('*', { parseAs: 'string', bodyLimit: app.config.maxDocumentBytes }, (_req, body, done) => done(null, body));

  server.get('/topologies', {
    schema: {
      summary: 'List stored topologies',
      tags: ['topologies'],
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: { $ref: 'TopologySummary#' } } }, required: ['items'] } },
    },
    handler: async (request) => ({ items: await request.topologies.list() }),
  });

  server.post<{ Querystring: { name?: string; replace?: boolean }; Body: string }>('/topologies', {
    schema: {
      summary: 'Import a topology document',
      description: 'Stores the document under metadata.name (or ?name=). 409 if the name exists unless ?replace=true. Nothing is stored when the document has errors.',
      tags: ['topologies'],
      querystring: { type: 'object', properties: { name: { type: 'string' }, replace: { type: 'boolean', default: false } } },
      body: documentBody,
      response: { 201: { $ref: 'ImportResult#' }, 200: { $ref: 'ImportResult#' }, ...problemResponses(400, 409, 413, 503) },
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
      summary: 'Validate a topology document without storing it',
      tags: ['topologies'],
      querystring: { type: 'object', properties: { name: { type: 'string' } } },
      body: documentBody,
      response: { 200: { $ref: 'ValidationResult#' }, ...problemResponses(413) },
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
      summary: 'Get a topology (model form)',
      tags: ['topologies'],
      params: nameParam,
      response: { 200: { $ref: 'Topology#' }, ...problemResponses(404, 503) },
    },
    handler: async (request, reply) => {
      const topology = await request.topologies.get(request.params.name);
      reply.header('etag', etag(topology.version));
      return topology;
    },
  });

  server.put<{ Params: { name: string }; Body: string }>('/topologies/:name', {
    schema: {
      summary: 'Create or replace a topology',
      description: 'The path name overrides metadata.name. With If-Match, the stored version must equal it (409 otherwise; 404 if the topology does not exist).',
      tags: ['topologies'],
      params: nameParam,
      headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
      body: documentBody,
      response: { 200: { $ref: 'ImportResult#' }, 201: { $ref: 'ImportResult#' }, ...problemResponses(400, 404, 409, 413, 503) },
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
      summary: 'Delete a topology',
      tags: ['topologies'],
      params: nameParam,
      headers: { type: 'object', properties: { 'if-match': { type: 'string' } } },
      response: { 204: { type: 'null', description: 'deleted' }, ...problemResponses(400, 404, 409, 503) },
    },
    handler: async (request, reply) => {
      await request.topologies.delete(request.params.name, parseIfMatch(request.headers['if-match']));
      return reply.status(204).send();
    },
  });

  server.get<{ Params: { name: string }; Querystring: { format: DocumentFormat } }>('/topologies/:name/export', {
    schema: {
      summary: 'Export a topology as a document',
      tags: ['topologies'],
      params: nameParam,
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['yaml', 'json'], default: 'yaml' } } },
      response: {
        200: { description: 'the document', content: { 'application/yaml': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'string' } } } },
        ...problemResponses(404, 503),
      },
    },
    handler: async (request, reply) => {
      const text = await request.topologies.export(request.params.name, request.query.format);
      return reply.type(request.query.format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8').send(text);
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { App } from '../../../app/app';
import { inferDump } from '../../../app/inferService';
import { problemResponses, ref } from '../schemas';
import { DOCUMENT_MEDIA_TYPES } from './topologies';

/** POST /api/v1/infer: a `kubectl get … -o yaml` dump → the inferred Topology and objects (docs/INFER.md). */
export async function inferRoutes(server: FastifyInstance, { app }: { app: App }) {
  // The dump is read by src/io from the raw text (YAML and JSON errors carry line and column).
  server.removeAllContentTypeParsers();
  server.addContentTypeParser(DOCUMENT_MEDIA_TYPES, { parseAs: 'string', bodyLimit: app.config.maxDocumentBytes }, (_req, body, done) => done(null, body));

  server.post<{ Querystring: { name?: string; output?: 'json' | 'yaml' }; Body: string }>('/infer', {
    schema: {
      operationId: 'inferTopology',
      summary: 'Infer a Topology document from a cluster dump',
      description:
        'The body is the output of the collection command in the README (a kubectl List, YAML or JSON). Answers the documents ready for import, ' +
        'with `sources` (field → object and key), `missing` (field → the flag or field that would supply it) and `findings` (disagreements); ' +
        '`?output=yaml` answers the YAML with each source as a comment instead. Nothing is stored.',
      tags: ['topologies'],
      querystring: { type: 'object', properties: { name: { type: 'string' }, output: { type: 'string', enum: ['json', 'yaml'], default: 'json' } } },
      body: {
        content: {
          'application/yaml': { schema: { type: 'string' } },
          'application/json': { schema: {} },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      response: {
        200: {
          description: 'the inferred documents with their sources (output=json), or the annotated YAML (output=yaml)',
          content: { 'application/json': { schema: ref('InferAnswer') }, 'application/yaml': { schema: { type: 'string' } } },
        },
        ...problemResponses(413, 415),
      },
    },
    handler: async (request, reply) => {
      request.topologies.require('read');
      const answer = inferDump(String(request.body ?? ''), { maxBytes: app.config.maxDocumentBytes, ...(request.query.name === undefined ? {} : { name: request.query.name }) });
      if (request.query.output === 'yaml') return reply.type('application/yaml; charset=utf-8').send(answer.yaml);
      return answer;
    },
  });
}

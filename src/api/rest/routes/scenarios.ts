import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../../app/app';
import type { ScenarioRef } from '../../../app/scenarioService';
import { parseIfMatch } from './topologies';
import { nameParam, openObject, problemResponses } from '../schemas';

const scenarioParam = { type: 'object', properties: { scenario: { type: 'string' } }, required: ['scenario'] } as const;
const ScenarioBody = openObject('{ name, topology, baseVersion, currentBaseVersion, baseMoved, description, operations[], status, version, createdAt, updatedAt, promotedAt, promotedVersion }');
const operationsBody = { type: 'array', maxItems: 1000, items: { type: 'object' }, description: 'typed operations (docs/PLANNER.md)' } as const;

/**
 * `?topology=`: scenario names are unique per topology; a name used on several topologies the caller can see needs it
 * (400 naming `topology` otherwise), and with it a scenario is looked up on that topology only.
 */
const scenarioQuery = {
  type: 'object',
  properties: { topology: { type: 'string', maxLength: 253, description: 'the scenario\'s topology; needed only when the name is used on several' } },
} as const;

type Scn = { Params: { scenario: string }; Querystring: { topology?: string } };

/** The scenario a request names: its path parameter and, when given, ?topology=. */
const refOf = (request: FastifyRequest<Scn>): ScenarioRef =>
  request.query.topology === undefined ? request.params.scenario : { name: request.params.scenario, topology: request.query.topology };

/** What-if scenarios (docs/PLANNER.md). Scenario writes take If-Match with the scenario's version. */
export async function scenarioRoutes(server: FastifyInstance, { app }: { app: App }) {
  // The auth hook has set request.topologies; the scenario service follows the same principal.
  const scenarios = (request: FastifyRequest) => app.scenarios(request.topologies.principal);
  const etag = (version: number) => `"${version}"`;

  server.get<{ Querystring: { topology?: string } }>('/scenarios', {
    schema: { summary: 'List scenarios', tags: ['scenarios'], querystring: { type: 'object', properties: { topology: { type: 'string' } } }, response: { 200: openObject('{ items: Scenario[] }'), ...problemResponses(404, 503) } },
    handler: async (request) => ({ items: await scenarios(request).list(request.query.topology) }),
  });

  server.post<{ Params: { name: string }; Body: { name: string; description?: string; operations?: unknown[] } }>('/topologies/:name/scenarios', {
    schema: {
      summary: 'Fork a topology at its current version into a scenario',
      tags: ['scenarios'],
      params: nameParam,
      body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, description: { type: 'string' }, operations: operationsBody } },
      response: { 201: ScenarioBody, ...problemResponses(400, 404, 409, 503) },
    },
    handler: async (request, reply) => {
      const s = await scenarios(request).create({ topology: request.params.name, ...request.body });
      // The location names the topology too, so it stays unambiguous when another topology gets a scenario of that name.
      reply.status(201).header('etag', etag(s.version)).header('location', `/api/v1/scenarios/${encodeURIComponent(s.name)}?topology=${encodeURIComponent(s.topology)}`);
      return s;
    },
  });

  server.get<Scn>('/scenarios/:scenario', {
    schema: { summary: 'Show a scenario', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ScenarioBody, ...problemResponses(400, 404, 503) } },
    handler: async (request, reply) => {
      const s = await scenarios(request).get(refOf(request));
      reply.header('etag', etag(s.version));
      return s;
    },
  });

  server.get<Scn>('/scenarios/:scenario/topology', {
    schema: { summary: 'The fork: the baseline with the operations applied (model form)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: { $ref: 'Topology#' }, ...problemResponses(400, 404, 503) } },
    handler: async (request) => (await scenarios(request).evaluate(refOf(request))).fork,
  });

  server.post<Scn & { Body: { operations: unknown[] } }>('/scenarios/:scenario/operations', {
    schema: {
      summary: 'Append operations (each must apply)',
      tags: ['scenarios'],
      params: scenarioParam,
      querystring: scenarioQuery,
      body: { type: 'object', required: ['operations'], additionalProperties: false, properties: { operations: operationsBody } },
      response: { 200: ScenarioBody, ...problemResponses(400, 404, 409, 503) },
    },
    handler: async (request) => scenarios(request).addOperations(refOf(request), request.body.operations, parseIfMatch(request.headers['if-match'])),
  });

  server.delete<Scn & { Params: { index: number } }>('/scenarios/:scenario/operations/:index', {
    schema: {
      summary: 'Remove one operation by its index',
      tags: ['scenarios'],
      params: { type: 'object', properties: { scenario: { type: 'string' }, index: { type: 'integer' } }, required: ['scenario', 'index'] },
      querystring: scenarioQuery,
      response: { 200: ScenarioBody, ...problemResponses(400, 404, 409, 503) },
    },
    handler: async (request) => scenarios(request).removeOperation(refOf(request), request.params.index, parseIfMatch(request.headers['if-match'])),
  });

  server.post<Scn & { Body: Record<string, unknown> }>('/scenarios/:scenario/diff', {
    schema: {
      summary: 'The scenario against the baseline, summary first',
      description: 'Body: diff options { pairs: [{from, to, port?}], groupBy, packetSize, family, sections } (docs/PLANNER.md).',
      tags: ['scenarios'],
      params: scenarioParam,
      querystring: scenarioQuery,
      body: { type: 'object' },
      response: { 200: openObject('{ scenario, notes, diff: { summary, changes, reachability, conflicts, overhead, capacity, kubeProxy, assumptions } }'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request) => scenarios(request).diff(refOf(request), request.body ?? {}, (base, input) => app.questions.ask('whatIf', base, input, request.work.signal)),
  });

  server.post<Scn>('/scenarios/:scenario/promote', {
    schema: { summary: 'Write the fork as the new baseline (409 when the baseline moved since the fork)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: openObject('{ scenario, version }'), ...problemResponses(400, 404, 409, 503) } },
    handler: async (request) => scenarios(request).promote(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.post<Scn>('/scenarios/:scenario/rebase', {
    schema: { summary: 'Re-apply the operations on the current baseline, reporting those that no longer apply', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: openObject('{ scenario, dropped[] }'), ...problemResponses(400, 404, 409, 503) } },
    handler: async (request) => scenarios(request).rebase(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.delete<Scn>('/scenarios/:scenario', {
    schema: { summary: 'Discard a scenario (kept as discarded in the history)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ScenarioBody, ...problemResponses(400, 404, 409, 503) } },
    handler: async (request) => scenarios(request).discard(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.get<{ Params: { name: string } }>('/topologies/:name/history', {
    schema: { summary: 'Promoted scenarios of a topology and the versions they produced', tags: ['scenarios'], params: nameParam, response: { 200: openObject('{ items: Scenario[] }'), ...problemResponses(404, 503) } },
    handler: async (request) => ({ items: await scenarios(request).history(request.params.name) }),
  });

  server.post<{ Params: { name: string }; Body: { operations: unknown[]; options?: unknown } }>('/topologies/:name/what-if', {
    schema: {
      summary: 'Stateless what-if: apply operations and diff, persisting nothing',
      tags: ['scenarios'],
      params: nameParam,
      body: { type: 'object', required: ['operations'], additionalProperties: false, properties: { operations: operationsBody, options: { type: 'object' } } },
      response: { 200: openObject('{ summary, notes, diff }'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request) => {
      const { diff, notes } = await request.ask('whatIf', request.params.name, { operations: request.body.operations, options: request.body.options ?? {} });
      return { summary: diff.summary, notes, diff };
    },
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../../../app/app';
import type { ScenarioRef } from '../../../app/scenarioService';
import { parseIfMatch } from './topologies';
import { nameParam, problemResponses, ref } from '../schemas';
import { pageQuery, paginate, type PageQuery } from '../pagination';
import { etagMatches } from '../conditional';

const scenarioParam = { type: 'object', properties: { scenario: { type: 'string' } }, required: ['scenario'] } as const;
const ScenarioBody = ref('Scenario');
const operationsBody = { type: 'array', maxItems: 1000, items: { type: 'object', description: 'one typed operation: `op` and its fields (docs/PLANNER.md)' }, description: 'typed operations (docs/PLANNER.md)' } as const;

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

  server.get<{ Querystring: { topology?: string } & PageQuery }>('/scenarios', {
    schema: {
      operationId: 'listScenarios',
      summary: 'List scenarios, by name, a page at a time',
      tags: ['scenarios'],
      querystring: { type: 'object', additionalProperties: false, properties: { topology: { type: 'string' }, ...pageQuery } },
      response: { 200: ref('ScenarioList'), ...problemResponses(404) },
    },
    handler: async (request, reply) => paginate(request, reply, await scenarios(request).list(request.query.topology), (s) => `${s.name}\u0000${s.topology}`),
  });

  server.post<{ Params: { name: string }; Body: { name: string; description?: string; operations?: unknown[] } }>('/topologies/:name/scenarios', {
    schema: {
      operationId: 'createScenario',
      summary: 'Fork a topology at its current version into a scenario',
      tags: ['scenarios'],
      params: nameParam,
      body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, description: { type: 'string' }, operations: operationsBody } },
      response: { 201: ScenarioBody, ...problemResponses(404, 409, 413, 415) },
    },
    handler: async (request, reply) => {
      const s = await scenarios(request).create({ topology: request.params.name, ...request.body });
      // The location names the topology too, so it stays unambiguous when another topology gets a scenario of that name.
      reply.status(201).header('etag', etag(s.version)).header('location', `/api/v1/scenarios/${encodeURIComponent(s.name)}?topology=${encodeURIComponent(s.topology)}`);
      return s;
    },
  });

  server.get<Scn>('/scenarios/:scenario', {
    schema: {
      operationId: 'getScenario',
      summary: 'Show a scenario',
      description: 'ETag is the scenario version; If-None-Match with it answers 304.',
      tags: ['scenarios'],
      params: scenarioParam,
      querystring: scenarioQuery,
      response: { 200: ScenarioBody, 304: { type: 'null', description: 'not modified (If-None-Match)' }, ...problemResponses(404) },
    },
    handler: async (request, reply) => {
      const s = await scenarios(request).get(refOf(request));
      reply.header('etag', etag(s.version));
      if (etagMatches(request.headers['if-none-match'], etag(s.version))) return reply.status(304).send();
      return s;
    },
  });

  server.get<Scn>('/scenarios/:scenario/topology', {
    schema: { operationId: 'getScenarioTopology', summary: 'The fork: the baseline with the operations applied (model form)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ref('Topology'), ...problemResponses(404) } },
    handler: async (request) => (await scenarios(request).evaluate(refOf(request))).fork,
  });

  server.post<Scn & { Body: { operations: unknown[] } }>('/scenarios/:scenario/operations', {
    schema: {
      operationId: 'addScenarioOperations',
      summary: 'Append operations (each must apply)',
      tags: ['scenarios'],
      params: scenarioParam,
      querystring: scenarioQuery,
      body: { type: 'object', required: ['operations'], additionalProperties: false, properties: { operations: operationsBody } },
      response: { 200: ScenarioBody, ...problemResponses(404, 409, 413, 415) },
    },
    handler: async (request) => scenarios(request).addOperations(refOf(request), request.body.operations, parseIfMatch(request.headers['if-match'])),
  });

  server.delete<Scn & { Params: { index: number } }>('/scenarios/:scenario/operations/:index', {
    schema: {
      operationId: 'removeScenarioOperation',
      summary: 'Remove one operation by its index',
      tags: ['scenarios'],
      params: { type: 'object', properties: { scenario: { type: 'string' }, index: { type: 'integer' } }, required: ['scenario', 'index'] },
      response: { 200: ScenarioBody, ...problemResponses(404, 409) },
    },
    handler: async (request) => scenarios(request).removeOperation(refOf(request), request.params.index, parseIfMatch(request.headers['if-match'])),
  });

  server.post<Scn & { Body: Record<string, unknown> }>('/scenarios/:scenario/diff', {
    schema: {
      operationId: 'diffScenario',
      summary: 'The scenario against the baseline, summary first',
      description: 'Body: diff options { pairs: [{from, to, port?}], groupBy, packetSize, family, sections } (docs/PLANNER.md).',
      tags: ['scenarios'],
      params: scenarioParam,
      querystring: scenarioQuery,
      body: { type: 'object' },
      response: { 200: ref('ScenarioDiffAnswer'), ...problemResponses(404, 413, 415) },
    },
    handler: async (request) => scenarios(request).diff(refOf(request), request.body ?? {}, (base, input) => app.questions.ask('whatIfDiff', base, input, request.work.signal)),
  });

  server.post<Scn>('/scenarios/:scenario/promote', {
    schema: { operationId: 'promoteScenario', summary: 'Write the fork as the new baseline (409 when the baseline moved since the fork)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ref('PromoteAnswer'), ...problemResponses(404, 409) } },
    handler: async (request) => scenarios(request).promote(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.post<Scn>('/scenarios/:scenario/rebase', {
    schema: { operationId: 'rebaseScenario', summary: 'Re-apply the operations on the current baseline, reporting those that no longer apply', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ref('RebaseAnswer'), ...problemResponses(404, 409) } },
    handler: async (request) => scenarios(request).rebase(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.delete<Scn>('/scenarios/:scenario', {
    schema: { operationId: 'discardScenario', summary: 'Discard a scenario (kept as discarded in the history)', tags: ['scenarios'], params: scenarioParam, querystring: scenarioQuery, response: { 200: ScenarioBody, ...problemResponses(404, 409) } },
    handler: async (request) => scenarios(request).discard(refOf(request), parseIfMatch(request.headers['if-match'])),
  });

  server.get<{ Params: { name: string }; Querystring: PageQuery }>('/topologies/:name/history', {
    schema: {
      operationId: 'topologyHistory',
      summary: 'Promoted scenarios of a topology and the versions they produced, a page at a time',
      tags: ['scenarios'],
      params: nameParam,
      querystring: { type: 'object', additionalProperties: false, properties: pageQuery },
      response: { 200: ref('ScenarioList'), ...problemResponses(404) },
    },
    handler: async (request, reply) => paginate(request, reply, await scenarios(request).history(request.params.name), (s) => s.name),
  });

  server.post<{ Params: { name: string }; Body: { operations: unknown[]; options?: unknown } }>('/topologies/:name/what-if', {
    schema: {
      operationId: 'whatIf',
      summary: 'Stateless what-if: apply operations and diff, persisting nothing',
      tags: ['scenarios'],
      params: nameParam,
      body: { type: 'object', required: ['operations'], additionalProperties: false, properties: { operations: operationsBody, options: { type: 'object' } } },
      response: { 200: ref('WhatIfAnswer'), ...problemResponses(404, 413, 415) },
    },
    handler: async (request) => {
      const { diff, notes } = await request.ask('whatIfDiff', request.params.name, { operations: request.body.operations, options: request.body.options ?? {} });
      return { summary: diff.summary, notes, diff };
    },
  });
}

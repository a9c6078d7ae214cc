import type { FastifyInstance } from 'fastify';
import { answerOrThrow, storedSubject } from '../../../app/questions';
import { answerMaxPods, answerPlan, type CapacityInput, type MaxPodsInput, type PlanInput } from '../../../questions/capacity';
import { nameParam, problemResponses, ref } from '../schemas';

const cidrList = { type: 'array', items: { type: 'string' }, description: 'repeat the parameter for several' } as const;

/** Capacity planning (docs/capacity-json.md describes every answer's JSON; scripted jobs depend on it). */
export async function capacityRoutes(server: FastifyInstance) {
  server.get<{ Params: { name: string }; Querystring: CapacityInput }>('/topologies/:name/capacity', {
    schema: {
      operationId: 'capacity',
      summary: 'Address headroom, provider rules and a growth forecast',
      tags: ['capacity'],
      params: nameParam,
      querystring: {
        type: 'object',
        properties: {
          provider: { type: 'string', enum: ['generic', 'gke', 'eks', 'aks', 'calico'] },
          growthNodesPerMonth: { type: 'number', minimum: 0 },
          growthPodsPerMonth: { type: 'number', minimum: 0 },
          growthServicesPerMonth: { type: 'number', minimum: 0 },
          failBelow: { type: 'number', minimum: 0, maximum: 100, description: 'percent: `failed` is true when some headroom is below it' },
        },
      },
      response: { 200: ref('CapacityReport'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'capacity', request.params.name, request.query, 'CapacityReport'),
  });

  server.get<{ Params: { name: string }; Querystring: { prefixLength: number; within?: string[]; avoid?: string[]; count?: number; family?: string } }>(
    '/topologies/:name/free-cidrs',
    {
      schema: {
        operationId: 'freeCidrs',
        summary: 'The first free prefixes of a length, avoiding every range the topology knows',
        tags: ['capacity'],
        params: nameParam,
        querystring: {
          type: 'object',
          required: ['prefixLength'],
          properties: { prefixLength: { type: 'integer' }, within: cidrList, avoid: cidrList, count: { type: 'integer' }, family: { type: 'string' } },
        },
        response: { 200: ref('FreeCidrs'), ...problemResponses(404) },
      },
      handler: async (request, reply) => request.answer(reply, 'freeCidrs', request.params.name, request.query, 'FreeCidrs'),
    },
  );

  server.post<{ Body: PlanInput & { topology?: string } }>('/plan', {
    schema: {
      operationId: 'plan',
      summary: 'Recommend ranges for a target cluster, with the reasoning',
      tags: ['capacity'],
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['nodes', 'maxPodsPerNode'],
        properties: {
          nodes: { type: 'integer', minimum: 1 },
          maxPodsPerNode: { type: 'integer', minimum: 1 },
          services: { type: 'integer', minimum: 0 },
          family: { type: 'string', enum: ['ipv4', 'ipv6', 'dual'] },
          provider: { type: 'string', enum: ['generic', 'gke', 'eks', 'aks', 'calico'] },
          within: { type: 'array', items: { type: 'string' }, maxItems: 64 },
          avoid: { type: 'array', items: { type: 'string' }, maxItems: 10000 },
          growthFactor: { type: 'number', minimum: 1 },
          topology: { type: 'string', description: 'also avoid every range of this stored topology' },
        },
      },
      response: { 200: ref('Plan'), ...problemResponses(404, 413, 415) },
    },
    handler: async (request) => {
      request.topologies.require('read');
      const { topology, ...input } = request.body;
      const base = topology === undefined ? null : (await storedSubject(request.topologies, topology)).topology;
      return answerOrThrow(answerPlan(input, base));
    },
  });

  server.get<{ Querystring: MaxPodsInput }>('/max-pods', {
    schema: {
      operationId: 'maxPods',
      summary: 'Max pods per node (EKS instance types; GKE per-node range)',
      tags: ['capacity'],
      querystring: {
        type: 'object',
        required: ['provider'],
        properties: {
          provider: { type: 'string', enum: ['eks', 'gke'] },
          instanceType: { type: 'string' },
          prefixDelegation: { type: 'boolean' },
          customNetworking: { type: 'boolean' },
          maxEnis: { type: 'integer' },
          vcpus: { type: 'integer' },
          maxPodsPerNode: { type: 'integer' },
        },
      },
      response: { 200: ref('MaxPods'), ...problemResponses() },
    },
    handler: async (request) => {
      request.topologies.require('read');
      return answerOrThrow(answerMaxPods(request.query));
    },
  });
}

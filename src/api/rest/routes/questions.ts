import type { FastifyInstance } from 'fastify';
import type { TrafficEntry } from '../../../engine/overlay';
import type { TraceInput } from '../../../questions/trace';
import type { ConnectivityInput } from '../../../questions/connectivity';
import { nameParam, problemResponses, ref } from '../schemas';

const traceQuery = {
  type: 'object',
  required: ['from', 'to'],
  properties: {
    from: { type: 'string', description: 'pod:<ns>/<name> | node:<name> | ip:<address>[:<port>] | external:<address>[:<port>]' },
    to: { type: 'string', description: 'same syntax as from' },
    port: { type: 'integer' },
    protocol: { type: 'string', description: 'tcp | udp | sctp' },
    packetSize: { type: 'integer', description: 'IP packet size in bytes (tests MTUs)' },
    family: { type: 'string', description: 'ipv4 | ipv6 (dual-stack)' },
  },
} as const;

type Named = { Params: { name: string } };

export async function questionRoutes(server: FastifyInstance) {
  server.get<Named & { Querystring: TraceInput }>('/topologies/:name/trace', {
    schema: {
      operationId: 'trace',
      summary: 'Trace a packet (path-for-packet)',
      description: 'Every hop with the step that decided it. Negative outcomes are dispositions (200), not errors.',
      tags: ['questions'],
      params: nameParam,
      querystring: traceQuery,
      response: { 200: ref('TraceAnswer'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'trace', request.params.name, request.query, 'TraceAnswer'),
  });

  server.get<Named & { Querystring: TraceInput }>('/topologies/:name/reachability', {
    schema: {
      operationId: 'reachability',
      summary: 'Can this reach that?',
      tags: ['questions'],
      params: nameParam,
      querystring: traceQuery,
      response: { 200: ref('Reachability'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'reachability', request.params.name, request.query, 'Reachability'),
  });

  server.get<Named & { Querystring: { groupBy?: string; family?: string; port?: number; protocol?: string; packetSize?: number } }>(
    '/topologies/:name/reachability-matrix',
    {
      schema: {
        operationId: 'reachabilityMatrix',
        summary: 'Pod-to-pod reachability between groups of nodes',
        tags: ['questions'],
        params: nameParam,
        querystring: {
          type: 'object',
          properties: {
            groupBy: { type: 'string', enum: ['subnet', 'zone', 'node'], default: 'subnet' },
            family: { type: 'string' },
            port: { type: 'integer' },
            protocol: { type: 'string' },
            packetSize: { type: 'integer' },
          },
        },
        response: { 200: ref('ReachabilityMatrix'), ...problemResponses(404) },
      },
      handler: async (request, reply) => request.answer(reply, 'reachabilityMatrix', request.params.name, request.query, 'ReachabilityMatrix'),
    },
  );

  server.get<Named & { Querystring: { failOn?: string } }>('/topologies/:name/conflicts', {
    schema: {
      operationId: 'conflicts',
      summary: 'CIDR conflicts',
      tags: ['questions'],
      params: nameParam,
      querystring: { type: 'object', properties: { failOn: { type: 'string', enum: ['error', 'warning', 'info'] } } },
      response: { 200: ref('ConflictReport'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'conflicts', request.params.name, request.query, 'ConflictReport'),
  });

  server.get<Named & { Querystring: ConnectivityInput }>('/topologies/:name/connectivity', {
    schema: {
      operationId: 'connectivity',
      summary: 'Allowed connections between workloads (or pods) and external ranges, by NetworkPolicy',
      description: 'netpol-analyzer\'s connectivity list: `allowed` in its set syntax (All Connections, No Connections, TCP 80,UDP 53). docs/NETWORKPOLICY.md.',
      tags: ['questions'],
      params: nameParam,
      querystring: {
        type: 'object',
        properties: { level: { type: 'string', enum: ['workload', 'pod'], default: 'workload' }, namespace: { type: 'string' } },
      },
      response: { 200: ref('Connectivity'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'connectivity', request.params.name, request.query, 'Connectivity'),
  });

  server.get<Named & { Querystring: { packetSize?: number } }>('/topologies/:name/overhead', {
    schema: {
      operationId: 'overhead',
      summary: 'Encapsulation overhead and MTU',
      tags: ['questions'],
      params: nameParam,
      querystring: { type: 'object', properties: { packetSize: { type: 'integer' } } },
      response: { 200: ref('OverheadReport'), ...problemResponses(404) },
    },
    handler: async (request, reply) => request.answer(reply, 'overhead', request.params.name, request.query, 'OverheadReport'),
  });

  server.post<Named & { Body: { packetSize?: number; trafficMatrix?: TrafficEntry[] } }>('/topologies/:name/overhead', {
    schema: {
      operationId: 'overheadWithTraffic',
      summary: 'Encapsulation overhead and MTU, with a traffic matrix',
      tags: ['questions'],
      params: nameParam,
      body: {
        type: 'object',
        additionalProperties: false,
        properties: {
          packetSize: { type: 'integer' },
          trafficMatrix: {
            type: 'array',
            maxItems: 10000,
            items: {
              type: 'object',
              required: ['from', 'to', 'bytesPerSecond'],
              properties: {
                from: { type: 'object', required: ['kind', 'name'], properties: { kind: { type: 'string', enum: ['namespace', 'node', 'service'] }, name: { type: 'string' } } },
                to: { type: 'object', required: ['kind', 'name'], properties: { kind: { type: 'string', enum: ['namespace', 'node', 'service'] }, name: { type: 'string' } } },
                bytesPerSecond: { type: 'number', minimum: 0 },
                family: { type: 'string', enum: ['IPv4', 'IPv6'] },
              },
            },
          },
        },
      },
      response: { 200: ref('OverheadReport'), ...problemResponses(404, 413, 415) },
    },
    handler: async (request, reply) => request.answer(reply, 'overhead', request.params.name, request.body ?? {}, 'OverheadReport'),
  });
}

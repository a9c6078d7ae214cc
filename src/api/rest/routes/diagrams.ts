import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../../../app/errors';
import { storedSubject } from '../../../app/questions';
import { answerDiagram, CONTENT_TYPES, DIAGRAM_TITLES, DiagramFormatError, MapOptionError, MAP_GROUP_BY, renderAs, topologyMap, type AnswerKind, type DiagramFormat, type MapGroupBy } from '../../../diagrams';
import { nameParam, problemResponses } from '../schemas';

interface ScenarioDiffAnswer {
  scenario: { name: string; topology: string };
  diff: unknown;
}

/**
 * Answers that can also be drawn: `?format=svg|dot` on these routes returns the picture instead of the JSON. `title` is
 * given only where the answer does not name its question (DIAGRAM_TITLES, shared with the CLI and GraphQL).
 */
const DRAWN: readonly { method: string; url: string; kind: AnswerKind; pick: (answer: unknown) => unknown; title?: (answer: unknown, request: FastifyRequest) => string }[] = [
  { method: 'GET', url: '/api/v1/topologies/:name/trace', kind: 'trace', pick: (a) => a },
  { method: 'GET', url: '/api/v1/topologies/:name/reachability', kind: 'reachability', pick: (a) => a },
  { method: 'GET', url: '/api/v1/topologies/:name/reachability-matrix', kind: 'matrix', pick: (a) => a },
  { method: 'GET', url: '/api/v1/topologies/:name/capacity', kind: 'capacity', pick: (a) => a },
  { method: 'GET', url: '/api/v1/topologies/:name/connectivity', kind: 'connectivity', pick: (a) => a },
  {
    method: 'POST',
    url: '/api/v1/scenarios/:scenario/diff',
    kind: 'diff',
    pick: (a) => (a as ScenarioDiffAnswer).diff,
    title: (a) => DIAGRAM_TITLES.scenarioDiff((a as ScenarioDiffAnswer).scenario.name, (a as ScenarioDiffAnswer).scenario.topology),
  },
  { method: 'POST', url: '/api/v1/topologies/:name/what-if', kind: 'diff', pick: (a) => (a as { diff: unknown }).diff, title: (_a, request) => DIAGRAM_TITLES.whatIf((request.params as { name: string }).name) },
];

const formatParam = {
  type: 'string',
  enum: ['json', 'dot', 'svg'],
  description: 'json (default): the answer; svg: the answer drawn (image/svg+xml); dot: its Graphviz source (text/vnd.graphviz)',
} as const;

/** A picture the answer cannot have in that format (capacity as DOT, too large to lay out): 400 naming `format`. */
async function formatChecked(draw: () => Promise<string>): Promise<string> {
  try {
    return await draw();
  } catch (error) {
    if (error instanceof DiagramFormatError) throw new AppError('BAD_USER_INPUT', error.message, { problems: [{ path: 'format', message: error.message }] });
    throw error;
  }
}

type Handler = (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => unknown;

/** Wraps the routes in DRAWN as they are added: their querystring learns `format`, their handler draws on request. */
function drawOnRequest(route: RouteOptions): void {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const spec = DRAWN.find((d) => d.url === route.url && methods.includes(d.method as never));
  if (spec === undefined) return;
  const schema = (route.schema ?? {}) as { querystring?: { type?: string; properties?: Record<string, unknown> }; response?: Record<string, unknown> };
  const qs = schema.querystring ?? { type: 'object' };
  // The JSON answer stays 200's application/json schema; the pictures are documented beside it.
  const json = schema.response?.[200];
  const response = { ...schema.response, 200: { description: 'the answer (format=json), or the answer drawn', content: { 'application/json': { schema: json }, 'image/svg+xml': { schema: { type: 'string' } }, 'text/vnd.graphviz': { schema: { type: 'string' } } } } };
  route.schema = { ...schema, querystring: { ...qs, properties: { ...(qs.properties ?? {}), format: formatParam } }, response };
  const inner = route.handler as Handler;
  route.handler = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
    const format = (request.query as { format?: string }).format;
    const answer = await inner.call(this, request, reply);
    if (format !== 'dot' && format !== 'svg') return answer;
    const body = await formatChecked(() => answerDiagram(spec.kind, spec.pick(answer), format, spec.title?.(answer, request)));
    return reply.type(CONTENT_TYPES[format]).send(body);
  };
}

interface DiagramQuery {
  format: DiagramFormat;
  groupBy: MapGroupBy;
  group?: string;
  namespace?: string;
  services?: boolean;
  maxNodes?: number;
}

/**
 * `?format=svg|dot` on the answers that can be drawn, and the topology map at `/topologies/:name/diagram`.
 * Registered first in the /api/v1 context and without encapsulation (skip-override), so its onRoute hook sees the
 * question routes registered after it.
 */
export async function diagramRoutes(server: FastifyInstance) {
  server.addHook('onRoute', drawOnRequest);
  server.get<{ Params: { name: string }; Querystring: DiagramQuery }>('/topologies/:name/diagram', {
    schema: {
      operationId: 'topologyDiagram',
      summary: 'The topology map (SVG or DOT)',
      description: 'Subnets and zones, nodes with their pod CIDRs, the overlay between them (tunnels vs routed), Services on demand. Above maxNodes nodes each group is drawn as one box, and the picture says so.',
      tags: ['questions'],
      params: nameParam,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          format: { type: 'string', enum: ['svg', 'dot'], default: 'svg' },
          groupBy: { type: 'string', enum: [...MAP_GROUP_BY], default: 'subnet' },
          group: { type: 'string', maxLength: 253, description: 'only this subnet (or zone, or node, per groupBy)' },
          namespace: { type: 'string', maxLength: 63, description: "only this namespace's pods and Services" },
          services: { type: 'boolean', description: 'draw Services and the nodes hosting their endpoints' },
          maxNodes: { type: 'integer', minimum: 1, maximum: 5000, description: 'aggregate groups above this many nodes (default 40)' },
        },
      },
      response: { 200: { description: 'the map', content: { 'image/svg+xml': { schema: { type: 'string' } }, 'text/vnd.graphviz': { schema: { type: 'string' } } } }, ...problemResponses(404) },
    },
    handler: async (request, reply) => {
      const { topology } = await storedSubject(request.topologies, request.params.name);
      let dot: string;
      try {
        dot = topologyMap(topology, request.query);
      } catch (error) {
        if (error instanceof MapOptionError) throw new AppError('BAD_USER_INPUT', error.message, { problems: [{ path: error.field, message: error.message }] });
        throw error;
      }
      return reply.type(CONTENT_TYPES[request.query.format]).send(await formatChecked(() => renderAs(dot, request.query.format)));
    },
  });
}
(diagramRoutes as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

/** JSON Schemas of question answers (OpenAPI). Deep report parts are open objects documented in docs/QUESTIONS.md. */
import { openObject } from './schemas';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const strList = { type: 'array', items: str } as const;

const HeaderSchema = {
  type: 'object',
  properties: { family: str, src: str, dst: str, protocol: str, srcPort: nullableInt, dstPort: nullableInt, size: { type: 'integer' } },
} as const;
const PacketSchema = { type: 'object', properties: { inner: HeaderSchema, outer: { ...HeaderSchema, type: ['object', 'null'] } } } as const;

export const TraceSchema = {
  $id: 'Trace',
  type: 'object',
  description: 'A trace (docs/ARCHITECTURE.md "Traces"): a disposition, the hops with their typed steps, and the assumptions relied on.',
  properties: {
    disposition: { type: 'string', enum: ['DELIVERED', 'EXITS_CLUSTER', 'NO_ROUTE', 'NEXT_HOP_UNREACHABLE', 'NO_ENDPOINTS', 'DROPPED', 'DENIED', 'LOOP', 'MTU_EXCEEDED', 'INSUFFICIENT_INFO'] },
    hops: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          node: str,
          netns: str,
          steps: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: str,
                action: str,
                detail: {
                  type: 'object',
                  properties: {
                    summary: str,
                    route: str,
                    routeOrigin: str,
                    device: str,
                    mtu: { type: 'integer' },
                    encapsulation: openObject('mode, device, outerSrc, outerDst, bytesAdded, layers, vni, port'),
                    xfrmPolicy: str,
                    rules: strList,
                    chains: strList,
                    service: str,
                    probability: { type: 'number' },
                    dns: openObject('name, type, nameserver, server, resolver, search, ndots, queries[{query, rcode, answers}], status, answer, addresses'),
                    packetIn: PacketSchema,
                    packetOut: { ...PacketSchema, type: ['object', 'null'] },
                  },
                },
              },
            },
          },
        },
      },
    },
    assumptions: strList,
    branches: {
      type: 'array',
      description: 'one per endpoint when a Service load-balances: { probability, endpoint, trace }',
      items: { type: 'object', properties: { probability: { type: 'number' }, endpoint: nullableStr, trace: { $ref: 'Trace#' } } },
    },
    outcomes: {
      type: 'array',
      items: { type: 'object', properties: { disposition: str, probability: { type: 'number' }, branches: { type: 'integer' } } },
    },
  },
} as const;

export const TraceAnswerSchema = {
  $id: 'TraceAnswer',
  type: 'object',
  properties: { query: openObject('from, to, family, protocol, port, packetSize'), trace: { $ref: 'Trace#' } },
} as const;

export const ReachabilitySchema = {
  $id: 'Reachability',
  type: 'object',
  properties: { from: str, to: str, reachable: { type: 'boolean' }, disposition: nullableStr, trace: { $ref: 'Trace#' } },
} as const;

export const QUESTION_SCHEMAS = [TraceSchema, TraceAnswerSchema, ReachabilitySchema];

export const ReachabilityMatrixSchema = openObject('groupBy, family, groups[{name,nodes,classes}], cells[{from,to,nodePairs,disposition,outcomes}], tracesRun, assumptions');
export const ConflictReportSchema = openObject('findings[{kind,severity,objects[{kind,name,cidr}],message}], counts{error,warning,info}, failOn, failed');
export const OverheadSchema = openObject('plugin, mode, crossSubnet, families, explicitMtu, overhead[], nodes[], subnetPairs[], packetSize, dontFragment, traffic, findings[], assumptions, notes');

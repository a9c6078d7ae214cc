/**
 * JSON Schemas of the REST resources. They validate requests, serialize responses (fastify drops fields a schema does
 * not list, so the contract cannot drift silently) and become the OpenAPI document at /api/v1/openapi.json.
 */
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const bool = { type: 'boolean' } as const;
const strList = { type: 'array', items: str } as const;
const labels = { type: 'object', additionalProperties: str } as const;

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
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
} as const;

export const FieldProblemSchema = {
  $id: 'FieldProblem',
  type: 'object',
  properties: { path: str, message: str, object: str },
  required: ['path', 'message'],
} as const;

const RouteSchema = object({ destination: str, via: nullableStr, dev: nullableStr, type: str, metric: nullableInt, src: nullableStr, onlink: bool });

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

export const TopologySchema = {
  $id: 'Topology',
  ...object(
    {
      name: str,
      description: str,
      version: int,
      clusterDomain: str,
      podCIDRs: strList,
      serviceCIDRs: strList,
      nodeCIDRMaskSize: object({ ipv4: int, ipv6: int }),
      cni: object({ plugin: str, overlay: str, crossSubnet: bool, bridge: str, vni: nullableInt, port: nullableInt, mtu: nullableInt }),
      kubeProxy: object({
        mode: str,
        clusterCIDRs: strList,
        masqueradeBit: int,
        masqueradeAll: bool,
        localhostNodePorts: bool,
        nodePortAddresses: strList,
      }),
      underlay: object({
        mtu: int,
        subnets: { type: 'array', items: object({ name: str, cidr: str, gateway: nullableStr, zone: nullableStr, mtu: nullableInt }) },
        routes: { type: 'array', items: RouteSchema },
      }),
      externalNetworks: { type: 'array', items: object({ name: str, cidr: str, kind: str }) },
      nodeRoutes: { type: 'array', items: object({ node: str, routes: { type: 'array', items: RouteSchema } }) },
      nodes: {
        type: 'array',
        items: object({
          name: str,
          internalIPs: strList,
          externalIPs: strList,
          subnet: nullableStr,
          podCIDRs: strList,
          labels,
          mtu: nullableInt,
          maxPods: nullableInt,
        }),
      },
      pods: {
        type: 'array',
        items: object({
          namespace: str,
          name: str,
          nodeName: nullableStr,
          ips: strList,
          hostNetwork: bool,
          labels,
          ports: {
            type: 'array',
            items: object({ container: str, name: nullableStr, containerPort: int, protocol: str, hostPort: nullableInt }),
          },
          ready: bool,
        }),
      },
      services: {
        type: 'array',
        items: object({
          namespace: str,
          name: str,
          type: str,
          clusterIPs: strList,
          headless: bool,
          ports: {
            type: 'array',
            items: object({
              name: nullableStr,
              protocol: str,
              port: int,
              targetPort: { type: ['integer', 'string'] },
              nodePort: nullableInt,
              appProtocol: nullableStr,
            }),
          },
          selector: { type: ['object', 'null'], additionalProperties: str },
          externalIPs: strList,
          loadBalancerIPs: strList,
          loadBalancerSourceRanges: strList,
          externalName: nullableStr,
          sessionAffinity: str,
          sessionAffinityTimeoutSeconds: nullableInt,
          externalTrafficPolicy: str,
          internalTrafficPolicy: str,
          healthCheckNodePort: nullableInt,
          ipFamilies: strList,
          ipFamilyPolicy: nullableStr,
          publishNotReadyAddresses: bool,
          labels,
        }),
      },
      endpointSlices: {
        type: 'array',
        items: object({
          namespace: str,
          name: str,
          serviceName: str,
          addressType: str,
          endpoints: {
            type: 'array',
            items: object({
              addresses: strList,
              ready: bool,
              serving: bool,
              terminating: bool,
              nodeName: nullableStr,
              zone: nullableStr,
              hostname: nullableStr,
              targetPod: { type: ['object', 'null'], properties: { namespace: str, name: str }, required: ['namespace', 'name'] },
            }),
          },
          ports: { type: 'array', items: object({ name: nullableStr, protocol: str, port: nullableInt, appProtocol: nullableStr }) },
          inferred: bool,
        }),
      },
    },
    'A stored topology in the model form (addresses canonical, defaults filled in, inferred endpoints included).',
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

export const ALL_SCHEMAS = [FieldProblemSchema, ProblemSchema, TopologySummarySchema, TopologySchema, ImportResultSchema, ValidationResultSchema];

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: 'problem details', content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } } }]));

/** The `{name}` path parameter of topology routes. */
export const nameParam = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } as const;

/** An answer whose deep shape is documented elsewhere (docs/*.md): serialized whole, described in OpenAPI by `description`. */
export const openObject = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

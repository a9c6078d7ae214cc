import { inferDump } from '../../app/inferService';
import { GraphQLScalarType, Kind } from 'graphql';
import type { DocumentFormat as DocumentFormatModel } from '../../io/parseTopology';
import type { Topology } from '../../engine/model/topology';
import type { DocumentFormat, Resolvers } from './generated/types';
import { indexOf, labelList, NO_SIDES, nodeOf, owned, podOf, serviceOf, subnetOf, withSides, type Sides } from './mappers';
import { answerOrThrow } from '../../app/questions';
import { AppError } from '../../app/errors';
import type { ScenarioRef } from '../../app/scenarioService';
import type { TraceInput } from '../../questions/trace';
import { kubeProxyText, type DnsInput } from '../../questions/services';
import { DIAGRAM_TITLES } from '../../diagrams';
import { diffResult } from './diagramResolvers';
import { connection } from './connections';
import { operationToOutput, operationsFromInput } from './operations';
import { answerMaxPods, answerPlan, type FreeCidrInput, type MaxPodsInput } from '../../questions/capacity';
import { badInput } from '../../app/errors';
import type { JobView } from '../../app/jobs/jobService';
import type { ScenarioDiff } from '../../engine/planner';
import type { ReachabilityMatrix } from '../../engine/trace';
import type { ConnectivityAnswer } from '../../questions/connectivity';
import type { MutationSubmitJobArgs } from './generated/types';
import { ownedPart, ownedParts } from './traceOwners';
import type { ConnectivityDiff } from '../../engine/planner/diffConnectivity';
import { tableChains } from '../../engine/services/kubeproxy';
import { findingDetailsType } from './findingDetails';

/** GraphQL passes absent optional arguments as null; the questions take undefined. */
function withoutNulls(args: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])] : v]));
}

interface TraceArgs {
  from: string;
  to: string;
  port?: number | null;
  protocol?: string | null;
  packetSize?: number | null;
  family?: string | null;
}

const traceInput = (a: TraceArgs): TraceInput => ({
  from: a.from,
  to: a.to,
  port: a.port ?? undefined,
  protocol: a.protocol ?? undefined,
  packetSize: a.packetSize ?? undefined,
  family: a.family ?? undefined,
});

const formatOf = (format: DocumentFormat | null | undefined): DocumentFormatModel | undefined =>
  format === 'JSON' ? 'json' : format === 'YAML' ? 'yaml' : undefined;

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO 8601 timestamp in UTC',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => new Date(String(value)),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be an ISO 8601 string');
    return new Date(ast.value);
  },
});

// Only where tests/api/graphqlContract.test.ts allows it, with the reason: everything else is an object type.
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  // The resolver's scalar replaces the SDL's, description included: say it here too, for the docs explorer.
  description: 'Arbitrary JSON, only for pass-through Kubernetes objects, tool-shaped data and operations in their stored form; each field says what it holds.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: () => {
    throw new TypeError('JSON arguments must be passed as variables');
  },
});

/** A capacity answer's bibliography (a map from source key to text) as GraphQL lists it. */
const citationList = (citations: Readonly<Partial<Record<string, string>>>) => Object.entries(citations).map(([key, text]) => ({ key, text: text ?? '' }));

/**
 * A typed input object as the engine's option parsers take it: GraphQL answers an explicit null for an absent field, the
 * parsers (parseDiffOptions) treat null as a wrong value, so nulls are left out at every depth.
 */
function withoutNullsDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullsDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNullsDeep(v)]));
}

/** The scenario the arguments name: `name`, and `topology` when given (needed when the name is used on several). */
const refOf = (args: { name: string; topology?: string | null }): ScenarioRef => (args.topology == null ? args.name : { name: args.name, topology: args.topology });

/** A job's answer when it is of that kind and succeeded. */
const succeeded = (job: JobView, kind: JobView['kind']): unknown => (job.kind === kind && job.state === 'succeeded' ? job.result : null);

/** submitJob's one question: the argument given names the kind, its fields are the input the REST route takes. */
function jobQuestion(args: MutationSubmitJobArgs): { kind: string; input: Record<string, unknown> } {
  const given = (['whatIf', 'scenarioDiff', 'reachabilityMatrix', 'connectivity'] as const).filter((k) => args[k] != null);
  if (given.length !== 1) {
    throw badInput([{ path: given[1] ?? 'whatIf', message: `give exactly one of whatIf, scenarioDiff, reachabilityMatrix, connectivity (got ${given.length === 0 ? 'none' : given.join(', ')})` }]);
  }
  const kind = given[0]!;
  if (kind === 'whatIf') {
    // The typed operations become the stored `{op, …}` form the REST body carries, as Query.whatIf converts them.
    const { operations, options } = args.whatIf!;
    return { kind, input: { operations: operationsFromInput(operations), ...(options ? { options: withoutNullsDeep(options) } : {}) } };
  }
  return { kind, input: withoutNullsDeep(args[kind]!) as Record<string, unknown> };
}

/** A job's problem paths name the GraphQL argument (whatIf.operations[0]…) instead of the REST body's `input.`. */
function asArgument(error: unknown, kind: string): unknown {
  if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT' || !error.details.problems) return error;
  const problems = error.details.problems.map((p) => ({ ...p, path: p.path.replace(/^input(?=\.|$)/, kind) }));
  return badInput(problems, error.details.warnings);
}

const routesOf = (topology: Topology, node: string) => topology.nodeRoutes.find((t) => t.node === node)?.routes ?? null;

/** Thin: each resolver parses its arguments, calls the shared TopologyService, and maps the model. */
export const resolvers: Resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    topologies: (_root, _args, { topologies }) => topologies.list(),
    topology: (_root, { name }, { topologies }) => topologies.find(name),
    exportTopology: (_root, { name, format }, { topologies }) => topologies.export(name, formatOf(format) ?? 'yaml'),
    validateTopology: (_root, { document, format }, { topologies }) => topologies.validate(document, { format: formatOf(format) }),
    inferTopology: (_root, { dump, name }, { topologies, app }) => {
      topologies.require('read');
      return inferDump(dump, { maxBytes: app.config.maxDocumentBytes, ...(name === null || name === undefined ? {} : { name }) });
    },
    plan: async (_root, { input, topology }, { topologies }) =>
      topologies.require('read') ??
      answerOrThrow(
        answerPlan(
          {
            ...input,
            services: input.services ?? undefined,
            family: input.family ?? undefined,
            provider: input.provider ?? undefined,
            within: input.within ? [...input.within] : undefined,
            avoid: input.avoid ? [...input.avoid] : undefined,
            growthFactor: input.growthFactor ?? undefined,
          },
          topology == null ? null : await topologies.get(topology),
        ),
      ),
    scenarios: (_root, { topology }, { scenarios }) => scenarios.list(topology ?? undefined),
    scenario: async (_root, args, { scenarios }) => {
      try {
        return await scenarios.get(refOf(args));
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    scenarioHistory: (_root, { topology }, { scenarios }) => scenarios.history(topology),
    job: async (_root, { id }, { app, topologies }) => {
      try {
        return await app.jobs.get(topologies, undefined, id);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    whatIf: async (_root, { topology, operations, options }, { app, topologies, signal }) => {
      const base = await topologies.get(topology);
      const { fork, diff, notes } = await app.questions.ask('whatIf', base, { operations: operationsFromInput(operations), options: withoutNullsDeep(options ?? {}) }, signal);
      return diffResult(diff, notes, DIAGRAM_TITLES.whatIf(topology), { base, fork });
    },
    maxPods: (_root, args, { topologies }) => topologies.require('read') ?? answerOrThrow(answerMaxPods(withoutNulls(args) as unknown as MaxPodsInput)),
  },
  Mutation: {
    submitJob: async (_root, args, { app, topologies }) => {
      const { kind, input } = jobQuestion(args);
      try {
        return await app.jobs.submit(topologies, args.topology, kind, input);
      } catch (error) {
        throw asArgument(error, kind);
      }
    },
    cancelJob: (_root, { id }, { app, topologies }) => app.jobs.cancel(topologies, undefined, id),
    importTopology: (_root, args, { topologies }) =>
      topologies.import(args.document, {
        format: formatOf(args.format),
        name: args.name ?? undefined,
        replace: args.replace ?? false,
        ifVersion: args.ifVersion ?? undefined,
      }),
    createScenario: (_root, args, { scenarios }) =>
      scenarios.create({ topology: args.topology, name: args.name, description: args.description ?? undefined, operations: operationsFromInput(args.operations ?? []) }),
    addScenarioOperations: (_root, args, { scenarios }) => scenarios.addOperations(refOf(args), operationsFromInput(args.operations), args.ifVersion ?? undefined),
    removeScenarioOperation: (_root, args, { scenarios }) => scenarios.removeOperation(refOf(args), args.index, args.ifVersion ?? undefined),
    discardScenario: (_root, args, { scenarios }) => scenarios.discard(refOf(args), args.ifVersion ?? undefined),
    promoteScenario: (_root, args, { scenarios }) => scenarios.promote(refOf(args), args.ifVersion ?? undefined),
    rebaseScenario: (_root, args, { scenarios }) => scenarios.rebase(refOf(args), args.ifVersion ?? undefined),
    deleteTopology: async (_root, { name, ifVersion }, { topologies }) => {
      await topologies.delete(name, ifVersion ?? undefined);
      return { name, deleted: true };
    },
  },
  Topology: {
    counts: (t) => ({
      nodes: t.nodes.length,
      pods: t.pods.length,
      services: t.services.length,
      endpointSlices: t.endpointSlices.length,
      subnets: t.underlay.subnets.length,
    }),
    underlay: (t) => ({ mtu: t.underlay.mtu, subnets: t.underlay.subnets.map((subnet) => ({ topology: t, subnet })), routes: [...t.underlay.routes] }),
    nodes: (t, { subnet }) => t.nodes.filter((n) => subnet == null || n.subnet === subnet).map((node) => ({ topology: t, node })),
    node: (t, { name }) => {
      const node = indexOf(t).nodesByName.get(name);
      return node ? { topology: t, node } : null;
    },
    pods: (t, { namespace, node, first, after }) => {
      const onNode = node != null ? (indexOf(t).podsByNode.get(node) ?? []) : t.pods;
      // Unfiltered, a page is a slice of the topology's own array: no copy of every pod for each page.
      return connection('pods', namespace == null ? onNode : onNode.filter((p) => p.namespace === namespace), { first, after }, (pod) => ({ topology: t, pod }));
    },
    pod: (t, { namespace, name }) => {
      const pod = t.pods.find((p) => p.namespace === namespace && p.name === name);
      return pod ? { topology: t, pod } : null;
    },
    services: (t, { namespace, first, after }) =>
      connection('services', namespace == null ? t.services : t.services.filter((s) => s.namespace === namespace), { first, after }, (service) => ({ topology: t, service })),
    service: (t, { namespace, name }) => {
      const service = t.services.find((s) => s.namespace === namespace && s.name === name);
      return service ? { topology: t, service } : null;
    },
    endpointSlices: (t, { namespace, service }) =>
      t.endpointSlices.filter((e) => (namespace == null || e.namespace === namespace) && (service == null || e.serviceName === service)).map((e) => owned(e, t)),
    trace: async (t, args, { app, signal }) => {
      const answer = await app.questions.ask('trace', t, traceInput(args), signal);
      return { query: answer.query, trace: answer.trace!, owner: t };
    },
    reachability: async (t, args, { app, signal }) => owned(await app.questions.ask('reachability', t, traceInput(args), signal), t),
    reachabilityMatrix: (t, args, { app, signal }) =>
      app.questions.ask(
        'reachabilityMatrix',
        t,
        {
          groupBy: args.groupBy ?? undefined,
          family: args.family ?? undefined,
          port: args.port ?? undefined,
          protocol: args.protocol ?? undefined,
          packetSize: args.packetSize ?? undefined,
        },
        signal,
      ),
    dns: (t, args, { app, signal }) => app.questions.ask('dns', t, withoutNulls(args) as unknown as DnsInput, signal),
    kubeProxyRules: async (t, args, { app, signal }) => {
      const answer = await app.questions.ask('kubeProxyRules', t, withoutNulls(args), signal);
      const families = { iptables: null, nftables: null, ipvs: null, [answer.mode]: answer.rules.families };
      return { mode: answer.mode, node: answer.rules.nodeName, text: kubeProxyText(answer), ...families };
    },
    ruleCounts: (t, args, { app, signal }) => app.questions.ask('ruleCounts', t, withoutNulls(args), signal),
    capacity: (t, args, { app, signal }) => app.questions.ask('capacity', t, withoutNulls(args), signal),
    freeCidrs: (t, args, { app, signal }) => app.questions.ask('freeCidrs', t, withoutNulls(args) as unknown as FreeCidrInput, signal),
    conflicts: (t, { failOn }, { app, signal }) => app.questions.ask('conflicts', t, { failOn: failOn ?? undefined }, signal),
    connectivity: (t, { level, namespace }, { app, signal }) =>
      app.questions.ask('connectivity', t, { level: level ?? undefined, namespace: namespace ?? undefined }, signal),
    encapOverhead: (t, { packetSize, trafficMatrix }, { app, signal }) =>
      app.questions.ask(
        'overhead',
        t,
        {
          packetSize: packetSize ?? undefined,
          // The enums already carry the engine's strings (enums.ts).
          trafficMatrix: trafficMatrix?.map((e) => ({ ...e, family: e.family ?? undefined })),
        },
        signal,
      ),
  },
  Subnet: {
    name: (p) => p.subnet.name,
    cidr: (p) => p.subnet.cidr,
    gateway: (p) => p.subnet.gateway,
    zone: (p) => p.subnet.zone,
    mtu: (p) => p.subnet.mtu,
    nodes: (p) => p.topology.nodes.filter((n) => n.subnet === p.subnet.name).map((node) => ({ topology: p.topology, node })),
  },
  Node: {
    name: (p) => p.node.name,
    internalIPs: (p) => [...p.node.internalIPs],
    externalIPs: (p) => [...p.node.externalIPs],
    subnet: (p) => subnetOf(p.topology, p.node.subnet),
    subnetName: (p) => p.node.subnet,
    podCIDRs: (p) => [...p.node.podCIDRs],
    labels: (p) => labelList(p.node.labels),
    mtu: (p) => p.node.mtu,
    maxPods: (p) => p.node.maxPods,
    pods: (p) => (indexOf(p.topology).podsByNode.get(p.node.name) ?? []).map((pod) => ({ topology: p.topology, pod })),
    routes: (p) => {
      const routes = routesOf(p.topology, p.node.name);
      return routes ? [...routes] : null;
    },
  },
  Pod: {
    namespace: (p) => p.pod.namespace,
    name: (p) => p.pod.name,
    nodeName: (p) => p.pod.nodeName,
    node: (p) => nodeOf(p.topology, p.pod.nodeName),
    ips: (p) => [...p.pod.ips],
    hostNetwork: (p) => p.pod.hostNetwork,
    labels: (p) => labelList(p.pod.labels),
    ports: (p) => [...p.pod.ports],
    ready: (p) => p.pod.ready,
  },
  Service: {
    namespace: (p) => p.service.namespace,
    name: (p) => p.service.name,
    type: (p) => p.service.type,
    clusterIPs: (p) => [...p.service.clusterIPs],
    headless: (p) => p.service.headless,
    ports: (p) => [...p.service.ports],
    selector: (p) => (p.service.selector ? labelList(p.service.selector) : null),
    externalIPs: (p) => [...p.service.externalIPs],
    loadBalancerIPs: (p) => [...p.service.loadBalancerIPs],
    loadBalancerSourceRanges: (p) => [...p.service.loadBalancerSourceRanges],
    externalName: (p) => p.service.externalName,
    sessionAffinity: (p) => p.service.sessionAffinity,
    sessionAffinityTimeoutSeconds: (p) => p.service.sessionAffinityTimeoutSeconds,
    externalTrafficPolicy: (p) => p.service.externalTrafficPolicy,
    internalTrafficPolicy: (p) => p.service.internalTrafficPolicy,
    healthCheckNodePort: (p) => p.service.healthCheckNodePort,
    ipFamilies: (p) => [...p.service.ipFamilies],
    ipFamilyPolicy: (p) => p.service.ipFamilyPolicy,
    publishNotReadyAddresses: (p) => p.service.publishNotReadyAddresses,
    labels: (p) => labelList(p.service.labels),
    endpointSlices: (p) =>
      p.topology.endpointSlices.filter((e) => e.namespace === p.service.namespace && e.serviceName === p.service.name).map((e) => owned(e, p.topology)),
  },
  Scenario: {
    operations: (s) => s.operations.map(operationToOutput),
    // A scenario is addressed with its topology: its name alone may be used on other topologies too.
    fork: async (s, _args, { scenarios }) => (await scenarios.evaluate({ name: s.name, topology: s.topology })).fork,
    diff: async (s, { options }, { app, scenarios, signal }) => {
      // The runner sees both sides; the diff's traces resolve their relations in them.
      let sides: Sides | undefined;
      const { diff, notes } = await scenarios.diff({ name: s.name, topology: s.topology }, withoutNullsDeep(options ?? {}), async (base, input) => {
        const answer = await app.questions.ask('whatIf', base, input, signal);
        sides = { base, fork: answer.fork };
        return answer;
      });
      return diffResult(diff, notes, DIAGRAM_TITLES.scenarioDiff(s.name, s.topology), sides!);
    },
  },
  ScenarioDiffResult: {
    diff: (r) => withSides(r.diff, r),
  },
  Job: {
    createdAt: (j) => new Date(j.createdAt),
    startedAt: (j) => (j.startedAt === null ? null : new Date(j.startedAt)),
    finishedAt: (j) => (j.finishedAt === null ? null : new Date(j.finishedAt)),
    problem: (j) => (j.problem === null ? null : { code: j.problem.code, message: j.problem.message, problems: [...(j.problem.problems ?? [])] }),
    diff: (j) => {
      const answer = succeeded(j, 'whatIf') ?? succeeded(j, 'scenarioDiff');
      if (!answer) return null;
      const { diff, notes } = answer as { diff: ScenarioDiff; notes: readonly string[] };
      const title = j.kind === 'whatIf' ? DIAGRAM_TITLES.whatIf(j.topology) : DIAGRAM_TITLES.scenarioDiff((answer as { scenario: { name: string } }).scenario.name, j.topology);
      return diffResult(diff, notes, title, NO_SIDES);
    },
    reachabilityMatrix: (j) => (succeeded(j, 'reachabilityMatrix') as ReachabilityMatrix | null) ?? null,
    connectivity: (j) => (succeeded(j, 'connectivity') as ConnectivityAnswer | null) ?? null,
  },
  WhatIf: {
    diff: (r) => withSides(r.diff, r),
  },
  ScenarioDiff: {
    reachability: (d) => withSides(d.reachability, d),
    // The built-in connectivity section is the only extra section the planner has (diff.ts CONNECTIVITY_DIFF).
    connectivity: (d) => {
      const section = d.extra.connectivity;
      return section ? { changed: section.changed, headline: section.headline, ...(section.data as ConnectivityDiff) } : null;
    },
  },
  ReachabilityDiff: {
    changed: (r) => r.changed.map((c) => withSides(c, r)),
    pairs: (r) => r.pairs.map((p) => withSides(p, r)),
  },
  CellChange: {
    traces: (c) => ({ before: c.traces.before && owned(c.traces.before, c.base), after: c.traces.after && owned(c.traces.after, c.fork) }),
  },
  PairDiff: {
    before: (p) => ({ ...p.before, trace: p.before.trace && owned(p.before.trace, p.base) }),
    after: (p) => ({ ...p.after, trace: p.after.trace && owned(p.after.trace, p.fork) }),
  },
  ConflictReport: {
    findings: (report, args) => connection('findings', report.findings, args, (f) => f),
  },
  Connectivity: {
    connections: (answer, args) => connection('connections', answer.connections, args, (c) => c),
  },
  FreeCidrs: { citations: (a) => citationList(a.citations) },
  MaxPods: { citations: (a) => citationList(a.citations) },
  CapacityReport: { citations: (r) => citationList(r.citations) },
  DroppedOperation: { operation: (d) => operationToOutput(d.operation) },
  Plan: { citations: (a) => citationList(a.citations) },
  InferResult: {
    sources: (r) => Object.entries(r.sources).map(([path, source]) => ({ path, source })),
  },
  OverheadFinding: {
    details: (f) => ({ ...f.details, __typename: findingDetailsType(f.code) }),
  },
  OverheadFindingDetails: {
    __resolveType: (d) => d.__typename,
  },
  IptablesTable: {
    // Upstream's reader of iptables-save text, over the table's own lines: the rules with their matches and targets.
    chains: (t) => tableChains(t),
  },
  ServicePort: {
    targetPort: (p) => String(p.targetPort),
  },
  EndpointSlice: {
    endpoints: (slice) => slice.endpoints.map((e) => owned(e, slice.owner)),
  },
  Endpoint: {
    targetPod: (e) => (e.targetPod ? `${e.targetPod.namespace}/${e.targetPod.name}` : null),
    pod: (e) => (e.targetPod ? podOf(e.owner, `${e.targetPod.namespace}/${e.targetPod.name}`) : null),
  },
  // Trace parts pass their topology down to the parts that name its objects (mappers.ts Owned).
  TraceResult: {
    trace: (r) => owned(r.trace, r.owner),
  },
  Reachability: {
    trace: (r) => (r.trace ? owned(r.trace, r.owner) : null),
  },
  // Below a trace the topology is passed on only where the query asks a relation (traceOwners.ts).
  Trace: {
    hops: (t, _args, _context, info) => ownedParts(t.hops, t.owner, info),
    branches: (t, _args, _context, info) => (t.branches ? ownedParts(t.branches, t.owner, info) : null),
  },
  TraceBranch: {
    trace: (b, _args, _context, info) => ownedPart(b.trace, b.owner, info),
  },
  Hop: {
    steps: (h, _args, _context, info) => ownedParts(h.steps, h.owner, info),
    nodeObject: (h) => nodeOf(h.owner, h.node),
    pod: (h) => (h.netns.startsWith('pod:') ? podOf(h.owner, h.netns.slice('pod:'.length)) : null),
  },
  Step: {
    detail: (s, _args, _context, info) => ownedPart(s.detail, s.owner, info),
  },
  StepDetail: {
    // `<ns>/<name>:<port name>` or `<ns>/<name>`: Kubernetes names cannot hold a colon, so the first one ends the ref.
    serviceObject: (d) => (d.service === undefined ? null : serviceOf(d.owner, d.service.split(':')[0])),
  },
};

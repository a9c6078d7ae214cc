import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, validate, isEnumType, isUnionType, type IntrospectionQuery, type IntrospectionTypeRef } from 'graphql';
import { FINDING_CODES } from '../../src/engine/overlay/findings';
import { findingDetailsType } from '../../src/api/graphql/findingDetails';
import { DEFAULT_QUERY } from '../../src/api/graphqlRoute';
import { ENGINE_ENUMS, graphqlEnumName, type EngineEnumName } from '../../src/api/graphql/enums';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { asEngineStrings } from '../helpers/graphqlEnums';

// The GraphQL contract a playground user builds on: every type, field, argument and enum value is described (what GraphiQL's
// docs explorer shows), closed sets are enums equal to the engine's lists, and the untyped JSON scalar appears only where
// the allow-list below says why.
const ROOT = join(__dirname, '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
/** Enums that are GraphQL's own choices, not an engine list. */
const INTERFACE_ONLY_ENUMS = new Set(['DocumentFormat', 'DiagramFormat']);

describe('every GraphQL enum equals the engine list it is built from', () => {
  const names = Object.keys(ENGINE_ENUMS) as EngineEnumName[];
  test.each(names)('%s', (name) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`schema.graphql has no enum ${name}`);
    expect(type.getValues().map((v) => v.name)).toEqual(ENGINE_ENUMS[name].map(graphqlEnumName));
    // Two engine strings must not collapse onto one GraphQL name.
    expect(new Set(ENGINE_ENUMS[name].map(graphqlEnumName)).size).toBe(ENGINE_ENUMS[name].length);
  });

  test('the schema has no enum without an engine list behind it', () => {
    const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__')).map((t) => t.name);
    expect(enums.filter((n) => !INTERFACE_ONLY_ENUMS.has(n) && !Object.hasOwn(ENGINE_ENUMS, n))).toEqual([]);
  });

  test.each([
    ['host-gw', 'HOST_GW'],
    ['aws-vpc-cni', 'AWS_VPC_CNI'],
    ['nodeCIDRs', 'NODE_CIDRS'],
    ['on-prem', 'ON_PREM'],
    ['IPv4', 'IPv4'],
    ['ClusterIP', 'ClusterIP'],
    ['NO_ROUTE', 'NO_ROUTE'],
  ])('naming: %s → %s', (engine, name) => {
    expect(graphqlEnumName(engine)).toBe(name);
  });
});

test('an overhead finding\'s details have one type per engine finding code', () => {
  const union = schema.getType('OverheadFindingDetails');
  if (!isUnionType(union)) throw new Error('schema.graphql has no union OverheadFindingDetails');
  expect(union.getTypes().map((t) => t.name)).toEqual(FINDING_CODES.map(findingDetailsType));
  expect(findingDetailsType('IPV6_MTU_BELOW_MINIMUM')).toBe('Ipv6MtuBelowMinimumDetails');
});

describe('enum values travel over HTTP as GraphQL names and reach the engine as its strings', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
    // seed-overlay with flannel's host-gw backend: an engine value with a dash.
    const document = readFileSync(join(ROOT, 'examples', 'seed-overlay.yaml'), 'utf8').replace('overlay: vxlan', 'overlay: host-gw');
    const imported = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d, name: "hostgw") { created } }', { d: document });
    expect(imported.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ts.close();
  });

  test.each([
    ['answers: host-gw is HOST_GW', '{ topology(name: "hostgw") { cni { plugin overlay } encapOverhead { mode } } }', { topology: { cni: { plugin: 'FLANNEL', overlay: 'HOST_GW' }, encapOverhead: { mode: 'HOST_GW' } } }],
    ['arguments: groupBy NODE groups by node', '{ topology(name: "hostgw") { reachabilityMatrix(groupBy: NODE) { groupBy family groups { name } } } }', { topology: { reachabilityMatrix: { groupBy: 'NODE', family: 'IPv4', groups: [{ name: 'node-1' }, { name: 'node-2' }] } } }],
    ['arguments: mode NFTABLES asks kube-proxy for nftables rules', '{ topology(name: "hostgw") { kubeProxyRules(mode: NFTABLES, family: IPv4) { mode } } }', { topology: { kubeProxyRules: { mode: 'NFTABLES' } } }],
    ['arguments: protocol UDP reaches the trace', '{ topology(name: "hostgw") { trace(from: "node:node-1", to: "node:node-2", port: 53, protocol: UDP) { query { protocol family } } } }', { topology: { trace: { query: { protocol: 'UDP', family: 'IPv4' } } } }],
  ])('%s', async (_name, query, expected) => {
    const r = await graphql(ts.baseUrl, query);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual(expected);
  });
});

/**
 * Every place the JSON scalar may appear (`Type.field` or `Type.field(argument)`), with the reason: pass-through Kubernetes
 * objects (policy manifests, in operations too, and an inference's documents). Every other answer is an object type
 * (tests/api/graphqlTypedAnswers.test.ts, graphqlTypedTools.test.ts); an entry whose field went away fails the test too, so
 * it cannot go stale.
 */
const JSON_ALLOWED: Readonly<Record<string, string>> = {
  'PolicyManifestInput.policy': 'a pass-through Kubernetes object: the NetworkPolicy / AdminNetworkPolicy manifest as kubectl prints it',
  'PolicyManifestFields.policy': 'the same manifest as answered in a stored operation (Operation.addNetworkPolicy…), kept as written',
  'InferResult.documents': 'pass-through Kubernetes objects (the Topology document and the kubectl objects), ready for importTopology',
};

describe('introspection over HTTP: every part of the schema is described', () => {
  let ts: TestServer;
  let schemaIntrospection: IntrospectionQuery['__schema'];
  beforeAll(async () => {
    ts = await startTestServer();
    const r = await graphql<IntrospectionQuery>(ts.baseUrl, getIntrospectionQuery({ inputValueDeprecation: true }));
    expect(r.errors).toBeUndefined();
    schemaIntrospection = r.data!.__schema;
  });
  afterAll(async () => {
    await ts.close();
  });

  const ours = () => schemaIntrospection.types.filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
  const named = (ref: IntrospectionTypeRef): string => ('ofType' in ref && ref.ofType ? named(ref.ofType) : (ref as { name: string }).name);

  test('no undocumented type, field, input field, argument or enum value', () => {
    const missing: string[] = [];
    const blank = (d: string | null | undefined) => !d || d.trim() === '';
    for (const t of ours()) {
      if (blank(t.description)) missing.push(`type ${t.name}`);
      if (t.kind === 'OBJECT' || t.kind === 'INTERFACE') {
        for (const f of t.fields) {
          if (blank(f.description)) missing.push(`field ${t.name}.${f.name}`);
          for (const a of f.args) if (blank(a.description)) missing.push(`argument ${t.name}.${f.name}(${a.name})`);
        }
      }
      if (t.kind === 'INPUT_OBJECT') for (const f of t.inputFields) if (blank(f.description)) missing.push(`input field ${t.name}.${f.name}`);
      if (t.kind === 'ENUM') for (const v of t.enumValues) if (blank(v.description)) missing.push(`enum value ${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  test('the JSON scalar appears only where the allow-list gives a reason', () => {
    const uses: string[] = [];
    for (const t of ours()) {
      if (t.kind === 'OBJECT') {
        for (const f of t.fields) {
          if (named(f.type) === 'JSON') uses.push(`${t.name}.${f.name}`);
          for (const a of f.args) if (named(a.type) === 'JSON') uses.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
      if (t.kind === 'INPUT_OBJECT') for (const f of t.inputFields) if (named(f.type) === 'JSON') uses.push(`${t.name}.${f.name}`);
    }
    expect(uses.filter((u) => !Object.hasOwn(JSON_ALLOWED, u))).toEqual([]);
    // A stale entry (the field got a real type) must leave the list.
    expect(Object.keys(JSON_ALLOWED).filter((u) => !uses.includes(u))).toEqual([]);
  });
});

describe('documented answers are object types a client selects from', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
    const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8') });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ts.close();
  });

  test('freeCidrs: the typed answer is the REST answer, field for field', async () => {
    const rest = (await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/free-cidrs?prefixLength=16&count=2`)).json()) as Record<string, unknown>;
    const r = await graphql<{ topology: { freeCidrs: Record<string, unknown> & { citations: { key: string; text: string }[] } } }>(
      ts.baseUrl,
      `{ topology(name: "kubeadm-calico") { freeCidrs(prefixLength: 16, count: 2) {
          family length requested found complete
          supernets { supernet found reason blockers { cidr source name } blockersTruncated largestFree }
          avoided { cidr source name } citations { key text } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const { citations, ...typed } = r.data!.topology.freeCidrs;
    const { citations: restCitations, ...restRest } = rest;
    expect((typed.found as string[]).length).toBe(2);
    expect(asEngineStrings(typed, { source: 'KnownRangeSource' })).toEqual(restRest);
    expect(Object.fromEntries(citations.map((c) => [c.key, c.text]))).toEqual(restCitations);
  });

  test('rebaseScenario: dropped operations are typed, with their index and problems', async () => {
    const create = 'mutation($n: String!, $ops: [OperationInput!]) { createScenario(topology: "kubeadm-calico", name: $n, operations: $ops) { name } }';
    const typed = [{ removeNode: { name: 'worker-b3' } }];
    expect((await graphql(ts.baseUrl, create, { n: 'mine', ops: typed })).errors).toBeUndefined();
    expect((await graphql(ts.baseUrl, create, { n: 'theirs', ops: typed })).errors).toBeUndefined();
    // The other scenario removes worker-b3 from the baseline first: removing it again no longer applies.
    expect((await graphql(ts.baseUrl, 'mutation { promoteScenario(name: "theirs") { version } }')).errors).toBeUndefined();
    const r = await graphql<{ rebaseScenario: { dropped: { index: number; operation: unknown; problems: { path: string; message: string }[] }[] } }>(
      ts.baseUrl,
      'mutation { rebaseScenario(name: "mine") { dropped { index operation { removeNode { name drain } removeSubnet { name } } problems { path message } } } }',
    );
    expect(r.errors).toBeUndefined();
    const dropped = r.data!.rebaseScenario.dropped;
    // The operation as given, typed: the field of its op is set (drain was not given), every other op's is null.
    expect(dropped.map((d) => [d.index, d.operation])).toEqual([[0, { removeNode: { name: 'worker-b3', drain: null }, removeSubnet: null }]]);
    expect(dropped[0]!.problems[0]!.path).toMatch(/^operations\[0\]/);
  });

  test('ruleCounts: the counts of every mode, typed, equal the REST answer', async () => {
    const rest = await (await fetch(`${ts.baseUrl}/api/v1/topologies/kubeadm-calico/rule-counts?node=worker-a1`)).json();
    const r = await graphql<{ topology: { ruleCounts: { modes: { families: Record<string, unknown>[] }[] } } }>(
      ts.baseUrl,
      `{ topology(name: "kubeadm-calico") { ruleCounts(node: "worker-a1") { node modes { nodeName mode errors families {
          mode family total filter { chains rules } nat { chains rules } sets maps chains rules elements virtualServers realServers ipsetEntries iptablesRules } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    // GraphQL answers the fields of other modes as null; REST leaves them out.
    const present = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(present) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, present(x)])) : v;
    const typed = asEngineStrings(present(r.data!.topology.ruleCounts), { mode: 'KubeProxyMode' });
    expect(typed).toEqual(rest);
    expect(r.data!.topology.ruleCounts.modes.map((m) => m.families[0]!.mode)).toEqual(['IPTABLES', 'NFTABLES', 'IPVS']);
  });
});

describe('the GraphiQL page', () => {
  // The query /graphiql opens with is the playground user's first request: it must stay valid as the schema changes.
  test('its default query validates against the schema', () => {
    expect(validate(schema, parse(DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
  });
});

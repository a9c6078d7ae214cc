import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { ENGINE_ENUMS, graphqlEnumName, type EngineEnumName } from '../../src/api/graphql/enums';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// The GraphQL contract a playground user builds on: closed sets are enums equal to the engine's lists.
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

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { createApollo } from '../../src/api/graphql/apollo';
import type { GraphQLContext } from '../../src/api/graphql/context';
import { ANONYMOUS } from '../../src/app/auth';
import { startTestServer, type TestServer } from '../helpers/server';

// Issue 17: queries run on graphql-jit (src/api/graphql/executor.ts). Every answer — data, errors, their codes, paths and
// locations — must be what graphql-js gives for the same request: each row is executed by the server's Apollo (graphql-jit)
// and by the same Apollo configuration on graphql-js alone, on the same schema, app and database, and compared whole.

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'kubeadm-calico.yaml'), 'utf8');

interface Row {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Which executor the server must have used for it: graphql-jit, or graphql-js for what executor.ts leaves to it. */
  by: 'jit' | 'graphqlJs';
  /** What the answer must show, besides being the same on both executors (so a row cannot pass by both failing alike). */
  expect: (body: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }) => void;
}

describe('graphql-jit answers exactly as graphql-js', () => {
  let s: TestServer;
  const servers: Record<'jit' | 'js', ApolloServer<GraphQLContext>> = {} as never;
  let pods: { namespace: string; name: string }[] = [];
  const counts = { jit: 0, graphqlJs: 0 };
  let service = { namespace: '', name: '', port: 0 };

  beforeAll(async () => {
    s = await startTestServer({ rateLimitPerMinute: 0 });
    const r = await fetch(`${s.baseUrl}/api/v1/topologies?name=calico`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: EXAMPLE });
    expect(r.status).toBe(201);
    for (const [key, executor] of [['jit', 'graphql-jit'], ['js', 'graphql-js']] as const) {
      servers[key] = createApollo({ limits: s.app.config.graphql, logError: () => undefined, executor, executorCounts: counts });
      await servers[key].start();
    }
    const topology = await s.app.topologies.get('calico');
    pods = topology.pods.filter((p) => !p.hostNetwork).map((p) => ({ namespace: p.namespace, name: p.name }));
    const svc = topology.services.find((x) => x.name === 'kube-dns')!;
    service = { namespace: svc.namespace, name: svc.name, port: svc.ports[0]!.port };
  });
  afterAll(async () => {
    await servers.jit?.stop();
    await servers.js?.stop();
    await s.close();
  });

  const pod = (i: number) => `pod:${pods[i]!.namespace}/${pods[i]!.name}`;
  const noErrors = (b: { errors?: unknown }) => expect(b.errors).toBeUndefined();
  const code = (c: string) => (b: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => expect(b.errors?.[0]?.extensions?.code).toBe(c);

  const rows: Row[] = [
    {
      name: 'trace pod → pod, the bench shape (enums out, nested lists)', by: 'jit',
      query: `query($from: String!, $to: String!) { topology(name: "calico") { trace(from: $from, to: $to, port: 8080) {
        trace { disposition hops { node netns steps { type action detail { summary route device mtu } } } } } } }`,
      variables: { get from() { return pod(0); }, get to() { return pod(pods.length - 1); } },
      expect: noErrors,
    },
    {
      name: 'trace pod → Service with branches and outcomes', by: 'jit',
      query: `query($from: String!, $to: String!, $port: Int) { topology(name: "calico") { trace(from: $from, to: $to, port: $port, protocol: UDP) {
        trace { disposition outcomes { disposition probability branches } branches { probability endpoint trace { disposition hops { node steps { type detail { summary } } } } } } } } }`,
      variables: { get from() { return pod(0); }, get to() { return `svc:${service.namespace}/${service.name}`; }, get port() { return service.port; } },
      expect: noErrors,
    },
    { name: 'unknown topology: null', by: 'jit', query: '{ topology(name: "nope") { name } }', expect: (b) => expect(b.data).toEqual({ topology: null }) },
    { name: 'export of an unknown topology: NOT_FOUND', by: 'jit', query: '{ exportTopology(name: "nope") }', expect: code('NOT_FOUND') },
    {
      name: 'trace from an unknown pod: BAD_USER_INPUT naming the argument', by: 'jit',
      query: '{ topology(name: "calico") { trace(from: "pod:default/none", to: "pod:default/none2") { trace { disposition } } } }',
      expect: code('BAD_USER_INPUT'),
    },
    { name: 'a variable of the wrong type: BAD_USER_INPUT', by: 'graphqlJs', query: 'query($n: String!) { topology(name: $n) { name } }', variables: { n: 5 }, expect: code('BAD_USER_INPUT') },
    { name: 'a required variable missing: BAD_USER_INPUT', by: 'graphqlJs', query: 'query($n: String!) { topology(name: $n) { name } }', expect: code('BAD_USER_INPUT') },
    {
      name: '@include and @skip by variable, aliases, fragments, __typename', by: 'jit',
      query: `query($withNodes: Boolean!) { a: topology(name: "calico") { ...T nodes @include(if: $withNodes) { name } services(first: 5) @skip(if: $withNodes) { totalCount edges { cursor node { name } } } } }
        fragment T on Topology { __typename name counts { nodes pods } cni { plugin overlay } }`,
      variables: { withNodes: true },
      expect: noErrors,
    },
    {
      name: 'operationName picks one of two operations', by: 'jit',
      query: 'query A { topologies { name } } query B { topology(name: "calico") { counts { services } } }',
      operationName: 'B',
      expect: noErrors,
    },
    { name: 'introspection of one type (left to graphql-js)', by: 'graphqlJs', query: '{ __type(name: "Trace") { name fields { name } } }', expect: noErrors },
    {
      name: 'an enum argument in, enum values out (reachability matrix by subnet)', by: 'jit',
      query: '{ topology(name: "calico") { reachabilityMatrix(groupBy: SUBNET) { groupBy tracesRun } } }',
      expect: noErrors,
    },
    { name: 'an invalid import (a mutation, left to graphql-js): BAD_USER_INPUT', by: 'graphqlJs', query: 'mutation { importTopology(document: "nodes: [") { created } }', expect: code('BAD_USER_INPUT') },
  ];

  test.each(rows)('$name (by $by)', async ({ query, variables, operationName, by, expect: check }) => {
    const answer = async (key: 'jit' | 'js') => {
      const contextValue: GraphQLContext = {
        app: s.app,
        topologies: s.app.forPrincipal(ANONYMOUS),
        scenarios: s.app.scenarios(ANONYMOUS),
        signal: new AbortController().signal,
        markWrite: () => undefined,
      };
      const response = await servers[key].executeOperation({ query, variables: variables ? { ...variables } : undefined, operationName }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { status: response.http.status ?? 200, body: JSON.parse(JSON.stringify(response.body.singleResult)) as Parameters<Row['expect']>[0] };
    };
    const before = { ...counts };
    const jit = await answer('jit');
    expect({ jit: counts.jit - before.jit, graphqlJs: counts.graphqlJs - before.graphqlJs }).toEqual(by === 'jit' ? { jit: 1, graphqlJs: 0 } : { jit: 0, graphqlJs: 1 });
    const js = await answer('js');
    check(js.body);
    expect(jit).toEqual(js);
  });
});

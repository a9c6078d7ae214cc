import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { asksTraceRelation } from '../../src/api/graphql/traceOwners';
import { graphql, startTestServer, type TestServer } from '../helpers/server';

// A trace's parts carry their topology only where the query asks a relation below them (src/api/graphql/traceOwners.ts).
// If the check missed a relation reached through a fragment, that relation would answer null: these tests ask each relation
// every way a document can reach it and hold it to the name beside it.
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8');

/** The check as a resolver of the document's first field `trace { trace { … } }` would see it: the inner `trace` field. */
function asksBelowTrace(document: string): boolean {
  const doc = parse(document);
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const outer = op.selectionSet.selections[0] as FieldNode;
  const inner = outer.selectionSet!.selections[0] as FieldNode;
  return asksTraceRelation({ fieldNodes: [inner], fragments });
}

describe('asksTraceRelation', () => {
  test.each([
    ['no relation', '{ trace { trace { disposition hops { node steps { detail { summary } } } } } }', false],
    ['Hop.nodeObject', '{ trace { trace { hops { nodeObject { name } } } } }', true],
    ['Hop.pod', '{ trace { trace { hops { pod { name } } } } }', true],
    ['StepDetail.serviceObject deep in a branch', '{ trace { trace { branches { trace { hops { steps { detail { serviceObject { name } } } } } } } } }', true],
    ['through a named fragment', '{ trace { trace { hops { ...H } } } } fragment H on Hop { node nodeObject { name } }', true],
    ['through a fragment inside a fragment', '{ trace { trace { ...T } } } fragment T on Trace { branches { trace { hops { ...H } } } } fragment H on Hop { pod { name } }', true],
    ['through an inline fragment', '{ trace { trace { hops { ... on Hop { steps { detail { ... on StepDetail { serviceObject { name } } } } } } } } }', true],
    ['fragments without relations', '{ trace { trace { ...T } } } fragment T on Trace { hops { ...H } } fragment H on Hop { node netns }', false],
  ])('%s', (_, document, expected) => {
    expect(asksBelowTrace(document)).toBe(expected);
  });
});

describe('trace relations over HTTP, asked through fragments', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
    const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: EXAMPLE });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ts.close();
  });

  interface HopAnswer {
    node: string;
    netns: string;
    nodeObject: { name: string } | null;
    pod: { namespace: string; name: string } | null;
    steps: { detail: { service: string | null; serviceObject: { namespace: string; name: string } | null } }[];
  }

  test.each([
    ['named fragments', 'fragment H on Hop { node netns nodeObject { name } pod { namespace name } steps { detail { service serviceObject { namespace name } } } }', 'hops { ...H } branches { trace { hops { ...H } } }'],
    ['inline fragments', '', 'hops { ... on Hop { node netns nodeObject { name } pod { namespace name } steps { detail { ... on StepDetail { service serviceObject { namespace name } } } } } } branches { trace { hops { node netns nodeObject { name } pod { namespace name } steps { detail { service serviceObject { namespace name } } } } } }'],
  ])('pod → Service, relations through %s name what the strings beside them name', async (_, fragments, selection) => {
    const r = await graphql<{ topology: { trace: { trace: { hops: HopAnswer[]; branches: { trace: { hops: HopAnswer[] } }[] } } } }>(
      ts.baseUrl,
      `{ topology(name: "kubeadm-calico") { trace(from: "pod:shop/web-7c9d8f6b5d-h2x9p", to: "svc:shop/api:9000") { trace { ${selection} } } } } ${fragments}`,
    );
    expect(r.errors).toBeUndefined();
    const { hops, branches } = r.data!.topology.trace.trace;
    expect(branches.length).toBeGreaterThan(1);
    const all = [...hops, ...branches.flatMap((b) => b.trace.hops)];
    let services = 0;
    for (const hop of all) {
      expect(hop.nodeObject?.name ?? null).toBe(['underlay', 'external'].includes(hop.node) ? null : hop.node);
      expect(hop.pod ? `pod:${hop.pod.namespace}/${hop.pod.name}` : null).toBe(hop.netns.startsWith('pod:') ? hop.netns : null);
      for (const s of hop.steps) {
        if (s.detail.service === null) continue;
        services++;
        expect(s.detail.serviceObject).toEqual({ namespace: 'shop', name: 'api' });
      }
    }
    expect(services).toBeGreaterThan(0);
  });

  // The decision is cached per field node, so it must not depend on the request: the same document asked with the
  // relation included and skipped by a variable, under an alias, answers the relation whenever it is included.
  test.each([true, false, true])('@include($with: %s) under an alias: the relation answers whenever it is asked', async (included) => {
    const r = await graphql<{ topology: { t: { trace: { hops: { node: string; where?: { name: string } | null }[] } } } }>(
      ts.baseUrl,
      'query($with: Boolean!) { topology(name: "kubeadm-calico") { t: trace(from: "pod:shop/web-7c9d8f6b5d-h2x9p", to: "svc:shop/api:9000") { trace { hops { node where: nodeObject @include(if: $with) { name } } } } } }',
      { with: included },
    );
    expect(r.errors).toBeUndefined();
    const hops = r.data!.topology.t.trace.hops.filter((h) => !['underlay', 'external'].includes(h.node));
    expect(hops.length).toBeGreaterThan(0);
    for (const hop of hops) {
      if (included) expect(hop.where?.name).toBe(hop.node);
      else expect(hop).not.toHaveProperty('where');
    }
  });
});

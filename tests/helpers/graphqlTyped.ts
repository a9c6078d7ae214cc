import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { expect } from '@jest/globals';
import { enumResolvers, type EngineEnumName } from '../../src/api/graphql/enums';
import { graphql } from './server';

// Issue 12's typed-answer tests ask a question over REST and over GraphQL selecting EVERY field of the typed answer, and
// require the two to be equal: these build that selection and spell a GraphQL answer as REST does.

export const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

/** Relations to the model's objects (Hop.nodeObject, StepDetail.serviceObject…): not part of an answer, and cyclic. */
const RELATIONS = new Set(['Topology', 'Node', 'Pod', 'Service', 'Subnet', 'EndpointSlice']);

/**
 * The selection of every field of a type, recursively; fields with arguments (diagram…) and relations to the model are
 * left out. A type may appear twice on a path (a trace's branches hold traces, which have no branches of their own). A
 * union selects `__typename` and every member's fields.
 */
export function selectAll(s: GraphQLSchema, typeName: string, path: readonly string[] = []): string {
  const type = s.getType(typeName);
  if (isUnionType(type)) return `{ __typename ${type.getTypes().map((member) => `... on ${member.name} ${selectAll(s, member.name, path)}`).join(' ')} }`;
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const inner = [...path, typeName];
  const fields = Object.values(type.getFields()).filter((f) => {
    const named = getNamedType(f.type).name;
    return f.args.length === 0 && !RELATIONS.has(named) && inner.filter((t) => t === named).length < 2;
  });
  return `{ ${fields
    .map((f) => {
      const named = getNamedType(f.type);
      return isObjectType(named) || isUnionType(named) ? `${f.name} ${selectAll(s, named.name, inner)}` : f.name;
    })
    .join(' ')} }`;
}

/**
 * A GraphQL answer in REST's spelling, walking it with its schema type: enum names become the engine's strings (the
 * server's own mapping, src/api/graphql/enums.ts), `citations` lists become the key → text map REST answers, a union
 * member loses its `__typename`, and null fields are left out (REST omits the fields of other variants; GraphQL answers
 * them as null). Compare with withoutNulls(rest), so the comparison is data, not spelling.
 */
export function inRestSpelling(value: unknown, type: GraphQLOutputType): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return inRestSpelling(value, type.ofType);
  if (isListType(type)) return (value as unknown[]).map((v) => inRestSpelling(v, type.ofType));
  if (isEnumType(type)) return enumResolvers[type.name as EngineEnumName]?.[value as string] ?? value;
  if (isScalarType(type)) return value;
  if (isUnionType(type)) {
    const { __typename, ...rest } = value as { __typename: string };
    return inRestSpelling(rest, schema.getType(__typename) as GraphQLOutputType);
  }
  if (!isObjectType(type)) return value;
  if (type.name === 'Citation') return value;
  const fields = type.getFields();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null) continue;
    const field = fields[key]!;
    if (key === 'citations' && getNamedType(field.type).name === 'Citation') {
      out[key] = Object.fromEntries((v as { key: string; text: string }[]).map((c) => [c.key, c.text]));
    } else out[key] = inRestSpelling(v, field.type);
  }
  return out;
}

export const withoutNulls = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(withoutNulls) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)])) : v;

/** One question asked of both interfaces. */
export interface TypedCase {
  readonly name: string;
  /** The REST request: GET path, or POST path with a JSON body or a raw YAML one. */
  readonly rest: { readonly path: string; readonly body?: unknown; readonly raw?: string };
  /** The GraphQL field path to the answer, e.g. ['topology', 'dns']. */
  readonly at: readonly string[];
  /** The GraphQL query with `%s` where the answer's full selection goes. */
  readonly query: string;
  /** The answer's type. */
  readonly type: string;
  readonly variables?: Record<string, unknown>;
  /** REST's answer arranged as the GraphQL answer is (still in REST's spelling); REST's answer itself when absent. */
  readonly arrange?: (rest: Record<string, unknown>, baseUrl: string) => Promise<unknown> | unknown;
  /** A fact about the answer the case is about, so an empty answer cannot pass. */
  readonly check: (rest: Record<string, unknown>) => void;
}

/** Asks the case over REST and over GraphQL (every field selected) on the real server; the answers must be equal. */
export async function expectTypedEqualsRest(baseUrl: string, c: TypedCase): Promise<void> {
  const init: RequestInit =
    c.rest.raw !== undefined
      ? { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: c.rest.raw }
      : c.rest.body !== undefined
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.rest.body) }
        : {};
  const response = await fetch(`${baseUrl}${c.rest.path}`, init);
  expect(response.status).toBe(200);
  const rest = (await response.json()) as Record<string, unknown>;
  c.check(rest);
  const r = await graphql(baseUrl, c.query.replace('%s', selectAll(schema, c.type)), c.variables);
  expect(r.errors).toBeUndefined();
  const answer = c.at.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], r.data);
  const expected = c.arrange ? await c.arrange(rest, baseUrl) : rest;
  // JSON round trip: an arranged answer may hold undefined where REST's JSON has no key.
  expect(inRestSpelling(answer, schema.getType(c.type) as GraphQLOutputType)).toEqual(withoutNulls(JSON.parse(JSON.stringify(expected))));
}

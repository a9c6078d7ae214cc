import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Topology } from '../../engine/model/topology';
import { owned, type Owned } from './mappers';

/**
 * A trace's parts travel with their topology (mappers.ts Owned) only for the relation fields under them: Hop.nodeObject,
 * Hop.pod, StepDetail.serviceObject. Copying every hop, step and detail to add it cost ~7% of a pod → Service trace
 * request's CPU (≈10 branches × the hops × the steps, each object spread, then collected), for queries that mostly ask no
 * relation at all. So each trace resolver looks at what the query selects below it — once per field of a document (the
 * answer is cached by its field node; Apollo keeps parsed documents) — and hands on the engine's own objects when no
 * relation is asked there. Those read `owner` as undefined, which nothing below them reads.
 */
const RELATIONS = new Set(['nodeObject', 'pod', 'serviceObject']);

const answered = new WeakMap<FieldNode, boolean>();

/** Whether any field named like a trace relation is selected anywhere below the field being resolved (fragments included). */
export function asksTraceRelation(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  // Merged field nodes are cached only when the field has one: a fragment's field node may merge with different siblings.
  const key = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  let asks = key === undefined ? undefined : answered.get(key);
  if (asks === undefined) {
    const seen = new Set<string>();
    asks = info.fieldNodes.some((f) => selects(f.selectionSet, info.fragments, seen));
    if (key !== undefined) answered.set(key, asks);
  }
  return asks;
}

function selects(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  if (set === undefined) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (RELATIONS.has(s.name.value) || selects(s.selectionSet, fragments, seen)) return true;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (selects(s.selectionSet, fragments, seen)) return true;
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (selects(fragments[s.name.value]?.selectionSet, fragments, seen)) return true;
    }
  }
  return false;
}

/** `parts` with their topology when the query asks a relation below; else the engine's objects themselves. */
export function ownedParts<T extends object>(parts: readonly T[], owner: Topology | undefined, info: GraphQLResolveInfo): readonly (T & Owned)[] {
  return asksTraceRelation(info) ? parts.map((p) => owned(p, owner)) : (parts as readonly (T & Owned)[]);
}

export function ownedPart<T extends object>(part: T, owner: Topology | undefined, info: GraphQLResolveInfo): T & Owned {
  return asksTraceRelation(info) ? owned(part, owner) : (part as T & Owned);
}

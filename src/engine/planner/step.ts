/**
 * The result of applying one operation: a new Topology plus notes, or the problems that stop it. An
 * operation never half-applies: it builds its new Topology from the old one (which it never mutates) and
 * either returns it whole or returns problems and nothing else.
 */
import type { Topology } from '../model/topology';
import type { Problem } from './operations';

export type Step = { readonly ok: true; readonly topology: Topology; readonly notes: readonly string[] } | { readonly ok: false; readonly problems: readonly Problem[] };

export function done(topology: Topology, notes: readonly string[] = []): Step {
  return { ok: true, topology, notes };
}

export function reject(path: string, message: string): Step {
  return { ok: false, problems: [{ path, message }] };
}

/** `a, b, c` — or the first `max` and a count of the rest, so notes stay one line on big plans. */
export function listed(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} … and ${items.length - max} more`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function podKey(p: { readonly namespace: string; readonly name: string }): string {
  return `${p.namespace}/${p.name}`;
}

/** The names of the `known` things, for "does not exist (known: …)" messages. */
export function knownNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : listed(names, 12);
}

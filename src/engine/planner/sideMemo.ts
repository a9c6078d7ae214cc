/**
 * Diffs proportional to the change. A diff runs the same questions on both sides; the baseline is usually
 * the same Topology object from one what-if to the next (the service's cache), and a fork shares with its
 * base every part of the topology its operations left alone (apply never mutates, it copies what changes).
 * So each section's answer for one side is memoized on that side's Topology object, and a fork whose
 * inputs to a section are the base's very objects gets the base's answer without asking again.
 *
 * `IGNORES` lists, per section, the top-level Topology fields the section never reads (checked by grep of
 * the engine modules behind it); `PARTS` the fields a section reads only in part (what it reads is compared
 * instead of the object); every other field must be the same object (or equal primitive) on both sides for
 * the fork to reuse the base's answer.
 */
import type { Topology } from '../model/topology';

export type Section = 'reachability' | 'conflicts' | 'overhead' | 'capacity';

const IGNORES: Readonly<Record<Section, readonly (keyof Topology)[]>> = {
  // Pod-to-pod traces: kube-proxy only acts on Service addresses.
  reachability: ['kubeProxy'],
  // src/engine/conflicts and src/engine/capacity read neither kube-proxy, EndpointSlices nor node route tables.
  conflicts: ['kubeProxy', 'endpointSlices', 'nodeRoutes'],
  capacity: ['kubeProxy', 'endpointSlices', 'nodeRoutes'],
  // src/engine/overlay reads EndpointSlices (traffic.ts), never kube-proxy.
  overhead: ['kubeProxy'],
};

/**
 * Fields a section reads only part of. src/engine/conflicts reads nothing of the CNI but its plugin
 * (entryChecks.ts, pairRules.ts: which plugins bring their own IPAM, aws-vpc-cni's VPC addresses), so an
 * overlay switch — the planner's first documented example — keeps the conflicts of the baseline.
 */
const PARTS: Readonly<Record<Section, Partial<{ readonly [K in keyof Topology]: (value: Topology[K]) => unknown }>>> = {
  reachability: {},
  conflicts: { cni: (cni) => cni.plugin },
  capacity: {},
  overhead: {},
};

const memo = new WeakMap<Topology, Map<string, unknown>>();

/** `compute()` once per Topology object and key. */
export function onSide<T>(t: Topology, key: string, compute: () => T): T {
  let m = memo.get(t);
  if (m === undefined) memo.set(t, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

export function memoized(t: Topology, key: string): boolean {
  return memo.get(t)?.has(key) === true;
}

/** Every field `section` reads is the same on both sides. */
export function sharesInputs(a: Topology, b: Topology, section: Section): boolean {
  const ignored = IGNORES[section];
  const parts = PARTS[section] as Partial<Record<keyof Topology, (value: unknown) => unknown>>;
  const keys = Object.keys(a) as (keyof Topology)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => ignored.includes(k) || a[k] === b[k] || (parts[k] !== undefined && parts[k](a[k]) === parts[k](b[k])));
}

/**
 * The section's answer on both sides: the base's memoized, the fork's the base's when it shares the
 * inputs. `reused` collects `baseline <section>` / `fork <section>` for each side not computed now.
 */
export function bothSides<T>(base: Topology, fork: Topology, section: Section, key: string, compute: (t: Topology) => T, reused: string[]): [T, T] {
  const k = `${section}|${key}`;
  if (memoized(base, k)) reused.push(`baseline ${section}`);
  const b = onSide(base, k, () => compute(base));
  if (fork === base || sharesInputs(base, fork, section)) {
    reused.push(`fork ${section} (its inputs are the baseline's)`);
    return [b, b];
  }
  if (memoized(fork, k)) reused.push(`fork ${section}`);
  return [b, onSide(fork, k, () => compute(fork))];
}

/**
 * A what-if (or scenario) diff without what depends on the worker's caches rather than on the question: which baseline
 * answers it reused (`reused`) and how much reachability work it did (`work`), which differ between a first and a second
 * asking of the same question. Job tests compare a job's answer with the synchronous one through it.
 */
export function withoutCacheFigures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCacheFigures);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'reused' && k !== 'work').map(([k, v]) => [k, withoutCacheFigures(v)]));
}

import type { Topology } from '../../engine/model/topology';

const keys = new WeakMap<Topology, string>();
let counter = 0;

/**
 * One key per topology object: name, version and an identity counter. The topology cache keeps one object per stored
 * version and nothing mutates it, so the key names one immutable content — a what-if fork with the same name and
 * version is another object and gets another key. The worker pool keys its per-worker parse by it; the answer cache
 * keys answers by it, so a new version (a new object) never meets the old version's answers.
 */
export function topologyKey(topology: Topology): string {
  let key = keys.get(topology);
  if (key === undefined) keys.set(topology, (key = `${topology.name}@${topology.version}#${++counter}`));
  return key;
}

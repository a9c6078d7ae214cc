/**
 * The connectivity list of a snapshot: the snapshot's compiled policies (compiled once, shared with traces) through
 * the one connectivity implementation, src/engine/policy/connectivity.ts (equivalence classes of pods), memoized per
 * snapshot and level — snapshots are immutable and cached per topology version, so every interface asking the same
 * question of the same version reuses the answer.
 */
import type { Snapshot } from '../model/snapshot';
import { connectivity, type ConnectivityLevel, type ConnectivityResult } from '../policy/connectivity';
import { compiledPoliciesOf } from './policyHop';

const memo = new WeakMap<Snapshot, Map<ConnectivityLevel, ConnectivityResult>>();

export function connectivityOf(snap: Snapshot, level: ConnectivityLevel): ConnectivityResult {
  let byLevel = memo.get(snap);
  if (byLevel === undefined) memo.set(snap, (byLevel = new Map()));
  let result = byLevel.get(level);
  if (result === undefined) byLevel.set(level, (result = connectivity(compiledPoliciesOf(snap), { level })));
  return result;
}

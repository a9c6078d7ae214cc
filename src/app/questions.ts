import { compileSnapshot, type Snapshot } from '../engine/model/snapshot';
import type { Topology } from '../engine/model/topology';
import type { QuestionResult } from '../questions/problems';
import { badInput } from './errors';
import type { TopologyCache } from './topologyCache';

/** What storedSubject needs: the service itself, or its view for one principal. */
export interface TopologySource {
  get(name: string): Promise<Topology>;
  readonly cache: TopologyCache;
}

/** What a question is asked of: a topology and its compiled snapshot (compiled once, on first use). */
export interface Subject {
  readonly topology: Topology;
  snapshot(): Snapshot;
}

/** A stored topology: the snapshot comes from the service's cache, so repeated questions skip the compile. */
export async function storedSubject(topologies: TopologySource, name: string): Promise<Subject> {
  const topology = await topologies.get(name);
  return { topology, snapshot: () => topologies.cache.snapshotOf(topology) };
}

/** A topology that is not stored (the CLI's --file form, a what-if fork). */
export function adhocSubject(topology: Topology): Subject {
  let snapshot: Snapshot | null = null;
  return { topology, snapshot: () => (snapshot ??= compileSnapshot(topology)) };
}

/** The answer, or BAD_USER_INPUT naming each argument that was wrong. */
export function answerOrThrow<T>(result: QuestionResult<T>): T {
  if (!result.ok) throw badInput(result.problems);
  return result.answer;
}

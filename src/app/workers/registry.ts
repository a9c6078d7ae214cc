import type { Snapshot } from '../../engine/model/snapshot';
import type { Topology } from '../../engine/model/topology';
import { answerCapacity, answerFreeCidrs, type CapacityInput, type FreeCidrInput } from '../../questions/capacity';
import { answerConflicts, type ConflictsInput } from '../../questions/conflicts';
import { answerConnectivity, type ConnectivityInput } from '../../questions/connectivity';
import { answerOverhead, type OverheadInput } from '../../questions/overhead';
import { answerDns, answerKubeProxyRules, answerRuleCounts, type DnsInput, type KubeProxyInput } from '../../questions/services';
import { answerMatrix, answerReachability, answerTrace, type MatrixInput, type TraceInput } from '../../questions/trace';
import { connectivityBound, matrixBound, whatIfBound } from '../../questions/bounds';
import type { Problem } from '../../io/problems';
import { answerOrThrow } from '../questions';
import { ScenarioService } from '../scenarioService';

/** What a question is asked of, inside a worker: the topology and its snapshot, compiled once per worker and version. */
export interface WorkerSubject {
  readonly topology: Topology;
  snapshot(): Snapshot;
}

/**
 * Every question that may run on the worker pool, by name. A question is a pure function of a subject and a plain
 * (structured-cloneable) input that returns a plain answer or throws an AppError. To put a new question on the pool,
 * add one line here and call `app.questions.ask('<name>', topology, input, signal)` from the route or resolver: the
 * pool, the per-worker snapshot cache, the timeout and the memory limit come with it.
 */
export const QUESTIONS = {
  trace: (s: WorkerSubject, input: TraceInput) => answerOrThrow(answerTrace(s.snapshot(), input)),
  reachability: (s: WorkerSubject, input: TraceInput) => answerOrThrow(answerReachability(s.snapshot(), input)),
  reachabilityMatrix: (s: WorkerSubject, input: MatrixInput) => answerOrThrow(answerMatrix(s.snapshot(), input)),
  conflicts: (s: WorkerSubject, input: ConflictsInput) => answerOrThrow(answerConflicts(s.topology, input)),
  connectivity: (s: WorkerSubject, input: ConnectivityInput) => answerOrThrow(answerConnectivity(s.snapshot(), input)),
  overhead: (s: WorkerSubject, input: OverheadInput) => answerOrThrow(answerOverhead(s.topology, input)),
  capacity: (s: WorkerSubject, input: CapacityInput) => answerOrThrow(answerCapacity(s.topology, input)),
  freeCidrs: (s: WorkerSubject, input: FreeCidrInput) => answerOrThrow(answerFreeCidrs(s.topology, input)),
  dns: (s: WorkerSubject, input: DnsInput) => answerOrThrow(answerDns(s.topology, input)),
  kubeProxyRules: (s: WorkerSubject, input: KubeProxyInput) => answerOrThrow(answerKubeProxyRules(s.topology, input)),
  ruleCounts: (s: WorkerSubject, input: KubeProxyInput) => answerOrThrow(answerRuleCounts(s.topology, input)),
  /** Operations applied to the topology, then diffed against it: the stateless what-if and a stored scenario's diff. */
  whatIf: (s: WorkerSubject, input: { operations: unknown; options?: unknown }) => ScenarioService.whatIf(s.topology, input.operations, input.options ?? {}),
  /**
   * The same without the fork, for callers that read only the diff (REST, jobs, stored scenarios' diffs): the fork is as
   * big as the topology, and cloning a 150,000-pod fork back from the worker took about a second of a what-if over REST.
   */
  whatIfDiff: (s: WorkerSubject, input: { operations: unknown; options?: unknown }) => {
    const { diff, notes } = ScenarioService.whatIf(s.topology, input.operations, input.options ?? {});
    return { diff, notes };
  },
};

export type QuestionName = keyof typeof QUESTIONS;
export type QuestionInput<Q extends QuestionName> = Parameters<(typeof QUESTIONS)[Q]>[1];
export type QuestionAnswer<Q extends QuestionName> = ReturnType<(typeof QUESTIONS)[Q]>;

export interface WorkLimits {
  readonly maxMatrixCells: number;
  readonly maxConnectivityRows: number;
}

/**
 * Bounds checked on the event loop before a question is sent to a worker (cheap counts only): a question past its bound is
 * refused with BAD_USER_INPUT naming the limit and how to narrow it, and never starts. Questions linear in the topology
 * (bounded by the document size limit) need none.
 */
export const BOUNDS: { readonly [Q in QuestionName]?: (topology: Topology, input: QuestionInput<Q>, limits: WorkLimits) => Problem | null } = {
  reachabilityMatrix: (t, input, l) => matrixBound(t, input.groupBy, l.maxMatrixCells),
  whatIf: (t, input, l) => whatIfBound(t, input.operations, input.options, l.maxMatrixCells),
  whatIfDiff: (t, input, l) => whatIfBound(t, input.operations, input.options, l.maxMatrixCells),
  connectivity: (t, input, l) => connectivityBound(t, input.level, input.namespace, l.maxConnectivityRows),
};

/**
 * Questions answered on the event loop instead of being handed to a worker, and the bound under which they are. The hand-off
 * (post the task, wake a thread, structured-clone the answer back) costs ~110 µs of CPU per question plus a thread wake-up
 * (measured at 200 nodes: a pod → pod trace 90 µs of CPU on the calling thread, 207 µs through the pool), which is more
 * than a single trace or DNS lookup costs: the dispatch is the bigger half of such a question. Only questions whose work is
 * one bounded path qualify:
 * - trace and reachability follow one path per endpoint of the destination Service, so they qualify while no Service of the
 *   topology has more than INLINE_MAX_ENDPOINTS endpoints;
 * - trace and reachability read the compiled snapshot, which this thread then compiles once per topology version (the same
 *   compile each worker makes); dns reads the topology's memoized DNS index. Both are linear in the topology, so they qualify
 *   only up to INLINE_MAX_OBJECTS nodes, pods, Services and endpoints (the documented envelope, 5,000 nodes / 150,000 pods /
 *   10,000 Services / 100,000 endpoints, is ~265,000: its compile costs the event loop ~0.5 s once per version).
 * Everything else, and these past their bounds, stays on the pool with the request timeout and the memory limit.
 */
export const INLINE_MAX_ENDPOINTS = 256;
export const INLINE_MAX_OBJECTS = 300_000;

const inlineFacts = new WeakMap<Topology, { objects: number; maxEndpoints: number }>();
function factsOf(topology: Topology): { objects: number; maxEndpoints: number } {
  let facts = inlineFacts.get(topology);
  if (!facts) {
    const endpoints = new Map<string, number>();
    let total = 0;
    for (const slice of topology.endpointSlices) {
      const key = `${slice.namespace}/${slice.serviceName}`;
      endpoints.set(key, (endpoints.get(key) ?? 0) + slice.endpoints.length);
      total += slice.endpoints.length;
    }
    let maxEndpoints = 0;
    for (const n of endpoints.values()) maxEndpoints = Math.max(maxEndpoints, n);
    facts = { objects: topology.nodes.length + topology.pods.length + topology.services.length + total, maxEndpoints };
    inlineFacts.set(topology, facts);
  }
  return facts;
}

const smallPath = (topology: Topology) => {
  const facts = factsOf(topology);
  return facts.objects <= INLINE_MAX_OBJECTS && facts.maxEndpoints <= INLINE_MAX_ENDPOINTS;
};

/** The questions that may run on the event loop, each with its bound (checked once per topology object, then memoized). */
export const INLINE: { readonly [Q in QuestionName]?: (topology: Topology) => boolean } = {
  trace: smallPath,
  reachability: smallPath,
  dns: (topology) => factsOf(topology).objects <= INLINE_MAX_OBJECTS,
};

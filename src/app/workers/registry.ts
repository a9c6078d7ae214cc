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
  connectivity: (t, input, l) => connectivityBound(t, input.level, input.namespace, l.maxConnectivityRows),
};

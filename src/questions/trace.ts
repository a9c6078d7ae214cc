import type { Snapshot } from '../engine/model/snapshot';
import type { IpFamily, Protocol } from '../engine/model/topology';
import { reachability, reachabilityMatrix, trace, type GroupBy, type Reachability, type ReachabilityMatrix, type TraceAnswer } from '../engine/trace';
import { problemsFromEngine, type QuestionResult } from './problems';
import { familyNamed } from './families';
import type { Problem } from '../io/problems';

export interface TraceInput {
  from: string;
  to: string;
  port?: number;
  /** tcp|udp|sctp in any case. */
  protocol?: string;
  packetSize?: number;
  family?: string;
}

// Looked up with familyNamed: a plain index would answer "constructor" with Object's own property.
const FAMILIES: Record<string, IpFamily> = { ipv4: 'IPv4', ipv6: 'IPv6', '4': 'IPv4', '6': 'IPv6' };

function options(input: Omit<TraceInput, 'from' | 'to'>) {
  const problems: Problem[] = [];
  const protocol = input.protocol === undefined ? undefined : (input.protocol.toUpperCase() as Protocol);
  let family: IpFamily | undefined;
  if (input.family !== undefined) {
    family = familyNamed(FAMILIES, input.family);
    if (!family) problems.push({ path: 'family', message: `"${input.family}" is not ipv4 or ipv6` });
  }
  return { problems, options: { port: input.port, protocol, packetSize: input.packetSize, family } };
}

/** path-for-packet between two named things (docs/ARCHITECTURE.md "Naming things in questions"). */
export function answerTrace(snapshot: Snapshot, input: TraceInput): QuestionResult<TraceAnswer> {
  const o = options(input);
  if (o.problems.length > 0) return { ok: false, problems: o.problems };
  const answer = trace(snapshot, input.from, input.to, o.options);
  if (answer.errors.length > 0) return { ok: false, problems: problemsFromEngine(answer.errors) };
  return { ok: true, answer };
}

export function answerReachability(snapshot: Snapshot, input: TraceInput): QuestionResult<Reachability & { from: string; to: string }> {
  const o = options(input);
  if (o.problems.length > 0) return { ok: false, problems: o.problems };
  const answer = reachability(snapshot, input.from, input.to, o.options);
  if (answer.errors.length > 0) return { ok: false, problems: problemsFromEngine(answer.errors) };
  return { ok: true, answer: { from: input.from, to: input.to, ...answer } };
}

export interface MatrixInput {
  groupBy?: string;
  family?: string;
  port?: number;
  protocol?: string;
  packetSize?: number;
}

const GROUP_BYS: readonly GroupBy[] = ['subnet', 'node', 'zone'];

function matrixOptions(input: MatrixInput) {
  const o = options(input);
  const groupBy = (input.groupBy ?? 'subnet') as GroupBy;
  if (!GROUP_BYS.includes(groupBy)) o.problems.push({ path: 'groupBy', message: `"${input.groupBy}" is not one of ${GROUP_BYS.join(', ')}` });
  return { problems: o.problems, options: { ...o.options, groupBy } };
}

/** The input's problems without answering: a queued job (src/app/jobs) is checked before it is accepted. */
export function matrixInputProblems(input: MatrixInput): Problem[] {
  return matrixOptions(input).problems;
}

export function answerMatrix(snapshot: Snapshot, input: MatrixInput): QuestionResult<ReachabilityMatrix> {
  const o = matrixOptions(input);
  if (o.problems.length > 0) return { ok: false, problems: o.problems };
  return { ok: true, answer: reachabilityMatrix(snapshot, o.options) };
}

/** src/engine/trace: the packet tracer (path-for-packet) and reachability (see README.md). */
export { trace, walkPacket, DEFAULT_PACKET_SIZE } from './tracer';
export { reachability, reachabilityMatrix, pairTrace, type Reachability, type MatrixOptions, type ReachabilityMatrix, type MatrixCell, type MatrixOutcome, type GroupBy } from './reachability';
export { parseTarget, formatTarget, type Target, type TargetParse } from './target';
export { DISPOSITIONS, SUCCESS_DISPOSITIONS } from './types';
export { summaryDisposition } from './branches';
export type {
  Disposition,
  DnsStepDetail,
  EncapsulationDetail,
  Header,
  Hop,
  PacketHeaders,
  Step,
  StepAction,
  StepDetail,
  StepType,
  TargetInput,
  Trace,
  TraceAnswer,
  TraceBranch,
  TraceOutcome,
  TraceOptions,
  TraceQuery,
} from './types';

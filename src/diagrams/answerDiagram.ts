/**
 * One entry point from an answer to its picture, so the CLI, REST and GraphQL draw the same answer the same way.
 * Answers are the JSON the interfaces already return (a trace answer, a reachability, a matrix, a diff, a capacity answer).
 */
import type { ScenarioDiff } from '../engine/planner';
import type { Reachability, ReachabilityMatrix, TraceAnswer } from '../engine/trace';
import type { CapacityAnswer } from '../questions/capacity';
import type { ConnectivityAnswer } from '../questions/connectivity';
import { capacityPlot } from './capacityPlot';
import { connectivityGraph } from './connectivityGraph';
import { diffDiagram } from './diffDiagram';
import { matrixDiagram } from './matrixDiagram';
import { pathDiagram } from './pathDiagram';
import { DiagramFormatError, renderSvg, type DiagramFormat } from './render';

export const ANSWER_KINDS = ['trace', 'reachability', 'matrix', 'diff', 'capacity', 'connectivity'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * The titles the interfaces give pictures whose answer does not name its question (a diff does not say which scenario or
 * topology it is of), kept here so the CLI, REST and GraphQL title the same question the same way and draw the same bytes.
 */
export const DIAGRAM_TITLES = {
  scenarioDiff: (scenario: string, topology: string) => `scenario ${scenario} on ${topology}`,
  whatIf: (topology: string) => `what-if on ${topology}`,
} as const;


function dotOf(kind: AnswerKind, answer: unknown, title?: string): string | null {
  switch (kind) {
    case 'trace': {
      const a = answer as TraceAnswer;
      return a.trace ? pathDiagram({ trace: a.trace, title: title ?? `${a.query.from} → ${a.query.to}` }) : null;
    }
    case 'reachability': {
      const a = answer as Reachability & { from: string; to: string };
      return a.trace ? pathDiagram({ trace: a.trace, title: title ?? `${a.from} → ${a.to}` }) : null;
    }
    case 'matrix':
      return matrixDiagram(answer as ReachabilityMatrix);
    case 'diff':
      return diffDiagram(answer as ScenarioDiff, title);
    case 'capacity':
      return null;
    case 'connectivity':
      return connectivityDot(answer as ConnectivityAnswer, title);
  }
}

/**
 * The NetworkPolicy connectivity list as a graph: workloads grouped by namespace, one edge per allowed connection
 * labeled with its set (`TCP 80,UDP 53`, or all ports). "No Connections" pairs are left out: at pod level every ordered
 * pair is listed, and a picture of n² dashed edges says less than their absence.
 */
function connectivityDot(answer: ConnectivityAnswer, title?: string): string {
  const connections = answer.connections
    .filter((c) => c.allowed !== 'No Connections')
    .map((c) => ({ from: c.from, fromKind: c.fromKind, to: c.to, toKind: c.toKind, allowed: true, ports: c.allowed === 'All Connections' ? [] : [c.allowed] }));
  const scope = `${answer.level} level${answer.namespace === null ? '' : `, namespace ${answer.namespace}`}${answer.enforced ? '' : ', NOT ENFORCED by the CNI'}`;
  return connectivityGraph({ connections, title: title ?? `NetworkPolicy connectivity (${scope})` });
}

/** The answer drawn as DOT or SVG. */
export async function answerDiagram(kind: AnswerKind, answer: unknown, format: DiagramFormat, title?: string): Promise<string> {
  if (kind === 'capacity') {
    if (format === 'dot') throw new DiagramFormatError('the capacity plot is a chart, drawn as SVG only: use svg');
    return capacityPlot(answer as CapacityAnswer);
  }
  const dot = dotOf(kind, answer, title);
  if (dot === null) throw new DiagramFormatError('this answer has no trace to draw');
  return format === 'dot' ? dot : renderSvg(dot);
}

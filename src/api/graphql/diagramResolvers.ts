import { badInput } from '../../app/errors';
import {
  answerDiagram,
  DiagramFormatError,
  MapOptionError,
  renderAs,
  topologyMap,
  type AnswerKind,
  type DiagramFormat,
} from '../../diagrams';
import type { Topology } from '../../engine/model/topology';
import type { ScenarioDiff } from '../../engine/planner';
import type { Reachability, Trace, TraceQuery } from '../../engine/trace';
import type { Resolvers } from './generated/types';
import type { Sides } from './mappers';

/** What Topology.trace resolves to (the trace answer without its errors, which GraphQL reports as errors). */
export interface TraceResultParent {
  readonly query: TraceQuery;
  readonly trace: Trace;
  /** The topology traced, for the relation fields of the trace's parts (mappers.ts Owned). */
  readonly owner: Topology;
}

/** What Topology.reachability resolves to: the engine's answer with the pair as asked. */
export type ReachabilityParent = Reachability & { readonly from: string; readonly to: string; readonly owner: Topology | undefined };

/**
 * What Scenario.diff and Query.whatIf resolve to. A diff does not say what it is of, so the parent carries the picture's
 * title (DIAGRAM_TITLES, as REST and the CLI title it) for `diagram` to draw the same bytes as they do.
 */
export interface DiffResultParent extends Sides {
  readonly summary: string;
  readonly notes: readonly string[];
  readonly diff: ScenarioDiff;
  readonly title: string;
}
export type WhatIfParent = DiffResultParent;

export const diffResult = (diff: ScenarioDiff, notes: readonly string[], title: string, sides: Sides): DiffResultParent => ({ summary: diff.summary, notes, diff, title, base: sides.base, fork: sides.fork });

/** The picture fields: the same drawings as REST `?format=` and the CLI's `-o`, through the one entry point (answerDiagram). */
const formatOf = (format: 'DOT' | 'SVG' | null | undefined): DiagramFormat => (format === 'DOT' ? 'dot' : 'svg');

type FormatArgs = { readonly format?: 'DOT' | 'SVG' | null };

/** A picture the answer cannot have (capacity as DOT, a reachability without a trace, too large to lay out): BAD_USER_INPUT naming format. */
async function formatChecked(draw: () => Promise<string>): Promise<string> {
  try {
    return await draw();
  } catch (error) {
    if (error instanceof DiagramFormatError) throw badInput([{ path: 'format', message: error.message }]);
    throw error;
  }
}

const drawn = (kind: AnswerKind, answer: unknown, args: FormatArgs, title?: string) => formatChecked(() => answerDiagram(kind, answer, formatOf(args.format), title));

export const diagramResolvers: Resolvers = {
  TraceResult: {
    diagram: ({ query, trace }, args) => drawn('trace', { query, trace, errors: [] }, args),
  },
  Reachability: {
    diagram: ({ owner: _owner, ...answer }, args) => drawn('reachability', answer, args),
  },
  ReachabilityMatrix: {
    diagram: (matrix, args) => drawn('matrix', matrix, args),
  },
  Capacity: {
    diagram: (answer, args) => drawn('capacity', answer, args),
  },
  Connectivity: {
    diagram: (answer, args) => drawn('connectivity', answer, args),
  },
  ScenarioDiffResult: {
    diagram: (result, args) => drawn('diff', result.diff, args, result.title),
  },
  WhatIf: {
    diagram: (result, args) => drawn('diff', result.diff, args, result.title),
  },
  Topology: {
    diagram: (t, args) => {
      const problems = [];
      // groupBy needs no check here: the GroupBy enum admits only the map's groupings (enums.ts).
      if (args.maxNodes != null && args.maxNodes < 1) problems.push({ path: 'maxNodes', message: 'must be at least 1' });
      if (problems.length > 0) throw badInput(problems);
      let dot: string;
      try {
        dot = topologyMap(t, {
          groupBy: args.groupBy ?? undefined,
          group: args.group ?? undefined,
          namespace: args.namespace ?? undefined,
          services: args.services ?? undefined,
          maxNodes: args.maxNodes ?? undefined,
        });
      } catch (error) {
        if (error instanceof MapOptionError) throw badInput([{ path: error.field, message: error.message }]);
        throw error;
      }
      return formatChecked(() => renderAs(dot, formatOf(args.format)));
    },
  },
};

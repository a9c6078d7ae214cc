import { badInput } from '../../app/errors';
import { answerDiagram, MapOptionError, renderAs, topologyMap, type DiagramFormat } from '../../diagrams';
import type { Trace, TraceQuery } from '../../engine/trace';
import type { Resolvers } from './generated/types';

/** What Topology.trace resolves to (the trace answer without its errors, which GraphQL reports as errors). */
export interface TraceResultParent {
  readonly query: TraceQuery;
  readonly trace: Trace;
}

/** The picture fields (`TraceResult.diagram`, `Topology.diagram`): the same drawings as REST `?format=` and the CLI's `-o`. */
const formatOf = (format: 'DOT' | 'SVG' | null | undefined): DiagramFormat => (format === 'DOT' ? 'dot' : 'svg');

export const diagramResolvers: Resolvers = {
  TraceResult: {
    diagram: (result, args) => answerDiagram('trace', { ...result, errors: [] }, formatOf(args.format)),
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
      return renderAs(dot, formatOf(args.format));
    },
  },
};

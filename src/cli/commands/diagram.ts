import { Option, type Command } from 'commander';
import { AppError } from '../../app/errors';
import { DiagramFormatError, MapOptionError, MAP_GROUP_BY, renderAs, topologyMap, type DiagramFormat, type MapGroupBy } from '../../diagrams';
import type { CliContext } from '../context';
import { intOption } from '../options';
import { withSource, withSubject } from '../source';

interface DiagramOptions {
  topology?: string;
  file?: string;
  output: DiagramFormat;
  groupBy: MapGroupBy;
  group?: string;
  namespace?: string;
  services?: boolean;
  maxNodes?: number;
}

export function registerDiagramCommand(program: Command, ctx: CliContext): void {
  withSource(
    program.command('diagram').description('draw the topology map: subnets, nodes and pod CIDRs, the overlay between them, Services on demand'),
    new Option('-o, --output <format>', 'svg (the drawing) or dot (Graphviz source)').choices(['svg', 'dot']).default('svg'),
  )
    .addOption(new Option('--group-by <group>', 'group (and aggregate) nodes by subnet or zone; node: draw every node').choices([...MAP_GROUP_BY]).default('subnet'))
    .option('--group <name>', 'only this subnet (or zone, or node, per --group-by)')
    .option('--namespace <ns>', "only this namespace's pods and Services")
    .option('--services', 'draw Services and edges to the nodes hosting their endpoints')
    .addOption(intOption('--max-nodes <n>', 'above this many nodes each group is drawn as one box (default 40)'))
    .action(async (opts: DiagramOptions) => {
      if (opts.maxNodes !== undefined && opts.maxNodes < 1) throw new AppError('BAD_USER_INPUT', '--max-nodes must be at least 1', { problems: [{ path: '--max-nodes', message: 'must be at least 1' }] });
      const dot = await withSubject(ctx, opts, (s) => {
        try {
          return topologyMap(s.topology, opts);
        } catch (error) {
          if (error instanceof MapOptionError) throw new AppError('BAD_USER_INPUT', error.message, { problems: [{ path: `--${error.field}`, message: error.message }] });
          throw error;
        }
      });
      try {
        ctx.io.out(await renderAs(dot, opts.output));
      } catch (error) {
        if (error instanceof DiagramFormatError) throw new AppError('BAD_USER_INPUT', error.message, { problems: [{ path: '--output', message: error.message }] });
        throw error;
      }
    });
}

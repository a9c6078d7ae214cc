import { Option, type Command } from 'commander';
import { AppError } from '../../app/errors';
import { answerOrThrow } from '../../app/questions';
import { answerConflicts } from '../../questions/conflicts';
import { answerConnectivity, connectivityText } from '../../questions/connectivity';
import { answerOverhead } from '../../questions/overhead';
import { answerMatrix, answerReachability, answerTrace } from '../../questions/trace';
import { setExitCode, type CliContext } from '../context';
import { withSource, withSubject, type SourceOptions } from '../source';
import { printAnswer } from '../print';
import { intOption } from '../options';
import { EXIT, type OutputFormat } from '../output';
import { renderConflicts, renderMatrix, renderOverhead, renderTrace } from './render';
import { diagramOutputOption, printDiagram } from '../diagramOutput';
import { asyncOption, submitAsync } from '../jobs';

function traceOptions(command: Command): Command {
  return command
    .addOption(intOption('--port <port>', 'destination port'))
    .addOption(new Option('--protocol <protocol>', 'transport protocol').choices(['tcp', 'udp', 'sctp']))
    .addOption(intOption('--packet-size <bytes>', 'IP packet size, to test MTUs'))
    .addOption(new Option('--family <family>', 'address family in a dual-stack cluster').choices(['ipv4', 'ipv6']));
}

export function registerQuestionCommands(program: Command, ctx: CliContext): void {
  const print = (format: OutputFormat, value: unknown, human: () => string) => printAnswer(ctx, format, value, human);

  traceOptions(
    withSource(program.command('trace').description('trace a packet hop by hop (path-for-packet); -o svg|dot draws the path'), diagramOutputOption())
      .requiredOption('--from <target>', 'pod:<ns>/<name> | node:<name> | ip:<addr>[:<port>] | external:<addr>[:<port>]')
      .requiredOption('--to <target>', 'same syntax as --from'),
  ).action(async (opts: SourceOptions & { from: string; to: string; port?: number; protocol?: string; packetSize?: number; family?: string }) => {
    const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerTrace(s.snapshot(), opts)));
    if (await printDiagram(ctx, opts.output, 'trace', answer)) return;
    print(opts.output, answer, () => renderTrace(answer.trace!));
  });

  traceOptions(
    withSource(program.command('reach').description('reachability: one pair (--from/--to), or a matrix between node groups; -o svg|dot draws it'), diagramOutputOption())
      .option('--from <target>', 'source (with --to: a single pair)')
      .option('--to <target>', 'destination')
      .addOption(new Option('--group-by <group>', 'matrix rows and columns').choices(['subnet', 'zone', 'node']).default('subnet'))
      .addOption(asyncOption()),
  ).action(async (opts: SourceOptions & { from?: string; to?: string; groupBy: string; port?: number; protocol?: string; packetSize?: number; family?: string; async?: boolean }) => {
    if ((opts.from === undefined) !== (opts.to === undefined)) {
      throw new AppError('BAD_USER_INPUT', 'give both --from and --to, or neither for the matrix', { problems: [{ path: opts.from ? '--to' : '--from', message: 'missing' }] });
    }
    if (opts.from !== undefined && opts.to !== undefined) {
      const pair = { ...opts, from: opts.from, to: opts.to };
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerReachability(s.snapshot(), pair)));
      if (await printDiagram(ctx, opts.output, 'reachability', answer)) return;
      print(opts.output, answer, () => `${answer.reachable ? 'reachable' : 'not reachable'}: ${answer.disposition}\n${answer.trace ? renderTrace(answer.trace) : ''}`);
      return;
    }
    if (opts.async) {
      return submitAsync(ctx, opts, 'reachabilityMatrix', { groupBy: opts.groupBy, family: opts.family, port: opts.port, protocol: opts.protocol, packetSize: opts.packetSize });
    }
    const matrix = await withSubject(ctx, opts, (s) => answerOrThrow(answerMatrix(s.snapshot(), opts)), `tracing the ${opts.groupBy} matrix`);
    if (await printDiagram(ctx, opts.output, 'matrix', matrix)) return;
    print(opts.output, matrix, () => renderMatrix(matrix));
  });

  withSource(program.command('conflicts').description('CIDR conflicts (exit 1 with --fail-on when such findings exist)'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'info']))
    .action(async (opts: SourceOptions & { failOn?: string }, command: Command) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerConflicts(s.topology, { failOn: opts.failOn })));
      print(opts.output, answer, () => renderConflicts(answer));
      if (answer.failed) setExitCode(command, EXIT.FINDINGS);
    });

  program
    .command('connectivity')
    .description("allowed connections between workloads (or pods) and external ranges under the NetworkPolicies (netpol-analyzer's list)")
    .option('-t, --topology <name>', 'a stored topology')
    .option('-f, --file <path>', 'a topology document instead (no database needed; "-" for standard input)')
    .addOption(new Option('--level <level>', 'workloads (pods grouped under their controller ownerReference, e.g. ns/web-7d77fb55cc[ReplicaSet]; without one, under the Deployment, StatefulSet, DaemonSet or Job their labels show), or every ordered pair of pods').choices(['workload', 'pod']).default('workload'))
    .option('--namespace <ns>', 'only connections with an end in this namespace')
    .addOption(
      new Option('-o, --output <format>', 'txt (or table): netpol-analyzer\'s "src => dst : set" lines; json, yaml; dot and svg draw the allowed connections')
        .choices(['txt', 'table', 'json', 'yaml', 'dot', 'svg'])
        .default('txt'),
    )
    .addOption(asyncOption())
    .action(async (opts: { topology?: string; file?: string; level: string; namespace?: string; output: string; async?: boolean }) => {
      if (opts.async) return submitAsync(ctx, opts, 'connectivity', { level: opts.level, namespace: opts.namespace });
      const source = { topology: opts.topology, file: opts.file, output: (opts.output === 'txt' ? 'table' : opts.output) as OutputFormat };
      const answer = await withSubject(ctx, source, (s) => answerOrThrow(answerConnectivity(s.snapshot(), { level: opts.level, namespace: opts.namespace })));
      if (await printDiagram(ctx, opts.output as OutputFormat, 'connectivity', answer)) return;
      print(source.output, answer, () => connectivityText(answer));
    });

  withSource(program.command('overhead').description('encapsulation overhead, pod MTU per node, path MTUs'))
    .addOption(intOption('--packet-size <bytes>', 'inner packet size for the efficiency figures'))
    .action(async (opts: SourceOptions & { packetSize?: number }) => {
      const report = await withSubject(ctx, opts, (s) => answerOrThrow(answerOverhead(s.topology, { packetSize: opts.packetSize })));
      print(opts.output, report, () => renderOverhead(report));
    });
}

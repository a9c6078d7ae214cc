import { Option, type Command } from 'commander';
import type { Topology } from '../../engine/model/topology';
import { validateDocument } from '../../app/topologyService';
import type { DocumentFormat } from '../../io/parseTopology';
import { localMaxBytes, readInput, setExitCode, type CliContext } from '../context';
import { runningServer } from '../serverRecord';
import { megabytes, PROGRESS_BYTES, withProgress } from '../progress';
import { printAnswer } from '../print';
import { outputOption, ifVersionOption } from '../options';
import { EXIT, table, type OutputFormat } from '../output';
import { setFlagsFromString } from 'node:v8';

const formatOption = () => new Option('--format <format>', 'document format (default: detected)').choices(['yaml', 'json']);


/**
 * How many lines of one list (warnings, inferences) `import` and `validate` print as text before they say how many more
 * there are: a 5,000-node document whose nodes name no subnet has 5,000 inferences, one per node, which buried the
 * answer's first line. `-o json` lists every one; errors are all printed (each is something to fix).
 */
export const TEXT_LIST_LINES = 20;

function listLines(label: string, items: readonly string[], noun: string): string[] {
  const lines = items.slice(0, TEXT_LIST_LINES).map((item) => `  ${label} ${item}`);
  if (items.length > TEXT_LIST_LINES) lines.push(`  … and ${items.length - TEXT_LIST_LINES} more ${noun} (-o json lists every one)`);
  return lines;
}

export function describeTopology(t: Topology): string {
  const settings = table(
    ['SETTING', 'VALUE'],
    [
      ['name', t.name],
      ['version', t.version],
      ['description', t.description || '-'],
      ['cluster domain', t.clusterDomain],
      ['pod CIDRs', t.podCIDRs.join(', ') || '-'],
      ['service CIDRs', t.serviceCIDRs.join(', ') || '-'],
      ['node mask', `ipv4 /${t.nodeCIDRMaskSize.ipv4}, ipv6 /${t.nodeCIDRMaskSize.ipv6}`],
      ['cni', `${t.cni.plugin}, overlay ${t.cni.overlay}${t.cni.crossSubnet ? ' (cross-subnet)' : ''}, bridge ${t.cni.bridge}`],
      ['kube-proxy', t.kubeProxy.mode],
      ['underlay', `mtu ${t.underlay.mtu}, ${t.underlay.subnets.length} subnets, ${t.underlay.routes.length} routes`],
      ['objects', `${t.nodes.length} nodes, ${t.pods.length} pods, ${t.services.length} services, ${t.endpointSlices.length} endpoint slices`],
    ],
  );
  const nodes = table(
    ['NODE', 'SUBNET', 'INTERNAL IPS', 'POD CIDRS'],
    t.nodes.map((n) => [n.name, n.subnet, n.internalIPs.join(','), n.podCIDRs.join(',')]),
  );
  return `${settings}\n${nodes}`;
}

export function registerTopologyCommands(program: Command, ctx: CliContext): void {
  const print = (format: OutputFormat, value: unknown, human: () => string) => printAnswer(ctx, format, value, human);

  program
    .command('validate')
    .description('check a topology document without storing it (exit 2 when it has errors)')
    .requiredOption('-f, --file <path>', 'the document ("-" for standard input)')
    .addOption(formatOption())
    .addOption(outputOption())
    .action(async (opts: { file: string; format?: DocumentFormat; output: OutputFormat }, command: Command) => {
      const text = await readInput(opts.file);
      // Validation needs no database: the --file form works in CI pipelines without one.
      const outcome = validateDocument(text, { format: opts.format, maxBytes: localMaxBytes(ctx) });
      const { topology: _t, ...report } = outcome;
      print(opts.output, report, () => {
        const lines = [
          outcome.valid ? `valid: ${outcome.topology?.name}` : `invalid: ${outcome.errors.length} error(s)`,
          ...outcome.errors.map((p) => `  error   ${p.path}: ${p.message}${p.object ? ` (${p.object})` : ''}`),
          ...listLines('warning', outcome.warnings.map((p) => `${p.path}: ${p.message}${p.object ? ` (${p.object})` : ''}`), 'warnings'),
          ...listLines('inferred', outcome.inferences, 'inferences'),
        ];
        return `${lines.join('\n')}\n`;
      });
      if (!outcome.valid) setExitCode(command, EXIT.USAGE);
    });

  program
    .command('import')
    .description('store a topology document')
    .requiredOption('-f, --file <path>', 'the document ("-" for standard input)')
    .option('--name <name>', 'store under this name instead of metadata.name')
    .option('--replace', 'replace a topology that already has the name', false)
    .addOption(ifVersionOption('with --replace: only if the stored version is this one'))
    .addOption(formatOption())
    .addOption(outputOption())
    .action(async (opts: { file: string; name?: string; replace: boolean; ifVersion?: number; format?: DocumentFormat; output: OutputFormat }) => {
      collectSooner();
      const text = await readInput(opts.file);
      const ifVersion = opts.ifVersion;
      const outcome = await withProgress(ctx.io, `importing ${opts.file} (${megabytes(text)})`, text.length > PROGRESS_BYTES, () =>
        ctx.withStore((store) => store.topologies.import(text, { format: opts.format, name: opts.name, replace: opts.replace, ifVersion })),
      );
      const t = outcome.topology;
      const report = { name: t.name, version: t.version, created: outcome.created, warnings: outcome.warnings, inferences: outcome.inferences };
      print(opts.output, report, () =>
        [
          `${outcome.created ? 'imported' : 'replaced'} ${t.name} (version ${t.version}): ${t.nodes.length} nodes, ${t.pods.length} pods, ${t.services.length} services`,
          ...listLines('warning', outcome.warnings.map((p) => `${p.path}: ${p.message}`), 'warnings'),
          ...listLines('inferred', outcome.inferences, 'inferences'),
        ].join('\n') + '\n',
      );
    });

  program
    .command('list')
    .description('list stored topologies')
    .addOption(outputOption())
    .action(async (opts: { output: OutputFormat }) => {
      const items = await ctx.withStore((store) => store.topologies.list());
      print(opts.output, { items }, () =>
        table(
          ['NAME', 'VERSION', 'NODES', 'PODS', 'SERVICES', 'UPDATED'],
          items.map((i) => [i.name, i.version, i.nodeCount, i.podCount, i.serviceCount, i.updatedAt.toISOString()]),
        ),
      );
    });

  program
    .command('show')
    .description('show a stored topology (json/yaml: the full model)')
    .argument('<name>', 'topology name')
    .addOption(outputOption())
    .action(async (name: string, opts: { output: OutputFormat }) => {
      const topology = await ctx.withStore((store) => store.topologies.get(name));
      print(opts.output, topology, () => describeTopology(topology));
    });

  program
    .command('export')
    .description('write a stored topology back as a document (the import format)')
    .argument('<name>', 'topology name')
    .addOption(new Option('--format <format>', 'document format (default yaml)').choices(['yaml', 'json']))
    .addOption(new Option('-o, --output <format>', 'the same as --format').choices(['yaml', 'json']))
    .action(async (name: string, opts: { format?: DocumentFormat; output?: DocumentFormat }) => {
      const format = opts.format ?? opts.output ?? 'yaml';
      ctx.io.out(await ctx.withStore((store) => store.topologies.export(name, format)));
    });

  program
    .command('delete')
    .description('delete a stored topology')
    .argument('<name>', 'topology name')
    .addOption(ifVersionOption('only if the stored version is this one'))
    .addOption(outputOption())
    .action(async (name: string, opts: { ifVersion?: number; output: OutputFormat }) => {
      const ifVersion = opts.ifVersion;
      await ctx.withStore((store) => store.topologies.delete(name, ifVersion));
      print(opts.output, { name, deleted: true }, () => `deleted ${name}\n`);
    });

  program
    .command('migrate')
    .description('apply pending database migrations (the server also does this at start)')
    .addOption(outputOption())
    .action(async (opts: { output: OutputFormat }) => {
      const server = runningServer(ctx.config().database);
      if (server !== null) {
        // The server applied them when it started, and holds the database: there is nothing to do, and nothing else may.
        print(opts.output, { database: `the server at ${server.url}`, applied: [] }, () => `up to date: the server at ${server.url} holds the database and applied the migrations at start\n`);
        return;
      }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the database driver is loaded only by migrate (see src/cli/main.ts).
      const { openDatabase } = require('../../store/database') as typeof import('../../store/database');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the database driver is loaded only by migrate (see src/cli/main.ts).
      const { migrate } = require('../../store/migrate') as typeof import('../../store/migrate');
      const db = await openDatabase(ctx.config().database);
      try {
        const { applied } = await migrate(db);
        print(opts.output, { database: db.description, applied }, () =>
          applied.length > 0 ? `applied ${applied.join(', ')} on ${db.description}\n` : `up to date: ${db.description}\n`,
        );
      } finally {
        await db.close();
      }
    });
}

/**
 * The heap may grow to 1.15× what the last full collection left alive, instead of V8's own factor (up to 4× on a machine
 * with gigabytes to spare; issue 17: ≈500 MB alive while the rows are written, ≈900 MB of heap). An import allocates
 * hundreds of megabytes of short-lived garbage (each batch's JSON and the driver's copies), which V8 otherwise collects
 * only near that limit. This is a GC heuristic, not a limit: the heap may still grow to V8's maximum, so nothing that fit
 * before runs out of memory; it costs more frequent full collections (no CPU difference measured above the shared
 * machine's noise at the max-scale document). V8 reads the flag at each collection, so setting it here, before the
 * document is read, is enough; it stays set for the rest of this process (an in-process test runner included).
 */
function collectSooner(): void {
  setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
}

const IMPORT_HEAP_GROWING_PERCENT = 15;

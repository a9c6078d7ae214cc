import { Option, type Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app/errors';
import { ScenarioService, type ScenarioRef, type ScenarioView } from '../../app/scenarioService';
import type { ConnectivityDiff } from '../../engine/planner/diffConnectivity';
import type { ScenarioDiff } from '../../engine/planner';
import { readInput, type CliContext, type CliStore } from '../context';
import { printAnswer } from '../print';
import { withProgress } from '../progress';
import { outputOption, collect, intOption } from '../options';
import { table, type OutputFormat } from '../output';
import { withSource, withSubject } from '../source';
import { diagramOutputOption, printDiagram } from '../diagramOutput';
import { DIAGRAM_TITLES } from '../../diagrams';
import { asyncOption, submitAsync } from '../jobs';


/** Operations from a YAML or JSON file: a list, or an object with `operations`. */
async function readOperations(path: string): Promise<unknown[]> {
  const text = await readInput(path);
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `${path}: ${(error as Error).message}`, { problems: [{ path: '--ops', message: (error as Error).message }] });
  }
  const list = Array.isArray(value) ? value : (value as { operations?: unknown })?.operations;
  if (!Array.isArray(list)) throw new AppError('BAD_USER_INPUT', `${path} must hold a list of operations`, { problems: [{ path: '--ops', message: 'expected a list of operations' }] });
  return list as unknown[];
}

function pairsOf(values: string[]): { from: string; to: string }[] {
  return values.map((v) => {
    const [from, to] = v.split(',');
    if (!from || !to) throw new AppError('BAD_USER_INPUT', `--pair takes FROM,TO, got "${v}"`, { problems: [{ path: '--pair', message: `"${v}" is not FROM,TO` }] });
    return { from, to };
  });
}

function describeScenario(s: ScenarioView): string {
  return table(
    ['FIELD', 'VALUE'],
    [
      ['name', s.name],
      ['topology', `${s.topology} (forked at v${s.baseVersion}, now v${s.currentBaseVersion}${s.baseMoved ? ': MOVED, rebase before promoting' : ''})`],
      ['status', s.status + (s.promotedVersion ? ` → v${s.promotedVersion} at ${s.promotedAt?.toISOString()}` : '')],
      ['version', s.version],
      ['operations', s.operations.map((o, i) => `${i}: ${JSON.stringify(o)}`).join('\n            ') || '(none)'],
    ],
  );
}

function renderDiff(diff: ScenarioDiff, notes: readonly string[]): string {
  return `${diff.summary}\n${notes.length ? `\nnotes:\n${notes.map((n) => `  - ${n}`).join('\n')}\n` : ''}${renderConnectivityDiff(diff)}(-o json for every section: reachability, conflicts, overhead, capacity, kubeProxy, extra.connectivity)\n`;
}

/** The NetworkPolicy connectivity section: one line per changed pair, with what decides it before and after. */
function renderConnectivityDiff(diff: ScenarioDiff): string {
  const changes = (diff.extra.connectivity?.data as ConnectivityDiff | undefined)?.changes ?? [];
  if (changes.length === 0) return '';
  const lines = changes.map((c) => {
    const what = c.lost !== 'No Connections' ? `lost ${c.lost}` : `gained ${c.gained}`;
    const why = c.decidedBy.after === null ? '' : `\n      before: ${c.decidedBy.before ?? '-'}\n      after:  ${c.decidedBy.after}`;
    return `  ${c.from} => ${c.to}: ${what} (now ${c.after}; ${c.port})${why}`;
  });
  return `\nconnectivity (NetworkPolicy):\n${lines.join('\n')}\n`;
}

/** `-t` on the commands that name a scenario: scenario names are unique per topology, so a name used on several needs it. */
const scenarioTopologyOption = () => new Option('-t, --topology <name>', "the scenario's topology (needed only when the name is used on several)");

const refOf = (name: string, opts: { topology?: string }): ScenarioRef => (opts.topology === undefined ? name : { name, topology: opts.topology });

export function registerScenarioCommands(program: Command, ctx: CliContext): void {
  const print = (format: OutputFormat, value: unknown, human: () => string) => printAnswer(ctx, format, value, human);
  const scenarios = <T>(fn: (s: ReturnType<CliStore['scenarios']>) => Promise<T>) => ctx.withStore((store) => fn(store.scenarios()));
  const diffOptions = (c: Command) =>
    c
      .option('--pair <from,to>', 'also trace this pair on both sides (repeatable)', collect, [])
      .addOption(new Option('--group-by <group>', 'reachability matrix groups').choices(['subnet', 'zone', 'node']))
      .addOption(intOption('--packet-size <bytes>', 'packet size for traces and MTU figures'));
  const optionsOf = (o: { pair: string[]; groupBy?: string; packetSize?: number }) => ({
    ...(o.pair.length ? { pairs: pairsOf(o.pair) } : {}),
    ...(o.groupBy ? { groupBy: o.groupBy } : {}),
    ...(o.packetSize ? { packetSize: o.packetSize } : {}),
  });

  diffOptions(
    withSource(program.command('what-if').description('apply operations to a topology and diff against it, persisting nothing (the stateless form); -o svg|dot draws the diff'), diagramOutputOption())
      .requiredOption('--ops <file>', 'operations: a YAML/JSON list (docs/PLANNER.md)')
      .addOption(asyncOption()),
  ).action(async (opts: { topology?: string; file?: string; output: OutputFormat; ops: string; pair: string[]; groupBy?: string; packetSize?: number; async?: boolean }) => {
    const operations = await readOperations(opts.ops);
    if (opts.async) return submitAsync(ctx, opts, 'whatIf', { operations, options: optionsOf(opts) });
    const { diff, notes } = await withSubject(ctx, opts, (s) => ScenarioService.whatIf(s.topology, operations, optionsOf(opts)), 'applying the operations and diffing');
    if (await printDiagram(ctx, opts.output, 'diff', diff, DIAGRAM_TITLES.whatIf(opts.topology ?? opts.file ?? ''))) return;
    print(opts.output, { summary: diff.summary, notes, diff }, () => renderDiff(diff, notes));
  });

  const scenario = program.command('scenario').description('what-if scenarios: fork a stored topology, add typed operations, diff, promote');

  scenario
    .command('create')
    .description('fork a topology at its current version')
    .requiredOption('-t, --topology <name>', 'the baseline')
    .requiredOption('--name <name>', 'scenario name')
    .option('--description <text>', 'what the scenario is about', '')
    .option('--ops <file>', 'initial operations (YAML/JSON list)')
    .addOption(outputOption())
    .action(async (opts: { topology: string; name: string; description: string; ops?: string; output: OutputFormat }) => {
      const operations = opts.ops ? await readOperations(opts.ops) : [];
      const s = await scenarios((svc) => svc.create({ topology: opts.topology, name: opts.name, description: opts.description, operations }));
      print(opts.output, s, () => describeScenario(s));
    });

  scenario
    .command('list')
    .option('-t, --topology <name>', 'only scenarios of this topology')
    .addOption(outputOption())
    .action(async (opts: { topology?: string; output: OutputFormat }) => {
      const items = await scenarios((svc) => svc.list(opts.topology));
      print(opts.output, { items }, () =>
        table(['NAME', 'TOPOLOGY', 'BASE', 'STATUS', 'OPERATIONS'], items.map((s) => [s.name, s.topology, `v${s.baseVersion}${s.baseMoved ? ' (moved)' : ''}`, s.status, s.operations.length])),
      );
    });

  scenario
    .command('history')
    .description('promoted scenarios of a topology and the versions they produced')
    .requiredOption('-t, --topology <name>', 'topology')
    .addOption(outputOption())
    .action(async (opts: { topology: string; output: OutputFormat }) => {
      const items = await scenarios((svc) => svc.history(opts.topology));
      print(opts.output, { items }, () => table(['PROMOTED AT', 'SCENARIO', 'FROM', 'TO'], items.map((s) => [s.promotedAt?.toISOString(), s.name, `v${s.baseVersion}`, `v${s.promotedVersion}`])));
    });

  scenario.command('show').argument('<name>').addOption(scenarioTopologyOption()).addOption(outputOption()).action(async (name: string, opts: { topology?: string; output: OutputFormat }) => {
    const s = await scenarios((svc) => svc.get(refOf(name, opts)));
    print(opts.output, s, () => describeScenario(s));
  });

  scenario
    .command('add')
    .description('append operations (each must apply)')
    .argument('<name>')
    .requiredOption('--ops <file>', 'operations (YAML/JSON list)')
    .addOption(scenarioTopologyOption())
    .addOption(intOption('--if-version <n>', 'only if the scenario is at this version'))
    .addOption(outputOption())
    .action(async (name: string, opts: { ops: string; topology?: string; ifVersion?: number; output: OutputFormat }) => {
      const operations = await readOperations(opts.ops);
      const s = await scenarios((svc) => svc.addOperations(refOf(name, opts), operations, opts.ifVersion));
      print(opts.output, s, () => describeScenario(s));
    });

  scenario
    .command('remove')
    .description('remove one operation by its index')
    .argument('<name>')
    .argument('<index>')
    .addOption(scenarioTopologyOption())
    .addOption(intOption('--if-version <n>', 'only if the scenario is at this version'))
    .addOption(outputOption())
    .action(async (name: string, index: string, opts: { topology?: string; ifVersion?: number; output: OutputFormat }) => {
      const s = await scenarios((svc) => svc.removeOperation(refOf(name, opts), Number(index), opts.ifVersion));
      print(opts.output, s, () => describeScenario(s));
    });

  diffOptions(scenario.command('diff').description('the scenario against the baseline, summary first; -o svg|dot draws it').argument('<name>').addOption(scenarioTopologyOption()).addOption(diagramOutputOption())).action(
    async (name: string, opts: { topology?: string; output: OutputFormat; pair: string[]; groupBy?: string; packetSize?: number }) => {
      const { diff, notes, scenario: s } = await withProgress(ctx.io, `diffing scenario ${name}`, false, () => scenarios((svc) => svc.diff(refOf(name, opts), optionsOf(opts))));
      if (await printDiagram(ctx, opts.output, 'diff', diff, DIAGRAM_TITLES.scenarioDiff(s.name, s.topology))) return;
      print(opts.output, { scenario: s, notes, diff }, () => renderDiff(diff, notes));
    },
  );

  for (const [verb, description] of [
    ['promote', 'write the fork as the new baseline (refused when the baseline moved since the fork)'],
    ['rebase', 're-apply the operations on the current baseline, dropping and reporting those that no longer apply'],
    ['discard', 'close the scenario without promoting it'],
  ] as const) {
    scenario
      .command(verb)
      .description(description)
      .argument('<name>')
      .addOption(scenarioTopologyOption())
      .addOption(intOption('--if-version <n>', 'only if the scenario is at this version'))
      .addOption(outputOption())
      .action(async (name: string, opts: { topology?: string; ifVersion?: number; output: OutputFormat }) => {
        const ref = refOf(name, opts);
        const result = await scenarios(
          (svc): Promise<unknown> => (verb === 'promote' ? svc.promote(ref, opts.ifVersion) : verb === 'rebase' ? svc.rebase(ref, opts.ifVersion) : svc.discard(ref, opts.ifVersion)),
        );
        print(opts.output, result, () => {
          if (verb === 'promote') return `promoted ${name}: ${(result as { scenario: ScenarioView }).scenario.topology} is now version ${(result as { version: number }).version}\n`;
          if (verb === 'rebase') {
            const r = result as { scenario: ScenarioView; dropped: { index: number; problems: { message: string }[] }[] };
            return `rebased ${name} onto v${r.scenario.baseVersion}${r.dropped.map((d) => `\n  dropped operation ${d.index}: ${d.problems.map((p) => p.message).join('; ')}`).join('')}\n`;
          }
          return `discarded ${name}\n`;
        });
      });
  }
}

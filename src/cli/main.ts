import { Command, CommanderError } from 'commander';
import { loadConfig } from '../app/config';
import { VERSION } from '../app/version';
import type { CliContext, CliStore } from './context';
import { EXIT, processIo, reportError, type Io, type OutputFormat } from './output';
import { flagPaths } from './flagPaths';

type Register = (program: Command, ctx: CliContext) => void;

/* eslint-disable @typescript-eslint/no-require-imports -- modules are loaded on demand with require(), typed by
   `typeof import()`: a native import() would start Node's ESM loader on every run, and tsx's CommonJS loader (the
   fallback of bin/netmodel.js) does not see it. */

/**
 * Which module defines which top-level commands. Only the module of the command being run is loaded (start-up is paid on
 * every run of a scripted job: docs/PERFORMANCE.md); help, completion and unknown commands load them all. A test checks
 * that this table and the registered commands agree (tests/cli/startup.test.ts).
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Register }[] = [
  { names: ['serve'], load: () => (require('./commands/serve') as typeof import('./commands/serve')).registerServe },
  { names: ['validate', 'import', 'list', 'show', 'export', 'delete', 'migrate'], load: () => (require('./commands/topologies') as typeof import('./commands/topologies')).registerTopologyCommands },
  { names: ['trace', 'reach', 'conflicts', 'connectivity', 'overhead'], load: () => (require('./commands/questions') as typeof import('./commands/questions')).registerQuestionCommands },
  { names: ['token'], load: () => (require('./commands/tokens') as typeof import('./commands/tokens')).registerTokenCommands },
  { names: ['generate'], load: () => (require('./commands/generate') as typeof import('./commands/generate')).registerGenerate },
  { names: ['capacity', 'free-cidr', 'plan', 'max-pods'], load: () => (require('./commands/capacity') as typeof import('./commands/capacity')).registerCapacityCommands },
  { names: ['dns', 'kube-proxy', 'rule-counts'], load: () => (require('./commands/services') as typeof import('./commands/services')).registerServiceCommands },
  { names: ['what-if', 'scenario'], load: () => (require('./commands/scenarios') as typeof import('./commands/scenarios')).registerScenarioCommands },
  { names: ['diagram'], load: () => (require('./commands/diagram') as typeof import('./commands/diagram')).registerDiagramCommand },
  { names: ['infer'], load: () => (require('./commands/infer') as typeof import('./commands/infer')).registerInferCommand },
  { names: ['job'], load: () => (require('./commands/jobs') as typeof import('./commands/jobs')).registerJobCommands },
  { names: ['completion'], load: () => (require('./commands/completion') as typeof import('./commands/completion')).registerCompletion },
];

/** The modules needed for argv: the one defining its command, or all of them (help, completion, a mistyped command). */
export function modulesFor(argv: readonly string[]): typeof COMMAND_MODULES {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return first === '-V' || first === '--version' ? [] : COMMAND_MODULES;
  const owner = COMMAND_MODULES.find((m) => m.names.includes(first) && first !== 'completion');
  return owner ? [owner] : COMMAND_MODULES;
}

export function buildProgram(ctx: CliContext, argv: readonly string[] = []): Command {
  const program = new Command('netmodel')
    .description(
      'k8s-netmodel: model a Kubernetes cluster network without touching a cluster.\n' +
        'Uses DATABASE_URL (Postgres) when set, else the embedded database in NETMODEL_DATA_DIR (default ./.netmodel/db);\n' +
        'while `netmodel serve` holds the embedded database, commands talk to that server (NETMODEL_TOKEN: its token).\n' +
        'Exit codes: 0 ok, 1 findings (with --fail-on), 2 bad input or usage, 3 database unavailable, 70 internal error.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .exitOverride();
  for (const module of modulesFor(argv)) module.load()(program, ctx);
  return program;
}

/** Opens the database the environment names, or reaches the server holding it (src/cli/backend.ts). */
async function withStore<T>(env: NodeJS.ProcessEnv, ctx: CliContext, fn: (store: CliStore) => Promise<T>): Promise<T> {
  const { openStore } = require('./backend') as typeof import('./backend');
  const store = await openStore(ctx.config(), env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Runs the CLI in-process and returns the exit code (tests call this; bin/netmodel.js exits with it). */
export async function runCli(argv: string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let exitCode: number = EXIT.OK;
  let config: ReturnType<CliContext['config']> | undefined;
  const ctx: CliContext = {
    io,
    env,
    config: () => (config ??= loadConfig(env)),
    withStore: (fn) => withStore(env, ctx, fn),
  };
  let active: Command | undefined;
  try {
    const program = buildProgram(ctx, argv);
    program.hook('preAction', (_this, command) => {
      active = command;
    });
    program.hook('postAction', (_this, command) => {
      const code = (command as Command & { exitCode?: number }).exitCode;
      if (code !== undefined) exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    // A YAML error only when -o yaml was typed: generate and infer print YAML documents by default, and their errors
    // stay sentences on stderr unless a script asked for structure.
    const typed = active?.getOptionValueSource('output') === 'cli';
    const output = (active?.opts().output ?? 'table') as OutputFormat;
    const format = output === 'yaml' && !typed ? 'table' : output;
    return reportError(io, active ? flagPaths(error, active, argv) : error, format);
  }
  return exitCode;
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

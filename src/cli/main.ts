import { Command, CommanderError } from 'commander';
import { createApp } from '../app/app';
import { loadConfig } from '../app/config';
import { VERSION } from '../app/version';
import type { CliContext } from './context';
import { EXIT, processIo, reportError, type Io, type OutputFormat } from './output';
import { registerTopologyCommands } from './commands/topologies';
import { registerServe } from './commands/serve';
import { registerQuestionCommands } from './commands/questions';
import { registerTokenCommands } from './commands/tokens';
import { registerGenerate } from './commands/generate';
import { registerCapacityCommands } from './commands/capacity';
import { registerServiceCommands } from './commands/services';
import { registerScenarioCommands } from './commands/scenarios';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('netmodel')
    .description(
      'k8s-netmodel: model a Kubernetes cluster network without touching a cluster.\n' +
        'Uses DATABASE_URL (Postgres) when set, else the embedded database in NETMODEL_DATA_DIR (default ./.netmodel/db).\n' +
        'Exit codes: 0 ok, 1 findings (with --fail-on), 2 bad input or usage, 3 database unavailable, 70 internal error.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .exitOverride();
  registerServe(program, ctx);
  registerTopologyCommands(program, ctx);
  registerQuestionCommands(program, ctx);
  registerTokenCommands(program, ctx);
  registerGenerate(program, ctx);
  registerCapacityCommands(program, ctx);
  registerServiceCommands(program, ctx);
  registerScenarioCommands(program, ctx);
  return program;
}

/** Runs the CLI in-process and returns the exit code (tests call this; bin/netmodel.js exits with it). */
export async function runCli(argv: string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let exitCode: number = EXIT.OK;
  const ctx: CliContext = {
    io,
    env,
    config: () => loadConfig(env),
    withApp: async (fn) => {
      const app = await createApp({ ...loadConfig(env), seedExamples: false });
      try {
        return await fn(app);
      } finally {
        await app.close();
      }
    },
  };
  const program = buildProgram(ctx);
  let active: Command | undefined;
  program.hook('preAction', (_this, command) => {
    active = command;
  });
  program.hook('postAction', (_this, command) => {
    const code = (command as Command & { exitCode?: number }).exitCode;
    if (code !== undefined) exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    const format = (active?.opts().output ?? 'table') as OutputFormat;
    return reportError(io, error, format);
  }
  return exitCode;
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

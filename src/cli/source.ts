/**
 * `--topology NAME | --file PATH`, shared by every question command: a stored topology (from the database, or from the
 * server holding it) or a document read here, needing no database. Its own module so that command modules use it
 * without loading each other.
 */
import type { Command, Option } from 'commander';
import { AppError } from '../app/errors';
import { adhocSubject, storedSubject, type Subject } from '../app/questions';
import { validateDocument } from '../app/topologyService';
import { localMaxBytes, readInput, type CliContext } from './context';
import { outputOption } from './options';
import type { OutputFormat } from './output';

export interface SourceOptions {
  topology?: string;
  file?: string;
  output: OutputFormat;
}

export function withSource(command: Command, output: Option = outputOption()): Command {
  return command
    .option('-t, --topology <name>', 'a stored topology')
    .option('-f, --file <path>', 'a topology document instead (no database needed; "-" for standard input)')
    .addOption(output);
}

/** Runs `fn` on the topology named by --topology (database) or --file (no database). */
export async function withSubject<T>(ctx: CliContext, opts: Pick<SourceOptions, 'topology' | 'file'>, fn: (s: Subject) => T): Promise<T> {
  if ((opts.topology === undefined) === (opts.file === undefined)) {
    throw new AppError('BAD_USER_INPUT', 'give exactly one of --topology NAME or --file PATH', {
      problems: [{ path: '--topology', message: 'give exactly one of --topology NAME or --file PATH' }],
    });
  }
  if (opts.file !== undefined) {
    const outcome = validateDocument(await readInput(opts.file), { maxBytes: localMaxBytes(ctx) });
    if (!outcome.valid || !outcome.topology) {
      throw new AppError('BAD_USER_INPUT', `${opts.file} is not a valid topology document`, { problems: outcome.errors });
    }
    return fn(adhocSubject(outcome.topology));
  }
  return ctx.withStore(async (store) => fn(await storedSubject(store.topologies, opts.topology!)));
}

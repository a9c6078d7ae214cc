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
import { aboutDocument } from './flagPaths';
import { outputOption } from './options';
import type { OutputFormat } from './output';
import { megabytes, Progress, PROGRESS_BYTES } from './progress';

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

/** Topologies with more pods than this make questions take a second or more: their progress is shown at once. */
const LARGE_TOPOLOGY_PODS = 20_000;

/**
 * Runs `fn` on the topology named by --topology (database) or --file (no database). `question` names the work of `fn`
 * for the progress line (src/cli/progress.ts).
 */
export async function withSubject<T>(ctx: CliContext, opts: Pick<SourceOptions, 'topology' | 'file'>, fn: (s: Subject) => T, question = 'answering'): Promise<T> {
  if ((opts.topology === undefined) === (opts.file === undefined)) {
    throw new AppError('BAD_USER_INPUT', 'give exactly one of --topology NAME or --file PATH', {
      problems: [{ path: '--topology', message: 'give exactly one of --topology NAME or --file PATH' }],
    });
  }
  const progress = new Progress(ctx.io);
  try {
    if (opts.file !== undefined) {
      const text = await readInput(opts.file);
      const long = text.length > PROGRESS_BYTES;
      progress.step(`checking ${opts.file} (${megabytes(text)})`, long);
      const outcome = validateDocument(text, { maxBytes: localMaxBytes(ctx) });
      if (!outcome.valid || !outcome.topology) {
        throw aboutDocument(new AppError('BAD_USER_INPUT', `${opts.file} is not a valid topology document`, { problems: outcome.errors }));
      }
      progress.step(question, long);
      return fn(adhocSubject(outcome.topology));
    }
    progress.step(`loading ${opts.topology}`);
    return await ctx.withStore(async (store) => {
      const subject = await storedSubject(store.topologies, opts.topology!);
      progress.step(question, subject.topology.pods.length > LARGE_TOPOLOGY_PODS);
      return fn(subject);
    });
  } finally {
    progress.done();
  }
}

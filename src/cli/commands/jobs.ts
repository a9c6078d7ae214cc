import { Option, type Command } from 'commander';
import type { JobView } from '../../app/jobs/jobService';
import type { ScenarioDiff } from '../../engine/planner';
import type { ReachabilityMatrix } from '../../engine/trace';
import { connectivityText, type ConnectivityAnswer } from '../../questions/connectivity';
import { setExitCode, type CliContext } from '../context';
import { describeJob } from '../jobs';
import { outputOption } from '../options';
import { EXIT, type OutputFormat } from '../output';
import { printAnswer } from '../print';
import { renderMatrix } from './render';

/** The answer of a job that succeeded, as the synchronous command prints it (what-if and scenario diffs: their summary and notes). */
function renderResult(job: JobView): string | null {
  const result = job.result as Record<string, unknown> | null;
  if (!result) return null;
  if (job.kind === 'reachabilityMatrix') return renderMatrix(result as unknown as ReachabilityMatrix);
  if (job.kind === 'connectivity') return connectivityText(result as unknown as ConnectivityAnswer);
  const { diff, notes } = result as { diff: ScenarioDiff; notes: readonly string[] };
  return `${diff.summary}\n${notes.map((n) => `  note: ${n}\n`).join('')}(the whole diff: -o json)\n`;
}

const waitOption = () =>
  new Option('--wait [seconds]', 'wait until the job finished (or this many seconds; default: as long as it takes)').argParser((value: string) => {
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`--wait: "${value}" is not a whole number of seconds`);
    return seconds;
  });

/** `netmodel job <id> [--wait]` and `netmodel job cancel <id>`: jobs queued with --async (docs/API.md "Jobs"). */
export function registerJobCommands(program: Command, ctx: CliContext): void {
  const show = (output: OutputFormat, job: JobView, command: Command) => {
    printAnswer(ctx, output, job, () => describeJob(job, renderResult));
    // A script waiting for a job learns from the exit code that it did not succeed (the problem is printed above).
    if (job.state === 'failed') setExitCode(command, EXIT.FINDINGS);
  };

  const job = program
    .command('job')
    .description('a job queued with --async: its state and, once it finished, its answer (-o json: the whole job with the result)')
    .argument('<id>', 'the job id --async printed')
    .addOption(waitOption())
    .addOption(outputOption())
    .action(async (id: string, opts: { wait?: number | true; output: OutputFormat }, command: Command) => {
      const result = await ctx.withStore(async (store) => {
        let current = await store.jobs().get(id);
        const deadline = opts.wait === true ? Number.POSITIVE_INFINITY : Date.now() + (opts.wait ?? 0) * 1000;
        // The server answers a wait within 30 s at most; ask again until the job finished or the time given passed.
        while (opts.wait !== undefined && ['queued', 'running'].includes(current.state) && Date.now() < deadline) {
          current = await store.jobs().get(id, Math.max(1, Math.min(30, Math.ceil((deadline - Date.now()) / 1000))));
        }
        return current;
      });
      show(opts.output, result, command);
    });

  job
    .command('cancel')
    .description('cancel a queued or running job (exit 2 when it already finished)')
    .argument('<id>', 'the job id')
    .addOption(outputOption())
    .action(async (id: string, opts: { output: OutputFormat }, command: Command) => {
      show(opts.output, await ctx.withStore((store) => store.jobs().cancel(id)), command);
    });
}

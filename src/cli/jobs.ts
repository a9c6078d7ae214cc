/**
 * `--async` on the heavy question commands and the rendering of a job (docs/API.md "Jobs"): the question is queued on the
 * server's job queue instead of answered here, and `netmodel job <id> [--wait]` reads it later. Its own module so that
 * command modules share it without loading each other.
 */
import { Option } from 'commander';
import type { JobView } from '../app/jobs/jobService';
import { AppError } from '../app/errors';
import type { CliContext } from './context';
import type { OutputFormat } from './output';
import { printAnswer } from './print';

export const asyncOption = () =>
  new Option('--async', 'queue the question as a job on the server\'s job queue and print its id instead of answering (needs --topology; then: netmodel job <id> --wait)');

/** Queues the question about the stored topology and prints the job: its id (table) or the whole job (json, yaml). */
export async function submitAsync(ctx: CliContext, opts: { topology?: string; file?: string; output: string }, kind: string, input: Record<string, unknown>): Promise<void> {
  if (opts.topology === undefined || opts.file !== undefined) {
    throw new AppError('BAD_USER_INPUT', '--async asks about a stored topology: give --topology NAME (not --file)', { problems: [{ path: '--topology', message: 'required with --async' }] });
  }
  const topology = opts.topology;
  // Fields left unset by the flags are left out, as the REST body would leave them out.
  const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const job = await ctx.withStore((store) => store.jobs().submit(topology, kind, fields));
  printAnswer(ctx, formatOf(opts.output), job, () => `${job.id}\n`);
  if (formatOf(opts.output) === 'table') ctx.io.err(`queued ${job.kind} on ${job.topology}: netmodel job ${job.id} --wait`);
}

const formatOf = (output: string): OutputFormat => (output === 'json' || output === 'yaml' ? output : 'table');

/** A job for people: its state and times, then its answer rendered the way the synchronous command renders it. */
export function describeJob(job: JobView, renderResult: (job: JobView) => string | null): string {
  const lines = [
    `job ${job.id}: ${job.state}`,
    `  ${job.kind} on ${job.topology}${job.topologyVersion === null ? '' : ` (version ${job.topologyVersion})`}, attempts ${job.attempts}`,
    `  created ${job.createdAt}${job.startedAt ? `, started ${job.startedAt}` : ''}${job.finishedAt ? `, finished ${job.finishedAt}` : ''}`,
  ];
  if (job.problem) {
    lines.push(`  problem ${job.problem.code}: ${job.problem.message}`);
    for (const p of job.problem.problems ?? []) lines.push(`    ${p.path ? `${p.path}: ` : ''}${p.message}`);
  }
  const rendered = job.state === 'succeeded' ? renderResult(job) : null;
  return `${lines.join('\n')}\n${rendered ? `\n${rendered}` : ''}`;
}

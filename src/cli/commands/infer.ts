import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../app/errors';
import { inferFromText, renderInferred, type UnderlayInput } from '../../io/infer';
import { collect } from '../options';
import { localMaxBytes, readInput, type CliContext } from '../context';

/** `netmodel infer`: a cluster dump → the document set `import` takes, every inferred field with its source. */
export function registerInferCommand(program: Command, ctx: CliContext): void {
  program
    .command('infer')
    .description('infer a Topology document from a `kubectl get … -o yaml` dump (README: the collection command); prints the documents for import')
    .requiredOption('-f, --file <path>', 'the dump ("-" for standard input)')
    .addOption(new Option('-o, --output <format>', 'yaml: sources as comments; json: a List with sources, missing, findings').choices(['yaml', 'json']).default('yaml'))
    .option('--name <name>', 'metadata.name of the Topology (default: kubeadm clusterName, else "inferred")')
    .option('--underlay <file>', 'NODE=FILE: `ip route` / `ip -j route` of that node; FILE: `aws ec2 describe-subnets` or `describe-route-tables` JSON (repeatable)', collect, [])
    .option('--instance-types <file>', '`aws ec2 describe-instance-types` JSON: ENI limits that win over the built-in table')
    .action(async (opts: { file: string; output: 'yaml' | 'json'; name?: string; underlay: string[]; instanceTypes?: string }) => {
      const text = await readInput(opts.file);
      const underlay: UnderlayInput[] = [];
      for (const spec of opts.underlay) {
        const eq = spec.indexOf('=');
        const node = eq > 0 && !spec.slice(0, eq).includes('/') ? spec.slice(0, eq) : null;
        const path = node === null ? spec : spec.slice(eq + 1);
        underlay.push({ label: basename(path), node, text: await readInput(path) });
      }
      const instanceTypes = opts.instanceTypes === undefined ? undefined : await readInput(opts.instanceTypes);
      const outcome = inferFromText(text, {
        maxBytes: localMaxBytes(ctx),
        underlay,
        ...(opts.name === undefined ? {} : { name: opts.name }),
        ...(instanceTypes === undefined ? {} : { instanceTypes }),
      });
      if (!outcome.ok) throw new AppError('BAD_USER_INPUT', `the dump cannot be read: ${outcome.errors[0]?.message ?? 'invalid'}`, { problems: outcome.errors });
      ctx.io.out(renderInferred(outcome.result, opts.output));
    });
}

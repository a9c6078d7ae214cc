import { Option, type Command } from 'commander';
import { answerOrThrow } from '../../app/questions';
import { answerCapacity, answerFreeCidrs, answerMaxPods, answerPlan, type CapacityAnswer, type MaxPodsInput } from '../../questions/capacity';
import type { Plan } from '../../engine/capacity';
import { readInput, setExitCode, type CliContext } from '../context';
import { printAnswer } from '../print';
import { outputOption, collect, intOption, numberOption } from '../options';
import { AppError } from '../../app/errors';
import { parseInstanceTypes } from '../../io/infer';
import { EXIT, table, type OutputFormat } from '../output';
import { withSource, withSubject } from '../source';
import { diagramOutputOption, printDiagram } from '../diagramOutput';

const providerOption = () => new Option('--provider <provider>', 'provider rules').choices(['generic', 'gke', 'eks', 'aks', 'calico']);

function renderCapacity(a: CapacityAnswer): string {
  const rows = a.headroom.map((h) => [h.resource, h.scope, h.family ?? '-', h.total, h.used, h.free, h.freePercent === null ? '-' : `${h.freePercent}%`]);
  const lines = [table(['RESOURCE', 'SCOPE', 'FAMILY', 'TOTAL', 'USED', 'FREE', 'FREE %'], rows)];
  const f = a.report.forecast;
  if (f) {
    lines.push(
      table(
        ['RUNS OUT', 'RESOURCE', 'SCOPE', 'FREE NOW', 'PER MONTH'],
        f.items.map((i) => [i.months === null ? 'never' : `${i.months} months`, i.resource, i.scope, i.available, i.perMonth]),
      ),
    );
  }
  if (a.failBelow !== null) lines.push(a.failed ? `FAIL: some headroom is below ${a.failBelow}% (lowest: ${a.lowest?.resource} ${a.lowest?.scope} at ${a.lowest?.freePercent}%)\n` : `ok: all headroom at or above ${a.failBelow}%\n`);
  return lines.join('\n');
}

/** The plan for people: one row per family and range, then the reasoning; -o json|yaml has the rules and citations. */
function renderPlan(a: Plan): string {
  const rows = a.families.flatMap((f) => [
    ...(f.nodeMask === null ? [] : [[f.family, 'node mask', `/${f.nodeMask.value}`, '-', f.nodeMask.detail]]),
    ...f.ranges.map((r) => [f.family, r.role, `/${r.length.value}`, r.cidr ?? r.reason ?? '-', r.length.detail]),
  ]);
  const problems = a.problems.map((p) => `problem: ${p}`);
  return `${table(['FAMILY', 'RANGE', 'LENGTH', 'CIDR', 'WHY'], rows)}\n${[...a.reasoning, ...problems].join('\n')}\n`;
}

export function registerCapacityCommands(program: Command, ctx: CliContext): void {
  const print = (format: OutputFormat, value: unknown, human: () => string) => printAnswer(ctx, format, value, human);

  withSource(program.command('capacity').description('address headroom and when it runs out (exit 1 with --fail-below when some headroom is lower); -o svg plots it'), diagramOutputOption())
    .addOption(providerOption())
    .addOption(numberOption('--growth-nodes-per-month <n>', 'nodes added per month (forecast)'))
    .addOption(numberOption('--growth-pods-per-month <n>', 'pods added per month (forecast)'))
    .addOption(numberOption('--growth-services-per-month <n>', 'Services added per month (forecast)'))
    .addOption(numberOption('--fail-below <percent>', 'exit 1 when any headroom is below this percentage'))
    .action(async (opts: { topology?: string; file?: string; output: OutputFormat; provider?: string; growthNodesPerMonth?: number; growthPodsPerMonth?: number; growthServicesPerMonth?: number; failBelow?: number }, command: Command) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerCapacity(s.topology, opts)));
      if (!(await printDiagram(ctx, opts.output, 'capacity', answer))) print(opts.output, answer, () => renderCapacity(answer));
      if (answer.failed) setExitCode(command, EXIT.FINDINGS);
    });

  withSource(program.command('free-cidr').description('the first free prefixes of a length, avoiding every range the topology knows'))
    .addOption(intOption('--prefix-length <n>', 'prefix length wanted').makeOptionMandatory())
    .option('--within <cidr>', 'supernet to search (repeatable; default RFC 1918 / fd00::/8)', collect, [])
    .option('--avoid <cidr>', 'another range to avoid (repeatable)', collect, [])
    .addOption(intOption('--count <n>', 'how many (default 1)'))
    .addOption(new Option('--family <family>', 'address family').choices(['ipv4', 'ipv6']))
    .action(async (opts: { topology?: string; file?: string; output: OutputFormat; prefixLength: number; within: string[]; avoid: string[]; count?: number; family?: string }) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerFreeCidrs(s.topology, opts)));
      print(opts.output, answer, () => {
        const found = answer.found.length > 0 ? answer.found.join('\n') : 'none';
        const why = answer.supernets.filter((v) => v.reason).map((v) => `${v.supernet}: ${v.reason}`);
        return `${found}\n${why.join('\n')}${why.length > 0 ? '\n' : ''}`;
      });
    });

  program
    .command('plan')
    .description('recommend pod CIDR, node mask, service CIDR and node subnet sizes for a target, with the reasoning')
    .addOption(intOption('--nodes <n>', 'nodes to plan for').makeOptionMandatory())
    .addOption(intOption('--max-pods-per-node <n>', 'pods per node').makeOptionMandatory())
    .addOption(intOption('--services <n>', 'Services (default 0)'))
    .addOption(new Option('--family <family>', 'address families').choices(['ipv4', 'ipv6', 'dual']))
    .addOption(providerOption())
    .option('--within <cidr>', 'supernet to place ranges in (repeatable)', collect, [])
    .option('--avoid <cidr>', 'range to avoid (repeatable)', collect, [])
    .addOption(numberOption('--growth-factor <x>', 'headroom multiplier (default 2)'))
    .addOption(outputOption())
    .action((opts: { nodes: number; maxPodsPerNode: number; services?: number; family?: string; provider?: string; within: string[]; avoid: string[]; growthFactor?: number; output: OutputFormat }) => {
      const answer = answerOrThrow(answerPlan({ ...opts, within: opts.within.length ? opts.within : undefined, avoid: opts.avoid }));
      print(opts.output, answer, () => renderPlan(answer));
    });

  program
    .command('max-pods')
    .description('max pods per node: EKS from an instance type, or GKE per-node range for a max-pods setting')
    .addOption(new Option('--provider <provider>', 'eks or gke').choices(['eks', 'gke']).makeOptionMandatory())
    .option('--instance-type <type>', 'EKS instance type, e.g. m5.large')
    .option('--prefix-delegation', 'EKS: ENABLE_PREFIX_DELEGATION')
    .option('--custom-networking', 'EKS: custom networking (pods not on the primary ENI)')
    .addOption(intOption('--max-enis <n>', 'EKS: --cni-max-eni override'))
    .addOption(intOption('--vcpus <n>', 'EKS: vCPUs (for types not in the built-in table)'))
    .addOption(intOption('--max-pods-per-node <n>', 'GKE: the max pods per node setting'))
    .option('--instance-types <file>', 'EKS: `aws ec2 describe-instance-types` JSON; its limits for the type win over the built-in tables')
    .addOption(outputOption())
    .action(async (opts: { provider: string; output: OutputFormat; instanceType?: string; instanceTypes?: string } & Record<string, unknown>) => {
      const account = opts.instanceTypes === undefined ? {} : await accountLimits(opts.instanceTypes, opts.instanceType);
      const answer = answerOrThrow(answerMaxPods({ ...(opts as unknown as MaxPodsInput), ...account }));
      print(opts.output, answer, () => {
        if (answer.provider === 'gke') return `max pods ${answer.gke.maxPodsPerNode}: per-node range /${answer.gke.nodeRange.value} (${answer.gke.addresses} addresses) — ${answer.gke.nodeRange.rule}\n`;
        const e = answer.eks;
        return `${e.instanceType ?? 'instance'}: max pods ${e.maxPods.value} (${e.maxPods.detail}; formula ${e.maxAllowed.detail}${e.ceiling ? `; ceiling ${e.ceiling.detail}` : ""})\n`;
      });
    });
}

/** The type's limits from describe-instance-types output (netmodel infer reads the same file the same way). */
async function accountLimits(file: string, type: string | undefined): Promise<{ enis?: number; ipv4PerEni?: number; vcpus?: number; hypervisor?: 'nitro' | 'xen' | 'unknown' }> {
  const parsed = parseInstanceTypes(await readInput(file));
  if (!parsed.ok) throw new AppError('BAD_USER_INPUT', `--instance-types: ${parsed.errors[0]?.message ?? 'invalid'}`, { problems: parsed.errors });
  const limits = type === undefined ? undefined : parsed.types.get(type);
  if (limits === undefined) return {};
  return { enis: limits.enis, ipv4PerEni: limits.ipv4PerEni, hypervisor: limits.hypervisor, ...(limits.vcpus === null ? {} : { vcpus: limits.vcpus }) };
}

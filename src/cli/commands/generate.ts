import { Option, type Command } from 'commander';
import { AppError } from '../../app/errors';
import { generateTopology } from '../../engine/generate';
import { exportTopology } from '../../io/exportTopology';
import type { CliContext } from '../main';

const int = (flag: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new AppError('BAD_USER_INPUT', `${flag} must be a whole number, got "${value}"`, { problems: [{ path: flag, message: `"${value}" is not a whole number` }] });
  return n;
};

export function registerGenerate(program: Command, ctx: CliContext): void {
  program
    .command('generate')
    .description('write a realistic synthetic topology document, deterministic for a seed (src/engine/generate/README.md)')
    .requiredOption('--nodes <n>', 'number of nodes', int('--nodes'))
    .option('--pods-per-node <n>', 'pods per node (default 30)', int('--pods-per-node'))
    .option('--services <n>', 'Services, kubernetes and kube-dns included (default: one per node)', int('--services'))
    .option('--endpoints-per-service <n>', 'pods behind each Service (default 3)', int('--endpoints-per-service'))
    .option('--subnets <n>', 'underlay subnets (default: one per 250 nodes)', int('--subnets'))
    .option('--overlay <mode>', 'none | host-gw | bgp | vxlan | geneve | ipip | wireguard | ipsec | udp (default vxlan)')
    .option('--plugin <plugin>', 'CNI plugin (default: the usual one for the overlay)')
    .option('--cross-subnet', 'encapsulate only between subnets')
    .option('--dual-stack', 'IPv4 and IPv6')
    .option('--seed <n>', 'random seed (default 1)', int('--seed'))
    .option('--name <name>', 'topology name')
    .addOption(new Option('-o, --output <format>', 'document format').choices(['yaml', 'json']).default('yaml'))
    .action((opts: Record<string, unknown> & { output: 'yaml' | 'json' }) => {
      const { output, ...rest } = opts;
      const options = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const result = generateTopology(options as unknown as Parameters<typeof generateTopology>[0]);
      if (!result.ok) {
        const problems = result.errors.map((e) => ({ path: `--${e.path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, message: e.message }));
        throw new AppError('BAD_USER_INPUT', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { problems });
      }
      for (const w of result.warnings) ctx.io.err(`warning: ${w.path}: ${w.message}`);
      ctx.io.out(exportTopology(result.topology, output));
    });
}

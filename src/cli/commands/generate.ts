import { Option, type Command } from 'commander';
import { AppError } from '../../app/errors';
import { generateTopology } from '../../engine/generate';
import { exportTopology } from '../../io/exportTopology';
import type { CliContext } from '../context';
import { intOption } from '../options';


export function registerGenerate(program: Command, ctx: CliContext): void {
  program
    .command('generate')
    .description('write a realistic synthetic topology document, deterministic for a seed (src/engine/generate/README.md)')
    .addOption(intOption('--nodes <n>', 'number of nodes').makeOptionMandatory())
    .addOption(intOption('--pods-per-node <n>', 'pods per node (default 30)'))
    .addOption(intOption('--services <n>', 'Services, kubernetes and kube-dns included (default: one per node)'))
    .addOption(intOption('--endpoints-per-service <n>', 'pods behind each Service (default 3)'))
    .addOption(intOption('--subnets <n>', 'underlay subnets (default: one per 250 nodes)'))
    .option('--overlay <mode>', 'none | host-gw | bgp | vxlan | geneve | ipip | wireguard | ipsec | udp (default vxlan)')
    .option('--plugin <plugin>', 'CNI plugin (default: the usual one for the overlay)')
    .option('--cross-subnet', 'encapsulate only between subnets')
    .option('--dual-stack', 'IPv4 and IPv6')
    .addOption(intOption('--policies <n>', 'NetworkPolicies: per-namespace default-deny, DNS egress, allow-from-ingress, per-app allows, ipBlock egress (default 0; docs/NETWORKPOLICY.md)'))
    .addOption(intOption('--seed <n>', 'random seed (default 1)'))
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

import { Option, type Command } from 'commander';
import { answerOrThrow } from '../../app/questions';
import { formatRecord } from '../../engine/services/dns';
import { answerDns, answerKubeProxyRules, answerRuleCounts, kubeProxyText } from '../../questions/services';
import type { CliContext } from '../context';
import { printAnswer } from '../print';
import { table, type OutputFormat } from '../output';
import { withSource, withSubject } from '../source';

const proxyOptions = (command: Command) =>
  command
    .option('--node <name>', 'the node (default: the first)')
    .addOption(new Option('--mode <mode>', 'proxy mode (default: the topology’s)').choices(['iptables', 'nftables', 'ipvs']))
    .addOption(new Option('--family <family>', 'one family only').choices(['ipv4', 'ipv6']));

export function registerServiceCommands(program: Command, ctx: CliContext): void {
  const print = (format: OutputFormat, value: unknown, human: () => string) => printAnswer(ctx, format, value, human);

  withSource(program.command('dns').description('answer a DNS question as CoreDNS would; with --from, resolve through the pod’s search path'))
    .requiredOption('--name <name>', 'the name to look up')
    .option('--type <type>', 'A, AAAA, SRV, PTR, CNAME, TXT…', 'A')
    .option('--from <pod>', 'pod:<ns>/<name>: resolve as that pod would (search path, ndots)')
    .addOption(new Option('--resolver <resolver>', 'the pod’s C library resolver').choices(['glibc', 'musl']))
    .action(async (opts: { topology?: string; file?: string; output: OutputFormat; name: string; type: string; from?: string; resolver?: string }) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerDns(s.topology, opts)));
      print(opts.output, answer, () => {
        if (answer.kind === 'query') {
          const a = answer.answer;
          return `${a.rcode ?? a.answeredBy}\n${a.answers.map(formatRecord).join('\n')}${a.answers.length ? '\n' : ''}${a.notes.map((n) => `; ${n}`).join('\n')}\n`;
        }
        const r = answer.resolution;
        const attempts = r.attempts.map((t) => [t.query, t.type, t.answeredBy, t.rcode ?? '-', t.answers.map(formatRecord).join('; ')]);
        return `${table(['QUERY', 'TYPE', 'ANSWERED BY', 'RCODE', 'ANSWER'], attempts)}final: ${r.final.status} ${r.final.name ?? ''}\n`;
      });
    });

  proxyOptions(withSource(program.command('kube-proxy').description('the rules kube-proxy would program on a node (iptables-restore / nft -f input; IPVS: virtual servers and its iptables-restore input)'))).action(
    async (opts: { topology?: string; file?: string; output: OutputFormat; node?: string; mode?: string; family?: string }) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerKubeProxyRules(s.topology, opts)));
      print(opts.output, answer, () => kubeProxyText(answer));
    },
  );

  proxyOptions(withSource(program.command('rule-counts').description('kube-proxy rule counts per mode on a node: the sync-cost figure'))).action(
    async (opts: { topology?: string; file?: string; output: OutputFormat; node?: string; mode?: string; family?: string }) => {
      const answer = await withSubject(ctx, opts, (s) => answerOrThrow(answerRuleCounts(s.topology, opts)));
      print(opts.output, answer, () =>
        table(
          ['NODE', 'MODE', 'FAMILY', 'TOTAL'],
          answer.modes.flatMap((m) => m.families.map((f) => [answer.node, m.mode, f.family, f.total])),
        ),
      );
    },
  );
}

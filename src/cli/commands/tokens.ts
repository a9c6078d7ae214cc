import { Option, type Command } from 'commander';
import { parseDuration } from '../../app/auth';
import { AppError } from '../../app/errors';
import { type CliContext } from '../context';
import { outputOption, collect } from '../options';
import { table, type OutputFormat } from '../output';
import { printAnswer } from '../print';


export function registerTokenCommands(program: Command, ctx: CliContext): void {
  const token = program.command('token').description('API tokens (the server requires one as soon as any exists, or with NETMODEL_AUTH=required)');

  token
    .command('create')
    .description('create a token; it is printed once and stored only as a hash')
    .addOption(new Option('--scope <scope>', 'read: query; write: also import/change/delete; admin: everything').choices(['read', 'write', 'admin']).makeOptionMandatory())
    .option('--name <name>', 'a label for listings', 'token')
    .option('--topology <name>', 'limit the token to this topology (repeatable); it sees nothing else', collect, [])
    .option('--expires <duration>', 'lifetime, e.g. 90m, 12h, 30d, 2w (default: none)')
    .addOption(outputOption())
    .action(async (opts: { scope: 'read' | 'write' | 'admin'; name: string; topology: string[]; expires?: string; output: OutputFormat }) => {
      const expiresInMs = opts.expires === undefined ? undefined : parseDuration(opts.expires);
      const { token: secret, record } = await ctx.withStore((store) =>
        store.auth.create({ name: opts.name, scope: opts.scope, topologies: opts.topology, expiresInMs }),
      );
      printAnswer(ctx, opts.output, { token: secret, ...record }, () => {
        ctx.io.err(`created ${record.scope} token ${record.prefix}… (${record.name}); it will not be shown again`);
        return `${secret}\n`;
      });
    });

  token
    .command('list')
    .description('list tokens (never their secrets)')
    .addOption(outputOption())
    .action(async (opts: { output: OutputFormat }) => {
      const tokens = await ctx.withStore((store) => store.auth.list());
      printAnswer(ctx, opts.output, { items: tokens }, () =>
        table(
          ['PREFIX', 'NAME', 'SCOPE', 'TOPOLOGIES', 'EXPIRES', 'REVOKED', 'LAST USED'],
          tokens.map((t) => [
            `${t.prefix}…`,
            t.name,
            t.scope,
            t.topologies.join(',') || '(all)',
            t.expiresAt?.toISOString() ?? 'never',
            t.revokedAt?.toISOString() ?? '-',
            t.lastUsedAt?.toISOString() ?? '-',
          ]),
        ),
      );
    });

  token
    .command('revoke')
    .description('revoke a token by its id or its listed prefix')
    .argument('<id-or-prefix>', 'the id, or the prefix shown by `token list` (without …)')
    .addOption(outputOption())
    .action(async (idOrPrefix: string, opts: { output: OutputFormat }) => {
      const count = await ctx.withStore((store) => store.auth.revoke(idOrPrefix.replace(/…$/, '')));
      if (count === 0) {
        throw new AppError('NOT_FOUND', `no active token ${idOrPrefix}`);
      }
      printAnswer(ctx, opts.output, { revoked: count }, () => `revoked ${count} token(s)\n`);
    });
}

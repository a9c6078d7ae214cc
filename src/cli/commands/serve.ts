import { Option, type Command } from 'commander';
import { createApp } from '../../app/app';
import { buildServer } from '../../api/server';
import type { CliContext } from '../main';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve GraphQL (/graphql, playground /graphiql), REST (/api/v1, docs /docs) and /healthz, /readyz')
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').default('4000'))
    .addOption(new Option('--host <host>', 'address to bind').env('HOST').default('127.0.0.1'))
    .option('--no-seed', 'do not load examples/ into an empty database (env NETMODEL_SEED_EXAMPLES=false)')
    .action(async (opts: { port: string; host: string; seed: boolean }) => {
      const base = ctx.config();
      const config = { ...base, port: Number(opts.port), host: opts.host, seedExamples: base.seedExamples && opts.seed };
      const app = await createApp(config, { log: (m) => ctx.io.err(m) });
      const server = await buildServer(app);
      const shutdown = async (signal: string) => {
        server.log.info({ signal }, 'shutting down');
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await server.listen({ port: config.port, host: config.host });
      ctx.io.err(`k8s-netmodel on http://${config.host}:${config.port} (database: ${app.db.description})`);
      // Keep the process alive until a signal: commander would otherwise resolve and the caller would exit.
      await new Promise<never>(() => undefined);
    });
}

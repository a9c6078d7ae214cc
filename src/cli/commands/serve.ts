import { Option, type Command } from 'commander';
import { createApp } from '../../app/app';
import { buildServer } from '../../api/server';
import type { CliContext } from '../context';
import { AppError } from '../../app/errors';

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

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
      const app = await createApp(config, { log: (m) => ctx.io.err(m), waitForDatabase: true });
      // Without the database the tokens cannot be counted: beyond loopback, only NETMODEL_AUTH=required is good enough then.
      const authOn = config.authRequired || (app.readiness.ready && (await app.auth.enabled()));
      if (!isLoopback(config.host) && !authOn) {
        await app.close();
        throw new AppError(
          'BAD_USER_INPUT',
          `refusing to listen on ${config.host} without authentication: anyone who can reach it could read and change every topology. ` +
            'Create a token (netmodel token create --scope admin) and set NETMODEL_AUTH=required, or bind to 127.0.0.1.',
          { problems: [{ path: '--host', message: `${config.host} is beyond loopback and no token is required` }] },
        );
      }
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

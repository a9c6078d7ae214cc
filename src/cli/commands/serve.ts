import { Option, type Command } from 'commander';
import { createApp } from '../../app/app';
import { buildServer } from '../../api/server';
import type { CliContext } from '../context';
import { AppError } from '../../app/errors';
import type { App } from '../../app/app';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { localUrl, recordServer } from '../serverRecord';

/** How long in-flight requests may take to finish after SIGTERM/SIGINT before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * SIGTERM and SIGINT stop the server cleanly: no new connections, in-flight requests answered (fastify's close; idle
 * keep-alive connections are closed), then the database closed — which flushes the embedded one and removes its
 * `<dataDir>.lock` — and exit 0. Past DRAIN_TIMEOUT_MS, or on a second signal, the process exits 1 without waiting
 * (the lock file is removed on exit all the same: src/store/dataDirLock.ts). Apollo's own signal handlers are off
 * (stopOnTerminationSignals in src/api/graphql/apollo.ts): they re-raised the signal after stopping, so the process
 * died by it (exit 143/130) before the database was closed.
 */
function installShutdown(server: FastifyInstance, app: App, log: (message: string) => void): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting for the shutdown to finish`);
      process.exit(1);
    }
    stopping = true;
    server.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log(`shutdown took longer than ${DRAIN_TIMEOUT_MS / 1000} s: exiting without waiting`);
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    force.unref();
    let code = 0;
    try {
      await server.close();
    } catch (error) {
      log(`closing the server failed: ${error instanceof Error ? error.message : String(error)}`);
      code = 1;
    }
    try {
      await app.close();
    } catch (error) {
      log(`closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
      code = 1;
    }
    clearTimeout(force);
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

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
      const app = await createApp(config, { log: (m) => ctx.io.err(m), waitForDatabase: true, jobs: true });
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
      installShutdown(server, app, (m) => ctx.io.err(m));
      await server.listen({ port: config.port, host: config.host });
      const { port } = server.server.address() as AddressInfo;
      // Other netmodel commands find this server beside the embedded database's lock and talk to it (src/cli/serverRecord.ts).
      recordServer(config.database, localUrl(config.host, port));
      ctx.io.err(`k8s-netmodel on http://${config.host}:${port} (database: ${app.db.description})`);
      // Keep the process alive until a signal: commander would otherwise resolve and the caller would exit.
      await new Promise<never>(() => undefined);
    });
}

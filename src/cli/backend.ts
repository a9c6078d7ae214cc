/**
 * The store behind the database commands: the database itself, opened by this process, or — when `netmodel serve` holds
 * the embedded database (which only one process may open) — that server, over its REST API. Loaded only by commands
 * that need stored data, so --file questions and --version load no database driver.
 */
import type { AppConfig } from '../app/config';
import type { CliStore } from './context';
import { runningServer } from './serverRecord';

export async function openStore(config: AppConfig, env: NodeJS.ProcessEnv): Promise<CliStore> {
  const server = runningServer(config.database);
  if (server !== null) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the database driver or the HTTP client is loaded only by the commands that use it (see main.ts).
    const { RemoteStore } = require('./remote') as typeof import('./remote');
    return new RemoteStore(server.url, env.NETMODEL_TOKEN);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the database driver or the HTTP client is loaded only by the commands that use it (see main.ts).
  const { createApp } = require('../app/app') as typeof import('../app/app');
  // The documents this process imports are its user's own files: no size limit unless NETMODEL_MAX_DOCUMENT_BYTES is set,
  // as for every local read (context.ts localMaxBytes); the limit protects a server from its clients. Issue 17: the
  // 64 MB max-scale document was refused by `netmodel import` at the server's default 10 MB.
  const maxDocumentBytes = env.NETMODEL_MAX_DOCUMENT_BYTES ? config.maxDocumentBytes : Number.POSITIVE_INFINITY;
  // Concurrency 0: the CLI queues and reads jobs but never takes one (servers run them, docs/DEPLOYMENT.md "Jobs").
  // No preparation ahead (NETMODEL_WORKER_PREPARE): this process answers one command and exits, and an import would
  // otherwise encode the version and start workers to prepare it (write-through, src/app/README.md) only to stop them.
  const app = await createApp({ ...config, seedExamples: false, maxDocumentBytes, workerPrepare: 0, jobs: { ...config.jobs, concurrency: 0 } });
  const { ANONYMOUS } = require('../app/auth') as typeof import('../app/auth'); // eslint-disable-line @typescript-eslint/no-require-imports -- loaded with the app, see above
  // The local CLI has the database itself: unrestricted, as for every other command.
  const caller = app.forPrincipal(ANONYMOUS);
  const jobs = async () => {
    await app.jobs.start();
    return app.jobs;
  };
  return {
    description: app.db.description,
    topologies: app.topologies,
    scenarios: () => app.scenarios(),
    auth: app.auth,
    jobs: () => ({
      submit: async (topology, kind, input) => (await jobs()).submit(caller, topology, kind, input),
      get: async (id, waitSeconds) => (waitSeconds ? (await jobs()).wait(caller, undefined, id, waitSeconds) : (await jobs()).get(caller, undefined, id)),
      cancel: async (id) => (await jobs()).cancel(caller, undefined, id),
    }),
    close: () => app.close(),
  };
}

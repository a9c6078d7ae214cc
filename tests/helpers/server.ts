import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createApp, type App, type CreateAppOptions } from '../../src/app/app';
import { loadConfig, type AppConfig } from '../../src/app/config';
import { buildServer, type ServerOptions } from '../../src/api/server';
import { createTestDatabase, type TestDatabase } from './db';

export interface TestServer {
  readonly app: App;
  readonly server: FastifyInstance;
  readonly baseUrl: string;
  readonly testDb: TestDatabase;
  /** Empties the database between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The real HTTP server on 127.0.0.1 and an ephemeral port, on a fresh test database (PGlite, or a schema in DATABASE_URL). */
export async function startTestServer(
  overrides: Partial<Pick<AppConfig, 'maxDocumentBytes' | 'rateLimitPerMinute' | 'graphql' | 'corsOrigins' | 'maxConnectivityRows' | 'jobs'>> = {},
  serverOptions: Pick<ServerOptions, 'observeAnswers'> = {},
  /** `jobs: true` starts the job queue, as `netmodel serve` does. */
  appOptions: Pick<CreateAppOptions, 'jobs'> = {},
): Promise<TestServer> {
  const testDb = await createTestDatabase();
  const config = { ...loadConfig({}), seedExamples: false, port: 0, host: '127.0.0.1', ...overrides };
  const app = await createApp(config, { db: testDb.db, migrate: false, ...appOptions });
  const server = await buildServer(app, { logger: false, ...serverOptions });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  return {
    app,
    server,
    baseUrl: `http://127.0.0.1:${port}`,
    testDb,
    reset: async () => {
      await testDb.reset();
      app.auth.invalidate();
      app.topologies.cache.clear();
    },
    close: async () => {
      const jobSchema = app.jobs.schema;
      await server.close();
      await app.close();
      // pg-boss's schema on Postgres sits beside the test's (`<schema>_jobs`), which the test database does not drop.
      if (jobSchema !== null && jobSchema !== 'pgboss' && testDb.db.kind === 'postgres') await testDb.db.sql.exec(`DROP SCHEMA IF EXISTS "${jobSchema}" CASCADE`);
      await testDb.close();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

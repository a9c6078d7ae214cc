import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase, type Database } from '../store/database';
import { migrate } from '../store/migrate';
import { TopologyRepository } from '../store/topologyRepository';
import type { AppConfig } from './config';
import { AppError } from './errors';
import { DatabaseUnavailableError, MigrationError } from '../store/errors';
import { TopologyService } from './topologyService';
import { TopologyCache } from './topologyCache';
import { AuthService, type Principal } from './auth';
import { ScopedTopologies } from './scopedTopologies';
import { TokenRepository } from '../store/tokenRepository';

/** The composition root: one database, the services built on it. Server, CLI and tests all start here. */
export interface App {
  readonly config: AppConfig;
  readonly db: Database;
  /** Unrestricted: for the local CLI and start-up. Requests go through `forPrincipal`. */
  readonly topologies: TopologyService;
  readonly auth: AuthService;
  /** The topology use cases as this principal may use them. */
  forPrincipal(principal: Principal): ScopedTopologies;
  close(): Promise<void>;
}

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

export interface CreateAppOptions {
  /** Use an already-open database (tests) instead of opening one from the config. */
  db?: Database;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  log?: (message: string) => void;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<App> {
  let db: Database;
  try {
    // openDatabase also takes the embedded data directory's lock (PGlite is single-process).
    db = options.db ?? (await openDatabase(config.database));
  } catch (error) {
    throw startupError(error);
  }
  try {
    if (options.migrate ?? true) {
      const { applied } = await migrate(db);
      if (applied.length > 0) options.log?.(`applied migrations: ${applied.join(', ')}`);
    }
    const topologies = new TopologyService(new TopologyRepository(db.prisma), config.maxDocumentBytes, new TopologyCache(), db.kind === 'embedded');
    const auth = new AuthService(new TokenRepository(db.prisma), { required: config.authRequired });
    if (config.seedExamples) {
      const seeded = await seedExamples(topologies);
      if (seeded.length > 0) options.log?.(`loaded example topologies: ${seeded.join(', ')}`);
    }
    return {
      config,
      db,
      topologies,
      auth,
      forPrincipal: (principal) => new ScopedTopologies(topologies, principal),
      close: async () => {
        if (!options.db) await db.close();
      },
    };
  } catch (error) {
    if (!options.db) await db.close().catch(() => undefined);
    throw startupError(error);
  }
}

/** An outage, a held lock or a failed migration at start is a message for the operator, not a stack trace. */
function startupError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) {
    return new AppError('SERVICE_UNAVAILABLE', error.message, {}, { cause: error });
  }
  if (error instanceof MigrationError) {
    return new AppError('SERVICE_UNAVAILABLE', `database migration failed, schema left as it was: ${error.message}`, {}, { cause: error });
  }
  return error;
}

/** Loads every examples/*.yaml when the database has no topology at all, so a newcomer can query at once. */
export async function seedExamples(topologies: TopologyService, dir = EXAMPLES_DIR): Promise<string[]> {
  if ((await topologies.list()).length > 0) return [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  const names: string[] = [];
  for (const file of files) {
    const outcome = await topologies.import(await readFile(join(dir, file), 'utf8'), { format: 'yaml' });
    names.push(outcome.topology.name);
  }
  return names;
}

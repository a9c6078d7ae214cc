/**
 * Which database the environment names. Apart from database.ts so that reading the configuration (every CLI command
 * does) loads no database driver: the CLI's --file questions and --version never open a database.
 */
export interface DatabaseConfig {
  /** postgres:// or postgresql:// URL of a Postgres server; absent = the embedded PGlite. */
  databaseUrl?: string;
  /** Embedded database directory (created if missing), or 'memory://' for a throwaway in-memory one. */
  dataDir?: string;
  /** Postgres schema (overrides `?schema=` in the URL); created by migrate() if missing. Postgres only. */
  schema?: string;
}

export const DEFAULT_DATA_DIR = './.netmodel/db';
export const IN_MEMORY = 'memory://';

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  return { dataDir: env.NETMODEL_DATA_DIR?.trim() || DEFAULT_DATA_DIR };
}

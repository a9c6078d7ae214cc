import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export interface CliDatabaseEnv {
  /** The environment a CLI run gets: its own embedded data dir, or its own schema in DATABASE_URL's database. */
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/** Gives CLI tests a database of their own, the way a user points the CLI at one: through the environment. */
export async function cliDatabaseEnv(): Promise<CliDatabaseEnv> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'netmodel-cli-db-'));
    return {
      env: { NETMODEL_DATA_DIR: join(dir, 'db') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `cli_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const withSchema = new URL(url);
  withSchema.searchParams.set('schema', schema);
  return {
    env: { DATABASE_URL: withSchema.toString() },
    cleanup: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

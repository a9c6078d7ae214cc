import type { SqlRunner } from '../../store/sqlRunner';

/** What pg-boss's `db` option asks for: one function that runs SQL and answers pg's result shape. */
export interface PgBossExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the project's own database connection, whichever it is: the embedded PGlite (which has no connection string
 * for pg-boss to open a pool of its own) and Postgres (where it shares the app's pool instead of opening another).
 *
 * pg-boss sends two kinds of text: single statements (with or without parameters), and scripts it wraps in
 * `BEGIN; … COMMIT;` under an advisory lock (schema creation, migrations, maintenance). A script runs on one held
 * connection with the simple protocol; if it fails half-way the transaction is rolled back there, so the connection goes
 * back to the pool (or PGlite's one backend goes on) outside of an aborted transaction. pg-boss reads no rows from scripts.
 */
export function sqlExecutor(sql: SqlRunner): PgBossExecutor {
  return {
    async executeSql(text, values) {
      if (/^\s*BEGIN;/.test(text)) {
        await sql.withConnection(async (connection) => {
          try {
            await connection.exec(text);
          } catch (error) {
            await connection.exec('ROLLBACK').catch(() => undefined);
            throw error;
          }
        });
        return { rows: [] };
      }
      return { rows: await sql.query(text, values ?? []) };
    },
  };
}

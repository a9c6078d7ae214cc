import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/**
 * Driver-level SQL, below Prisma, for what Prisma's client cannot do: run a multi-statement migration script
 * (the simple query protocol), hold one connection for a session-level advisory lock, and read catalogs.
 * One interface over pg (a pool) and PGlite (one in-process backend).
 */

export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of one or more statements, without parameters. */
  exec(script: string): Promise<void>;
}

export interface SqlConnection extends SqlSession {
  /** BEGIN … COMMIT around `fn`; ROLLBACK when it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
}

export interface SqlRunner extends SqlSession {
  /** Runs `fn` on one connection held for the whole call, so session state (locks, SET) stays with it. */
  withConnection<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T>;
}

function pgSession(client: Pool | PoolClient): SqlSession {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await client.query(text, [...params])).rows as Row[];
    },
    async exec(script: string) {
      // No parameters: pg uses the simple query protocol, which accepts several statements.
      await client.query(script);
    },
  };
}

export function pgRunner(pool: Pool): SqlRunner {
  return {
    ...pgSession(pool),
    async withConnection<T>(fn: (connection: SqlConnection) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const session = pgSession(client);
        return await fn({
          ...session,
          async transaction<R>(body: (tx: SqlSession) => Promise<R>): Promise<R> {
            await client.query('BEGIN');
            try {
              const result = await body(session);
              await client.query('COMMIT');
              return result;
            } catch (error) {
              await client.query('ROLLBACK').catch((rollbackError: Error) => {
                broken = rollbackError;
              });
              throw error;
            }
          },
        });
      } finally {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it instead of pooling it.
        client.release(broken);
      }
    },
  };
}

function pgliteSession(db: PGlite | Transaction): SqlSession {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, [...params])).rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}

export function pgliteRunner(db: PGlite): SqlRunner {
  // PGlite has one backend. Its transaction() holds a mutex that also queues Prisma's queries, so nothing
  // else runs inside a migration's transaction.
  const connection: SqlConnection = {
    ...pgliteSession(db),
    transaction: <R>(body: (tx: SqlSession) => Promise<R>) => db.transaction((tx) => body(pgliteSession(tx))),
  };
  // "Holding the one connection" has to be emulated: callers take turns, as they would waiting for a pg
  // connection whose advisory lock is held. (On one backend, session advisory locks never block.)
  let turn: Promise<unknown> = Promise.resolve();
  return {
    ...pgliteSession(db),
    withConnection<T>(fn: (c: SqlConnection) => Promise<T>): Promise<T> {
      const run = turn.then(() => fn(connection));
      turn = run.catch(() => undefined);
      return run;
    },
  };
}

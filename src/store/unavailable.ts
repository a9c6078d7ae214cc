import { DatabaseUnavailableError } from './errors';

/**
 * Recognizes "the database cannot be used" among the errors Prisma, pg and PGlite throw, so that an outage
 * is reported as an outage (503) and never as "not found" or as a bug. Shapes were checked against
 * prisma 7.10 + adapter-pg 7.10 + pglite-prisma-adapter 0.7 (tests/store/database.test.ts).
 */

// Kinds of @prisma/driver-adapter-utils' DriverAdapterError that mean "no usable connection".
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'SocketTimeout',
  'ConnectionClosed',
  'TooManyConnections',
  'TlsConnectionError',
]);

const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE']);

// SQLSTATEs: 08* connection exception, 57P01-03 shutdown / cannot connect now, 3D000 no such database,
// 28* authentication, 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|3D000|28...|53300)$/;

// A closed database (PGlite closed, pg pool ended) is unavailable too: requests still in flight during
// shutdown get a 503, not a 500.
const UNAVAILABLE_MESSAGES = /PGlite is closed|Cannot use a pool after calling end|Connection terminated|connection timeout|Client has encountered a connection error/i;

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
}

function shape(error: unknown): ErrorShape | null {
  return typeof error === 'object' && error !== null ? error : null;
}

function isUndefinedTable(e: ErrorShape): boolean {
  return e.code === 'P2021' || e.code === '42P01' || e.meta?.driverAdapterError?.cause?.kind === 'TableDoesNotExist';
}

/** The DatabaseUnavailableError that `error` amounts to, or null when it is something else. */
export function asUnavailable(error: unknown): DatabaseUnavailableError | null {
  if (error instanceof DatabaseUnavailableError) return error;
  const e = shape(error);
  if (e === null) return null;
  const message = typeof e.message === 'string' ? e.message.trim() : String(error);
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  const code = typeof e.code === 'string' ? e.code : '';
  if (isUndefinedTable(e)) {
    return new DatabaseUnavailableError('the database has no netmodel tables: apply the migrations first (netmodel migrate)', { cause: error });
  }
  const unavailable =
    e.name === 'PrismaClientInitializationError' ||
    (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) ||
    /^P10\d\d$/.test(code) ||
    code === 'P2024' ||
    UNAVAILABLE_NODE_CODES.has(code) ||
    UNAVAILABLE_SQLSTATE.test(code) ||
    UNAVAILABLE_MESSAGES.test(message);
  if (!unavailable) return null;
  const lastLine = message.split('\n').filter((line) => line.trim() !== '').pop() ?? message;
  return new DatabaseUnavailableError(`database unavailable: ${lastLine.trim()}`, { cause: error });
}

/** Runs `fn`, turning outage errors into DatabaseUnavailableError and passing every other error through. */
export async function translatingOutages<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asUnavailable(error) ?? error;
  }
}

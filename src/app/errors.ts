import type { Problem } from '../io/problems';
import { AlreadyExistsError, DatabaseUnavailableError, MigrationError, NotFoundError, VersionConflictError } from '../store/errors';

/**
 * The errors a user can cause or meet, one class with a code that every adapter maps the same way:
 * GraphQL extensions.code, REST status + problem+json, CLI exit code. Anything that is not an AppError is a bug
 * (500, logged) — never relabeled as one of these.
 */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'SERVICE_UNAVAILABLE';

export interface AppErrorDetails {
  problems?: readonly Problem[];
  warnings?: readonly Problem[];
  expectedVersion?: number;
  actualVersion?: number;
  /** With RATE_LIMITED: seconds until a request would be accepted. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  SERVICE_UNAVAILABLE: 503,
};

export function badInput(problems: readonly Problem[], warnings: readonly Problem[] = []): AppError {
  const first = problems[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError('BAD_USER_INPUT', `${summary}${more}`, { problems, warnings });
}

/**
 * The store's typed failures as AppErrors (an outage is SERVICE_UNAVAILABLE, never "not found"); anything else is returned
 * unchanged, to be treated as the bug it is. Every adapter and use case maps errors through here.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof NotFoundError) return new AppError('NOT_FOUND', error.message, {}, { cause: error });
  if (error instanceof VersionConflictError) {
    return new AppError('CONFLICT', error.message, { expectedVersion: error.expected, actualVersion: error.actual }, { cause: error });
  }
  if (error instanceof AlreadyExistsError) return new AppError('CONFLICT', error.message, {}, { cause: error });
  if (error instanceof DatabaseUnavailableError) {
    // The store already words it ("database unavailable: …").
    return new AppError('SERVICE_UNAVAILABLE', error.message, {}, { cause: error });
  }
  if (error instanceof MigrationError) {
    return new AppError('SERVICE_UNAVAILABLE', `database migration failed, schema left as it was: ${error.message}`, {}, { cause: error });
  }
  return error;
}

/** Runs a store operation, turning its typed failures into AppErrors (toAppError). */
export async function withAppErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Typed store failures. Adapters map them once: NotFound → 404 / NOT_FOUND, AlreadyExists and
 * VersionConflict → 409 / CONFLICT, DatabaseUnavailable → 503. Anything else escaping the store is a bug.
 */

export abstract class StoreError extends Error {
  abstract readonly code: 'NOT_FOUND' | 'ALREADY_EXISTS' | 'VERSION_CONFLICT' | 'DATABASE_UNAVAILABLE' | 'MIGRATION_FAILED';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends StoreError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} "${key}" does not exist`);
  }
}

export class AlreadyExistsError extends StoreError {
  readonly code = 'ALREADY_EXISTS';
  constructor(
    readonly entity: string,
    readonly key: string,
    /** Where the key is unique when not everywhere, e.g. `topology "a"` for a scenario name. */
    readonly within: string | null = null,
  ) {
    super(`${entity} "${key}" already exists${within === null ? '' : ` on ${within}`}`);
  }
}

export class VersionConflictError extends StoreError {
  readonly code = 'VERSION_CONFLICT';
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`${entity} "${key}" is at version ${actual}, not ${expected}: it was changed by someone else; reload and retry`);
  }
}

/** The database could not be used at all (unreachable, closed, not migrated). Never a "not found". */
export class DatabaseUnavailableError extends StoreError {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

export class MigrationError extends StoreError {
  readonly code = 'MIGRATION_FAILED';
  /** The migration folder name (e.g. 20261126231537_init), or null for a failure that concerns no single one. */
  readonly migration: string | null;
  constructor(migration: string | null, message: string, options?: ErrorOptions) {
    super(migration === null ? message : `migration ${migration}: ${message}`, options);
    this.migration = migration;
  }
}

/**
 * The document size limit, in a module of its own so that reading the configuration (src/app/config.ts) loads no
 * parser: the CLI reads its configuration on every run, also for commands that parse nothing.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The setting that raises the limit, named in the error a user gets when a document is larger. */
export const MAX_DOCUMENT_BYTES_SETTING = 'NETMODEL_MAX_DOCUMENT_BYTES';

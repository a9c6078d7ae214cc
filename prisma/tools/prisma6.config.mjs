// Prisma 6.19 CLI config used only by migration-sql.mjs (never by the app, never by Prisma 7).
// Prisma 7's `migrate diff` needs a native schema-engine binary that cannot be downloaded here; Prisma 6.19
// runs the same engine as WebAssembly when a driver adapter is configured (docs/TOOLCHAIN-NOTES.md). The adapter is an
// in-memory PGlite: `--from-empty`/`--from-schema-datamodel` diffs only probe it, nothing is written.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

// PGlite's Postgres arms a 10 s statistics timer that the CLI never closes, which kept every run alive
// for 10 idle seconds after printing. Unref'ing timers that long lets the process exit when it is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = (fn, ms, ...args) => {
  const timer = originalSetTimeout(fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 10_000) timer.unref();
  return timer;
};

export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: process.env.NETMODEL_PRISMA6_SCHEMA,
  adapter: async () => new PrismaPGlite(new PGlite()),
};

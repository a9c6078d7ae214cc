#!/usr/bin/env node
// Produces Prisma Migrate SQL offline with prisma@6.19's WebAssembly schema engine (devDependency `prisma6`).
//
//   node prisma/tools/migration-sql.mjs                      SQL creating prisma/schema.prisma from an empty database
//   node prisma/tools/migration-sql.mjs --from-git HEAD      SQL migrating the schema of a git revision to the working one
//   node prisma/tools/migration-sql.mjs --from old.prisma    same, from a schema file
//   ... --name add_things                                    write prisma/migrations/<UTC timestamp>_add_things/migration.sql
//   ... --to other.prisma                                    target schema (default prisma/schema.prisma)
//
// Why the detour: Prisma 7's `migrate diff` needs a native engine binary that cannot be downloaded here
// (docs/TOOLCHAIN-NOTES.md). Prisma 6 needs a `url` in the datasource, which Prisma 7 forbids, so the schemas
// are copied to a throwaway folder with a placeholder url; nothing connects to it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

function parseArgs(argv) {
  const args = { from: null, fromGit: null, to: join(root, 'prisma', 'schema.prisma'), name: null };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--from', '--from-git', '--to', '--name'].includes(flag) || value === undefined) {
      throw new Error(`unknown or incomplete argument: ${flag} (see the header of ${fileURLToPath(import.meta.url)})`);
    }
    i += 1;
    if (flag === '--from') args.from = resolve(value);
    if (flag === '--from-git') args.fromGit = value;
    if (flag === '--to') args.to = resolve(value);
    if (flag === '--name') {
      if (!/^[a-z0-9_]+$/.test(value)) throw new Error('--name takes lowercase letters, digits and _');
      args.name = value;
    }
  }
  return args;
}

/** Prisma 6 refuses a datasource without url; the diff never connects to it. */
function withPlaceholderUrl(schema) {
  const patched = schema.replace(/(datasource\s+\w+\s*\{)/, '$1\n  url = "postgresql://placeholder@localhost/placeholder"');
  if (patched === schema) throw new Error('no datasource block found in the schema');
  return patched;
}

/**
 * Prisma 6 opens every from-empty script with `CREATE SCHEMA IF NOT EXISTS "public"`. Migrations must land
 * in whatever schema the connection's search_path selects (tests use one schema each), so it is dropped.
 */
function withoutPublicSchema(sql) {
  return sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, '');
}

export function migrationSql({ from, fromGit, to }) {
  const work = mkdtempSync(join(tmpdir(), 'netmodel-prisma6-'));
  try {
    const toPath = join(work, 'to.prisma');
    writeFileSync(toPath, withPlaceholderUrl(readFileSync(to, 'utf8')));
    let fromArgs = ['--from-empty'];
    if (from !== null || fromGit !== null) {
      const fromSchema = from !== null
        ? readFileSync(from, 'utf8')
        : execFileSync('git', ['show', `${fromGit}:prisma/schema.prisma`], { cwd: root, encoding: 'utf8' });
      const fromPath = join(work, 'from.prisma');
      writeFileSync(fromPath, withPlaceholderUrl(fromSchema));
      fromArgs = ['--from-schema-datamodel', fromPath];
    }
    const cli = join(dirname(createRequire(import.meta.url).resolve('prisma6/package.json')), 'build', 'index.js');
    const result = spawnSync(
      process.execPath,
      [cli, 'migrate', 'diff', '--config', join(here, 'prisma6.config.mjs'), ...fromArgs, '--to-schema-datamodel', toPath, '--script'],
      {
        cwd: work,
        encoding: 'utf8',
        env: {
          ...process.env,
          NETMODEL_PRISMA6_SCHEMA: toPath,
          // Any existing file stops Prisma 6 from trying to download engines it does not use here.
          PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true',
          PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true',
          CHECKPOINT_DISABLE: '1',
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
      },
    );
    if (result.status !== 0 || result.stdout.trim() === '') {
      throw new Error(`prisma6 migrate diff failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
    }
    return withoutPublicSchema(result.stdout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function utcStamp(date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const sql = migrationSql(args);
    if (args.name === null) {
      process.stdout.write(sql);
    } else if (/^-- This is an empty migration\./m.test(sql)) {
      console.error('schema.prisma has no changes to migrate; nothing written');
      process.exitCode = 1;
    } else {
      const folder = join(root, 'prisma', 'migrations', `${utcStamp(new Date())}_${args.name}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'migration.sql'), sql);
      console.error(`wrote ${join(folder, 'migration.sql')}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}

import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlSession } from '../../src/store/sqlRunner';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

/**
 * Proves that prisma/migrations produce exactly the database that prisma/schema.prisma describes: the
 * migrated schema is compared, catalog entry by catalog entry, with a schema built from the SQL that
 * Prisma generates for schema.prisma from nothing (prisma/tools/migration-sql.mjs). Editing schema.prisma
 * without adding a migration, or a migration without the schema, fails here.
 */

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, 'prisma', 'schema.prisma');

function sqlFor(schemaFile: string): string {
  const result = spawnSync(process.execPath, [join(ROOT, 'prisma', 'tools', 'migration-sql.mjs'), '--to', schemaFile], { encoding: 'utf8' });
  assert.equal(result.status, 0, `migration-sql.mjs failed:\n${result.stderr}`);
  return result.stdout;
}

/** Catalog entries of one schema, one readable line each, sorted; `_prisma_migrations` left out. */
async function catalog(session: SqlSession, schema: string): Promise<string[]> {
  // Objects outside the search path print qualified; the comparison is about the objects, not their schema.
  const unqualified = (text: string | null) => (text ?? '').split(`"${schema}".`).join('').split(`${schema}.`).join('');
  const tables = `SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;
  const lines: string[] = [];
  for (const r of await session.query<{ relname: string }>(tables, [schema])) lines.push(`table ${r.relname}`);
  const columns = await session.query<{ t: string; name: string; type: string; notnull: boolean; def: string | null }>(
    `SELECT t.relname AS t, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def
       FROM (${tables}) t JOIN pg_attribute a ON a.attrelid = t.oid
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  );
  for (const c of columns) {
    lines.push(`column ${c.t}.${c.name} ${unqualified(c.type)}${c.notnull ? ' NOT NULL' : ''}${c.def === null ? '' : ` DEFAULT ${unqualified(c.def)}`}`);
  }
  const constraints = await session.query<{ t: string; name: string; def: string }>(
    `SELECT t.relname AS t, con.conname AS name, pg_get_constraintdef(con.oid) AS def
       FROM (${tables}) t JOIN pg_constraint con ON con.conrelid = t.oid`,
    [schema],
  );
  for (const c of constraints) lines.push(`constraint ${c.t}.${c.name} ${unqualified(c.def)}`);
  const indexes = await session.query<{ t: string; name: string; def: string }>(
    `SELECT tablename AS t, indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
    [schema],
  );
  for (const i of indexes) lines.push(`index ${i.t}.${i.name} ${unqualified(i.def)}`);
  const enums = await session.query<{ name: string; labels: string }>(
    `SELECT t.typname AS name, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumlabel) AS labels
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  // Label order is not compared: ALTER TYPE … ADD VALUE appends, while a fresh schema lists schema order.
  for (const e of enums) lines.push(`enum ${e.name} (${e.labels})`);
  const sequences = await session.query<{ name: string; type: string }>(
    `SELECT sequencename AS name, data_type::text AS type FROM pg_sequences WHERE schemaname = $1`,
    [schema],
  );
  for (const s of sequences) lines.push(`sequence ${s.name} ${s.type}`);
  return lines.sort();
}

let tdb: TestDatabase;
let migratedSchema: string;
let expected: string[];
let schemaSql: string;
const created: string[] = [];

/** Runs `sql` in a new schema of the test database and returns that schema's catalog. */
async function catalogOf(sql: string): Promise<string[]> {
  const schema = `expected_${randomBytes(4).toString('hex')}`;
  created.push(schema);
  await tdb.db.sql.withConnection((c) => c.transaction((tx) => tx.exec(`CREATE SCHEMA ${schema}; SET LOCAL search_path TO ${schema};\n${sql}`)));
  return catalog(tdb.db.sql, schema);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  const [row] = await tdb.db.sql.query<{ schema: string }>('SELECT current_schema() AS schema');
  migratedSchema = row?.schema ?? 'public';
  schemaSql = sqlFor(SCHEMA);
  expected = await catalogOf(schemaSql);
});

afterAll(async () => {
  for (const schema of created) await tdb.db.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await tdb.close();
});

describe('the migrated database matches schema.prisma', () => {
  test('tables, columns, types, nullability, defaults, keys, unique constraints, indexes, foreign keys, enums', async () => {
    const migrated = await catalog(tdb.db.sql, migratedSchema);
    assert.ok(expected.length > 100, `the catalog is not empty (${expected.length} entries)`);
    assert.deepEqual(migrated, expected);
  });

  test('cascades every child table from Topology (checked in the catalog, not just by comparison)', () => {
    const foreignKeys = expected.filter((line) => line.startsWith('constraint') && line.includes('FOREIGN KEY'));
    // Twelve child tables of a topology, its scenarios (deleted with it too), and the four policy tables
    // (Namespace, NetworkPolicy, AdminNetworkPolicy, Workload), and the persisted snapshot (TopologySnapshot).
    assert.equal(foreignKeys.length, 18);
    for (const fk of foreignKeys) assert.match(fk, /ON DELETE CASCADE/, fk);
  });
});

describe('the comparison catches drift', () => {
  // Each mutation is something a hand-written migration could get wrong; the comparison must notice it.
  const mutations: { name: string; sql: string; shows: RegExp }[] = [
    {
      name: 'a foreign key ON DELETE action',
      sql: 'ALTER TABLE "Pod" DROP CONSTRAINT "Pod_topologyId_fkey"; ALTER TABLE "Pod" ADD CONSTRAINT "Pod_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"(id) ON DELETE RESTRICT ON UPDATE CASCADE;',
      shows: /Pod_topologyId_fkey .*ON DELETE RESTRICT/,
    },
    { name: 'nullability', sql: 'ALTER TABLE "Node" ALTER COLUMN "subnet" SET NOT NULL;', shows: /column Node\.subnet text NOT NULL/ },
    { name: 'a default', sql: 'ALTER TABLE "Topology" ALTER COLUMN "version" SET DEFAULT 1;', shows: /column Topology\.version integer NOT NULL DEFAULT 1/ },
    { name: 'a column type', sql: 'ALTER TABLE "Pod" ALTER COLUMN "labels" TYPE jsonb;', shows: /column Pod\.labels jsonb/ },
    { name: 'an enum value', sql: `ALTER TYPE "CniPlugin" ADD VALUE 'antrea';`, shows: /enum CniPlugin .*'antrea'/ },
    { name: 'an extra index', sql: 'CREATE INDEX "Pod_nodeName_idx" ON "Pod"("nodeName");', shows: /index Pod\.Pod_nodeName_idx/ },
    { name: 'a missing unique constraint', sql: 'DROP INDEX "Node_topologyId_name_key";', shows: /Node_topologyId_name_key/ },
    { name: 'an extra column', sql: 'ALTER TABLE "Service" ADD COLUMN "note" text;', shows: /column Service\.note text/ },
  ];
  const base = readFileSync(SCHEMA, 'utf8');
  for (const m of mutations) {
    test(m.name, async () => {
      const drifted = await catalogOf(`${schemaSql}\n${m.sql}`);
      const difference = [...drifted.filter((l) => !expected.includes(l)), ...expected.filter((l) => !drifted.includes(l))];
      assert.ok(difference.length > 0, 'the catalogs differ');
      assert.ok(difference.some((line) => m.shows.test(line)), `the difference names the change:\n${difference.join('\n')}`);
    });
  }

  test('schema.prisma edited without a migration', async () => {
    const work = mkdtempSync(join(tmpdir(), 'netmodel-schema-'));
    try {
      const edited = base.replace(/(model Pod \{\n)/, '$1  restartCount Int @default(0)\n');
      assert.notEqual(edited, base, 'the edit applies');
      const file = join(work, 'schema.prisma');
      writeFileSync(file, edited);
      const fromEditedSchema = await catalogOf(sqlFor(file));
      const migrated = await catalog(tdb.db.sql, migratedSchema);
      assert.notDeepEqual(migrated, fromEditedSchema);
      assert.ok(fromEditedSchema.includes('column Pod.restartCount integer NOT NULL DEFAULT 0'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

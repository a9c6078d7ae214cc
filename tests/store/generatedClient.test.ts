import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * The Prisma client in src/store/generated is committed (a fresh clone works after `npm ci`, and
 * `npm ci --omit=dev` in the Dockerfile has no prisma CLI to generate it). So this checks that it is what
 * `prisma generate` makes of today's schema.prisma, and that it holds no path of this machine.
 */

const ROOT = join(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'src', 'store', 'generated', 'prisma');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let work: string;
let regenerated: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'netmodel-generate-'));
  mkdirSync(join(work, 'prisma'));
  copyFileSync(join(ROOT, 'prisma', 'schema.prisma'), join(work, 'prisma', 'schema.prisma'));
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'prisma', 'build', 'index.js'), 'generate', '--schema', join('prisma', 'schema.prisma')], {
    cwd: work,
    encoding: 'utf8',
    // Any existing file stops prisma generate from downloading an engine it does not need (docs/TOOLCHAIN-NOTES.md).
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  assert.equal(result.status, 0, `prisma generate failed:\n${result.stderr}${result.stdout}`);
  // schema.prisma's output is ../src/store/generated/prisma, relative to the schema file.
  regenerated = join(work, 'src', 'store', 'generated', 'prisma');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the committed Prisma client', () => {
  test('is what prisma generate makes of prisma/schema.prisma (run `npm run prisma:generate` after editing it)', () => {
    const names = files(COMMITTED);
    assert.deepEqual(names, files(regenerated));
    for (const name of names) {
      assert.ok(readFileSync(join(COMMITTED, name)).equals(readFileSync(join(regenerated, name))), `${name} differs from a fresh generate`);
    }
  });

  test('holds no absolute path of the machine that generated it', () => {
    for (const name of files(COMMITTED)) {
      const text = readFileSync(join(COMMITTED, name), 'utf8');
      assert.ok(!text.includes(ROOT), `${name} contains ${ROOT}`);
      assert.ok(!text.includes(work), `${name} contains ${work}`);
    }
  });
});

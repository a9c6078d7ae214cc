import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// bin/netmodel.js chooses between the compiled dist/ and the TypeScript sources. Checked on a stand-in tree: the real
// bin/netmodel.js beside a dist/ and a src/ whose main modules only say which one ran.
const ROOT = join(__dirname, '..', '..');
let tree: string;

const stub = (which: string) => `exports.runCli = async () => { process.stdout.write(${JSON.stringify(which)}); return 0; };\n`;

function write(path: string, text: string, mtime: Date): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, mtime, mtime);
}

function ran(): string {
  const run = spawnSync(process.execPath, [join(tree, 'bin', 'netmodel.js'), '--version'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

const past = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
const future = new Date('2026-01-03T00:00:00Z');

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'netmodel-bin-'));
  mkdirSync(join(tree, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'netmodel.js'), join(tree, 'bin', 'netmodel.js'));
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('bin/netmodel.js', () => {
  const cases: { name: string; arrange: () => void; runs: string }[] = [
    {
      name: 'dist/ built after every source changed: the compiled program',
      arrange: () => {
        write(join(tree, 'src', 'cli', 'main.ts'), stub('src'), past);
        write(join(tree, 'dist', 'cli', 'main.js'), stub('dist'), later);
        write(join(tree, 'dist', '.built'), '', later);
      },
      runs: 'dist',
    },
    {
      name: 'a source changed since the build: the sources, through tsx',
      arrange: () => write(join(tree, 'src', 'cli', 'other.ts'), '', future),
      runs: 'src',
    },
    {
      name: 'files a lint test writes and removes do not count as changes',
      arrange: () => {
        rmSync(join(tree, 'src', 'cli', 'other.ts'));
        write(join(tree, 'src', '__lint_probe_1', 'x.ts'), '', future);
      },
      runs: 'dist',
    },
    {
      name: 'nor do the folders\' READMEs',
      arrange: () => write(join(tree, 'src', 'cli', 'README.md'), '', future),
      runs: 'dist',
    },
    { name: 'no src/ (the Docker image): dist/', arrange: () => rmSync(join(tree, 'src'), { recursive: true }), runs: 'dist' },
    {
      name: 'never built: the sources',
      arrange: () => {
        write(join(tree, 'src', 'cli', 'main.ts'), stub('src'), past);
        rmSync(join(tree, 'dist'), { recursive: true });
      },
      runs: 'src',
    },
  ];
  // In order: each case changes the tree the previous one left.
  for (const c of cases) {
    test(c.name, () => {
      c.arrange();
      assert.equal(ran(), c.runs);
    });
  }
});

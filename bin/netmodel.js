#!/usr/bin/env node
// The `netmodel` command. Runs the compiled JavaScript in dist/ (built by `npm install` / `npm ci` through the `prepare`
// script, or `npm run build`) when it is at least as new as every source file; otherwise — a checkout whose sources
// changed since the last build — the TypeScript sources through tsx's loader, which is slower to start but always
// current. Where src/ is absent (the Docker image) dist/ is all there is.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

// The server runs with production settings unless told otherwise: graphql-js checks NODE_ENV once, when it is loaded,
// and in development mode it adds an instanceOf check to every type test (11% of a GraphQL trace's CPU).
if (process.argv[2] === 'serve' && process.env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';

const root = join(__dirname, '..');

/** Whether some file under dir changed after `since` (ms). About 350 stats: a few milliseconds. */
function changedSince(dir, since) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Not part of the program: probe files a lint test writes and removes, and the folders' READMEs (never compiled).
    if (entry.name.startsWith('__lint_probe_') || entry.name === 'README.md') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? changedSince(path, since) : statSync(path).mtimeMs > since) return true;
  }
  return false;
}

function compiled() {
  let built;
  try {
    built = statSync(join(root, 'dist', '.built')).mtimeMs;
  } catch {
    return false;
  }
  return !existsSync(join(root, 'src')) || !changedSince(join(root, 'src'), built);
}

function load() {
  if (compiled()) return require('../dist/cli/main.js');
  try {
    require.resolve('tsx/cjs');
  } catch {
    // An install without dev dependencies has no tsx: a stale dist/ is better than none, said once.
    if (existsSync(join(root, 'dist', '.built'))) {
      process.stderr.write('netmodel: src/ changed since dist/ was built and tsx is not installed; running dist/ (npm run build updates it)\n');
      return require('../dist/cli/main.js');
    }
  }
  require('tsx/cjs');
  return require('../src/cli/main.ts');
}

const main = load();

// `netmodel … | head` closes the pipe early: the reader has what it wanted, which is no error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main.runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 70;
  },
);

#!/usr/bin/env node
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
// Compiles src/ to dist/ (one CommonJS file per TypeScript file, the layout of src/ kept, so paths like
// `join(__dirname, '..', '..', 'examples')` resolve the same from both) and copies the non-TypeScript assets.
// Runs on `npm install` / `npm ci` (the `prepare` script) and by `npm run build`.
//
// esbuild, not tsc: it is the transform tsx applies at run time today, so the compiled program is the program that ran
// before, and it compiles the 340 files in well under a second where `tsc` (which type-checks first) takes tens of seconds
// on the development machines — paid on every install. Type-checking stays `npm run typecheck`'s job (docs/PERFORMANCE.md).
const { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
// Built beside dist/ and renamed into place, so a netmodel started during the build never sees half a dist/.
const staging = join(root, `dist.${process.pid}.tmp`);

/** Files the build compiles (TypeScript) or copies (everything else but READMEs and the tsx shims). */
function walk(dir, out = { ts: [], assets: [] }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Probe files a lint test writes and removes again (tests/lint) are not part of the program.
    if (entry.name.startsWith('__lint_probe_')) continue;
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.ts.push(path);
    else if (entry.name !== 'README.md' && !(entry.name.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts')))) out.assets.push(path);
  }
  return out;
}

async function main() {
  const started = Date.now();
  const files = walk(src);
  rmSync(staging, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: files.ts,
    outdir: staging,
    outbase: src,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    bundle: false,
    // import() becomes require(): a native import() of a CommonJS file starts Node's ESM loader, ~20 ms per run.
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
  });
  for (const asset of files.assets) {
    const target = join(staging, relative(src, asset));
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(asset, target);
  }
  // bin/netmodel.js compares this file's mtime with the sources' to tell whether dist/ is current.
  writeFileSync(join(staging, '.built'), `${new Date().toISOString()}\n`);
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
  if (!process.argv.includes('--quiet')) console.error(`built dist/ from ${files.ts.length} files in ${Date.now() - started} ms`);
}

main().catch((error) => {
  rmSync(staging, { recursive: true, force: true });
  console.error(error);
  process.exitCode = 1;
});

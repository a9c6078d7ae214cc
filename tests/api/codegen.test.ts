import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

// @graphql-codegen/cli loads yargs 18, which is ESM-only: Node 20 can require() it, jest's module runtime cannot, so
// the generator runs in a child Node process and prints what it would write.
const GENERATE = `
require('tsx/cjs');
const { generate } = require('@graphql-codegen/cli');
const config = require('./codegen.ts').default;
generate({ ...config, cwd: process.cwd(), silent: true }, false).then(
  (outputs) => process.stdout.write(JSON.stringify(outputs.map((o) => ({ filename: o.filename, content: o.content })))),
  (error) => { console.error(error); process.exitCode = 1; },
);`;

// The resolver types are generated from schema.graphql and committed; a schema edit without `npm run codegen` fails here.
test('committed GraphQL resolver types match schema.graphql', () => {
  const run = spawnSync(process.execPath, ['-e', GENERATE], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const outputs = JSON.parse(run.stdout) as { filename: string; content: string }[];
  assert.ok(outputs.length > 0, 'codegen produced nothing');
  for (const output of outputs) {
    assert.equal(readFileSync(join(root, output.filename), 'utf8'), output.content, `${output.filename}: run \`npm run codegen\` and commit the result`);
  }
});

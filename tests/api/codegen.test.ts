import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen';

// The resolver types are generated from schema.graphql and committed; a schema edit without `npm run codegen` fails here.
test('committed GraphQL resolver types match schema.graphql', async () => {
  const root = join(__dirname, '..', '..');
  const [output] = await generate({ ...config, cwd: root, silent: true }, false);
  assert.ok(output, 'codegen produced nothing');
  const committed = readFileSync(join(root, output.filename), 'utf8');
  assert.equal(committed, output.content, 'run `npm run codegen` and commit the result');
});

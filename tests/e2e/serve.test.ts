import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { freePort, statusOf, waitFor } from '../hardening/helpers/serve';

// The README's quick start, as a user runs it: `netmodel serve` (what `npm start` runs) on a fresh database loads the
// examples, answers on /readyz, /graphql and /api/v1, and keeps its data across a restart without loading them twice.
const BIN = join(__dirname, '..', '..', 'bin', 'netmodel.js');


async function startServe(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env: { PATH: process.env.PATH, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  // A hang guard sized for a slow shared machine, as the hardening tests' startServe.
  try {
    await waitFor('serve to be ready', async () => {
      if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${stderr}`);
      return (await statusOf(`http://127.0.0.1:${port}/readyz`)) === 200;
    }, 180_000, 200);
    return child;
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`serve did not become ready: ${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('netmodel serve', () => {
  let dbEnv: CliDatabaseEnv;
  beforeAll(async () => {
    dbEnv = await cliDatabaseEnv();
  });
  afterAll(async () => {
    await dbEnv.cleanup();
  });

  test('seeds the examples once, serves all interfaces, and keeps data across restarts', async () => {
    const port = await freePort();
    let child = await startServe(dbEnv.env, port);
    const base = `http://127.0.0.1:${port}`;
    try {
      const list = (await (await fetch(`${base}/api/v1/topologies`)).json()) as { items: { name: string }[] };
      assert.deepEqual(list.items.map((i) => i.name), ['kubeadm-calico', 'seed-overlay', 'seed-routed', 'shop-policies']);
      const gql = (await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ topologies { name } }' }),
        })
      ).json()) as { data: { topologies: { name: string }[] } };
      assert.equal(gql.data.topologies.length, 4);
      const openapi = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      assert.equal(openapi.openapi, '3.1.0');
      assert.ok('/api/v1/topologies/{name}' in openapi.paths);
      assert.ok(!('/graphql' in openapi.paths), 'GraphQL routes are not REST operations');
      const deleted = await fetch(`${base}/api/v1/topologies/seed-overlay`, { method: 'DELETE' });
      assert.equal(deleted.status, 204);
    } finally {
      await stop(child);
    }
    child = await startServe(dbEnv.env, port);
    try {
      const list = (await (await fetch(`${base}/api/v1/topologies`)).json()) as { items: { name: string }[] };
      assert.deepEqual(list.items.map((i) => i.name), ['kubeadm-calico', 'seed-routed', 'shop-policies'], 'data survives; examples are not loaded again');
    } finally {
      await stop(child);
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * `netmodel serve` as a separate process, the way an operator runs it, for the tests that must kill it, restart it,
 * or watch it live through a database outage (tests/e2e/serve.test.ts does the same for the quick start). Every wait
 * is bounded, so a hang fails the test instead of CI.
 */
export const BIN = join(__dirname, '..', '..', '..', 'bin', 'netmodel.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Served {
  readonly child: ChildProcess;
  readonly base: string;
  /** What the process wrote to stderr so far (its start-up messages and warnings). */
  stderr(): string;
  /** Resolves with the exit code (null after a signal) once the process is gone. */
  readonly exited: Promise<number | null>;
}

/**
 * Without `seed`, the examples are not loaded (`--no-seed`); with it, an empty database gets them, as `npm start` does.
 * `nodeArgs` go to Node before the binary (a test-only `--require` preload).
 */
export function spawnServe(env: NodeJS.ProcessEnv, port: number, args: string[] = [], seed = false, nodeArgs: string[] = []): Served {
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve', '--port', String(port), ...(seed ? [] : ['--no-seed']), ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${port}`, stderr: () => stderr, exited };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` returns true; throws naming `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** The HTTP status of GET `url`, or null while nothing answers. */
export async function statusOf(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Starts serve and waits until it listens (`/healthz`) or, with `ready`, until the database is ready (`/readyz`). */
export async function startServe(
  env: NodeJS.ProcessEnv,
  port: number,
  options: { ready?: boolean; timeoutMs?: number; seed?: boolean; nodeArgs?: string[] } = {},
): Promise<Served> {
  const served = spawnServe(env, port, [], options.seed ?? false, options.nodeArgs);
  const probe = `${served.base}/${options.ready === false ? 'healthz' : 'readyz'}`;
  try {
    await waitFor(`serve on port ${port}`, async () => {
      if (served.child.exitCode !== null) throw new Error(`serve exited with ${served.child.exitCode}: ${served.stderr()}`);
      return (await statusOf(probe)) === 200;
    }, options.timeoutMs ?? 180_000, 150);
  } catch (error) {
    await kill(served);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${served.stderr()}`);
  }
  return served;
}

/** SIGKILL: no shutdown hook runs, open transactions are cut off mid-way. */
export async function kill(served: Served): Promise<void> {
  if (served.child.exitCode === null && served.child.signalCode === null) served.child.kill('SIGKILL');
  await served.exited;
}

/** SIGTERM (the graceful shutdown), then SIGKILL if it has not exited within 10 s. */
export async function stop(served: Served): Promise<void> {
  if (served.child.exitCode !== null || served.child.signalCode !== null) return;
  served.child.kill('SIGTERM');
  const timer = setTimeout(() => served.child.kill('SIGKILL'), 10_000);
  await served.exited;
  clearTimeout(timer);
}

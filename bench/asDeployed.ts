/**
 * The benches that run the real server inside their own process (service, what-if) measure it with the V8 flags it is
 * deployed with: the node flags of `npm start` (package.json), which the Docker image sets as NODE_OPTIONS. A bench
 * started without them runs itself again with them, so `npx tsx bench/…` and `npm run bench` measure the same server. A
 * flag the caller set already (`NODE_OPTIONS=--max-semi-space-size=64`, to compare) is kept as given.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

/** The node flags of package.json's `start` script (`node <flags> bin/netmodel.js serve`). */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  const match = /^node((?: --[^\s]+)*) bin\/netmodel\.js serve$/.exec(pkg.scripts.start);
  if (!match) throw new Error(`package.json's start script is not "node [flags] bin/netmodel.js serve": ${pkg.scripts.start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/** A V8/node flag's name: `--max-semi-space-size=32` and `--max_semi_space_size 64` name the same setting. */
const flagName = (flag: string) => flag.split('=')[0]!.replace(/_/g, '-');

/** The flags this process runs with (its command line and NODE_OPTIONS). */
function currentFlags(): string[] {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].filter((f) => f.startsWith('--'));
}

/** The server's flags as this process has them: npm start's, or the caller's own value of the same setting. */
export function flagsInEffect(): string[] {
  const current = currentFlags();
  return serverNodeFlags().map((flag) => current.findLast((f) => flagName(f) === flagName(flag)) ?? flag);
}

/**
 * Returns (resolves) when this process already runs with every setting of the server's flags; otherwise runs the same
 * command again with the missing ones added to NODE_OPTIONS (inherited by the bench's client process too, where they change
 * nothing measured) and ends this process as the child ends: its exit code, or its signal. SIGINT and SIGTERM sent here
 * are passed on, so stopping the bench stops the run that measures.
 */
export async function runAsDeployed(): Promise<void> {
  const have = new Set(currentFlags().map(flagName));
  const missing = serverNodeFlags().filter((flag) => !have.has(flagName(flag)));
  if (missing.length === 0) return;
  const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS ?? '', ...missing].join(' ').trim() };
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  await new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`could not run the bench again with ${missing.join(' ')}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (signal === null) process.exit(code ?? 1);
      // Ended by a signal: end the same way (a handler another module set may keep this process alive: then it exits
      // with the shell's code for that signal once nothing is left to run).
      process.exitCode = 128 + (constants.signals[signal] ?? 0);
      process.kill(process.pid, signal);
    });
  });
}

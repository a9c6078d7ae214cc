/**
 * The benches that run the real server inside their own process (service, what-if) measure it with the V8 flags it is
 * deployed with: the node flags of `npm start` (package.json), which the Docker image sets as NODE_OPTIONS. A bench
 * started without them runs itself again with them, so `npx tsx bench/…` and `npm run bench` measure the same server.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The node flags of package.json's `start` script (`node <flags> bin/netmodel.js serve`). */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  const match = /^node((?: --[^\s]+)*) bin\/netmodel\.js serve$/.exec(pkg.scripts.start);
  if (!match) throw new Error(`package.json's start script is not "node [flags] bin/netmodel.js serve": ${pkg.scripts.start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}

/**
 * Returns when this process already runs with the server's flags; otherwise runs the same command again with them added
 * to NODE_OPTIONS (inherited by the bench's client process too, where they change nothing measured) and exits with its
 * status.
 */
export function runAsDeployed(): void {
  const flags = serverNodeFlags();
  const have = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  const missing = flags.filter((f) => !have.includes(f));
  if (missing.length === 0) return;
  const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS ?? '', ...missing].join(' ').trim() };
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  process.exit(again.status ?? 1);
}

/**
 * CLI start-up goals of issue 12, against `node -e 0` measured in the same run (the machine is shared, so ratios, not
 * absolute times, are the goals): `netmodel --version` under 3× `node -e 0`, and a `--file` question on an example
 * (`capacity -f examples/kubeadm-calico.yaml -o json`) under 0.5 s. Each command runs as a new process, as a scripted job
 * runs it, interleaved round by round so load changes hit all of them alike; figures are medians of wall time and of the
 * process's own CPU time (bench/cpuAtExit.cjs). Builds dist/ first and runs the compiled program as bin/netmodel.js does,
 * and reports the TypeScript sources through tsx (the old start-up path) beside it.
 *   npx tsx bench/cli.bench.ts [--rounds N]      (exit 1 naming each missed goal)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, timed } from './measure';

const ROOT = join(__dirname, '..');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const PRELOAD = join(__dirname, 'cpuAtExit.cjs');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');
const FILE_QUESTION = ['capacity', '-f', EXAMPLE, '-o', 'json'];
const runDist = `require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))}).runCli(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
const runSources = `require('tsx/cjs'); require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}).runCli(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;

interface Case {
  name: string;
  args: string[];
}

const CASES: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'netmodel --version', args: [join(ROOT, 'bin', 'netmodel.js'), '--version'] },
  { name: 'netmodel capacity -f (example) -o json', args: [join(ROOT, 'bin', 'netmodel.js'), ...FILE_QUESTION] },
  { name: 'dist: --version (no freshness check)', args: ['-e', runDist, '--', '--version'] },
  { name: 'sources via tsx: --version', args: ['-e', runSources, '--', '--version'] },
  { name: 'sources via tsx: capacity -f', args: ['-e', runSources, '--', ...FILE_QUESTION] },
];

function run(c: Case): { wall: number; cpu: number } {
  const { ms, value } = timed(() => spawnSync(process.execPath, ['-r', PRELOAD, ...c.args], { cwd: ROOT, encoding: 'utf8' }));
  if (value.status !== 0) throw new Error(`${c.name} exited ${value.status}: ${value.stderr}`);
  const cpu = Number(/cpu-ms (\S+)\s*$/.exec(value.stderr)?.[1]);
  return { wall: ms, cpu };
}

function main(): void {
  // Built now, so bin/netmodel.js runs the compiled form of the sources as they are (it runs them through tsx when stale).
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(ROOT, 'dist', '.built'))) throw new Error('npm run build failed');
  console.log(`k8s-netmodel CLI start-up benchmark, Node ${process.version}, ${ROUNDS} rounds`);
  const samples = new Map(CASES.map((c) => [c.name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of CASES) {
      const { wall, cpu } = run(c);
      samples.get(c.name)!.wall.push(wall);
      samples.get(c.name)!.cpu.push(cpu);
    }
  }
  const med = (name: string) => ({ wall: median(samples.get(name)!.wall), cpu: median(samples.get(name)!.cpu) });
  const base = med('node -e 0');
  for (const c of CASES) {
    const m = med(c.name);
    console.log(`${c.name.padEnd(42)} ${m.wall.toFixed(0).padStart(6)} ms wall (${(m.wall / base.wall).toFixed(2)}×)  ${m.cpu.toFixed(0).padStart(6)} ms CPU (${(m.cpu / base.cpu).toFixed(2)}×)`);
  }
  const version = med('netmodel --version');
  const question = med('netmodel capacity -f (example) -o json');
  const missed: string[] = [];
  if (version.wall / base.wall >= 3) missed.push(`--version: ${(version.wall / base.wall).toFixed(2)}× node -e 0 (goal < 3×)`);
  if (question.wall >= 500) missed.push(`--file question: ${question.wall.toFixed(0)} ms wall (goal < 500 ms)`);
  for (const m of missed) console.log(`MISSED ${m}`);
  if (missed.length === 0) console.log('all CLI goals met');
  process.exitCode = missed.length === 0 ? 0 : 1;
}

main();

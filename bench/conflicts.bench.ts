/**
 * findConflicts on generated clusters of ~110k and ~1M prefixes (the goal: 1M in under a second). Best of
 * 3 after one warm-up, wall clock and process CPU (user + system, GC threads included; on a busy machine
 * the wall clock mostly measures the wait for a core).
 *   npx tsx bench/conflicts.bench.ts
 * (The pre-columnar implementation it replaced, ~25× slower at 110k, is in git history before issue 15.)
 */
import { findConflicts } from '../src/engine/conflicts/findConflicts';
import type { ConflictReport } from '../src/engine/conflicts/types';
import { generateTopology } from '../src/engine/generate';
import type { GenerateOptions } from '../src/engine/generate';
import type { Topology } from '../src/engine/model/topology';

function prefixCount(t: Topology): number {
  let n = t.podCIDRs.length + t.serviceCIDRs.length + t.underlay.subnets.length + t.externalNetworks.length;
  for (const node of t.nodes) n += node.podCIDRs.length + node.internalIPs.length;
  for (const p of t.pods) if (!p.hostNetwork) n += p.ips.length;
  for (const s of t.services) n += s.clusterIPs.length + s.externalIPs.length + s.loadBalancerIPs.length;
  return n;
}

function measure(fn: () => ConflictReport, runs = 3): { wall: number; cpu: number; findings: number } {
  let findings = fn().findings.length;
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    findings = fn().findings.length;
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu, findings };
}

const row = (label: string, value: string): void => console.log(`  ${label.padEnd(58)} ${value}`);

const cases: Array<{ options: GenerateOptions }> = [
  { options: { name: 'c', nodes: 2_000, podsPerNode: 48, services: 10_000, seed: 3 } },
  { options: { name: 'c', nodes: 2_000, podsPerNode: 48, services: 10_000, seed: 3, dualStack: true } },
  { options: { name: 'c', nodes: 20_000, podsPerNode: 48, services: 10_000, seed: 3 } },
];

console.log(`node ${process.version}, ${process.arch}\n\nfindConflicts on generated clusters (best of 3 after a warm-up)`);
for (const { options } of cases) {
  const generated = generateTopology(options);
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  const t = generated.topology;
  const label = `${options.nodes.toLocaleString('en')} nodes × ${options.podsPerNode} pods${options.dualStack ? ' dual-stack' : ''}, ${prefixCount(t).toLocaleString('en')} prefixes`;
  const r = measure(() => findConflicts(t));
  row(label, `${r.wall.toFixed(0)} ms (cpu ${r.cpu.toFixed(0)} ms), ${r.findings} findings`);
}

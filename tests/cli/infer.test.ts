/**
 * The CLI end to end on its own database: `netmodel infer` with --underlay files and -o json, then import of its output
 * and a cross-node trace from the stored model; `import` of a bare dump says it inferred the Topology.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { Io } from '../../src/cli/output';
import { cliDatabaseEnv, type CliDatabaseEnv } from '../helpers/cliEnv';
import { dumpCases } from '../io/infer/dumpFiles';

let dbEnv: CliDatabaseEnv;
let work: string;
beforeAll(async () => {
  dbEnv = await cliDatabaseEnv();
  work = mkdtempSync(join(tmpdir(), 'netmodel-infer-'));
});
afterAll(async () => {
  await dbEnv.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const code = await runCli(args, io, dbEnv.env);
  return { code, stdout, stderr };
}

const calico = dumpCases().find((c) => c.name === 'kubeadm-calico-ipip-crosssubnet')!;
const eks = dumpCases().find((c) => c.name === 'eks-vpc-cni-prefix-delegation')!;

describe('netmodel infer', () => {
  test('-o json: a List with sources, missing and findings; imported, it answers a cross-node trace', async () => {
    const run = await cli('infer', '--file', calico.file, ...calico.underlayArgs, '-o', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { kind: string; items: Array<{ kind: string }>; sources: Record<string, string>; missing: Array<{ field: string }>; findings: unknown[] };
    expect(out.kind).toBe('List');
    expect(out.items[0]?.kind).toBe('Topology');
    expect(out.sources['spec.underlay.subnets']).toContain('cp1.txt (ip route of cp1)');
    expect(out.missing).toEqual([]);
    const file = join(work, 'calico.json');
    writeFileSync(file, run.stdout);
    const imported = await cli('import', '--file', file, '--name', 'calico-dump');
    expect(imported.code).toBe(0);
    const trace = await cli('trace', '-t', 'calico-dump', '--from', 'pod:shop/web-6d4cf56db6-h2x9p', '--to', 'pod:shop/api-5b8f7c9d4-tr6zn', '--port', '9000', '-o', 'json');
    expect(trace.code).toBe(0);
    const answer = JSON.parse(trace.stdout) as { trace: { disposition: string; hops: Array<{ node: string }> } };
    expect(answer.trace.disposition).toBe('DELIVERED');
    expect(new Set(answer.trace.hops.map((h) => h.node)).size).toBeGreaterThan(1);
  });

  test('--instance-types: the account data wins over the built-in table', async () => {
    // A made-up account answer for t3.medium with 2 ENIs × 4 addresses: 2 × ((4 − 1) × 16) + 2 = 98 with prefix delegation.
    const types = join(work, 'types.json');
    writeFileSync(types, JSON.stringify({ InstanceTypes: [{ InstanceType: 't3.medium', Hypervisor: 'nitro', VCpuInfo: { DefaultVCpus: 2 }, NetworkInfo: { MaximumNetworkInterfaces: 2, Ipv4AddressesPerInterface: 4 } }] }));
    const run = await cli('infer', '--file', eks.file, ...eks.underlayArgs, '--instance-types', types, '-o', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { findings: Array<{ message: string }> };
    expect(out.findings.map((f) => f.message).join('\n')).toContain('is 17 but EKS\'s max-pods for t3.medium with prefix delegation is 98');
  });

  test('bad --instance-types JSON is exit 2 with the field path', async () => {
    const types = join(work, 'bad-types.json');
    writeFileSync(types, JSON.stringify({ InstanceTypes: [{ InstanceType: 'x1.tiny', NetworkInfo: { MaximumNetworkInterfaces: 0 } }] }));
    const run = await cli('infer', '--file', eks.file, '--instance-types', types, '-o', 'json');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('--instance-types.InstanceTypes[0].NetworkInfo.MaximumNetworkInterfaces');
  });

  test('import of a bare dump infers its Topology and says so', async () => {
    const run = await cli('import', '--file', eks.file, '--name', 'eks-dump');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('inferred no Topology document: inferred one from the dump');
    expect(run.stdout).toContain('not inferred: spec.serviceCIDRs');
  });
});

import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildProgram, COMMAND_MODULES, modulesFor } from '../../src/cli/main';
import type { CliContext } from '../../src/cli/context';
import { loadConfig } from '../../src/app/config';
import { OVERHEAD_NODE_ROWS } from '../../src/cli/commands/render';
import { generateTopology } from '../../src/engine/generate';
import { exportTopology } from '../../src/io/exportTopology';

// The CLI as a nightly job meets it: each case is a child process of the real binary (bin/netmodel.js), which runs the
// compiled dist/ when it is current and the TypeScript sources otherwise.
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'netmodel.js');
const EXAMPLE = join(ROOT, 'examples', 'kubeadm-calico.yaml');
const POLICIES = join(ROOT, 'examples', 'shop-policies.yaml');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// No database: the --file form needs none, and a database URL nobody listens on proves it.
const NO_DATABASE = { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' };

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...NO_DATABASE, ...env } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe('start-up: only what a command needs', () => {
  test('every top-level command is in the table of command modules, and nothing else', () => {
    const ctx = { io: { out: () => undefined, err: () => undefined }, env: {}, config: () => loadConfig({}), withStore: () => Promise.reject(new Error('unused')) } as CliContext;
    const registered = buildProgram(ctx, [])
      .commands.map((c) => c.name())
      .sort();
    assert.deepEqual(registered, COMMAND_MODULES.flatMap((m) => m.names).sort());
  });

  const selections: { argv: string[]; modules: number }[] = [
    { argv: ['--version'], modules: 0 },
    { argv: ['-V'], modules: 0 },
    { argv: ['capacity', '-f', 'x'], modules: 1 },
    { argv: ['scenario', 'list'], modules: 1 },
    { argv: ['--help'], modules: COMMAND_MODULES.length },
    { argv: ['completion', 'bash'], modules: COMMAND_MODULES.length },
    { argv: ['frobnicate'], modules: COMMAND_MODULES.length },
  ];
  for (const s of selections) {
    test(`${s.argv.join(' ')} loads ${s.modules} command module(s)`, () => {
      assert.equal(modulesFor(s.argv).length, s.modules);
    });
  }

  // Which packages a run loaded, seen from inside the process: the heavy ones belong to the server and the database.
  const loads: { args: string[]; absent: string[] }[] = [
    { args: ['--version'], absent: ['yaml', 'zod', '@prisma/client', 'fastify', '@electric-sql/pglite'] },
    { args: ['capacity', '-f', EXAMPLE, '-o', 'json'], absent: ['@prisma/client', 'fastify', '@electric-sql/pglite', 'pg', 'graphql', '@viz-js/viz'] },
  ];
  for (const l of loads) {
    test(`${l.args[0]} loads none of ${l.absent.join(', ')}`, () => {
      const probe = `require('tsx/cjs');
        require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}).runCli(${JSON.stringify(l.args)}, { out() {}, err() {} }).then((code) => {
          process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache) }));
        });`;
      const run = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...NO_DATABASE } });
      const { code, loaded } = JSON.parse(run.stdout) as { code: number; loaded: string[] };
      assert.equal(code, 0, run.stderr);
      for (const name of l.absent) assert.ok(!loaded.some((path) => path.includes(`/node_modules/${name}/`)), `${name} was loaded`);
    });
  }

  test('--version prints the package version', () => {
    const run = cli(['--version']);
    assert.deepEqual([run.code, run.stdout.trim()], [0, VERSION]);
  });
});

describe('-o json|yaml|table everywhere', () => {
  const commands: string[][] = [
    ['validate', '-f', EXAMPLE],
    ['trace', '-f', EXAMPLE, '--from', 'pod:shop/web-7c9d8f6b5d-h2x9p', '--to', 'pod:kube-system/coredns-5dd5756b68-qk4vn', '--port', '53', '--protocol', 'udp'],
    ['reach', '-f', EXAMPLE],
    ['conflicts', '-f', EXAMPLE],
    ['overhead', '-f', EXAMPLE],
    ['connectivity', '-f', POLICIES],
    ['dns', '-f', EXAMPLE, '--name', 'kubernetes.default.svc.cluster.local'],
    ['rule-counts', '-f', EXAMPLE],
    ['capacity', '-f', EXAMPLE],
    ['free-cidr', '-f', EXAMPLE, '--prefix-length', '24'],
    ['plan', '--nodes', '100', '--max-pods-per-node', '30'],
    ['max-pods', '--provider', 'eks', '--instance-type', 'm5.large'],
  ];
  for (const args of commands) {
    test(`${args[0]}: -o yaml is the -o json answer; the table is something else`, () => {
      const asJson = cli([...args, '-o', 'json']);
      assert.equal(asJson.code, 0, asJson.stdout + asJson.stderr);
      const asYaml = cli([...args, '-o', 'yaml']);
      assert.equal(asYaml.code, 0, asYaml.stderr);
      assert.deepEqual(parseYaml(asYaml.stdout), JSON.parse(asJson.stdout));
      const asTable = cli([...args, '-o', 'table']);
      assert.equal(asTable.code, 0, asTable.stderr);
      assert.notEqual(asTable.stdout.trimStart()[0], '{', 'the table form is not JSON');
    });
  }

  test('errors come as YAML with -o yaml, as they do as JSON with -o json', () => {
    const run = cli(['capacity', '-f', join(ROOT, 'missing.yaml'), '-o', 'yaml']);
    assert.equal(run.code, 2);
    const error = (parseYaml(run.stdout) as { error: { code: string; problems: { path: string }[] } }).error;
    assert.deepEqual([error.code, error.problems[0]!.path], ['BAD_USER_INPUT', '--file']);
  });
});

describe('problem paths name the flags as typed', () => {
  const cases: { args: string[]; path: string }[] = [
    { args: ['free-cidr', '-f', EXAMPLE, '--prefix-length', '40'], path: '--prefix-length' },
    { args: ['free-cidr', '-f', EXAMPLE, '--prefix-length', '24', '--within', '10.0.0.0/33'], path: '--within' },
    { args: ['trace', '-f', EXAMPLE, '--from', 'pod:a/b', '--to', 'pod:c/d', '--packet-size', '3'], path: '--packet-size' },
    { args: ['trace', '-f', EXAMPLE, '--from', 'nonsense', '--to', 'pod:c/d'], path: '--from' },
    { args: ['plan', '--nodes', '0', '--max-pods-per-node', '30'], path: '--nodes' },
  ];
  for (const c of cases) {
    test(`${c.args.slice(0, 1).join(' ')} … → ${c.path}`, () => {
      const run = cli([...c.args, '-o', 'json']);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      const problems = (JSON.parse(run.stdout) as { error: { problems: { path: string }[] } }).error.problems;
      assert.ok(problems.some((p) => p.path === c.path || p.path.startsWith(`${c.path}.`) || p.path.startsWith(`${c.path}[`)), JSON.stringify(problems));
      assert.ok(problems.every((p) => p.path.startsWith('-')), `every path is a flag: ${JSON.stringify(problems)}`);
    });
  }

  test('paths inside a --file document stay the document\'s, even where a flag has the same name (-t, --topology)', () => {
    const bad = join(tmpdir(), `netmodel-bad-${process.pid}.yaml`);
    writeFileSync(bad, 'apiVersion: netmodel/v1alpha1\nkind: Topology\nmetadata: {name: x}\nspec:\n  serviceCIDRs: [10.96.0.1/12]\n');
    try {
      const run = cli(['capacity', '-f', bad, '-o', 'json']);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      const problems = (JSON.parse(run.stdout) as { error: { problems: { path: string }[] } }).error.problems;
      assert.ok(problems.some((p) => p.path === 'topology.spec.serviceCIDRs[0]'), JSON.stringify(problems));
    } finally {
      rmSync(bad, { force: true });
    }
  });
});

describe('document size', () => {
  test('local --file reads have no limit unless NETMODEL_MAX_DOCUMENT_BYTES is set; the error names the setting', () => {
    assert.equal(cli(['capacity', '-f', EXAMPLE, '-o', 'json']).code, 0);
    for (const args of [['capacity', '-f', EXAMPLE], ['validate', '-f', EXAMPLE]]) {
      const run = cli([...args, '-o', 'json'], { NETMODEL_MAX_DOCUMENT_BYTES: '1000' });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stdout, /larger than the limit of 1000 bytes \(NETMODEL_MAX_DOCUMENT_BYTES raises it\)/);
    }
  });
});

describe('netmodel completion', () => {
  const script = (shell: string) => {
    const run = cli(['completion', shell]);
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };

  // What bash offers after the words typed so far (the last one being completed), from the generated function itself.
  const offers = (words: string[]) => {
    // eval of standard input: Node's stdin pipe is a socket, which `source /dev/stdin` cannot open.
    const program = `eval "$(cat)"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _netmodel; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const run = spawnSync('bash', ['-c', program], { input: script('bash'), encoding: 'utf8' });
    assert.deepEqual([run.status, run.stderr], [0, '']);
    return run.stdout.split('\n').filter(Boolean).sort();
  };

  const cases: { words: string[]; offered: string[] }[] = [
    { words: ['netmodel', 'scen'], offered: ['scenario'] },
    { words: ['netmodel', 'scenario', 'pro'], offered: ['promote'] },
    { words: ['netmodel', 'trace', '--proto'], offered: ['--protocol'] },
    { words: ['netmodel', 'trace', '--protocol', ''], offered: ['sctp', 'tcp', 'udp'] },
    { words: ['netmodel', 'scenario', 'diff', '--group-by', 'z'], offered: ['zone'] },
  ];
  for (const c of cases) {
    test(`bash: ${c.words.slice(1).join(' ')}␣ → ${c.offered.join(' ')}`, () => {
      assert.deepEqual(offers(c.words), c.offered);
    });
  }

  test('bash and zsh scripts parse; zsh runs the bash function through bashcompinit', () => {
    const syntax = spawnSync('bash', ['-n'], { input: script('bash'), encoding: 'utf8' });
    assert.equal(syntax.status, 0, syntax.stderr);
    const zsh = script('zsh');
    assert.match(zsh, /^#compdef netmodel$/m);
    assert.match(zsh, /bashcompinit/);
    assert.match(zsh, /^complete -o filenames -F _netmodel netmodel$/m);
  });

  test('fish: one line per command and flag, values of closed sets offered', () => {
    const fish = script('fish');
    assert.match(fish, /^complete -c netmodel -n '__fish_use_subcommand' -a trace -d /m);
    assert.match(fish, /^complete -c netmodel -n '__fish_seen_subcommand_from trace; and not __fish_seen_subcommand_from [^']*' -l protocol -xa 'tcp udp sctp' -d /m);
    assert.match(fish, /^complete -c netmodel -n '__fish_seen_subcommand_from scenario; and __fish_seen_subcommand_from diff' -l pair -x -d /m);
    assert.match(fish, /-s f -l file -rF/);
  });

  test('an unknown shell is a usage error', () => {
    assert.equal(cli(['completion', 'tcsh']).code, 2);
  });
});

describe('overhead: the per-node MTU table of a large topology is grouped', () => {
  test(`above ${OVERHEAD_NODE_ROWS} nodes, one row per subnet, MTUs and rule, with its node count; -o json keeps each node`, () => {
    const generated = generateTopology({ name: 'mtu-groups', nodes: OVERHEAD_NODE_ROWS + 5, podsPerNode: 1, services: 2, endpointsPerService: 1, subnets: 3, seed: 5 });
    if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
    const file = join(tmpdir(), `netmodel-mtu-groups-${process.pid}.yaml`);
    writeFileSync(file, exportTopology(generated.topology, 'yaml'));
    try {
      const json = cli(['overhead', '-f', file, '-o', 'json']);
      assert.equal(json.code, 0, json.stderr);
      const nodes = (JSON.parse(json.stdout) as { nodes: { node: string; subnet: string; hostMtu: number; podMtu: number; rule: string }[] }).nodes;
      assert.equal(nodes.length, OVERHEAD_NODE_ROWS + 5);
      const expected = new Map<string, string[]>();
      for (const n of nodes) {
        const key = [n.subnet, n.hostMtu, n.podMtu, n.rule].join('|');
        expected.set(key, [...(expected.get(key) ?? []), n.node]);
      }
      assert.ok(expected.size > 1, 'the generated nodes sit in more than one subnet');

      const text = cli(['overhead', '-f', file]);
      assert.equal(text.code, 0, text.stderr);
      const lines = text.stdout.split('\n');
      const header = lines.findIndex((l) => l.startsWith('NODES '));
      assert.ok(header > 0, text.stdout);
      const rows = lines.slice(header + 1, header + 1 + expected.size);
      for (const [key, names] of expected) {
        const [subnet, hostMtu, podMtu, rule] = key.split('|');
        const row = rows.find((r) => r.startsWith(`${names.length} nodes: ${names[0]}, ${names[1]}, …`));
        assert.ok(row, `a row for ${key} in\n${text.stdout}`);
        assert.match(row, new RegExp(`\\s${subnet}\\s+${hostMtu}\\s+${podMtu}\\s+`));
        assert.ok(row.endsWith(rule!), row);
      }
      assert.equal(lines[header + 1 + expected.size], `(${nodes.length} nodes in ${expected.size} rows of equal subnet, MTUs and rule; -o json lists each node)`);
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('a small topology keeps one row per node', () => {
    const text = cli(['overhead', '-f', EXAMPLE]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^NODE {2,}SUBNET {2,}HOST MTU {2,}POD MTU {2,}RULE$/m);
  });
});

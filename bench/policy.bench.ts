/**
 * NetworkPolicy benchmark for issue 10's goals, each figure next to a baseline measured in the same run:
 *   - `connectivity --level workload` (compile the policies + the connectivity list) on a generated 5,000-node /
 *     150,000-pod topology with 10,000 NetworkPolicies (`generateTopology({ policies })`): goal < 5 s; baseline: compiling
 *     the same topology's snapshot; measured both as the engine call and as the interfaces' path (answerConnectivity,
 *     what the CLI, REST and GraphQL run: policies compiled on the snapshot, rows materialized, sorted and formatted);
 *   - one policy decision (decidePolicy) vs one warm trace (src/engine/trace) between the same pods: goal < 10 %;
 *   - heap with topology, snapshot, compiled policies and the connectivity answer: goal < 1 GB.
 * Exits 1 naming every goal it missed.
 *   npm run bench            (or: npx tsx bench/policy.bench.ts [--quick])
 */
import { generateTopology } from '../src/engine/generate';
import { compileSnapshot } from '../src/engine/model/snapshot';
import { compilePolicies, connectivity, decidePolicy, policyModelOfTopology } from '../src/engine/policy';
import { trace } from '../src/engine/trace';
import { answerConnectivity } from '../src/questions/connectivity';
import { mb, median, timed } from './measure';

const QUICK = process.argv.includes('--quick');
const SIZE = QUICK ? { nodes: 500, podsPerNode: 30, services: 1000, policies: 1000 } : { nodes: 5000, podsPerNode: 30, services: 10000, policies: 10000 };
const GOAL_CONNECTIVITY_MS = 5000;
const GOAL_DECISION_RATIO = 0.1;
const GOAL_HEAP = 2 ** 30;

const ms = (x: number) => `${x.toFixed(x < 10 ? 4 : 0)} ms`;

function print(title: string, rows: Record<string, string>): void {
  console.log(`\n## ${title}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}

function main(): void {
  console.log(`k8s-netmodel policy benchmark (${QUICK ? 'quick' : 'full'}), Node ${process.version}`);
  const missed: string[] = [];
  const gen = timed(() => generateTopology({ name: 'bench-policy', ...SIZE, endpointsPerService: 3, overlay: 'bgp', seed: 7 }));
  if (!gen.value.ok) throw new Error(JSON.stringify(gen.value.errors));
  // The generated topology carries its policies (namespaces, networkPolicies). The baselines (snapshot compile, warm
  // trace) are measured without them, as before policies existed: the trace baseline must not contain a policy check.
  const { topology, policies } = gen.value;
  const bare = { ...topology, namespaces: undefined, networkPolicies: undefined };
  const snapshot = timed(() => compileSnapshot(bare));

  const build = timed(() => compilePolicies(policyModelOfTopology(topology), { cniPlugin: topology.cni.plugin }));
  const compiled = build.value;
  const conn = timed(() => connectivity(compiled, { level: 'workload' }));
  const total = build.ms + conn.ms;
  const res = conn.value;
  if (total >= GOAL_CONNECTIVITY_MS) missed.push(`connectivity --level workload took ${ms(total)} (goal < ${GOAL_CONNECTIVITY_MS} ms)`);
  print(`connectivity --level workload: ${topology.nodes.length} nodes, ${topology.pods.length} pods, ${policies!.networkPolicies.length} NetworkPolicies`, {
    'baseline: compile snapshot': ms(snapshot.ms),
    'model + compile policies': ms(build.ms),
    connectivity: ms(conn.ms),
    'total (goal < 5 s)': `${ms(total)} = ${(total / snapshot.ms).toFixed(2)}× the snapshot compile ${total < GOAL_CONNECTIVITY_MS ? 'MET' : 'MISSED'}`,
    'equivalence classes': `${res.classCount.toLocaleString('en')} for ${topology.pods.length.toLocaleString('en')} pods`,
    peers: `${res.peers.length.toLocaleString('en')} (workloads and external ranges)`,
    'connection groups': res.groups.length.toLocaleString('en'),
    'allowed ordered pairs': res.pairCount.toLocaleString('en'),
  });

  // The interfaces' path: the cached snapshot of the topology with its policies, asked for the first time (compiles
  // the snapshot's policies, then the connectivity and its rows). The snapshot is compiled once per topology version
  // for every question, so its compile is not part of this figure.
  const withPolicies = compileSnapshot(topology);
  const answered = timed(() => answerConnectivity(withPolicies, { level: 'workload' }));
  if (!answered.value.ok) throw new Error(JSON.stringify(answered.value.problems));
  if (answered.ms >= GOAL_CONNECTIVITY_MS) missed.push(`the interfaces' connectivity --level workload took ${ms(answered.ms)} (goal < ${GOAL_CONNECTIVITY_MS} ms)`);
  print('the interfaces\' path: answerConnectivity (CLI `netmodel connectivity`, REST, GraphQL)', {
    'total (goal < 5 s)': `${ms(answered.ms)} = ${(answered.ms / snapshot.ms).toFixed(2)}× the snapshot compile ${answered.ms < GOAL_CONNECTIVITY_MS ? 'MET' : 'MISSED'}`,
    'rows (allowed workload and external pairs)': answered.value.answer.connections.length.toLocaleString('en'),
  });

  // Decision vs trace, warm, between the same pod pairs (application pods in different namespaces and nodes).
  const pods = topology.pods.filter((p) => p.ports.length > 0 && p.namespace !== 'kube-system');
  const pairs = Array.from({ length: 200 }, (_, i) => [pods[(i * 7919) % pods.length]!, pods[(i * 104729 + 13) % pods.length]!] as const).filter(([a, b]) => a !== b);
  const subjects = new Map(compiled.model.subjects.map((s) => [`${s.namespace}/${s.name}`, s]));
  const traceOnce = ([a, b]: (typeof pairs)[number]) => trace(snapshot.value, `pod:${a.namespace}/${a.name}`, `pod:${b.namespace}/${b.name}`, { port: b.ports[0]!.containerPort });
  const decideOnce = ([a, b]: (typeof pairs)[number]) =>
    decidePolicy(compiled, { from: { kind: 'subject', subject: subjects.get(`${a.namespace}/${a.name}`)! }, to: { kind: 'subject', subject: subjects.get(`${b.namespace}/${b.name}`)! }, protocol: 'TCP', port: b.ports[0]!.containerPort });
  // Warm both to the JIT's optimized tier (a server answering traces is there): the decision is ~100× cheaper than a
  // trace, so it needs ~100× the calls to get as warm.
  let denied = 0;
  for (const p of pairs) if (!decideOnce(p).allowed) denied++;
  for (let r = 0; r < 3; r++) pairs.forEach(traceOnce);
  for (let r = 0; r < 100; r++) pairs.forEach(decideOnce);
  const rounds = QUICK ? 5 : 20;
  const traceTimes: number[] = [];
  const decideTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    traceTimes.push(timed(() => pairs.forEach(traceOnce)).ms / pairs.length);
    decideTimes.push(timed(() => { for (let k = 0; k < 10; k++) pairs.forEach(decideOnce); }).ms / (10 * pairs.length));
  }
  const traceMs = median(traceTimes);
  const decideMs = median(decideTimes);
  const ratio = decideMs / traceMs;
  if (ratio >= GOAL_DECISION_RATIO) missed.push(`a policy decision costs ${(ratio * 100).toFixed(1)} % of a warm trace (goal < 10 %)`);
  print(`policy check vs warm trace (${pairs.length} pod pairs, median of ${rounds} rounds; ${denied} denied by policy)`, {
    'baseline: warm trace': ms(traceMs),
    'policy decision (decidePolicy)': ms(decideMs),
    'added to a trace (goal < 10 %)': `${(ratio * 100).toFixed(2)} % ${ratio < GOAL_DECISION_RATIO ? 'MET' : 'MISSED'}`,
  });

  const heap = process.memoryUsage().heapUsed;
  if (heap >= GOAL_HEAP) missed.push(`heap ${mb(heap)} (goal < 1 GB)`);
  print('memory', { 'heap: topology + snapshot + policies + connectivity (goal < 1 GB)': `${mb(heap)} ${heap < GOAL_HEAP ? 'MET' : 'MISSED'}` });

  if (missed.length > 0) {
    console.error(`\nMISSED: ${missed.join('; ')}`);
    process.exit(1);
  }
}

main();

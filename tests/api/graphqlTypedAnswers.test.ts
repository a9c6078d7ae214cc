import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLOutputType } from 'graphql';
import { operationsFromInput } from '../../src/api/graphql/operations';
import type { OperationInput } from '../../src/api/graphql/generated/types';
import { loadConfig } from '../../src/app/config';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { expectTypedEqualsRest, inRestSpelling, schema, selectAll, withoutNulls, type TypedCase } from '../helpers/graphqlTyped';

// Issue 12: answers that were the JSON scalar are object types now. Each case asks the same question over REST and over
// GraphQL selecting EVERY field of the typed answer, and requires the two to be equal: a field the engine answers but the
// type leaves out (or types wrongly) fails here, as does a REST answer the GraphQL one drifted from.
const ROOT = join(__dirname, '..', '..');

type Case = TypedCase;

const T = '/api/v1/topologies/kubeadm-calico';
const CASES: readonly Case[] = [
  // The whole capacity report (docs/capacity-json.md): kubeadm-calico runs calico-ipam (Calico's block pools), and asked
  // for another provider's rules it answers that provider's section; the EKS dump has nodes of known instance types.
  {
    // With growth the forecast is answered; failBelow 99.99 makes some headroom fail.
    name: 'capacity: calico-ipam pools, ClusterIP bands and a forecast',
    rest: { path: `${T}/capacity?growthNodesPerMonth=2&growthPodsPerMonth=30&growthServicesPerMonth=5&failBelow=99.99` },
    at: ['topology', 'capacity'],
    query: '{ topology(name: "kubeadm-calico") { capacity(growthNodesPerMonth: 2, growthPodsPerMonth: 30, growthServicesPerMonth: 5, failBelow: 99.99) %s } }',
    type: 'Capacity',
    check: (r) => {
      const a = r as { failed: boolean; report: { pods: { calico: unknown[] }; forecast: { items: unknown[] } | null; services: unknown[] } };
      expect([a.failed, a.report.pods.calico.length > 0, a.report.forecast!.items.length > 0, a.report.services.length]).toEqual([true, true, true, 1]);
    },
  },
  {
    // GKE "Optimizing IP address allocation": 110 max pods per node (kubelet's default) take a /24 per node.
    name: 'capacity: GKE rules, node pools by max pods',
    rest: { path: `${T}/capacity?provider=gke` },
    at: ['topology', 'capacity'],
    query: '{ topology(name: "kubeadm-calico") { capacity(provider: GKE) %s } }',
    type: 'Capacity',
    check: (r) => expect((r as { report: { providerRules: { provider: string; pools: { nodeRange: { value: number } | null }[] } } }).report.providerRules).toMatchObject({ provider: 'gke', pools: [{ nodeRange: { value: 24 } }] }),
  },
  {
    name: 'capacity: AKS overlay rules',
    rest: { path: `${T}/capacity?provider=aks` },
    at: ['topology', 'capacity'],
    query: '{ topology(name: "kubeadm-calico") { capacity(provider: AKS) %s } }',
    type: 'Capacity',
    check: (r) => expect((r as { report: { providerRules: { provider: string; problems: unknown[] } } }).report.providerRules.provider).toBe('aks'),
  },
  {
    // amazon-vpc-cni-k8s misc/eni-max-pods.txt: m5.large 29, t3.medium 17 (3 ENIs × (6 − 1) + 2). The capacity question
    // takes no prefix-delegation option, so the secondary-IP figures apply.
    name: 'capacity: EKS rules per instance type (an inferred VPC CNI dump)',
    rest: { path: '/api/v1/topologies/eks/capacity' },
    at: ['topology', 'capacity'],
    query: '{ topology(name: "eks") { capacity %s } }',
    type: 'Capacity',
    check: (r) => {
      const rules = (r as { report: { providerRules: { provider: string; instanceTypes: { instanceType: string; maxPods: { maxPods: { value: number } } | null }[] } } }).report.providerRules;
      expect(rules.provider).toBe('eks');
      expect(rules.instanceTypes.map((t) => [t.instanceType, t.maxPods?.maxPods.value])).toEqual([['m5.large', 29], ['t3.medium', 17]]);
    },
  },
  {
    name: 'dns: A query for kube-dns (Kubernetes DNS spec 2.2.1: a ClusterIP Service has an A record)',
    rest: { path: `${T}/dns?name=kube-dns.kube-system.svc.cluster.local&type=A` },
    at: ['topology', 'dns'],
    query: '{ topology(name: "kubeadm-calico") { dns(name: "kube-dns.kube-system.svc.cluster.local", type: A) %s } }',
    type: 'DnsResult',
    check: (r) => expect((r as { answer: { answers: { address: string }[] } }).answer.answers.map((a) => a.address)).toEqual(['10.96.0.10']),
  },
  {
    name: 'dns: SRV query for a named port (spec 2.2.2: _port._proto.svc records with a target)',
    rest: { path: `${T}/dns?name=_dns._udp.kube-dns.kube-system.svc.cluster.local&type=SRV` },
    at: ['topology', 'dns'],
    query: '{ topology(name: "kubeadm-calico") { dns(name: "_dns._udp.kube-dns.kube-system.svc.cluster.local", type: SRV) %s } }',
    type: 'DnsResult',
    check: (r) => expect((r as { answer: { answers: { port: number }[] } }).answer.answers[0]!.port).toBe(53),
  },
  {
    name: 'dns: NXDOMAIN carries the SOA in authority',
    rest: { path: `${T}/dns?name=missing.shop.svc.cluster.local` },
    at: ['topology', 'dns'],
    query: '{ topology(name: "kubeadm-calico") { dns(name: "missing.shop.svc.cluster.local") %s } }',
    type: 'DnsResult',
    check: (r) => expect((r as { answer: { rcode: string; authority: { type: string }[] } }).answer).toMatchObject({ rcode: 'NXDOMAIN', authority: [{ type: 'SOA' }] }),
  },
  {
    name: 'dns: a pod resolution walks the search path (ndots 5, musl)',
    rest: { path: `${T}/dns?name=web&from=pod:kube-system/coredns-5dd5756b68-8x7zq&resolver=musl` },
    at: ['topology', 'dns'],
    query: '{ topology(name: "kubeadm-calico") { dns(name: "web", from: "pod:kube-system/coredns-5dd5756b68-8x7zq", resolver: MUSL) %s } }',
    type: 'DnsResult',
    check: (r) => expect((r as { resolution: { attempts: unknown[]; resolvConf: { ndots: number } } }).resolution.resolvConf.ndots).toBe(5),
  },
  {
    // amazon-vpc-cni-k8s misc/eni-max-pods.txt: m5.large 29 (3 ENIs × (10 − 1) + 2).
    name: 'maxPods: EKS m5.large is 29',
    rest: { path: '/api/v1/max-pods?provider=eks&instanceType=m5.large' },
    at: ['maxPods'],
    query: '{ maxPods(provider: EKS, instanceType: "m5.large") %s }',
    type: 'MaxPods',
    check: (r) => expect((r as { eks: { maxPods: { value: number } } }).eks.maxPods.value).toBe(29),
  },
  {
    name: 'maxPods: EKS m5.large with prefix delegation (capped at 110 below 30 vCPUs by max-pods-calculator.sh)',
    rest: { path: '/api/v1/max-pods?provider=eks&instanceType=m5.large&prefixDelegation=true' },
    at: ['maxPods'],
    query: '{ maxPods(provider: EKS, instanceType: "m5.large", prefixDelegation: true) %s }',
    type: 'MaxPods',
    check: (r) => expect((r as { eks: { maxPods: { value: number } } }).eks.maxPods.value).toBe(110),
  },
  {
    // GKE "Optimizing IP address allocation": max pods 110 → a /24 per node.
    name: 'maxPods: GKE 110 pods per node take a /24',
    rest: { path: '/api/v1/max-pods?provider=gke&maxPodsPerNode=110' },
    at: ['maxPods'],
    query: '{ maxPods(provider: GKE, maxPodsPerNode: 110) %s }',
    type: 'MaxPods',
    check: (r) => expect((r as { gke: { nodeRange: { value: number } } }).gke.nodeRange.value).toBe(24),
  },
  {
    name: 'plan: 100 nodes × 110 pods, dual-stack',
    rest: { path: '/api/v1/plan', body: { nodes: 100, maxPodsPerNode: 110, services: 500, family: 'dual' } },
    at: ['plan'],
    query: '{ plan(input: { nodes: 100, maxPodsPerNode: 110, services: 500, family: DUAL }) %s }',
    type: 'Plan',
    check: (r) => expect((r as { families: unknown[] }).families).toHaveLength(2),
  },
  {
    name: 'plan: avoiding a stored topology\'s ranges',
    rest: { path: '/api/v1/plan', body: { nodes: 10, maxPodsPerNode: 110, topology: 'kubeadm-calico' } },
    at: ['plan'],
    query: '{ plan(input: { nodes: 10, maxPodsPerNode: 110 }, topology: "kubeadm-calico") %s }',
    type: 'Plan',
    check: (r) => expect((r as { ok: boolean }).ok).toBe(true),
  },
  {
    name: 'encapOverhead: subnet pairs with a 1500-byte packet and a traffic matrix',
    rest: {
      path: `${T}/overhead`,
      body: { packetSize: 1500, trafficMatrix: [{ from: { kind: 'namespace', name: 'shop' }, to: { kind: 'node', name: 'worker-a1' }, bytesPerSecond: 1000000 }] },
    },
    at: ['topology', 'encapOverhead'],
    query:
      '{ topology(name: "kubeadm-calico") { encapOverhead(packetSize: 1500, trafficMatrix: [{ from: { kind: NAMESPACE, name: "shop" }, to: { kind: NODE, name: "worker-a1" }, bytesPerSecond: 1000000 }]) %s } }',
    type: 'EncapOverhead',
    check: (r) => {
      const report = r as { subnetPairs: { families: { packet: unknown }[] }[]; traffic: { entries: unknown[] } };
      expect(report.subnetPairs.length).toBeGreaterThan(1);
      expect(report.subnetPairs[0]!.families[0]!.packet).toBeDefined();
      expect(report.traffic.entries).toHaveLength(1);
    },
  },
];

describe('typed answers equal the REST answers to the same question', () => {
  let ts: TestServer;
  beforeAll(async () => {
    // Selecting every field of a diff (traces, steps, packets) is deeper and costlier than the defaults allow a client.
    ts = await startTestServer({ graphql: { ...loadConfig({}).graphql, maxDepth: 30, maxCost: 10_000_000, maxFields: 100_000 } });
    for (const example of ['kubeadm-calico.yaml', 'shop-policies.yaml']) {
      const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: readFileSync(join(ROOT, 'examples', example), 'utf8') });
      expect(r.errors).toBeUndefined();
    }
    // An EKS cluster as kubectl dumps it: inferred, then stored as "eks" (the capacity cases' EKS rules).
    const dump = readFileSync(join(ROOT, 'examples', 'dumps', 'eks-vpc-cni-prefix-delegation.yaml'), 'utf8');
    const inferred = await graphql<{ inferTopology: { yaml: string } }>(ts.baseUrl, 'query($d: String!) { inferTopology(dump: $d, name: "eks") { yaml } }', { d: dump });
    expect(inferred.errors).toBeUndefined();
    const eks = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d: inferred.data!.inferTopology.yaml });
    expect(eks.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ts.close();
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => expectTypedEqualsRest(ts.baseUrl, c));

  // The diff typed section by section equals REST's diff; the cases change reachability (a pair and matrix cells),
  // conflicts, overhead, capacity and kube-proxy, so every section has content somewhere.
  const DIFFS = [
    {
      name: 'remove a node, typed options: pairs, groupBy NODE, capacity skipped',
      operations: [{ op: 'removeNode', name: 'worker-b3' }],
      typedOps: [{ removeNode: { name: 'worker-b3' } }],
      rest: { groupBy: 'node', pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'svc:shop/api', port: 9000 }], sections: { capacity: false } },
      typed: { groupBy: 'NODE', pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'svc:shop/api', port: 9000 }], sections: { capacity: false } },
      check: (d: ScenarioDiffShape) => expect([d.capacity, d.reachability.pairs.length]).toEqual([null, 1]),
    },
    {
      // Calico without IPIP routes pods across racks only with BGP peering to the routers, which the example lacks.
      name: 'overlay off: reachability lost across subnets, overhead and MTU change',
      operations: [{ op: 'setCni', overlay: 'none' }],
      typedOps: [{ setCni: { overlay: 'NONE' } }],
      rest: { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:kube-system/coredns-5dd5756b68-qk4vn' }] },
      typed: { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:kube-system/coredns-5dd5756b68-qk4vn' }] },
      check: (d: ScenarioDiffShape) => expect(d.overhead.overhead.length).toBeGreaterThan(0),
    },
    {
      name: 'a subnet inside the service CIDR with two nodes: conflicts and capacity change',
      operations: [
        { op: 'addSubnet', name: 'clash', cidr: '10.96.100.0/24' },
        { op: 'addNodes', count: 2, subnet: 'clash' },
      ],
      typedOps: [{ addSubnet: { name: 'clash', cidr: '10.96.100.0/24' } }, { addNodes: { count: 2, subnet: 'clash' } }],
      rest: {},
      typed: {},
      check: (d: ScenarioDiffShape) => expect(d.capacity).not.toBeNull(),
    },
    {
      name: 'a NetworkPolicy removed: the connectivity section is served',
      topology: 'shop-policies',
      operations: [{ op: 'removeNetworkPolicy', namespace: 'billing', name: 'default-deny' }],
      typedOps: [{ removeNetworkPolicy: { namespace: 'billing', name: 'default-deny' } }],
      rest: { sections: { capacity: false, kubeProxy: false } },
      typed: { sections: { capacity: false, kubeProxy: false } },
      check: (d: ScenarioDiffShape) => expect(Object.keys(d.extra as object)).toEqual(['connectivity']),
    },
  ];
  const withoutUndefined = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
  interface ScenarioDiffShape {
    capacity: unknown;
    extra: unknown;
    reachability: { pairs: unknown[] };
    overhead: { overhead: unknown[] };
  }
  test.each(DIFFS.map((c) => [c.name, c] as const))('whatIf diff: %s', async (_name, c) => {
    const topology = 'topology' in c ? c.topology : 'kubeadm-calico';
    const response = await fetch(`${ts.baseUrl}/api/v1/topologies/${topology}/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operations: c.operations, options: c.rest }) });
    expect(response.status).toBe(200);
    const rest = (await response.json()) as { diff: Record<string, unknown> & ScenarioDiffShape };
    c.check(rest.diff);
    const r = await graphql<{ whatIf: { diff: unknown } }>(
      ts.baseUrl,
      `query($t: String!, $ops: [OperationInput!]!, $o: DiffOptions) { whatIf(topology: $t, operations: $ops, options: $o) { diff ${selectAll(schema, 'ScenarioDiff')} } }`,
      { t: topology, ops: c.typedOps, o: c.typed },
    );
    expect(r.errors).toBeUndefined();
    // The second diff of a baseline reuses memoized answers: `reused` and kube-proxy's work counters say so.
    const comparable = (d: unknown) => {
      const { reused: _reused, kubeProxy, ...sections } = d as { reused: unknown; kubeProxy?: { work: unknown } };
      if (kubeProxy === undefined) return sections;
      const { work: _work, ...proxy } = kubeProxy;
      return { ...sections, kubeProxy: proxy };
    };
    // GraphQL types the connectivity section as a field; REST answers it in the map of extra sections, its data beside
    // changed and headline.
    const { connectivity, ...typed } = inRestSpelling(r.data!.whatIf.diff, schema.getType('ScenarioDiff') as GraphQLOutputType) as { connectivity?: { changed: boolean; headline?: string } };
    const extra = connectivity === undefined ? {} : { connectivity: { changed: connectivity.changed, headline: connectivity.headline, data: { ...connectivity, changed: undefined, headline: undefined } } };
    expect(comparable(withoutUndefined({ ...typed, extra }))).toEqual(comparable(withoutNulls(rest.diff)));
  });

  test.each([
    ['packetSize below the tracer\'s 20 bytes', { packetSize: 10 }, 'options.packetSize'],
    ['a pair port out of range', { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'svc:shop/api', port: 70000 }] }, 'options.pairs[0].port'],
  ])('whatIf options: %s is BAD_USER_INPUT naming %s', async (_name, options, path) => {
    const r = await graphql(ts.baseUrl, 'query($ops: [OperationInput!]!, $o: DiffOptions) { whatIf(topology: "kubeadm-calico", operations: $ops, options: $o) { summary } }', { ops: [], o: options });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors?.[0]?.extensions?.problems)).toContain(path);
  });

  // Typed operations (OperationInput, @oneOf) reach the planner as the REST JSON does: a scenario created each way stores
  // the same operations. The cases cover each conversion: label lists, targetPort names and numbers, enums, a meaningful
  // null (setPodMtu), and a policy manifest passed through as JSON.
  const POLICY = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { namespace: 'shop', name: 'allow-web' },
    spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ port: 8080, protocol: 'TCP' }] }] },
  };
  const OPERATIONS = [
    ['addPods with labels and ports', [{ op: 'addPods', namespace: 'shop', namePrefix: 'extra', count: 2, labels: { app: 'extra', tier: 'be' }, ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }], [{ addPods: { namespace: 'shop', namePrefix: 'extra', count: 2, labels: [{ key: 'app', value: 'extra' }, { key: 'tier', value: 'be' }], ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] } }]],
    ['addService: NodePort, selector, a named and a numbered targetPort', [{ op: 'addService', namespace: 'shop', name: 'extra', type: 'NodePort', selector: { app: 'web' }, ports: [{ name: 'a', port: 80, targetPort: 'http' }, { name: 'b', port: 81, targetPort: 8081 }] }], [{ addService: { namespace: 'shop', name: 'extra', type: 'NodePort', selector: [{ key: 'app', value: 'web' }], ports: [{ name: 'a', port: 80, targetPort: 'http' }, { name: 'b', port: 81, targetPort: '8081' }] } }]],
    ['setPodMtu null (derive) and setKubeProxy nftables', [{ op: 'setPodMtu', mtu: null }, { op: 'setKubeProxy', mode: 'nftables' }], [{ setPodMtu: { mtu: null } }, { setKubeProxy: { mode: 'NFTABLES' } }]],
    ['addNetworkPolicy: the manifest as JSON', [{ op: 'addNetworkPolicy', policy: POLICY }], [{ addNetworkPolicy: { policy: POLICY } }]],
    ['addUnderlayRoute with a route type', [{ op: 'addUnderlayRoute', route: { destination: '10.200.0.0/16', type: 'blackhole' } }], [{ addUnderlayRoute: { route: { destination: '10.200.0.0/16', type: 'BLACKHOLE' } } }]],
  ] as const;
  test.each(OPERATIONS)('operations: %s stores the same as REST', async (name, restOps, typedOps) => {
    const slug = name.replace(/[^a-z]+/gi, '-').toLowerCase().slice(0, 40).replace(/-+$/, '');
    const rest = await fetch(`${ts.baseUrl}${T}/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: `rest-${slug}`, operations: restOps }) });
    expect(rest.status).toBe(201);
    const stored = ((await rest.json()) as { operations: unknown[] }).operations;
    const r = await graphql<{ createScenario: { operations: unknown[] } }>(
      ts.baseUrl,
      `mutation($n: String!, $ops: [OperationInput!]) { createScenario(topology: "kubeadm-calico", name: $n, operations: $ops) { operations ${selectAll(schema, 'Operation')} } }`,
      { n: `gql-${slug}`, ops: typedOps },
    );
    expect(r.errors).toBeUndefined();
    const answered = r.data!.createScenario.operations;
    // Read back typed, the operations are the typed input (fields not given answer null; other ops' fields are null).
    const given = (ops: readonly unknown[]) => ops.map((o) => Object.fromEntries(Object.entries(o as object).map(([op, f]) => [op, f === true ? f : withoutNulls(f)])));
    const setOnly = (ops: readonly unknown[]) => ops.map((o) => Object.fromEntries(Object.entries(o as object).filter(([, f]) => f !== null)));
    expect(given(setOnly(answered))).toEqual(given(typedOps as readonly unknown[]));
    // and, converted as the server converts input, they are what REST stored.
    const asStored = operationsFromInput(setOnly(answered).map((o) => inRestSpelling(o, schema.getType('Operation') as GraphQLOutputType)) as OperationInput[]);
    expect(withoutNulls(asStored)).toEqual(withoutNulls(stored));
  });

  test.each([
    // A variable that is not a valid OperationInput is refused by Apollo as BAD_USER_INPUT, naming the variable.
    ['two fields in one operation', [{ removeNode: { name: 'worker-b3' }, removeSubnet: { name: 'rack-a' } }], 'BAD_USER_INPUT', /ops\[0\].*exactly one key/i],
    ['a label key given twice', [{ addPods: { namespace: 'shop', namePrefix: 'x', count: 1, labels: [{ key: 'app', value: 'a' }, { key: 'app', value: 'b' }] } }], 'BAD_USER_INPUT', /operations\[0\]\.labels\[1\]\.key/],
    ['an operation that does not apply names its index', [{ removeNode: { name: 'worker-b3' } }, { removeNode: { name: 'ghost' } }], 'BAD_USER_INPUT', /operations\[1\]/],
    // Found in review: false removed the policy all the same; "0080" became port 80 where REST refuses it as a port name.
    ['removeBaselineAdminNetworkPolicy: false', [{ removeBaselineAdminNetworkPolicy: false }], 'BAD_USER_INPUT', /operations\[0\]\.removeBaselineAdminNetworkPolicy.*must be true/],
    ['a targetPort with a leading zero', [{ addService: { namespace: 'shop', name: 'zero', type: 'ClusterIP', selector: [{ key: 'app', value: 'web' }], ports: [{ name: 'a', port: 80, targetPort: '0080' }] } }], 'BAD_USER_INPUT', /operations\[0\]\.ports\[0\]\.targetPort/],
  ])('operations: %s is refused', async (_name, ops, code, message) => {
    const r = await graphql(ts.baseUrl, 'query($ops: [OperationInput!]!) { whatIf(topology: "kubeadm-calico", operations: $ops) { summary } }', { ops });
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(`${r.errors?.[0]?.message} ${JSON.stringify(r.errors?.[0]?.extensions?.problems ?? [])}`).toMatch(message);
  });
});

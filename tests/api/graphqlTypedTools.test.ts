import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config';
import { parseIptablesDump } from '../../src/engine/services/kubeproxy';
import { FINDING_CODES } from '../../src/engine/overlay/findings';
import type { Topology } from '../../src/engine/model/topology';
import { exportTopology } from '../../src/io/exportTopology';
import { graphql, startTestServer, type TestServer } from '../helpers/server';
import { makeTopology, type Draft } from '../helpers/topologyBuilder';
import { expectTypedEqualsRest, type TypedCase } from '../helpers/graphqlTyped';

// Issue 12: the answers that were tool-shaped JSON are object types now: kube-proxy's tables per mode, an inference's
// sources, and an overhead finding's details per code. As in graphqlTypedAnswers.test.ts, each case selects EVERY field
// over HTTP and requires the answer to equal REST's answer to the same question (in GraphQL's arrangement).
const ROOT = join(__dirname, '..', '..');
const T = '/api/v1/topologies/kubeadm-calico';

/** REST's iptables tables with the chains the engine's reader (upstream's ParseIPTablesDump) finds in their lines. */
function withChains(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withChains);
  if (!value || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withChains(v)]));
  if ('chainLines' in out && 'ruleLines' in out) {
    const t = out as { name: string; chainLines: string[]; ruleLines: string[] };
    out.chains = parseIptablesDump([`*${t.name}`, ...t.chainLines, ...t.ruleLines, 'COMMIT', ''].join('\n')).tables[0]!.chains;
  }
  return out;
}

// ---- Topologies whose overhead reports hold every finding code (the cases of tests/engine/overlay/overhead.test.ts) ----

const subnet = (name: string, cidr: string, gateway: string, mtu: number | null = null) => ({ name, cidr, gateway, zone: null, mtu });
const node = (name: string, subnetName: string, ip: string, podCIDR: string): Draft<Topology>['nodes'][number] => ({
  name,
  internalIPs: [ip],
  externalIPs: [],
  subnet: subnetName,
  podCIDRs: [podCIDR],
  labels: { 'kubernetes.io/hostname': name },
  mtu: null,
  maxPods: null,
});
/** Nodes only: the findings are about MTUs, and pods would tie the addresses to IPv4. */
const bare = (t: Draft<Topology>) => Object.assign(t, { pods: [], services: [], endpointSlices: [] });
/** A single-stack IPv6 cluster of two nodes on one subnet with the given underlay MTU. */
const ipv6 = (t: Draft<Topology>, mtu: number) => {
  bare(t);
  Object.assign(t, { podCIDRs: ['fd00:10:244::/56'], serviceCIDRs: ['fd00:96::/112'] });
  t.underlay.mtu = mtu;
  t.underlay.subnets = [subnet('v6', 'fd00::/64', 'fd00::1')];
  t.underlay.routes = [{ destination: '::/0', via: 'fd00::1', dev: 'eth0', type: 'unicast', metric: null, src: null, onlink: false }];
  t.nodes = [node('node-a', 'v6', 'fd00::11', 'fd00:10:244::/64'), node('node-b', 'v6', 'fd00::12', 'fd00:10:244:1::/64')];
};

const FINDING_TOPOLOGIES: Readonly<Record<string, (t: Draft<Topology>) => void>> = {
  // flannel VXLAN (50 bytes) with cni.mtu 1480 on a 9001 and a 1500 subnet: too large, mismatched, exceeding.
  'mtu-mix': (t) => {
    t.cni.mtu = 1480;
    t.underlay.subnets = [subnet('subnet-a', '10.0.0.0/24', '10.0.0.1', 9001), subnet('subnet-b', '10.0.1.0/24', '10.0.1.1', 1500)];
    t.nodes[1] = { ...t.nodes[1]!, subnet: 'subnet-b', internalIPs: ['10.0.1.12'] };
  },
  'mtu-low': (t) => {
    t.cni.mtu = 1400;
  },
  'mode-not-offered': (t) => {
    t.cni.overlay = 'geneve';
  },
  'cross-subnet-not-offered': (t) => {
    Object.assign(t.cni, { plugin: 'cilium', overlay: 'vxlan', crossSubnet: true });
  },
  // flannel VXLAN over IPv6 (70 bytes) on a 1300 underlay: pods get 1230, below IPv6's 1280.
  'ipv6-low': (t) => ipv6(t, 1300),
  // Calico IP-in-IP carries IPv4 only.
  'ipv6-ipip': (t) => {
    ipv6(t, 1500);
    Object.assign(t.cni, { plugin: 'calico', overlay: 'ipip' });
  },
  // The VPC CNI's 9001-byte pods on a 1500 underlay, 8 subnets × 2 nodes: 64 exceeding subnet pairs, 50 kept.
  truncated: (t) => {
    bare(t);
    Object.assign(t.cni, { plugin: 'aws-vpc-cni', overlay: 'none' });
    t.underlay.subnets = Array.from({ length: 8 }, (_, i) => subnet(`s${i}`, `10.0.${i}.0/24`, `10.0.${i}.1`));
    t.nodes = Array.from({ length: 16 }, (_, i) => node(`n${i}`, `s${i % 8}`, `10.0.${i % 8}.${i + 10}`, `10.244.${i}.0/24`));
  },
};

type Case = TypedCase;

/** kube-proxy: REST answers {mode, rules: {nodeName, families}}, the text with format=text; GraphQL a list per mode. */
const kubeProxy = (mode: string, check: (families: Record<string, unknown>[]) => void): Case => ({
  name: `kubeProxyRules: ${mode}`,
  rest: { path: `${T}/kube-proxy?mode=${mode}&node=worker-a1` },
  at: ['topology', 'kubeProxyRules'],
  query: `{ topology(name: "kubeadm-calico") { kubeProxyRules(node: "worker-a1", mode: ${mode.toUpperCase()}) %s } }`,
  type: 'KubeProxyRules',
  arrange: async (rest, baseUrl) => {
    const { mode: restMode, rules } = rest as { mode: string; rules: { nodeName: string; families: unknown[] } };
    const text = await (await fetch(`${baseUrl}${T}/kube-proxy?mode=${mode}&node=worker-a1&format=text`)).text();
    return { mode: restMode, node: rules.nodeName, text, [restMode]: withChains(rules.families) };
  },
  check: (rest) => check((rest as { rules: { families: Record<string, unknown>[] } }).rules.families),
});

const overhead = (topology: string, codes: readonly string[], trafficMatrix?: unknown): Case => ({
  name: `encapOverhead findings: ${codes.join(', ')}`,
  rest: { path: `/api/v1/topologies/${topology}/overhead`, body: trafficMatrix === undefined ? {} : { trafficMatrix } },
  at: ['topology', 'encapOverhead'],
  query: `query($m: [TrafficEntryInput!]) { topology(name: "${topology}") { encapOverhead(trafficMatrix: $m) %s } }`,
  variables: { m: trafficMatrix === undefined ? null : (trafficMatrix as { from: { kind: string } ; to: { kind: string } }[]).map((e) => ({ ...e, from: { ...e.from, kind: e.from.kind.toUpperCase() }, to: { ...e.to, kind: e.to.kind.toUpperCase() } })) },
  type: 'EncapOverhead',
  check: (rest) => expect([...new Set((rest as { findings: { code: string }[] }).findings.map((f) => f.code))].sort()).toEqual([...codes].sort()),
});

const CASES: readonly Case[] = [
  kubeProxy('iptables', (families) => {
    // Upstream's KUBE-SERVICES jumps to a KUBE-SVC chain per ClusterIP; its endpoint chains DNAT.
    const nat = parseIptablesDump(families[0]!.text as string).tables.find((t) => t.name === 'nat')!;
    expect(nat.chains.find((c) => c.name === 'KUBE-SERVICES')!.rules.some((r) => r.jump?.value.startsWith('KUBE-SVC-'))).toBe(true);
    expect(nat.chains.some((c) => c.rules.some((r) => r.dnatDestination !== undefined))).toBe(true);
  }),
  kubeProxy('nftables', (families) => expect((families[0]!.counts as { rules: number }).rules).toBeGreaterThan(0)),
  kubeProxy('ipvs', (families) => {
    const servers = families[0]!.virtualServers as { kind: string; realServers: unknown[] }[];
    expect(new Set(servers.map((s) => s.kind))).toEqual(new Set(['ClusterIP', 'NodePort', 'LoadBalancer']));
    expect(servers.some((s) => s.realServers.length > 0)).toBe(true);
  }),
  {
    name: 'inferTopology: sources are listed path by path',
    rest: { path: '/api/v1/infer', raw: readFileSync(join(ROOT, 'examples', 'dumps', 'kubeadm-calico-ipip-crosssubnet.yaml'), 'utf8') },
    at: ['inferTopology'],
    query: 'query($d: String!) { inferTopology(dump: $d) %s }',
    variables: { d: readFileSync(join(ROOT, 'examples', 'dumps', 'kubeadm-calico-ipip-crosssubnet.yaml'), 'utf8') },
    type: 'InferResult',
    arrange: (rest) => ({ ...rest, sources: Object.entries(rest.sources as Record<string, string>).map(([path, source]) => ({ path, source })) }),
    check: (rest) => expect(Object.keys(rest.sources as object)).toContain('spec.cni.overlay'),
  },
  overhead('mtu-mix', ['EXPLICIT_MTU_TOO_LARGE', 'POD_MTU_EXCEEDS_PATH', 'SUBNET_MTU_MISMATCH', 'TRAFFIC_UNRESOLVED'], [
    { from: { kind: 'namespace', name: 'nowhere' }, to: { kind: 'node', name: 'node-a' }, bytesPerSecond: 1000 },
  ]),
  overhead('mtu-low', ['EXPLICIT_MTU_BELOW_DERIVED']),
  overhead('mode-not-offered', ['MODE_NOT_OFFERED', 'MTU_RULE_UNKNOWN']),
  overhead('cross-subnet-not-offered', ['CROSS_SUBNET_NOT_OFFERED']),
  overhead('ipv6-low', ['IPV6_MTU_BELOW_MINIMUM', 'POD_MTU_EXCEEDS_PATH']),
  overhead('ipv6-ipip', ['FAMILY_NOT_ENCAPSULATED']),
  overhead('truncated', ['POD_MTU_EXCEEDS_PATH', 'FINDINGS_TRUNCATED']),
];

describe('typed tool answers equal the REST answers to the same question', () => {
  let ts: TestServer;
  beforeAll(async () => {
    // Every field of every parsed iptables rule is deeper and costlier than the defaults allow a client.
    ts = await startTestServer({ graphql: { ...loadConfig({}).graphql, maxDepth: 30, maxCost: 10_000_000, maxFields: 100_000 } });
    const documents = [
      readFileSync(join(ROOT, 'examples', 'kubeadm-calico.yaml'), 'utf8'),
      ...Object.entries(FINDING_TOPOLOGIES).map(([name, override]) => exportTopology(makeTopology(name, override) as Topology, 'yaml')),
    ];
    for (const d of documents) {
      const r = await graphql(ts.baseUrl, 'mutation($d: String!) { importTopology(document: $d) { created } }', { d });
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await ts.close();
  });

  test('the finding topologies cover every finding code', () => {
    const covered = new Set(CASES.filter((c) => c.type === 'EncapOverhead').flatMap((c) => c.name.replace(/^.*: /, '').split(', ')));
    expect([...FINDING_CODES].filter((code) => !covered.has(code))).toEqual([]);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => expectTypedEqualsRest(ts.baseUrl, c));
});

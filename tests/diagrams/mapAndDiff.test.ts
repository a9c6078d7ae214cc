import { describe, expect, test } from '@jest/globals';
import { answerOrThrow } from '../../src/app/questions';
import { ScenarioService } from '../../src/app/scenarioService';
import { capacityPlot, connectivityGraph, diffDiagram, matrixDiagram, renderSvg, topologyMap, type TopologyMapOptions } from '../../src/diagrams';
import { generateTopology } from '../../src/engine/generate';
import type { Topology } from '../../src/engine/model/topology';
import { answerCapacity } from '../../src/questions/capacity';
import { answerMatrix } from '../../src/questions/trace';
import { example, parseSvg } from './svg';

function generated(nodes: number, subnets: number): Topology {
  const result = generateTopology({ nodes, subnets, podsPerNode: 2, services: 4, seed: 7 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.topology;
}

interface MapCase {
  name: string;
  topology: () => Topology;
  options: TopologyMapOptions;
  /** Element ids that must be drawn, and ids that must not. */
  ids: string[];
  absent?: string[];
  shows: string[];
  aggregates: number;
}

// kubeadm-calico: Calico IP-in-IP in CrossSubnet mode encapsulates only between nodes of different subnets (Calico docs,
// "Overlay networking": ipipMode CrossSubnet), so rack-a ↔ rack-b is a tunnel and each rack is routed within.
const MAPS: MapCase[] = [
  {
    name: 'kubeadm-calico by subnet: every node with its pod CIDR, IPIP between the racks, routed within',
    topology: () => example('kubeadm-calico').topology,
    options: {},
    ids: ['underlay', 'subnet:rack-a', 'subnet:rack-b', 'node:control-plane-1', 'node:worker-a1', 'node:worker-b3', 'external:corp'],
    absent: ['svc:shop/web'],
    shows: ['10.244.1.0/24', 'IPIP tunnel, +20 B per packet', 'within: routed (no encapsulation)'],
    aggregates: 0,
  },
  {
    name: 'with Services: each Service linked to the nodes of its endpoints',
    topology: () => example('kubeadm-calico').topology,
    options: { services: true },
    ids: ['svc:shop/web', 'svc:kube-system/kube-dns', 'services'],
    shows: ['ClusterIP 10.100.20.15'],
    aggregates: 0,
  },
  {
    name: 'one namespace: only its Services and the nodes hosting its pods',
    topology: () => example('kubeadm-calico').topology,
    options: { namespace: 'kube-system' },
    // coredns on control-plane-1 and worker-b1, calico-node (hostNetwork) on worker-a1.
    ids: ['svc:kube-system/kube-dns', 'node:control-plane-1', 'node:worker-b1', 'node:worker-a1'],
    absent: ['svc:shop/web', 'node:worker-a2', 'node:worker-b3'],
    shows: ['namespace kube-system only'],
    aggregates: 0,
  },
  {
    name: 'zones: subnets inside their zone',
    topology: () => example('kubeadm-calico').topology,
    options: { groupBy: 'zone' },
    ids: ['zone:zone-a', 'zone:zone-b', 'subnet:rack-a'],
    shows: ['zone zone-a'],
    aggregates: 0,
  },
  {
    name: '120 nodes in 3 subnets above the 40-node limit: one box per subnet, and the picture says so',
    topology: () => generated(120, 3),
    options: {},
    ids: ['group:subnet-0', 'group:subnet-1', 'group:subnet-2'],
    absent: ['node:node-000'],
    shows: ['AGGREGATED: 120 nodes exceed the 40-node limit', '40 nodes (aggregated)'],
    aggregates: 3,
  },
  {
    name: 'one node group of a large cluster, under the limit: its nodes drawn one by one',
    topology: () => generated(120, 3),
    options: { group: 'subnet-1' },
    ids: ['node:node-001', 'node:node-118'],
    absent: ['subnet:subnet-0', 'node:node-000'],
    shows: ['subnet subnet-1 only'],
    aggregates: 0,
  },
];

describe('topology map', () => {
  test.each(MAPS)('$name', async (c) => {
    const svg = parseSvg(await renderSvg(topologyMap(c.topology(), c.options)));
    for (const id of c.ids) expect(svg.byId.has(id)).toBe(true);
    for (const id of c.absent ?? []) expect(svg.byId.has(id)).toBe(false);
    for (const text of c.shows) expect(svg.text).toContain(text);
    expect(svg.elements.filter((e) => e.classes.includes('aggregate'))).toHaveLength(c.aggregates);
  });

  test('an unknown node group is refused, naming the field', () => {
    expect(() => topologyMap(example('kubeadm-calico').topology, { group: 'rack-z' })).toThrow(expect.objectContaining({ field: 'group' }));
  });
});

describe('reachability matrix and what-if diff', () => {
  test('matrix: one arrow per subnet pair, all delivering on kubeadm-calico', async () => {
    const matrix = answerOrThrow(answerMatrix(example('kubeadm-calico').snapshot(), { groupBy: 'subnet' }));
    const svg = parseSvg(await renderSvg(matrixDiagram(matrix)));
    expect(svg.elements.filter((e) => e.classes.includes('cell'))).toHaveLength(2);
    expect(svg.elements.filter((e) => e.classes.includes('failed'))).toHaveLength(0);
  });

  // docs/PLANNER.md's session: switching kubeadm-calico from IP-in-IP to no overlay leaves the underlay without routes to
  // the pod CIDRs of the other rack (NO_ROUTE), and the pod MTU goes from 1480 to 1500 (no 20-byte IPIP header).
  test('going routed: lost reachability in red between the racks, the pair lost, MTU change noted', async () => {
    const base = example('kubeadm-calico').topology;
    const { diff } = ScenarioService.whatIf(base, [{ op: 'setCni', overlay: 'none' }], { pairs: [{ from: 'pod:shop/web-7c9d8f6b5d-h2x9p', to: 'pod:kube-system/coredns-5dd5756b68-qk4vn' }] });
    const svg = parseSvg(await renderSvg(diffDiagram(diff, 'go routed')));
    const lost = svg.elements.filter((e) => e.classes.includes('lost'));
    expect(lost.map((e) => e.classes.includes('pair') ? 'pair' : 'cell').sort()).toEqual(['cell', 'cell', 'pair']);
    for (const e of lost) expect(e.text).toContain('LOST: DELIVERED → NO_ROUTE');
    expect(svg.elements.filter((e) => e.classes.includes('gained'))).toHaveLength(0);
    expect(svg.byId.get('facts')?.text).toContain('pod MTU 1480 → 1500 on 6 nodes');
  });
});

describe('capacity plot', () => {
  // kubeadm-calico: 10.244.0.0/16 cut into /24s (kube-controller-manager --node-cidr-mask-size 24) = 256 blocks, 6 used;
  // at 2 nodes a month the 250 free blocks last 125 months; a month is 30.44 days (365.2425 / 12), so
  // 125 months after 2026-01-01 is 3805 days later, 2036-06-02.
  test('the first exhaustion marked with its date; one line per forecast resource', () => {
    const answer = answerOrThrow(answerCapacity(example('kubeadm-calico').topology, { growthNodesPerMonth: 2, growthPodsPerMonth: 30 }));
    const svg = parseSvg(capacityPlot(answer, new Date('2026-01-01T00:00:00Z')));
    const marks = svg.elements.filter((e) => e.classes.includes('exhaustion'));
    expect(marks.map((e) => e.text).join('')).toContain('nodeCIDRs 10.244.0.0/16 exhausted in 125 months (≈ 2036-06-02)');
    expect(svg.elements.filter((e) => e.classes.includes('forecast'))).toHaveLength(answer.report.forecast!.items.length);
  });

  test('without growth nothing runs out, and the plot says how to forecast', () => {
    const answer = answerOrThrow(answerCapacity(example('kubeadm-calico').topology, {}));
    const svg = parseSvg(capacityPlot(answer, new Date('2026-01-01T00:00:00Z')));
    expect(svg.elements.filter((e) => e.classes.includes('exhaustion'))).toHaveLength(0);
    expect(svg.text).toContain('nothing runs out');
  });
});

describe('connectivity graph (extension point for the NetworkPolicy answer)', () => {
  test('namespaces as boxes, allowed connections with ports, denied dashed, external ranges apart', async () => {
    const dot = connectivityGraph({
      connections: [
        { from: 'shop/web', fromKind: 'Deployment', to: 'shop/api', toKind: 'Deployment', allowed: true, ports: ['TCP/9000'] },
        { from: 'shop/api', fromKind: 'Deployment', to: 'shop/db', toKind: 'StatefulSet', allowed: true, ports: ['TCP/5432'] },
        { from: 'shop/web', fromKind: 'Deployment', to: 'shop/db', toKind: 'StatefulSet', allowed: false },
        { from: '0.0.0.0/0', fromKind: 'ipBlock', to: 'shop/web', toKind: 'Deployment', allowed: true, ports: ['TCP/80'] },
        { from: 'kube-system/coredns', fromKind: 'Deployment', to: 'shop/api', toKind: 'Deployment', allowed: false, ports: ['UDP/53'] },
      ],
    });
    const svg = parseSvg(await renderSvg(dot));
    for (const id of ['ns:shop', 'ns:kube-system', 'Deployment:shop/web', 'StatefulSet:shop/db', 'ipBlock:0.0.0.0/0']) expect(svg.byId.has(id)).toBe(true);
    const allowed = svg.elements.filter((e) => e.classes.includes('allowed'));
    const denied = svg.elements.filter((e) => e.classes.includes('denied'));
    expect(allowed.map((e) => e.text.split('\n').pop())).toEqual(['TCP/9000', 'TCP/5432', 'TCP/80']);
    expect(denied).toHaveLength(2);
    expect(svg.text).toContain('3 allowed, 2 denied connections');
  });
});

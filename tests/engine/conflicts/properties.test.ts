/**
 * Properties of findConflicts on generated topologies with conflicts of every kind planted at random (the
 * expected finding of each rule is written out by hand in pairRules.test.ts, ranges.test.ts and
 * objects.test.ts): the report does not depend on the order of pods, nodes and Services; its counts match its
 * findings; and the two ranges of every overlap finding really overlap, checked with ip-cidr, not the engine.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import IPCIDR from 'ip-cidr';
import { findConflicts } from '../../../src/engine/conflicts/findConflicts';
import type { FindingKind, Severity } from '../../../src/engine/conflicts/types';
import { generateTopology } from '../../../src/engine/generate';
import type { CniPlugin, ExternalNetworkKind, Topology } from '../../../src/engine/model/topology';
import { rng } from '../net/helpers';
import { makeNode, makePod, makeService, makeTopology, type Draft } from './builder';

function generated(options: Parameters<typeof generateTopology>[0]): Draft<Topology> {
  const r = generateTopology(options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return structuredClone(r.topology) as Draft<Topology>;
}

/** The finding kinds of the pair rules: their two objects are overlapping ranges. */
const OVERLAP_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'POD_SERVICE_OVERLAP', 'POD_SUBNET_OVERLAP', 'SERVICE_SUBNET_OVERLAP', 'POD_EXTERNAL_OVERLAP', 'SERVICE_EXTERNAL_OVERLAP',
  'SUBNET_OVERLAP', 'SUBNET_EXTERNAL_OVERLAP', 'NODE_POD_CIDR_OVERLAP', 'EXTERNAL_IP_IN_POD_CIDR', 'EXTERNAL_IP_IN_SERVICE_CIDR',
  'LOAD_BALANCER_IP_IN_POD_CIDR', 'LOAD_BALANCER_IP_IN_SERVICE_CIDR',
]);

function overlapByIpCidr(a: string, b: string): boolean {
  const [x, y] = [new IPCIDR(a), new IPCIDR(b)];
  return x.contains(y.addressStart) || y.contains(x.addressStart);
}

function shuffled(t: Draft<Topology>, next: () => number): Draft<Topology> {
  const u = structuredClone(t);
  shuffle(u.pods, next);
  shuffle(u.services, next);
  // Two nodes of one name (a planted mutation) are listed in document order: order matters only then.
  if (new Set(u.nodes.map((n) => n.name)).size === u.nodes.length) shuffle(u.nodes, next);
  return u;
}

/** Checks the properties above; returns the number of findings. */
function assertConsistent(t: Draft<Topology>, next: () => number = rng(99)): number {
  const report = findConflicts(t);
  assert.deepEqual(findConflicts(shuffled(t, next)), report);
  const tally = (s: Severity): number => report.findings.filter((f) => f.severity === s).length;
  assert.deepEqual(report.counts, { error: tally('error'), warning: tally('warning'), info: tally('info') });
  for (const f of report.findings) {
    assert.ok(f.message.length > 0);
    if (!OVERLAP_KINDS.has(f.kind)) continue;
    assert.equal(f.objects.length, 2, f.message);
    assert.ok(overlapByIpCidr(f.objects[0]!.cidr, f.objects[1]!.cidr), f.message);
  }
  return report.findings.length;
}

type Mutation = (t: Draft<Topology>, next: () => number) => void;

const pick = <T>(list: T[], next: () => number): T => list[next() % list.length]!;
const v4 = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/** Every kind of conflict the rules know, planted into a generated topology. */
const MUTATIONS: Mutation[] = [
  // Pod IPs: duplicates (two and many), outside the node's block, unknown or no node, hostNetwork.
  (t, next) => {
    const a = pick(t.pods, next);
    pick(t.pods, next).ips = [...a.ips];
  },
  (t, next) => {
    const ip = pick(t.pods, next).ips[0];
    if (ip) for (let k = 0; k < 5; k++) pick(t.pods, next).ips = [ip];
  },
  (t, next) => {
    const p = pick(t.pods, next);
    p.ips = [...pick(t.pods, next).ips];
  },
  (t, next) => void (pick(t.pods, next).nodeName = 'no-such-node'),
  (t, next) => void (pick(t.pods, next).nodeName = null),
  (t, next) => void (pick(t.pods, next).hostNetwork = true),
  (t, next) => t.pods.push(makePod('x', `stray-${next() % 1000}`, pick(t.nodes, next).name, ['192.0.2.9', 'fd00:dead::9'])),
  // Node podCIDRs: shared, nested, wrong mask, outside the cluster, the other family, none, non-canonical text.
  (t, next) => {
    const a = pick(t.nodes, next);
    pick(t.nodes, next).podCIDRs = [...a.podCIDRs];
  },
  (t, next) => {
    const n = pick(t.nodes, next);
    if (n.podCIDRs[0]) n.podCIDRs[0] = n.podCIDRs[0].replace(/\/24$/, '/20');
  },
  (t, next) => {
    const n = pick(t.nodes, next);
    if (n.podCIDRs[0]) n.podCIDRs[0] = n.podCIDRs[0].replace(/\/24$/, '/25');
  },
  (t, next) => void (pick(t.nodes, next).podCIDRs = ['198.51.100.0/24']),
  (t, next) => void (pick(t.nodes, next).podCIDRs = ['fd00:77::/64']),
  (t, next) => void (pick(t.nodes, next).podCIDRs = []),
  (t, next) => {
    const n = pick(t.nodes, next);
    if (n.podCIDRs[0]) n.podCIDRs[0] = n.podCIDRs[0].replace(/\.0\/24$/, '.7/24');
  },
  (t, next) => void (pick(t.nodes, next).podCIDRs = ['10.0.0.0/8']),
  // Node IPs and subnets: duplicates, outside the named subnet, no subnet, a name that does not exist, a twin name.
  (t, next) => {
    const a = pick(t.nodes, next);
    pick(t.nodes, next).internalIPs = [...a.internalIPs];
  },
  (t, next) => void (pick(t.nodes, next).internalIPs = [v4(0xc0a80000 + (next() & 0xffff))]),
  (t, next) => void (pick(t.nodes, next).subnet = null),
  (t, next) => void (pick(t.nodes, next).subnet = 'no-such-subnet'),
  (t, next) => {
    const n = pick(t.nodes, next);
    n.subnet = next() % 2 ? null : 'no-such-subnet';
    n.internalIPs = ['192.0.2.200', 'fd00:dead::200'];
  },
  (t, next) => {
    const a = pick(t.nodes, next);
    t.nodes.push(makeNode(a.name, ['172.31.255.1'], ['10.0.0.0/24'], (n) => (n.subnet = a.subnet)));
  },
  (t, next) => {
    const s = pick(t.underlay.subnets, next);
    t.underlay.subnets.push({ name: s.name, cidr: '172.30.0.0/16', gateway: null, zone: null, mtu: null });
  },
  (t, next) => {
    const s = pick(t.underlay.subnets, next);
    t.underlay.subnets.push({ name: `overlap-${next() % 100}`, cidr: s.cidr, gateway: null, zone: null, mtu: null });
  },
  (t) => t.underlay.subnets.push({ name: 'wide', cidr: '172.16.0.0/12', gateway: null, zone: null, mtu: null }),
  (t) => t.underlay.subnets.push({ name: 'in-pods', cidr: '10.128.4.0/22', gateway: null, zone: null, mtu: null }),
  // Services: duplicate and stray ClusterIPs, external and load-balancer IPs in the pod and service ranges.
  (t, next) => {
    const a = pick(t.services, next);
    pick(t.services, next).clusterIPs = [...a.clusterIPs];
  },
  (t, next) => void (pick(t.services, next).clusterIPs = ['203.0.113.5']),
  (t, next) => void (pick(t.services, next).clusterIPs = ['fd00:99::1']),
  (t, next) => {
    const s = pick(t.services, next);
    s.externalIPs = [...pick(t.pods, next).ips, ...pick(t.services, next).clusterIPs, '198.51.100.77'];
  },
  (t, next) => {
    const s = pick(t.services, next);
    s.loadBalancerIPs = [...pick(t.pods, next).ips, ...pick(t.services, next).clusterIPs];
  },
  (t, next) => {
    const ip = pick(t.pods, next).ips[0];
    if (ip) for (let k = 0; k < 4; k++) pick(t.services, next).externalIPs = [ip];
  },
  // Cluster ranges and external networks of every kind, over pods, services and subnets.
  (t) => void (t.serviceCIDRs[0] = '10.128.0.0/20'),
  (t) => void (t.podCIDRs[0] = '10.0.0.0/8'),
  (t) => void t.podCIDRs.push('10.96.0.0/16'),
  (t) => void (t.serviceCIDRs = []),
  (t) => void (t.podCIDRs = []),
  (t, next) => {
    const kinds: ExternalNetworkKind[] = ['vpc', 'on-prem', 'peering', 'reserved', 'other'];
    const cidrs = ['10.128.0.0/12', '10.96.0.0/16', '172.16.0.0/16', '172.16.0.0/24', '10.128.3.0/24', '0.0.0.0/0', 'fd00::/16', '10.96.0.1/32'];
    for (let k = 0; k < 3; k++) t.externalNetworks.push({ name: `ext-${next() % 1000}`, cidr: pick(cidrs, next), kind: pick(kinds, next) });
  },
  (t, next) => {
    const plugins: CniPlugin[] = ['flannel', 'calico', 'cilium', 'weave', 'aws-vpc-cni'];
    t.cni.plugin = pick(plugins, next);
  },
  (t, next) => void (t.nodeCIDRMaskSize.ipv4 = pick([16, 20, 24, 25, 26], next)),
  (t, next) => void (t.nodeCIDRMaskSize.ipv6 = pick([56, 64, 80], next)),
];

function shuffle<T>(list: T[], next: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

describe('findConflicts on planted conflicts', () => {
  const shapes = [
    { name: 'v4', nodes: 12, podsPerNode: 6, services: 12, seed: 1 },
    { name: 'ds', nodes: 10, podsPerNode: 5, services: 10, seed: 2, dualStack: true },
    { name: 'calico', nodes: 8, podsPerNode: 4, services: 8, seed: 3, overlay: 'bgp' as const },
  ];

  for (const shape of shapes) {
    test(`clean generated topology (${shape.name})`, () => {
      assert.equal(assertConsistent(generated(shape)), 0);
    });
  }

  test('generated topologies with planted conflicts, 200 random mixes', () => {
    const next = rng(20261127);
    let total = 0;
    for (let round = 0; round < 200; round++) {
      const t = generated(shapes[round % shapes.length]!);
      const count = 1 + (next() % 6);
      for (let k = 0; k < count; k++) pick(MUTATIONS, next)(t, next);
      total += assertConsistent(t, next);
    }
    assert.ok(total > 300, `only ${total} findings planted: the properties would prove little`);
  });

  test('every mutation on its own', () => {
    const next = rng(7);
    MUTATIONS.forEach((mutate, i) => {
      for (const shape of shapes) {
        const t = generated(shape);
        mutate(t, next);
        assert.doesNotThrow(() => assertConsistent(t), `mutation ${i} on ${shape.name}`);
      }
    });
  });

  test('hand-built corner cases', () => {
    const cases: Array<(t: Draft<Topology>) => void> = [
      () => {},
      // Many identical addresses of several kinds in one group, and identical ranges.
      (t) => {
        for (let i = 0; i < 30; i++) t.pods.push(makePod('dup', `p${i}`, i % 2 ? 'node-1' : 'node-2', ['10.244.0.9']));
        for (let i = 0; i < 5; i++) t.services.push(makeService('dup', `s${i}`, ['10.244.0.9'], (s) => (s.externalIPs = ['10.244.0.9'])));
        t.nodes.push(makeNode('node-3', ['10.244.0.9'], ['10.244.0.9/32']));
        t.externalNetworks.push({ name: 'same', cidr: '10.244.0.0/16', kind: 'other' }, { name: 'same2', cidr: '10.244.0.0/16', kind: 'reserved' });
        t.underlay.subnets.push({ name: 'same', cidr: '10.244.0.0/16', gateway: null, zone: null, mtu: null });
      },
      // Two nodes of one name, one of them holding the other's block; a pod of that name in either.
      (t) => {
        t.nodes.push(makeNode('node-1', ['192.168.10.13'], ['10.244.0.0/23']));
        t.pods.push(makePod('x', 'a', 'node-1', ['10.244.1.77']));
        t.pods.push(makePod('x', 'b', 'node-2', ['10.244.0.77']));
      },
      // Nested node blocks of different nodes.
      (t) => {
        t.nodes.push(makeNode('big', ['192.168.10.14'], ['10.244.0.0/20']));
        t.pods.push(makePod('x', 'c', 'big', ['10.244.1.78']));
      },
      // Same-name subnets of both families, and the IPv4-mapped form of a pod IP.
      (t) => {
        t.underlay.subnets.push({ name: 'nodes-a', cidr: 'fd00:192:168:11::/64', gateway: null, zone: null, mtu: null });
        t.pods.push(makePod('x', 'mapped', 'node-1', ['::ffff:10.244.0.5']));
      },
      // No nodes, pods or services at all.
      (t) => {
        t.nodes = [];
        t.pods = [];
        t.services = [];
      },
    ];
    for (const edit of cases) assertConsistent(makeTopology(edit) as Draft<Topology>);
  });

  test('a malformed address is an error, not an empty report', () => {
    const t = makeTopology((d) => d.pods.push(makePod('x', 'bad', 'node-1', ['10.244.0.300'])));
    assert.throws(() => findConflicts(t), /10\.244\.0\.300/);
    const u = makeTopology((d) => (d.nodes[0]!.podCIDRs = ['10.244.0.0/33']));
    assert.throws(() => findConflicts(u), /10\.244\.0\.0\/33/);
  });
});

/**
 * The kube-proxy section of a diff is incremental (issue 17): each side's endpoint map is built once, a
 * node's counts are derived from the shared inputs, and a what-if that leaves kube-proxy's inputs alone
 * counts nothing again. These tests count work, never time it: how many endpoint maps a what-if builds and
 * how many nodes it counts, for each of the planner's documented example operations. And the incremental
 * counts must equal the direct ones (every node's own endpoints map, every service port counted) on
 * clusters where the shortcuts could go wrong.
 */
import { describe, test, expect } from '@jest/globals';
import { generateTopology } from '../../../src/engine/generate';
import { compileSnapshot } from '../../../src/engine/model/snapshot';
import type { Topology } from '../../../src/engine/model/topology';
import { diffTopologies } from '../../../src/engine/planner';
import { nodeRuleCounts, ruleCountsDirect } from '../../../src/engine/services/kubeproxy';
import { makeNode } from '../fixtures/cluster';
import { combinatorialTopology } from '../services/kubeproxy/combinatorial';
import { ep, epPort, makeTestEndpointSlice, makeTestService, port, testNodeName } from '../services/kubeproxy/harness';
import { applied, example } from './harness';

/**
 * The combinatorial cluster (every count-changing knob) with more nodes: `other` holds the remote
 * endpoints and sits inside a load-balancer source range (203.0.113.0/25), `outside` is in none and
 * has no endpoints; one address is listed twice with different nodes and conditions (the local entry
 * wins on its node: pkg/proxy/endpointslicecache.go), and an SCTP NodePort puts one ipset entry per node
 * address in IPVS mode.
 */
function crowded(): Topology {
  return combinatorialTopology((t) => {
    t.nodes.push(makeNode('other', ['203.0.113.5', '2001:db8:5::5'], [], null), makeNode('outside', ['10.1.1.1'], [], null, (n) => (n.externalIPs = ['10.1.1.2'])));
    t.services.push(
      makeTestService('ns', 'dup', (s) => {
        s.clusterIPs = ['172.30.9.1'];
        s.ports = [port('p', 80, 'TCP')];
        s.internalTrafficPolicy = 'Local';
      }),
      makeTestService('ns', 'sctp', (s) => {
        s.type = 'NodePort';
        s.clusterIPs = ['172.30.9.2'];
        s.ports = [port('s', 90, 'SCTP', 30999)];
      }),
    );
    for (const [n, node, ready] of [[1, 'other', true], [2, testNodeName, false]] as const) {
      t.endpointSlices.push(
        makeTestEndpointSlice('ns', 'dup', n, (s) => {
          s.ports = [epPort('p', 8080)];
          s.endpoints = [ep('10.181.0.1', { nodeName: node, ready, serving: true, terminating: !ready })];
        }),
      );
    }
    t.endpointSlices.push(
      makeTestEndpointSlice('ns', 'sctp', 1, (s) => {
        s.ports = [epPort('s', 9090, 'SCTP')];
        s.endpoints = [ep('10.182.0.1', { nodeName: 'other' })];
      }),
    );
  });
}

describe('incremental rule counts equal the direct count on every node', () => {
  const clusters: [string, () => Topology][] = [
    ['combinatorial cluster with remote, outside, duplicate and SCTP cases', crowded],
    ['the same with --nodeport-addresses, masqueradeAll and no detect-local CIDR', () => applied(crowded(), [{ op: 'setKubeProxy', nodePortAddresses: ['192.168.0.0/24', '2001:db8::/64'], masqueradeAll: true, clusterCIDRs: [] }]).topology],
    ['kubeadm-calico scaled unevenly, with an internalTrafficPolicy Local Service', () => applied(example('kubeadm-calico'), [
      { op: 'scaleService', namespace: 'shop', name: 'web', replicas: 8 },
      { op: 'addService', namespace: 'shop', name: 'local', internalTrafficPolicy: 'Local', ports: [{ port: 80 }], selector: { app: 'api' } },
    ]).topology],
  ];
  for (const [name, build] of clusters) {
    for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
      test(`${name}: ${mode}`, () => {
        const t = build();
        for (const node of t.nodes) {
          for (const family of [undefined, 'IPv4', 'IPv6'] as const) {
            const options = family === undefined ? {} : { family };
            expect(nodeRuleCounts(t, node, mode, options).families).toEqual(ruleCountsDirect(t, node.name, mode, options).families);
          }
        }
      });
    }
  }
});

describe('a what-if builds endpoint maps and counts nodes only where its operation reaches', () => {
  const generated = generateTopology({ name: 'work', nodes: 40, podsPerNode: 10, services: 60, endpointsPerService: 5, seed: 7 });
  if (!generated.ok) throw new Error(JSON.stringify(generated.errors));
  const base = generated.topology;
  const service = base.services.find((s) => s.namespace !== 'kube-system' && Object.keys(s.selector ?? {}).length > 0)!;
  const nodes = base.nodes.length;
  const kubeProxy = (ops: unknown[]) => {
    const fork = applied(base, ops).topology;
    const d = diffTopologies(base, fork);
    expect(d.kubeProxy).not.toBeNull();
    return d.kubeProxy!;
  };

  // In order: the first diff counts the baseline once; later ones reuse it (same Topology object).
  const cases: { name: string; ops: unknown[]; maps: number; counted: number; changed: 'none' | 'some' }[] = [
    { name: 'switch the overlay: the fork shares every kube-proxy input, nothing is counted for it', ops: [{ op: 'setCni', overlay: 'host-gw' }], maps: 1, counted: nodes, changed: 'none' },
    { name: 'change the node mask: the baseline is reused too', ops: [{ op: 'setNodeMask', family: 'IPv4', size: 25 }], maps: 0, counted: 0, changed: 'none' },
    { name: 'add nodes: only the new nodes are counted', ops: [{ op: 'addNodes', count: 3, subnet: base.underlay.subnets[0]!.name }], maps: 0, counted: 3, changed: 'none' },
    { name: 'switch kube-proxy mode: every node recounted from the shared endpoint map', ops: [{ op: 'setKubeProxy', mode: 'nftables' }], maps: 0, counted: nodes, changed: 'some' },
    { name: 'scale a Service: one new endpoint map for the fork', ops: [{ op: 'scaleService', namespace: service.namespace, name: service.name, replicas: 9 }], maps: 1, counted: nodes, changed: 'some' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const k = kubeProxy(c.ops);
      expect({ endpointMapsBuilt: k.work.endpointMapsBuilt, nodesCounted: k.work.nodesCounted }).toEqual({ endpointMapsBuilt: c.maps, nodesCounted: c.counted });
      expect(k.work.nodesCounted + k.work.nodesReused).toBe(k.nodes.filter((n) => n.before !== null).length + k.nodes.filter((n) => n.after !== null).length);
      expect(k.changed > 0).toBe(c.changed === 'some');
    });
  }

  test('the reused totals are the ones a fresh count gives', () => {
    const fork = applied(base, [{ op: 'addNodes', count: 2, subnet: base.underlay.subnets[0]!.name }]).topology;
    const d = diffTopologies(base, fork).kubeProxy!;
    const s = compileSnapshot(fork);
    for (const n of d.nodes) expect(n.after?.total).toBe(ruleCountsDirect(s.topology, n.node).families.reduce((sum, f) => sum + f.total, 0));
  });
});

describe('a fork reuses a section only when everything the section reads is the baseline', () => {
  // The conflict finder reads the CNI's plugin and nothing else of it (src/engine/conflicts), so an overlay switch keeps the
  // baseline's conflicts; a plugin switch does not. Each reused answer must equal a fresh computation on a fork that shares no
  // object with the baseline (a deep copy: nothing can be memoized for it or matched by identity).
  const base = example('seed-overlay');
  const fresh = (t: Topology): Topology => JSON.parse(JSON.stringify(t)) as Topology;
  const cases: { name: string; ops: unknown[]; conflictsReused: boolean }[] = [
    { name: 'overlay vxlan → host-gw', ops: [{ op: 'setCni', overlay: 'host-gw' }], conflictsReused: true },
    { name: 'plugin flannel → calico', ops: [{ op: 'setCni', plugin: 'calico', overlay: 'vxlan' }], conflictsReused: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      expect(base.cni.plugin).toBe('flannel');
      const fork = applied(base, c.ops).topology;
      const d = diffTopologies(base, fork);
      expect(d.reused.includes("fork conflicts (its inputs are the baseline's)")).toBe(c.conflictsReused);
      // Capacity reads the overlay (Calico's tunnel addresses), reachability and overhead the whole CNI: never reused here.
      for (const section of ['reachability', 'capacity', 'overhead']) expect(d.reused.some((r) => r.startsWith(`fork ${section}`))).toBe(false);
      const reference = diffTopologies(fresh(base), fresh(fork));
      expect(d.conflicts).toEqual(reference.conflicts);
      expect(d.capacity).toEqual(reference.capacity);
    });
  }
});

describe('the setting changes key only the objects a fork does not share, with the same answer', () => {
  // settingChanges lists the added and removed nodes, Services and pods; it matches the sides' objects by identity first
  // and keys only the rest. A deep copy of both sides shares nothing, so every object is keyed there: the reference.
  const base = example('kubeadm-calico');
  const copy = (t: Topology): Topology => JSON.parse(JSON.stringify(t)) as Topology;
  const cases: [string, unknown[]][] = [
    ['scale a Service up', [{ op: 'scaleService', namespace: 'shop', name: 'web', replicas: 8 }]],
    ['scale a Service down', [{ op: 'scaleService', namespace: 'shop', name: 'web', replicas: 1 }]],
    ['add nodes', [{ op: 'addNodes', count: 3, subnet: 'rack-a' }]],
    ['remove a node with its pods', [{ op: 'removeNode', name: 'worker-a1' }]],
    ['add a Service and remove another', [{ op: 'addService', namespace: 'shop', name: 'extra', ports: [{ port: 80 }], selector: { app: 'api' }, replicas: 2 }, { op: 'removeService', namespace: 'shop', name: 'web' }]],
    ['add pods on one node', [{ op: 'addPods', namespace: 'shop', namePrefix: 'batch', count: 4, node: 'worker-b2' }]],
    ['nothing but the overlay', [{ op: 'setCni', overlay: 'vxlan' }]],
  ];
  for (const [name, ops] of cases) {
    test(name, () => {
      const fork = applied(base, ops).topology;
      const changes = diffTopologies(base, fork).changes;
      expect(changes).toEqual(diffTopologies(copy(base), copy(fork)).changes);
      expect(changes.length).toBeGreaterThan(0);
    });
  }
});

import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { encapOverhead, type EncapOverheadReport, type FindingCode } from '../../../src/engine/overlay';
import { dualStack, makeNode, makePod, makeSubnet, makeTopology } from './builder';

const codes = (r: EncapOverheadReport): FindingCode[] => r.findings.map((f) => f.code);
const finding = (r: EncapOverheadReport, code: FindingCode) => r.findings.filter((f) => f.code === code);
const pair = (r: EncapOverheadReport, from: string, to: string) => {
  const p = r.subnetPairs.find((x) => x.fromSubnet === from && x.toSubnet === to);
  assert.ok(p, `subnet pair ${from} → ${to}`);
  return p;
};

describe('encapOverhead: a healthy Calico VXLAN cluster (two subnets at 1500)', () => {
  const r = encapOverhead(makeTopology());

  test('overhead per family: 50 bytes over IPv4, with its layers', () => {
    assert.deepEqual(r.overhead.map((o) => [o.family, o.outerFamily, o.bytes, o.layers.length]), [['IPv4', 'IPv4', 50, 4]]);
  });
  test('every node gets 1450 by the Calico rule, with its source', () => {
    assert.deepEqual(r.nodes.map((n) => [n.node, n.podMtu]), [['a1', 1450], ['a2', 1450], ['b1', 1450], ['b2', 1450]]);
    assert.ok(r.nodes.every((n) => n.rule === 'host MTU 1500 − 50 (Calico VXLAN, IPv4)' && n.sources.length > 0));
  });
  test('four subnet pairs, all encapsulated, nothing exceeds; default packet = smallest pod MTU', () => {
    assert.equal(r.packetSize, 1450);
    assert.deepEqual(
      r.subnetPairs.map((p) => [p.fromSubnet, p.toSubnet, p.nodePairs, p.pathMtu.min, p.families[0]?.encapsulated, p.families[0]?.exceedingNodePairs, p.families[0]?.largestUnfragmented]),
      [
        ['a', 'a', 2, 1500, true, 0, 1450],
        ['a', 'b', 4, 1500, true, 0, 1450],
        ['b', 'a', 4, 1500, true, 0, 1450],
        ['b', 'b', 2, 1500, true, 0, 1450],
      ],
    );
    const packet = pair(r, 'a', 'b').families[0]?.packet;
    assert.deepEqual([packet?.fate, packet?.wireBytes, packet?.efficiency, packet?.nodePairsByFate.fits], ['fits', 1500, 0.966667, 4]);
  });
  test('no findings; the assumptions are listed', () => {
    assert.deepEqual(r.findings, []);
    assert.ok(r.assumptions.some((a) => a.includes('smallest pod MTU')));
  });
  test('is plain data and deterministic', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    assert.deepEqual(encapOverhead(makeTopology()), r);
  });
});

describe('encapOverhead: cross-subnet and packet size', () => {
  const r = encapOverhead(makeTopology((t) => (t.cni.crossSubnet = true)), { packetSize: 1000 });
  test('same-subnet pairs are routed (1000 in 1000), cross-subnet pairs pay 50', () => {
    const inside = pair(r, 'a', 'a').families[0];
    const across = pair(r, 'a', 'b').families[0];
    assert.deepEqual([inside?.encapsulated, inside?.packet?.wireBytes, inside?.packet?.efficiency], [false, 1000, 1]);
    assert.deepEqual([across?.encapsulated, across?.packet?.wireBytes, across?.packet?.efficiency], [true, 1050, 0.952381]);
  });
});

describe('encapOverhead: MTU findings', () => {
  test('subnets at 9001 and 1500 under Calico: pods on the jumbo subnet exceed the cross-subnet path; the smallest wins', () => {
    const r = encapOverhead(makeTopology((t) => (t.underlay.subnets[0] = makeSubnet('a', '10.0.1.0/24', 9001))));
    assert.deepEqual(r.nodes.map((n) => n.podMtu), [8951, 8951, 1450, 1450]);
    const exceeds = finding(r, 'POD_MTU_EXCEEDS_PATH');
    assert.equal(exceeds.length, 1);
    assert.deepEqual(exceeds[0]?.details, { family: 'IPv4', fromSubnet: 'a', toSubnet: 'b', podMtu: 8951, overhead: 50, pathMtu: 1500, excess: 7501, nodePairs: 4 });
    assert.deepEqual(pair(r, 'b', 'a').families[0]?.exceedingNodePairs, 0);
    const mismatch = finding(r, 'SUBNET_MTU_MISMATCH')[0];
    assert.deepEqual([mismatch?.details.smallestMtu, mismatch?.details.largestMtu, mismatch?.details.safePodMtu], [1500, 9001, 1450]);
    // The default packet (1450) fits every pair; a jumbo packet is dropped on a → b only.
    const jumbo = encapOverhead(makeTopology((t) => (t.underlay.subnets[0] = makeSubnet('a', '10.0.1.0/24', 9001))), { packetSize: 8951 });
    assert.deepEqual([pair(jumbo, 'a', 'a').families[0]?.packet?.fate, pair(jumbo, 'a', 'b').families[0]?.packet?.fate], ['fits', 'MTU_EXCEEDED']);
  });

  test('a node-level MTU lowers only the pairs that touch that node', () => {
    const r = encapOverhead(makeTopology((t) => (t.nodes[3] = makeNode('b2', 'b', '10.0.2.12', (n) => (n.mtu = 1400)))));
    const ab = pair(r, 'a', 'b');
    assert.deepEqual([ab.pathMtu.min, ab.pathMtu.max, ab.families[0]?.exceedingNodePairs], [1400, 1500, 2]);
  });

  test('explicit cni.mtu too large for VXLAN: 1480 + 50 > 1500', () => {
    const r = encapOverhead(makeTopology((t) => (t.cni.mtu = 1480)));
    assert.deepEqual(finding(r, 'EXPLICIT_MTU_TOO_LARGE')[0]?.details, { family: 'IPv4', explicitMtu: 1480, overhead: 50, smallestPathMtu: 1500, excess: 30 });
    assert.ok(r.nodes.every((n) => n.podMtu === 1480 && n.explicit && n.derivedMtu === 1450));
  });

  test('explicit cni.mtu checked against the smallest *encapsulated* path only (cross-subnet)', () => {
    const jumbo = (extra: boolean) =>
      encapOverhead(
        makeTopology((t) => {
          t.cni.crossSubnet = true;
          t.cni.mtu = 8951;
          t.underlay.mtu = 9001;
          if (extra) {
            t.underlay.subnets.push(makeSubnet('c', '10.0.3.0/24', 1500));
            t.nodes.push(makeNode('c1', 'c', '10.0.3.11'));
          }
        }),
      );
    assert.deepEqual(finding(jumbo(false), 'EXPLICIT_MTU_TOO_LARGE'), []);
    assert.deepEqual(finding(jumbo(true), 'EXPLICIT_MTU_TOO_LARGE')[0]?.details, { family: 'IPv4', explicitMtu: 8951, overhead: 50, smallestPathMtu: 1500, excess: 7501 });
  });

  test('explicit cni.mtu below what Calico derives: safe, reported as info', () => {
    const r = encapOverhead(makeTopology((t) => (t.cni.mtu = 1400)));
    assert.deepEqual(codes(r), ['EXPLICIT_MTU_BELOW_DERIVED']);
    assert.equal(finding(r, 'EXPLICIT_MTU_BELOW_DERIVED')[0]?.details.unused, 50);
  });

  test('flannel VXLAN dual-stack: IPv6 pods get 1450, 20 bytes more than an IPv6 outer header leaves', () => {
    const r = encapOverhead(makeTopology((t) => {
      dualStack(t);
      t.cni.plugin = 'flannel';
    }));
    assert.deepEqual(r.overhead.map((o) => [o.family, o.bytes]), [['IPv4', 50], ['IPv6', 70]]);
    const exceeds = finding(r, 'POD_MTU_EXCEEDS_PATH');
    assert.deepEqual([...new Set(exceeds.map((f) => f.details.family))], ['IPv6']);
    assert.ok(exceeds.every((f) => f.details.excess === 20 && f.details.podMtu === 1450 && f.details.overhead === 70));
  });

  test('Calico VXLAN dual-stack: one pod MTU of 1430 fits both families', () => {
    const r = encapOverhead(makeTopology(dualStack));
    assert.ok(r.nodes.every((n) => n.podMtu === 1430));
    assert.deepEqual(finding(r, 'POD_MTU_EXCEEDS_PATH'), []);
  });

  test('Calico IP-in-IP dual-stack: IPv6 is routed, said as info', () => {
    const r = encapOverhead(makeTopology((t) => {
      dualStack(t);
      t.cni.overlay = 'ipip';
    }));
    assert.deepEqual(r.overhead.map((o) => [o.family, o.mode, o.bytes]), [['IPv4', 'ipip', 20], ['IPv6', 'none', 0]]);
    assert.deepEqual(finding(r, 'FAMILY_NOT_ENCAPSULATED').map((f) => [f.severity, f.details.family]), [['info', 'IPv6']]);
  });

  test('Calico IPsec does not exist: mode not offered, MTU unknown, nothing guessed', () => {
    const r = encapOverhead(makeTopology((t) => (t.cni.overlay = 'ipsec')));
    assert.deepEqual(codes(r), ['MODE_NOT_OFFERED', 'MTU_RULE_UNKNOWN']);
    assert.ok(r.nodes.every((n) => n.podMtu === null));
    assert.equal(r.packetSize, null);
  });

  test('crossSubnet on Cilium: not offered, every pair encapsulates', () => {
    const r = encapOverhead(makeTopology((t) => Object.assign(t.cni, { plugin: 'cilium', crossSubnet: true })));
    assert.deepEqual(codes(r), ['CROSS_SUBNET_NOT_OFFERED']);
    assert.deepEqual(r.crossSubnet, { requested: true, effective: false });
    assert.equal(pair(r, 'a', 'a').families[0]?.encapsulated, true);
  });

  test('IPv6 pods below 1280 are an error', () => {
    const r = encapOverhead(makeTopology((t) => {
      t.podCIDRs = ['fd00:10:244::/56'];
      t.underlay.mtu = 1300;
    }));
    assert.deepEqual(finding(r, 'IPV6_MTU_BELOW_MINIMUM').map((f) => f.details.podMtu), [1230, 1230]);
  });

  test('aws-vpc-cni on a topology that says 1500: pods at 9001 exceed the unencapsulated path', () => {
    const r = encapOverhead(makeTopology((t) => Object.assign(t.cni, { plugin: 'aws-vpc-cni', overlay: 'none' })));
    const f = finding(r, 'POD_MTU_EXCEEDS_PATH')[0];
    assert.deepEqual([f?.details.podMtu, f?.details.overhead, f?.details.pathMtu, f?.details.excess], [9001, 0, 1500, 7501]);
    assert.match(f?.message ?? '', /unencapsulated/);
  });

  test('findings of one code are capped at 50, with a count of the rest', () => {
    const r = encapOverhead(makeTopology((t) => {
      t.cni.plugin = 'aws-vpc-cni';
      t.cni.overlay = 'none';
      t.underlay.subnets = Array.from({ length: 8 }, (_, i) => makeSubnet(`s${i}`, `10.0.${i}.0/24`));
      t.nodes = Array.from({ length: 16 }, (_, i) => makeNode(`n${i}`, `s${i % 8}`, `10.0.${i % 8}.${i + 1}`));
    }));
    assert.equal(finding(r, 'POD_MTU_EXCEEDS_PATH').length, 50);
    assert.equal(finding(r, 'FINDINGS_TRUNCATED')[0]?.details.total, 64);
  });
});

describe('encapOverhead at scale', () => {
  test('5,000 nodes in 50 subnets with a 5,000-pod traffic entry: summarized per subnet pair', () => {
    const t = makeTopology((d) => {
      d.cni.crossSubnet = true;
      d.underlay.subnets = Array.from({ length: 50 }, (_, s) => makeSubnet(`s${s}`, `10.${s}.0.0/16`, s === 0 ? 9001 : null));
      d.nodes = Array.from({ length: 5000 }, (_, i) => makeNode(`n${i}`, `s${i % 50}`, `10.${i % 50}.${Math.floor(i / 50)}.1`));
      d.pods = d.nodes.map((n, i) => makePod('app', `p${i}`, n.name, `10.244.${Math.floor(i / 250)}.${i % 250}`));
    });
    const r = encapOverhead(t, { trafficMatrix: [{ from: { kind: 'namespace', name: 'app' }, to: { kind: 'namespace', name: 'app' }, bytesPerSecond: 1_000_000 }] });
    assert.equal(r.subnetPairs.length, 2500);
    assert.equal(r.nodes.length, 5000);
    // 49 of 50 subnets are cross-subnet partners for any pod: 4900 of 5000 destinations, minus nothing same-node.
    assert.equal(r.traffic?.entries[0]?.encapsulatedShare, 0.98);
    // Pods on the 9001 subnet (100 nodes) exceed the 1500 path to each of the 49 other subnets.
    assert.equal(finding(r, 'POD_MTU_EXCEEDS_PATH').length, 49);
  });
});

describe('encapOverhead: Weave Net', () => {
  const weave = (mtu: number) =>
    encapOverhead(
      makeTopology((t) => {
        Object.assign(t.cni, { plugin: 'weave', overlay: 'vxlan' });
        t.underlay.mtu = mtu;
      }),
    );
  test('1376 on a 1460 underlay (GCE) fits exactly with the documented 84 bytes', () => {
    const r = weave(1460);
    assert.deepEqual(finding(r, 'POD_MTU_EXCEEDS_PATH'), []);
    assert.equal(pair(r, 'a', 'b').families[0]?.overheadBytes, 84);
  });
  test('1376 on a 1450 underlay: 10 bytes too many on every pair', () => {
    const r = weave(1450);
    assert.deepEqual([...new Set(finding(r, 'POD_MTU_EXCEEDS_PATH').map((f) => f.details.excess))], [10]);
  });
});

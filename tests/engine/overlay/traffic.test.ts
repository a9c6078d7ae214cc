import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { encapOverhead, type TrafficEntry } from '../../../src/engine/overlay';
import { makeEndpoint, makePod, makeService, makeSlice, makeTopology, type TopologyDraft } from './builder';

/**
 * Calico VXLAN, cross-subnet: a1, a2 in subnet a; b1, b2 in subnet b; all at 1500.
 * web: one pod on a1, one on a2. db: one pod on b1, behind Service db/pg. mix: two pods on a1, one on b1.
 */
function world(t: TopologyDraft): void {
  t.cni.crossSubnet = true;
  const db = makePod('db', 'pg-0', 'b1', '10.244.2.5');
  const dbV6 = { ...db, ips: ['fd00:10:244:2::5'] };
  t.pods = [
    makePod('web', 'web-1', 'a1', '10.244.0.5'),
    makePod('web', 'web-2', 'a2', '10.244.1.5'),
    db,
    makePod('mix', 'm-1', 'a1', '10.244.0.6'),
    makePod('mix', 'm-2', 'a1', '10.244.0.7'),
    makePod('mix', 'm-3', 'b1', '10.244.2.6'),
    makePod('mon', 'agent', 'a1', '10.0.1.11', (p) => (p.hostNetwork = true)),
    makePod('idle', 'pending', null, '10.244.9.9'),
  ];
  t.services = [makeService('db', 'pg'), makeService('db', 'empty')];
  // The same pod in an IPv4 and an IPv6 slice, plus a not-ready endpoint: one endpoint counts.
  t.endpointSlices = [
    makeSlice('db', 'pg', [makeEndpoint(db), makeEndpoint(makePod('db', 'pg-1', 'b2', '10.244.3.5'), (e) => (e.ready = false))]),
    makeSlice('db', 'pg', [makeEndpoint(dbV6)], 'IPv6'),
  ];
}

const ns = (name: string) => ({ kind: 'namespace' as const, name });
const node = (name: string) => ({ kind: 'node' as const, name });
const svc = (name: string) => ({ kind: 'service' as const, name });

describe('traffic matrix: extra underlay bytes caused by encapsulation', () => {
  // packetSize 1000 → every encapsulated packet pays 50 bytes: 5% of the inner bytes.
  const cases: { name: string; entry: TrafficEntry; share: number; extra: number; cross?: boolean }[] = [
    { name: 'namespace → namespace across subnets: all of it, 5%', entry: { from: ns('web'), to: ns('db'), bytesPerSecond: 1_000_000 }, share: 1, extra: 50_000 },
    { name: 'namespace → Service: to its one ready endpoint on b1', entry: { from: ns('web'), to: svc('db/pg'), bytesPerSecond: 2_000_000 }, share: 1, extra: 100_000 },
    { name: 'pods → their own subnet\'s node: same node or routed, nothing', entry: { from: ns('web'), to: node('a1'), bytesPerSecond: 1_000_000 }, share: 0, extra: 0 },
    { name: 'node → node is host traffic: never encapsulated', entry: { from: node('a1'), to: node('b1'), bytesPerSecond: 1_000_000 }, share: 0, extra: 0 },
    { name: 'a host-network pod → a remote pod is encapsulated', entry: { from: ns('mon'), to: ns('db'), bytesPerSecond: 1_000 }, share: 1, extra: 50 },
    { name: 'a host-network pod → a remote node is not', entry: { from: ns('mon'), to: node('b2'), bytesPerSecond: 1_000 }, share: 0, extra: 0 },
    // Full overlay: weights a1 2/3, b1 1/3 on both sides; a1↔b1 = 4/9 of the bytes, same-node 5/9 stays.
    { name: 'full overlay, namespace → itself: same-node shares stay on the node (4/9)', entry: { from: ns('mix'), to: ns('mix'), bytesPerSecond: 900 }, share: 0.444444, extra: 20, cross: false },
    // Full overlay: a1 → a2 is encapsulated too; web-1 on a1 → a1 host is same-node.
    { name: 'full overlay: pods → a node of their subnet, half is remote', entry: { from: ns('web'), to: node('a1'), bytesPerSecond: 1_000_000 }, share: 0.5, extra: 25_000, cross: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const t = makeTopology((d) => {
        world(d);
        if (c.cross === false) d.cni.crossSubnet = false;
      });
      const r = encapOverhead(t, { packetSize: 1000, trafficMatrix: [c.entry] });
      const e = r.traffic?.entries[0];
      assert.deepEqual([e?.resolved, e?.encapsulatedShare, e?.extraBytesPerSecond], [true, c.share, c.extra]);
    });
  }

  test('totals add the entries; default packet size is the sender pod MTU (50 per 1450)', () => {
    const r = encapOverhead(makeTopology(world), {
      trafficMatrix: [
        { from: ns('web'), to: ns('db'), bytesPerSecond: 1_450_000 },
        { from: ns('web'), to: svc('db/pg'), bytesPerSecond: 2_900_000 },
      ],
    });
    assert.deepEqual(r.traffic?.entries.map((e) => e.extraBytesPerSecond), [50_000, 100_000]);
    assert.deepEqual([r.traffic?.totalBytesPerSecond, r.traffic?.totalExtraBytesPerSecond], [4_350_000, 150_000]);
  });

  test('WireGuard pays its padding: 1000-byte packets cost 68, not 60', () => {
    const r = encapOverhead(makeTopology((d) => {
      world(d);
      d.cni.overlay = 'wireguard';
    }), { packetSize: 1000, trafficMatrix: [{ from: ns('web'), to: ns('db'), bytesPerSecond: 1_000_000 }] });
    assert.equal(r.traffic?.entries[0]?.extraBytesPerSecond, 68_000);
  });

  test('a packet size the path cannot carry is counted at the size path-MTU discovery leaves (1450 + 50)', () => {
    const r = encapOverhead(makeTopology(world), { packetSize: 9000, trafficMatrix: [{ from: ns('web'), to: ns('db'), bytesPerSecond: 1_450_000 }] });
    assert.equal(r.traffic?.entries[0]?.extraBytesPerSecond, 50_000);
  });

  const unresolved: { name: string; entry: TrafficEntry; reason: RegExp }[] = [
    { name: 'unknown Service', entry: { from: ns('web'), to: svc('db/nope'), bytesPerSecond: 1 }, reason: /service db\/nope is not in the topology/ },
    { name: 'Service without ready endpoints', entry: { from: ns('web'), to: svc('db/empty'), bytesPerSecond: 1 }, reason: /no ready endpoint/ },
    { name: 'Service name without a namespace', entry: { from: ns('web'), to: svc('pg'), bytesPerSecond: 1 }, reason: /not <namespace>\/<name>/ },
    { name: 'namespace with only unscheduled pods', entry: { from: ns('idle'), to: ns('db'), bytesPerSecond: 1 }, reason: /no scheduled pods/ },
    { name: 'unknown node', entry: { from: node('zz'), to: ns('db'), bytesPerSecond: 1 }, reason: /node zz is not in the topology/ },
  ];
  for (const c of unresolved) {
    test(`unresolved: ${c.name} counts nothing and is a finding`, () => {
      const r = encapOverhead(makeTopology(world), { trafficMatrix: [c.entry] });
      const e = r.traffic?.entries[0];
      assert.deepEqual([e?.resolved, e?.extraBytesPerSecond], [false, 0]);
      assert.match(e?.unresolved ?? '', c.reason);
      assert.deepEqual(r.findings.map((f) => f.code), ['TRAFFIC_UNRESOLVED']);
    });
  }

  test('no traffic matrix, no traffic section', () => assert.equal(encapOverhead(makeTopology(world)).traffic, null));
});

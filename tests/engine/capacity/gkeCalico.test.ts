// Provider rules:
// - GKE "Configure maximum Pods per node" table: 8 → /28 (16), 9–16 → /27 (32), 17–32 → /26 (64),
//   33–64 → /25 (128), 65–110 → /24 (256); Google Cloud subnets reserve 4 addresses (a /24 holds 252 nodes).
// - Calico IPPool: blockSize 20–32 (IPv4) / 116–128 (IPv6), default 26 / 122; IPAMConfiguration defaults.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { calicoBlocksPerNode, calicoPoolReport, gcpSubnetMaxNodes, gkeMaxNodes, gkeNodeRange } from '../../../src/engine/capacity';
import { Prefix } from '../../../src/engine/net';

describe('GKE: max Pods per node → per-node Pod range', () => {
  const table: [maxPods: number[], length: number, addresses: number][] = [
    [[8], 28, 16],
    [[9, 12, 16], 27, 32],
    [[17, 30, 32], 26, 64],
    [[33, 50, 64], 25, 128],
    [[65, 100, 110], 24, 256],
  ];
  for (const [pods, length, addresses] of table) {
    for (const p of pods) {
      test(`${p} → /${length}`, () => {
        const r = gkeNodeRange(p);
        assert.ok(r.ok);
        assert.deepEqual([r.length.value, r.addresses, r.length.exact], [length, addresses, true]);
      });
    }
  }
  test('above the documented 110 the same rule applies, marked inexact', () => {
    const r = gkeNodeRange(256);
    assert.ok(r.ok);
    assert.deepEqual([r.length.value, r.length.exact], [23, false]);
  });
  test('outside 8–256 is refused', () => {
    assert.equal(gkeNodeRange(7).ok, false);
    assert.equal(gkeNodeRange(257).ok, false);
    assert.equal(gkeNodeRange(10.5).ok, false);
  });
  test('nodes per Pod range and per node subnet', () => {
    assert.equal(gkeMaxNodes(Prefix.parse('10.4.0.0/14'), 24).value, 1024);
    assert.equal(gkeMaxNodes(Prefix.parse('10.4.0.0/14'), 26).value, 4096);
    assert.equal(gkeMaxNodes(Prefix.parse('10.4.0.0/25'), 24).value, 0);
    assert.deepEqual(['/24', '/29', '/20'].map((l) => gcpSubnetMaxNodes(Prefix.parse(`10.0.0.0${l}`)).value), [252, 4, 4092]);
  });
});

describe('Calico pools and blocks', () => {
  test('defaults: /26 blocks, borrowing, 20 blocks per host', () => {
    const r = calicoPoolReport(Prefix.parse('192.168.0.0/16'), {}, 1);
    assert.deepEqual(
      [r.blockSize.value, r.blockAddresses, r.blocks.value, r.strictAffinity, r.maxBlocksPerHost, r.perNodeAddressLimit.value, r.maxNodes.value],
      [26, '64', '1024', false, 20, '1280', null],
    );
    assert.deepEqual(r.problems, []);
  });
  test('strict affinity: one block per node bounds the node count', () => {
    const r = calicoPoolReport(Prefix.parse('10.244.0.0/16'), { strictAffinity: true, blockSize: { ipv4: 24 }, maxBlocksPerHost: 2 }, 0);
    assert.deepEqual([r.blocks.value, r.maxNodes.value, r.perNodeAddressLimit.value], ['256', '256', '512']);
  });
  test('IPv6 default /122 and the block size ranges', () => {
    assert.equal(calicoPoolReport(Prefix.parse('fd00:10::/64'), {}, 0).blocks.value, String(2n ** 58n));
    assert.deepEqual(calicoPoolReport(Prefix.parse('10.0.0.0/16'), { blockSize: { ipv4: 19 } }, 0).problems, ['blockSize 19 is outside 20–32 for IPv4 pools']);
    assert.deepEqual(calicoPoolReport(Prefix.parse('fd00::/120'), { blockSize: { ipv6: 115 } }, 0).problems, [
      'blockSize 115 is outside 116–128 for IPv6 pools',
      'fd00::/120 is smaller than one /115 block',
    ]);
  });
  test('blocks per node count the tunnel address', () => {
    assert.deepEqual([calicoBlocksPerNode(63, 64n, 1), calicoBlocksPerNode(64, 64n, 1), calicoBlocksPerNode(110, 64n, 0)], [1, 2, 2]);
  });
});

/**
 * Tables ported from kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set_test.go; each
 * describe names the upstream test function. Expected values are upstream's. Cases marked "derived" are
 * ours, reasoned from cidr_set.go itself, for behavior the upstream tests do not pin down.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  CidrSet,
  ERR_CIDR_RANGE_NO_CIDRS_REMAINING,
  ERR_CIDR_SET_SUBNET_TOO_BIG,
  ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK,
  type CidrSetResult,
} from '../../../src/engine/net/cidrSet';
import type { Prefix } from '../../../src/engine/net/prefix';
import { p } from './helpers';

function mustCreate(cluster: string, mask: number): CidrSet {
  const r = CidrSet.create(p(cluster), mask);
  assert.ok(r.ok, `NewCIDRSet(${cluster}, ${mask}) failed: ${r.ok ? '' : r.error.message}`);
  return r.value;
}

function value<T>(r: CidrSetResult<T>): T {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

function allocateAll(set: CidrSet, n: number): Prefix[] {
  return Array.from({ length: n }, () => value(set.allocateNext()));
}

describe('TestCIDRSetFullyAllocated', () => {
  const cases = [
    { clusterCIDR: '127.123.234.0/30', subNetMaskSize: 30, expectedCIDR: '127.123.234.0/30', description: 'Fully allocated CIDR with IPv4' },
    { clusterCIDR: 'beef:1234::/30', subNetMaskSize: 30, expectedCIDR: 'beef:1234::/30', description: 'Fully allocated CIDR with IPv6' },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const a = mustCreate(c.clusterCIDR, c.subNetMaskSize);
      const first = value(a.allocateNext());
      assert.equal(first.toString(), c.expectedCIDR);
      const full = a.allocateNext();
      assert.ok(!full.ok && full.error.code === 'NO_CIDRS_REMAINING' && full.error.message === ERR_CIDR_RANGE_NO_CIDRS_REMAINING);
      value(a.release(first));
      assert.equal(value(a.allocateNext()).toString(), c.expectedCIDR);
      assert.equal(a.allocateNext().ok, false);
    });
  }
});

describe('TestIndexToCIDRBlock', () => {
  const cases = [
    { clusterCIDR: '127.123.3.0/16', subnetMaskSize: 24, index: 0, CIDRBlock: '127.123.0.0/24', description: '1st IP address indexed with IPv4' },
    { clusterCIDR: '127.123.0.0/16', subnetMaskSize: 24, index: 15, CIDRBlock: '127.123.15.0/24', description: '16th IP address indexed with IPv4' },
    { clusterCIDR: '192.168.5.219/28', subnetMaskSize: 32, index: 5, CIDRBlock: '192.168.5.213/32', description: '5th IP address indexed with IPv4' },
    { clusterCIDR: '2001:0db8:1234:3::/48', subnetMaskSize: 64, index: 0, CIDRBlock: '2001:db8:1234::/64', description: '1st IP address indexed with IPv6 /64' },
    { clusterCIDR: '2001:0db8:1234::/48', subnetMaskSize: 64, index: 15, CIDRBlock: '2001:db8:1234:f::/64', description: '16th IP address indexed with IPv6 /64' },
    { clusterCIDR: '2001:0db8:85a3::8a2e:0370:7334/50', subnetMaskSize: 63, index: 6425, CIDRBlock: '2001:db8:85a3:3232::/63', description: '6426th IP address indexed with IPv6 /63' },
    { clusterCIDR: '2001:0db8::/32', subnetMaskSize: 48, index: 0, CIDRBlock: '2001:db8::/48', description: '1st IP address indexed with IPv6 /48' },
    { clusterCIDR: '2001:0db8::/32', subnetMaskSize: 48, index: 15, CIDRBlock: '2001:db8:f::/48', description: '16th IP address indexed with IPv6 /48' },
    { clusterCIDR: '2001:0db8:85a3::8a2e:0370:7334/32', subnetMaskSize: 48, index: 6425, CIDRBlock: '2001:db8:1919::/48', description: '6426th IP address indexed with IPv6 /48' },
    { clusterCIDR: '2001:0db8:1234:ff00::/56', subnetMaskSize: 72, index: 0, CIDRBlock: '2001:db8:1234:ff00::/72', description: '1st IP address indexed with IPv6 /72' },
    { clusterCIDR: '2001:0db8:1234:ff00::/56', subnetMaskSize: 72, index: 15, CIDRBlock: '2001:db8:1234:ff00:f00::/72', description: '16th IP address indexed with IPv6 /72' },
    { clusterCIDR: '2001:0db8:1234:ff00::0370:7334/56', subnetMaskSize: 72, index: 6425, CIDRBlock: '2001:db8:1234:ff19:1900::/72', description: '6426th IP address indexed with IPv6 /72' },
    { clusterCIDR: '2001:0db8:1234:0:1234::/80', subnetMaskSize: 96, index: 0, CIDRBlock: '2001:db8:1234:0:1234::/96', description: '1st IP address indexed with IPv6 /96' },
    { clusterCIDR: '2001:0db8:1234:0:1234::/80', subnetMaskSize: 96, index: 15, CIDRBlock: '2001:db8:1234:0:1234:f::/96', description: '16th IP address indexed with IPv6 /96' },
    { clusterCIDR: '2001:0db8:1234:ff00::0370:7334/80', subnetMaskSize: 96, index: 6425, CIDRBlock: '2001:db8:1234:ff00:0:1919::/96', description: '6426th IP address indexed with IPv6 /96' },
  ];
  for (const c of cases) {
    test(c.description, () => {
      assert.equal(mustCreate(c.clusterCIDR, c.subnetMaskSize).indexToCidrBlock(c.index).toString(), c.CIDRBlock);
    });
  }
});

describe('TestCIDRSet_RandomishAllocation', () => {
  for (const c of [
    { clusterCIDR: '127.123.234.0/16', description: 'RandomishAllocation with IPv4' },
    { clusterCIDR: 'beef:1234::/16', description: 'RandomishAllocation with IPv6' },
  ]) {
    test(c.description, () => {
      const a = mustCreate(c.clusterCIDR, 24);
      const cidrs = allocateAll(a, 256);
      assert.equal(a.allocateNext().ok, false);
      for (const x of cidrs) value(a.release(x));
      const again = allocateAll(a, 256);
      assert.equal(a.allocateNext().ok, false);
      assert.deepEqual(again.map(String), cidrs.map(String));
    });
  }
});

describe('TestCIDRSet_AllocationOccupied', () => {
  for (const c of [
    { clusterCIDR: '127.123.234.0/16', description: 'AllocationOccupied with IPv4' },
    { clusterCIDR: 'beef:1234::/16', description: 'AllocationOccupied with IPv6' },
  ]) {
    test(c.description, () => {
      const a = mustCreate(c.clusterCIDR, 24);
      const cidrs = allocateAll(a, 256);
      assert.equal(a.allocateNext().ok, false);
      for (const x of cidrs) value(a.release(x));
      for (const x of cidrs.slice(128)) value(a.occupy(x));
      value(a.occupy(cidrs[128]!)); // occupy the first of the last 128 again
      const again = allocateAll(a, 128);
      assert.equal(a.allocateNext().ok, false);
      assert.deepEqual([...again, ...cidrs.slice(128)].map(String), cidrs.map(String));
    });
  }
});

describe('TestDoubleOccupyRelease', () => {
  const a = mustCreate('10.42.0.0/16', 24);
  const operations = [
    { cidr: '10.42.5.0/24', operation: 'occupy', numOccupied: 1, note: 'Occupy 1 element: +1' },
    { cidr: '10.42.9.0/24', operation: 'occupy', numOccupied: 2, note: 'Occupy 1 more element: +1' },
    { cidr: '10.42.8.0/22', operation: 'occupy', numOccupied: 5, note: 'Occupy 4 elements overlapping with one from the above: +3' },
    { cidr: '10.42.9.0/24', operation: 'occupy', numOccupied: 5, note: 'Occupy an already-occupied element: no change' },
    { cidr: '10.42.9.0/24', operation: 'release', numOccupied: 4, note: 'Release an occupied element: -1' },
    { cidr: '10.42.9.0/24', operation: 'release', numOccupied: 4, note: 'Release an unoccupied element: no change' },
    { cidr: '10.42.4.0/22', operation: 'release', numOccupied: 3, note: 'Release 4 elements, only one of which is occupied: -1' },
  ];
  test('each operation leaves the expected count', () => {
    for (const op of operations) {
      value(op.operation === 'occupy' ? a.occupy(p(op.cidr)) : a.release(p(op.cidr)));
      assert.equal(a.allocatedCount, op.numOccupied, op.note);
    }
  });
  test('exactly (1<<8) - 3 CIDRs remain allocatable', () => {
    allocateAll(a, (1 << 8) - 3);
    assert.equal(a.allocateNext().ok, false);
  });
});

describe('TestGetBitforCIDR', () => {
  const cases: Array<{ clusterCIDR: string; subNetMaskSize: number; subNetCIDR: string; expectedBit?: number; description: string }> = [
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.0.0.0/16', expectedBit: 0, description: 'Get 0 Bit with IPv4' },
    { clusterCIDR: 'be00::/8', subNetMaskSize: 16, subNetCIDR: 'be00::/16', expectedBit: 0, description: 'Get 0 Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.123.0.0/16', expectedBit: 123, description: 'Get 123rd Bit with IPv4' },
    { clusterCIDR: 'be00::/8', subNetMaskSize: 16, subNetCIDR: 'beef::/16', expectedBit: 0xef, description: 'Get xef Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.168.0.0/16', expectedBit: 168, description: 'Get 168th Bit with IPv4' },
    { clusterCIDR: 'be00::/8', subNetMaskSize: 16, subNetCIDR: 'be68::/16', expectedBit: 0x68, description: 'Get x68th Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.224.0.0/16', expectedBit: 224, description: 'Get 224th Bit with IPv4' },
    { clusterCIDR: 'be00::/8', subNetMaskSize: 16, subNetCIDR: 'be24::/16', expectedBit: 0x24, description: 'Get x24th Bit with IPv6' },
    { clusterCIDR: '192.168.0.0/16', subNetMaskSize: 24, subNetCIDR: '192.168.12.0/24', expectedBit: 12, description: 'Get 12th Bit with IPv4' },
    { clusterCIDR: 'beef::/16', subNetMaskSize: 24, subNetCIDR: 'beef:1200::/24', expectedBit: 0x12, description: 'Get x12th Bit with IPv6' },
    { clusterCIDR: '192.168.0.0/16', subNetMaskSize: 24, subNetCIDR: '192.168.151.0/24', expectedBit: 151, description: 'Get 151st Bit with IPv4' },
    { clusterCIDR: 'beef::/16', subNetMaskSize: 24, subNetCIDR: 'beef:9700::/24', expectedBit: 0x97, description: 'Get x97st Bit with IPv6' },
    { clusterCIDR: '192.168.0.0/16', subNetMaskSize: 24, subNetCIDR: '127.168.224.0/24', description: 'Get error with IPv4' },
    { clusterCIDR: 'beef::/16', subNetMaskSize: 24, subNetCIDR: '2001:db00::/24', description: 'Get error with IPv6' },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const r = mustCreate(c.clusterCIDR, c.subNetMaskSize).indexForAddress(p(c.subNetCIDR).address);
      if (c.expectedBit === undefined) {
        assert.ok(!r.ok);
        assert.equal(r.error.code, 'OUT_OF_ALLOCATOR_RANGE');
        assert.equal(r.error.message, `CIDR: ${p(c.subNetCIDR).address.toString()}/${c.subNetMaskSize} is out of the range of CIDR allocator`);
      } else {
        assert.equal(value(r), c.expectedBit);
      }
    });
  }
});

describe('TestOccupy', () => {
  const cases = [
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.0.0.0/8', begin: 0, end: 255, description: 'Occupy all Bits with IPv4' },
    { clusterCIDR: '2001:beef:1200::/40', subNetMaskSize: 48, subNetCIDR: '2001:beef:1200::/40', begin: 0, end: 255, description: 'Occupy all Bits with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.0.0.0/2', begin: 0, end: 255, description: 'Occupy every Bit with IPv4' },
    { clusterCIDR: '2001:beef:1200::/40', subNetMaskSize: 48, subNetCIDR: '2001:beef:1234::/34', begin: 0, end: 255, description: 'Occupy every Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 16, subNetCIDR: '127.0.0.0/16', begin: 0, end: 0, description: 'Occupy 1st Bit with IPv4' },
    { clusterCIDR: '2001:beef:1200::/40', subNetMaskSize: 48, subNetCIDR: '2001:beef:1200::/48', begin: 0, end: 0, description: 'Occupy 1st Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/8', subNetMaskSize: 32, subNetCIDR: '127.0.0.0/16', begin: 0, end: 65535, description: 'Occupy 65535 Bits with IPv4' },
    { clusterCIDR: '2001:beef:1200::/48', subNetMaskSize: 64, subNetCIDR: '2001:beef:1200::/48', begin: 0, end: 65535, description: 'Occupy 65535 Bits with IPv6' },
    { clusterCIDR: '127.0.0.0/7', subNetMaskSize: 16, subNetCIDR: '127.0.0.0/15', begin: 256, end: 257, description: 'Occupy 257th Bit with IPv4' },
    { clusterCIDR: '2001:beef:7f00::/39', subNetMaskSize: 48, subNetCIDR: '2001:beef:7f00::/47', begin: 256, end: 257, description: 'Occupy 257th Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/7', subNetMaskSize: 15, subNetCIDR: '127.0.0.0/15', begin: 128, end: 128, description: 'Occupy 128th Bit with IPv4' },
    { clusterCIDR: '2001:beef:7f00::/39', subNetMaskSize: 47, subNetCIDR: '2001:beef:7f00::/47', begin: 128, end: 128, description: 'Occupy 128th Bit with IPv6' },
    { clusterCIDR: '127.0.0.0/7', subNetMaskSize: 18, subNetCIDR: '127.0.0.0/15', begin: 1024, end: 1031, description: 'Occupy 1031st Bit with IPv4' },
    { clusterCIDR: '2001:beef:7f00::/39', subNetMaskSize: 50, subNetCIDR: '2001:beef:7f00::/47', begin: 1024, end: 1031, description: 'Occupy 1031st Bit with IPv6' },
  ];
  for (const c of cases) {
    test(c.description, () => {
      const cs = mustCreate(c.clusterCIDR, c.subNetMaskSize);
      value(cs.occupy(p(c.subNetCIDR)));
      assert.deepEqual(cs.usedRanges(), [[c.begin, c.end]]);
      assert.equal(cs.allocatedCount, c.end - c.begin + 1);
    });
  }
});

describe('TestCIDRSetv6', () => {
  test('Max cluster subnet size with IPv4', () => {
    const a = mustCreate('127.0.0.0/8', 32);
    assert.equal(value(a.allocateNext()).toString(), '127.0.0.0/32');
    assert.equal(value(a.allocateNext()).toString(), '127.0.0.1/32');
  });
  test('Max cluster subnet size with IPv6', () => {
    const r = CidrSet.create(p('beef:1234::/32'), 49);
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'SUBNET_TOO_BIG');
    assert.equal(r.error.message, ERR_CIDR_SET_SUBNET_TOO_BIG);
  });
  test('Allocate a few IPv6', () => {
    const a = mustCreate('2001:beef:1234:369b::/60', 64);
    assert.equal(value(a.allocateNext()).toString(), '2001:beef:1234:3690::/64');
    assert.equal(value(a.allocateNext()).toString(), '2001:beef:1234:3691::/64');
  });
});

describe('TestCidrSetMetrics / Histogram / Dual (usage = allocated / max)', () => {
  test('allocate all, release all, occupy all', () => {
    const a = mustCreate('10.0.0.0/16', 24);
    for (let i = 1; i <= 256; i++) {
      value(a.allocateNext());
      assert.equal(a.allocatedCount / a.maxCIDRs, i / 256);
    }
    value(a.release(p('10.0.0.0/16')));
    assert.equal(a.allocatedCount, 0);
    value(a.occupy(p('10.0.0.0/16')));
    assert.equal(a.allocatedCount / a.maxCIDRs, 1);
  });
  test('Occupy does not move nextCandidate: AllocateNext walks past the 128 occupied blocks', () => {
    const a = mustCreate('10.0.0.0/16', 24);
    value(a.occupy(p('10.0.0.0/17')));
    assert.equal(a.allocatedCount / a.maxCIDRs, 0.5);
    assert.equal(value(a.allocateNext()).toString(), '10.0.128.0/24');
    assert.equal(a.allocatedCount, 129);
  });
  test('dual: an IPv6 /48 cut into /64s holds 65536 blocks', () => {
    const b = mustCreate('2001:db8::/48', 64);
    value(b.occupy(p('2001:db8::/48')));
    assert.equal(b.allocatedCount, 65536);
    value(b.release(p('2001:db8::/48')));
    assert.equal(b.allocatedCount, 0);
  });
});

describe('derived from cidr_set.go', () => {
  test('AllocateNext rotates: a released block is reused only after the cursor wraps', () => {
    const a = mustCreate('10.0.0.0/30', 32);
    assert.deepEqual(allocateAll(a, 3).map(String), ['10.0.0.0/32', '10.0.0.1/32', '10.0.0.2/32']);
    value(a.release(p('10.0.0.1/32')));
    assert.equal(value(a.allocateNext()).toString(), '10.0.0.3/32', 'continues after the last allocation');
    assert.equal(value(a.allocateNext()).toString(), '10.0.0.1/32', 'wraps around to the freed block');
    assert.equal(a.allocateNext().ok, false);
  });
  test('word-skipping in AllocateNext lands on the same block as the bit-by-bit search', () => {
    const a = mustCreate('10.0.0.0/8', 24);
    value(a.occupy(p('10.0.0.0/14'))); // 1024 blocks, 32 full words
    value(a.release(p('10.3.255.0/24'))); // the last one of them
    assert.equal(value(a.allocateNext()).toString(), '10.3.255.0/24');
    assert.equal(value(a.allocateNext()).toString(), '10.4.0.0/24');
  });
  test('a CIDR smaller than a node block occupies the whole block', () => {
    const a = mustCreate('10.0.0.0/16', 24);
    value(a.occupy(p('10.0.7.64/26')));
    assert.deepEqual(a.usedRanges(), [[7, 7]]);
  });
  test('a CIDR outside the cluster is refused with upstream text', () => {
    const r = mustCreate('10.0.0.0/16', 24).occupy(p('10.1.0.0/24'));
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'OUT_OF_CLUSTER_RANGE');
    assert.equal(r.error.message, 'cidr 10.1.0.0/24 is out the range of cluster cidr 10.0.0.0/16');
    const mixed = mustCreate('10.0.0.0/16', 24).occupy(p('fd00::/64'));
    assert.ok(!mixed.ok && mixed.error.code === 'OUT_OF_CLUSTER_RANGE');
  });
  test('node mask shorter than the cluster mask: the controller refuses to start', () => {
    const r = CidrSet.create(p('10.0.0.0/25'), 24);
    assert.ok(!r.ok);
    assert.equal(r.error.message, ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK);
  });
  test('IPv6 diff of exactly 16 bits is allowed; IPv4 has no limit', () => {
    assert.equal(mustCreate('fd00::/48', 64).maxCIDRs, 65536);
    assert.equal(mustCreate('10.0.0.0/8', 32).maxCIDRs, 2 ** 24);
  });
  test('quirk: a 0.0.0.0/0 cluster cut into /32s rejects every index (uint32(1<<32) == 0)', () => {
    const a = mustCreate('0.0.0.0/0', 32);
    const r = a.occupy(p('10.0.0.1/32'));
    assert.ok(!r.ok);
    assert.equal(r.error.message, 'CIDR: 10.0.0.1/32 is out of the range of CIDR allocator');
    assert.equal(value(a.allocateNext()).toString(), '0.0.0.0/32');
  });
});

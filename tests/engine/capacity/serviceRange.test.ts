// ClusterIP capacity, checked against kubernetes/kubernetes pkg/registry/core/service/ipallocator:
// bitmap_test.go (TestAllocate free counts and out-of-range addresses, TestAllocateTiny, TestAllocateSmall,
// TestAllocateReserved, TestClusterIPMetrics' IPv6 cap, Test_calculateRangeOffset), ipallocator.go
// (hostsPerNetwork, the /64 floor) and cmd/kube-apiserver/app/options/validation_test.go
// (TestValidateMaxCIDRRange's messages).
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  allocatableClusterIPs,
  calculateRangeOffset,
  serviceAllocatorFor,
  serviceRangeLimits,
  serviceRangeReport,
  type ServiceAllocator,
} from '../../../src/engine/capacity';
import { IpAddress, Prefix } from '../../../src/engine/net';

const P = (s: string) => Prefix.parse(s);

describe('calculateRangeOffset (Test_calculateRangeOffset)', () => {
  const cases: [string, string, number][] = [
    ['full mask IPv4', '192.168.1.1/32', 0],
    ['full mask IPv6', 'fd00::1/128', 0],
    ['very small mask IPv4', '192.168.1.1/30', 0],
    ['very small mask IPv6', 'fd00::1/126', 0],
    ['small mask IPv4', '192.168.1.1/28', 0],
    ['small mask IPv4', '192.168.1.1/27', 16],
    ['small mask IPv6', 'fd00::1/124', 0],
    ['small mask IPv6', 'fd00::1/122', 16],
    ['medium mask IPv4', '192.168.1.1/22', 64],
    ['medium mask IPv6', 'fd00::1/118', 64],
    ['large mask IPv4', '192.168.1.1/8', 256],
    ['large mask IPv6', 'fd00::1/12', 256],
  ];
  for (const [name, cidr, want] of cases) test(`${name} ${cidr}`, () => assert.equal(calculateRangeOffset(P(cidr)), want));
});

describe('allocatable ClusterIPs', () => {
  // bitmap_test.go TestAllocate: "free" right after NewInMemory.
  const bitmap: [string, bigint][] = [
    ['192.168.1.0/24', 254n],
    ['10.0.0.0/15', 131070n],
    ['2001:db8:1::/48', 65535n], // IPv6 bitmap capped at 2^16, network address excluded
    ['2001:db8::/112', 65535n], // TestClusterIPMetrics: 65271 free after 264 allocations
    ['192.168.1.0/32', 0n], // TestAllocateTiny
    ['192.168.1.240/30', 2n], // TestAllocateSmall: r.max == 2
  ];
  for (const [cidr, want] of bitmap) test(`bitmap ${cidr}`, () => assert.equal(allocatableClusterIPs(P(cidr), 'bitmap'), want));

  // ipallocator.go hostsPerNetwork: IPv4 2^x − 2, IPv6 2^x − 1 ("Use the broadcast address as last address for IPv6").
  const ipaddress: [string, bigint][] = [
    ['192.168.1.0/24', 254n],
    ['2001:db8:1::/48', (1n << 64n) - 1n], // ≥ 64 host bits: MaxUint64 (the allocator would refuse /48 anyway)
    ['2001:db8::/112', 65535n],
    ['2001:db8::/64', (1n << 64n) - 1n],
    ['192.168.1.0/32', 0n],
    ['192.168.1.0/31', 0n],
    ['2001:db8::1/128', 0n],
  ];
  for (const [cidr, want] of ipaddress) test(`ipaddress ${cidr}`, () => assert.equal(allocatableClusterIPs(P(cidr), 'ipaddress'), want));
});

describe('serviceRangeReport', () => {
  test('bands and usage (TestAllocateReserved: /25, static band 16 = .1–.16)', () => {
    const ips = ['192.168.1.1', '192.168.1.10', '192.168.1.16', '192.168.1.17', '192.168.1.126', '192.168.1.127', '192.168.1.0'].map((s) =>
      IpAddress.parse(s),
    );
    const r = serviceRangeReport(P('192.168.1.0/25'), 0, 'bitmap', ips);
    assert.equal(r.allocatable.value, '126');
    assert.deepEqual([r.staticBand.first, r.staticBand.last, r.staticBand.size.value], ['192.168.1.1', '192.168.1.16', '16']);
    assert.deepEqual([r.dynamicBand.first, r.dynamicBand.last, r.dynamicBand.size], ['192.168.1.17', '192.168.1.126', '110']);
    assert.deepEqual([r.used, r.usedStatic, r.usedDynamic], [5, 3, 2]);
    assert.deepEqual([r.free, r.freeStatic, r.freeDynamic], ['121', '13', '108']);
    // "192.168.1.0 reserved (base address)", ".127 reserved (broadcast address)" in TestAllocate's outOfRange.
    assert.deepEqual(r.unallocatableInUse, ['192.168.1.127', '192.168.1.0']);
  });

  test('an IPv6 address past the bitmap cap is never allocated ("not in the low 16 bits")', () => {
    const r = serviceRangeReport(P('2001:db8:1::/48'), 0, 'bitmap', [IpAddress.parse('2001:db8:1::1:0'), IpAddress.parse('2001:db8:1::ffff')]);
    assert.deepEqual(r.unallocatableInUse, ['2001:db8:1::1:0']);
    assert.equal(r.used, 1);
    assert.equal(r.lastAllocatable, '2001:db8:1::ffff');
  });

  test('the kubeadm default range 10.96.0.0/12', () => {
    const r = serviceRangeReport(P('10.96.0.0/12'), 0, 'ipaddress', [IpAddress.parse('10.96.0.1'), IpAddress.parse('10.96.0.10')]);
    assert.deepEqual(
      [r.size.value, r.allocatable.value, r.staticBand.last, r.dynamicBand.first, r.usedStatic, r.free],
      ['1048576', '1048574', '10.96.1.0', '10.96.1.1', 2, '1048572'],
    );
  });
});

describe('API server limits (validateMaxCIDRRange, NewIPAllocator)', () => {
  const msgs = (cidr: string, allocator: ServiceAllocator, index = 0) =>
    serviceRangeLimits(P(cidr), index, allocator)
      .filter((l) => !l.ok)
      .map((l) => l.message);
  test('TestValidateMaxCIDRRange', () => {
    assert.deepEqual(msgs('10.92.0.0/12', 'bitmap'), []);
    assert.deepEqual(msgs('3000::/108', 'bitmap'), []);
    assert.deepEqual(msgs('10.92.0.0/8', 'bitmap'), ['specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12']);
    assert.deepEqual(msgs('3000::/64', 'dual-write'), ['specified --service-cluster-ip-range is too large; for 128-bit addresses, the mask must be >= 108']);
    assert.deepEqual(msgs('3000::/64', 'bitmap', 1), ['specified --service-cluster-ip-range[1] is too large; for 128-bit addresses, the mask must be >= 108']);
  });
  test('1.34+: no size limit from the flags, IPv6 floor /64', () => {
    assert.deepEqual(msgs('10.0.0.0/8', 'ipaddress'), []);
    assert.deepEqual(msgs('2001:db8::/64', 'ipaddress'), []);
    assert.deepEqual(msgs('2001:db8::/48', 'ipaddress'), ['shortest allowed prefix length for service CIDR is 64, got 48']);
  });
  test('feature-gate defaults per minor version', () => {
    assert.deepEqual([32, 33, 34, 35].map(serviceAllocatorFor), ['bitmap', 'dual-write', 'ipaddress', 'ipaddress']);
  });
});

/**
 * The address plan and the allocator arithmetic it mirrors. Expected values for the range offsets are
 * upstream's own tables: kubernetes/kubernetes pkg/registry/core/service/ipallocator/bitmap_test.go and
 * pkg/registry/core/service/portallocator/allocator_test.go (Test_calculateRangeOffset).
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Prefix } from '../../../src/engine/net';
import {
  ceilLog2,
  loadBalancerAddress,
  nodePort,
  nodePortOffset,
  podAddress,
  podCidrV4,
  podCidrV6,
  serviceAddress,
  serviceRange,
  serviceRangeOffset,
  subnetCidrV4,
  subnetCidrV6,
  underlayPlan,
  DNS_SERVICE_INDEX,
  KUBERNETES_SERVICE_INDEX,
} from '../../../src/engine/generate/addressPlan';

describe('service range offset (KEP-3070 static band)', () => {
  // bitmap_test.go Test_calculateRangeOffset: CIDR → want. Our function takes the CIDR's size.
  const cases: Array<[string, number]> = [
    ['192.168.1.1/32', 0], ['fd00::1/128', 0], ['192.168.1.1/30', 0], ['fd00::1/126', 0], ['192.168.1.1/28', 0],
    ['192.168.1.1/27', 16], ['fd00::1/124', 0], ['fd00::1/122', 16], ['192.168.1.1/22', 64], ['fd00::1/118', 64],
    ['192.168.1.1/8', 256], ['fd00::1/12', 256],
  ];
  for (const [cidr, want] of cases) {
    test(cidr, () => {
      const p = Prefix.parse(cidr);
      assert.equal(serviceRangeOffset(2 ** (p.bits - p.length)), want);
    });
  }
});

describe('nodePort range offset', () => {
  // portallocator allocator_test.go Test_calculateRangeOffset: size → want.
  for (const [size, want] of [[2768, 86], [10, 0], [16, 0], [128, 16], [2048, 64], [4096, 128]] as const) {
    test(`size ${size}`, () => assert.equal(nodePortOffset(size), want));
  }
  test('sequential nodePorts: the upper band 30086–32767, then the lower 30000–30085', () => {
    assert.deepEqual([0, 1, 2681, 2682, 2767].map(nodePort), [30086, 30087, 32767, 30000, 30085]);
  });
});

describe('service ranges', () => {
  test('kubeadm defaults: 10.96.0.0/12, kubernetes at .1, kube-dns at .10, dynamic band from 10.96.1.1', () => {
    const r = serviceRange('IPv4', 1)!;
    assert.equal(r.prefix.toString(), '10.96.0.0/12');
    // kubeadm DefaultServicesSubnet "10.96.0.0/12", DefaultClusterDNSIP "10.96.0.10" (apis/kubeadm/v1beta*/defaults.go)
    assert.equal(serviceAddress(r, KUBERNETES_SERVICE_INDEX), '10.96.0.1');
    assert.equal(serviceAddress(r, DNS_SERVICE_INDEX), '10.96.0.10');
    assert.equal(serviceAddress(r, r.dynamicStart), '10.96.1.1'); // first usable + 256
    // bitmap.go: a /12 has 2^20 − 2 usable addresses (BenchmarkAllocateNextIPv4Size1048574), 256 of them static.
    assert.equal(r.dynamicSize, 1048574 - 256);
  });

  test('widens only when the dynamic band is too small, never into the pod range', () => {
    const table: Array<[number, string]> = [
      [1048318, '10.96.0.0/12'],
      [1048319, '10.96.0.0/11'],
      [2 ** 21, '10.64.0.0/10'],
      [2 ** 22, '10.0.0.0/9'],
    ];
    for (const [needed, cidr] of table) assert.equal(serviceRange('IPv4', needed)?.prefix.toString(), cidr, String(needed));
    assert.equal(serviceRange('IPv4', 2 ** 23), null);
  });

  test('IPv6: fd00:10:96::/108, the broadcast-free family keeps its last address', () => {
    const r = serviceRange('IPv6', 10)!;
    assert.equal(r.prefix.toString(), 'fd00:10:96::/108');
    assert.equal(r.dynamicSize, 2 ** 20 - 1 - 256); // ipallocator.go: IPv6 uses the last address
    assert.equal(serviceAddress(r, r.dynamicStart), 'fd00:10:96::101');
    assert.equal(serviceRange('IPv6', 2 ** 20)?.prefix.toString(), 'fd00:10:96::/107');
  });
});

describe('pod ranges: one /24 (IPv4) or /64 (IPv6) per node, never smaller than /16 or /56', () => {
  const table: Array<[number, string, string]> = [
    [1, '10.128.0.0/16', 'fd00:10:244::/56'],
    [256, '10.128.0.0/16', 'fd00:10:244::/56'],
    [257, '10.128.0.0/15', 'fd00:10:244::/55'],
    [5000, '10.128.0.0/11', 'fd00:10:244::/51'],
    [32768, '10.128.0.0/9', 'fd00:10:244::/49'],
  ];
  for (const [nodes, v4, v6] of table) {
    test(`${nodes} nodes`, () => {
      assert.equal(podCidrV4(nodes).toString(), v4);
      assert.equal(podCidrV6(nodes).toString(), v6);
    });
  }
  test('host-local addresses: offset from the node block, RFC 5952 for IPv6', () => {
    assert.equal(podAddress(Prefix.parse('10.128.44.0/24'), 2), '10.128.44.2');
    assert.equal(podAddress(Prefix.parse('fd00:10:244::/64'), 2), 'fd00:10:244::2');
    assert.equal(podAddress(Prefix.parse('fd00:10:244:12c::/64'), 111), 'fd00:10:244:12c::6f');
  });
});

describe('underlay subnets', () => {
  const table: Array<[number, number, number]> = [
    [3, 1, 24], // at least /24
    [600, 3, 24], // 200 nodes + .0–.9 + 2 spare = 212 ≤ 256
    [5000, 20, 23], // 250 + 12 = 262 > 256
    [5000, 1, 19],
    [32768, 4096, 24], // exactly 2^20 addresses: fills 172.16.0.0/12
  ];
  for (const [nodes, subnets, length] of table) {
    test(`${nodes} nodes in ${subnets} subnets → /${length}`, () => assert.equal(underlayPlan(nodes, subnets)?.length, length));
  }
  test('too many subnets for 172.16.0.0/12', () => assert.equal(underlayPlan(32768, 4097), null));
  test('subnet k is the k-th block; IPv6 subnets are /64s', () => {
    assert.equal(subnetCidrV4(underlayPlan(5000, 20)!, 1).toString(), '172.16.2.0/23');
    assert.equal(subnetCidrV4(underlayPlan(5000, 20)!, 19).toString(), '172.16.38.0/23');
    assert.equal(subnetCidrV6(0).toString(), 'fd00:172:16::/64');
    assert.equal(subnetCidrV6(10).toString(), 'fd00:172:16:a::/64');
  });
});

test('load-balancer addresses: RFC 5737 blocks .1–.254 in turn, then RFC 2544', () => {
  assert.deepEqual([0, 253, 254, 507, 508, 761, 762, 763].map(loadBalancerAddress), [
    '203.0.113.1', '203.0.113.254', '198.51.100.1', '198.51.100.254', '192.0.2.1', '192.0.2.254', '198.18.0.1', '198.18.0.2',
  ]);
});

test('ceilLog2', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 256, 257].map(ceilLog2), [0, 1, 2, 2, 3, 8, 9]);
});

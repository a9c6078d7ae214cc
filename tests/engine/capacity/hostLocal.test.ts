// The CNI host-local plugin's default range, from containernetworking/plugins
// plugins/ipam/host-local/backend/allocator/range_test.go ("should generate sane defaults ...",
// "Should reject a network that's too small") plus the gateway skip of allocator.go's RangeIter.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { hostLocalLengthFor, hostLocalRange } from '../../../src/engine/capacity';
import { Prefix } from '../../../src/engine/net';

describe('hostLocalRange', () => {
  const cases: [name: string, subnet: string, start: string, end: string, gateway: string, usable: bigint][] = [
    ['ipv4 with a clean prefix', '192.0.2.0/24', '192.0.2.1', '192.0.2.254', '192.0.2.1', 253n],
    ['a smaller ipv4 subnet', '192.0.2.0/25', '192.0.2.1', '192.0.2.126', '192.0.2.1', 125n],
    // range_test.go compares net.IPs; our text is RFC 5952, which leaves a single zero group uncompressed.
    ['ipv6 with a clean prefix', '2001:db8:1::/64', '2001:db8:1::1', '2001:db8:1:0:ffff:ffff:ffff:ffff', '2001:db8:1::1', (1n << 64n) - 2n],
    ['the smallest ipv4 range', '192.0.2.0/30', '192.0.2.1', '192.0.2.2', '192.0.2.1', 1n],
    ['the smallest ipv6 range', '2001:db8::/126', '2001:db8::1', '2001:db8::3', '2001:db8::1', 2n],
  ];
  for (const [name, subnet, start, end, gateway, usable] of cases) {
    test(name, () => {
      const r = hostLocalRange(Prefix.parse(subnet));
      assert.ok(r.ok);
      assert.deepEqual([r.rangeStart, r.rangeEnd, r.gateway, r.usable], [start, end, gateway, usable]);
    });
  }

  test("a network that's too small", () => {
    assert.deepEqual(hostLocalRange(Prefix.parse('192.0.2.0/31')), {
      ok: false,
      subnet: '192.0.2.0/31',
      message: 'Network 192.0.2.0/31 too small to allocate from',
    });
    assert.equal(hostLocalRange(Prefix.parse('2001:db8::/127')).ok, false);
  });
});

test('hostLocalLengthFor: smallest block with enough pod addresses', () => {
  // 110 pods: /25 gives 125, /26 gives 61. 253 pods: /24 exactly. 254 pods: /23.
  assert.deepEqual([110, 61, 62, 253, 254, 1].map((n) => hostLocalLengthFor('IPv4', n)), [25, 26, 25, 24, 23, 30]);
  assert.equal(hostLocalLengthFor('IPv6', 110), 121);
  assert.equal(hostLocalLengthFor('IPv4', 2 ** 33), undefined);
});

import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { encapsulation, perPacketOverhead } from '../../../src/engine/overlay';
import type { IpFamily, OverlayMode } from '../../../src/engine/model/topology';

describe('encapsulation: bytes per packet by mode and outer family', () => {
  const cases: { name: string; mode: OverlayMode; family: IpFamily; bytes: number; layers: number[] }[] = [
    // RFC 7348 §5: IP + UDP 8 + VXLAN 8 + inner Ethernet 14.
    { name: 'VXLAN over IPv4 is 50 (RFC 7348)', mode: 'vxlan', family: 'IPv4', bytes: 50, layers: [20, 8, 8, 14] },
    { name: 'VXLAN over IPv6 is 70', mode: 'vxlan', family: 'IPv6', bytes: 70, layers: [40, 8, 8, 14] },
    // RFC 8926 §3.4: base header 8, no options.
    { name: 'Geneve over IPv4 without options is 50 (RFC 8926)', mode: 'geneve', family: 'IPv4', bytes: 50, layers: [20, 8, 8, 14] },
    { name: 'Geneve over IPv6 without options is 70', mode: 'geneve', family: 'IPv6', bytes: 70, layers: [40, 8, 8, 14] },
    // RFC 2003 §3.1 / RFC 2473 §4.1.1 (+8 encapsulation-limit option, Cilium IPIPv6Overhead 48).
    { name: 'IP-in-IP over IPv4 is 20 (RFC 2003)', mode: 'ipip', family: 'IPv4', bytes: 20, layers: [20] },
    { name: 'IP-in-IPv6 is 48 (RFC 2473 with the encapsulation limit option)', mode: 'ipip', family: 'IPv6', bytes: 48, layers: [40, 8] },
    // WireGuard whitepaper §5.4.6: 16 header + 16 tag, in UDP, in IP.
    { name: 'WireGuard over IPv4 is 60', mode: 'wireguard', family: 'IPv4', bytes: 60, layers: [20, 8, 16, 16] },
    { name: 'WireGuard over IPv6 is 80', mode: 'wireguard', family: 'IPv6', bytes: 80, layers: [40, 8, 16, 16] },
    // flannel udp backend: encapOverhead = 28 (IPv4 + UDP).
    { name: 'flannel udp over IPv4 is 28', mode: 'udp', family: 'IPv4', bytes: 28, layers: [20, 8] },
    // flannel ipsec_network.go / cilium pkg/mtu: 77 with worst-case padding.
    { name: 'IPsec ESP over IPv4 is 77 (flannel, Cilium)', mode: 'ipsec', family: 'IPv4', bytes: 77, layers: [20, 4, 4, 16, 15, 1, 1, 16] },
    { name: 'IPsec ESP over IPv6 is 97', mode: 'ipsec', family: 'IPv6', bytes: 97, layers: [40, 4, 4, 16, 15, 1, 1, 16] },
    { name: 'none adds nothing', mode: 'none', family: 'IPv4', bytes: 0, layers: [] },
    { name: 'host-gw adds nothing', mode: 'host-gw', family: 'IPv6', bytes: 0, layers: [] },
    { name: 'bgp adds nothing', mode: 'bgp', family: 'IPv4', bytes: 0, layers: [] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const e = encapsulation(c.mode, c.family);
      assert.equal(e.bytes, c.bytes);
      assert.deepEqual(e.layers.map((l) => l.bytes), c.layers);
      assert.equal(e.outerFamily, c.family);
      for (const l of e.layers) assert.ok(l.source.length > 0, `layer ${l.layer} cites a source`);
    });
  }

  test('only IPsec is marked inexact (padding depends on the packet and cipher)', () => {
    const inexact = (['vxlan', 'geneve', 'ipip', 'wireguard', 'udp', 'ipsec', 'none'] as const).filter((m) => !encapsulation(m, 'IPv4').exact);
    assert.deepEqual(inexact, ['ipsec']);
  });

  test('Geneve options add to the base header; Cilium DSR option is 12 → 62', () => {
    const e = encapsulation('geneve', 'IPv4', { geneveOptionBytes: 12 });
    assert.equal(e.bytes, 62);
    assert.deepEqual(e.layers.map((l) => l.layer), ['outer IPv4 header', 'outer UDP header', 'Geneve base header', 'Geneve options', 'inner Ethernet header']);
  });

  const badOptions = [3, -4, 256];
  for (const bad of badOptions) {
    test(`Geneve option length ${bad} is refused (multiple of 4, at most 252)`, () => {
      assert.throws(() => encapsulation('geneve', 'IPv4', { geneveOptionBytes: bad }), RangeError);
    });
  }
});

describe('perPacketOverhead: WireGuard padding as Linux computes it', () => {
  const wg = encapsulation('wireguard', 'IPv4');
  const cases: { name: string; size: number; mtu: number | null; expected: number }[] = [
    { name: 'a multiple of 16 is not padded', size: 1440, mtu: null, expected: 60 },
    { name: '1000 bytes pad to 1008', size: 1000, mtu: null, expected: 68 },
    { name: '1 byte pads to 16', size: 1, mtu: null, expected: 75 },
    { name: 'a packet exactly at the tunnel MTU is not padded (1420 < ALIGN = 1424)', size: 1420, mtu: 1420, expected: 60 },
    { name: 'padding stops at the tunnel MTU: 1418 → 1420, not 1424', size: 1418, mtu: 1420, expected: 62 },
    { name: 'well below the MTU the padding is the plain alignment', size: 100, mtu: 1420, expected: 72 },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(perPacketOverhead(wg, c.size, c.mtu), c.expected));
  }

  test('other modes have a fixed overhead whatever the size', () => {
    const vx = encapsulation('vxlan', 'IPv6');
    assert.deepEqual([1, 1000, 1430].map((s) => perPacketOverhead(vx, s, 1430)), [70, 70, 70]);
  });
});

import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { encapsulation, packetOutcome, type PacketPath } from '../../../src/engine/overlay';

const vxlan4 = encapsulation('vxlan', 'IPv4');
const vxlan6 = encapsulation('vxlan', 'IPv6');
const wg4 = encapsulation('wireguard', 'IPv4');
const base: PacketPath = { packetSize: 1450, family: 'IPv4', podMtu: 1450, pathMtu: 1500, encapsulated: true, encapsulation: vxlan4, dontFragment: true };

describe('packetOutcome: fits, fragmented or MTU_EXCEEDED, and what it costs', () => {
  const cases: { name: string; path: Partial<PacketPath>; fate: string; limit: number; fragments: number; wire: number; efficiency: number | null; limitedBy?: string | null }[] = [
    { name: 'full-size VXLAN packet on a 1500 path: 1450 in 1500', path: {}, fate: 'fits', limit: 1450, fragments: 1, wire: 1500, efficiency: 0.966667 },
    { name: 'a 1000-byte packet pays the same 50', path: { packetSize: 1000 }, fate: 'fits', limit: 1450, fragments: 1, wire: 1050, efficiency: 0.952381 },
    { name: 'unencapsulated full-size packet', path: { podMtu: 1500, packetSize: 1500, encapsulated: false }, fate: 'fits', limit: 1500, fragments: 1, wire: 1500, efficiency: 1 },
    {
      name: 'a path of 1400 under a 1450 pod MTU drops DF packets (limit 1350)',
      path: { pathMtu: 1400 },
      fate: 'MTU_EXCEEDED',
      limit: 1350,
      fragments: 0,
      wire: 0,
      efficiency: null,
      limitedBy: 'path-mtu',
    },
    {
      // 1430 payload bytes → 1328 + 102; each fragment 20-byte header + 50 VXLAN: (1348+50) + (122+50).
      name: 'without DF the IPv4 packet is split in two fragments of the 1350 limit',
      path: { pathMtu: 1400, dontFragment: false },
      fate: 'fragmented',
      limit: 1350,
      fragments: 2,
      wire: 1570,
      efficiency: 0.923567,
      limitedBy: 'path-mtu',
    },
    {
      name: 'IPv6 is never fragmented on the way: dropped even without DF',
      path: { family: 'IPv6', encapsulation: vxlan6, podMtu: 1430, packetSize: 1430, pathMtu: 1480, dontFragment: false },
      fate: 'MTU_EXCEEDED',
      limit: 1410,
      fragments: 0,
      wire: 0,
      efficiency: null,
      limitedBy: 'path-mtu',
    },
    {
      // The sending pod fragments: 40 + 8 (Fragment header) + 1376 per fragment; 1960 payload → 1376 + 584:
      // (1424 + 70) + (632 + 70).
      name: 'an IPv6 packet over the pod MTU is fragmented by the sender without DF',
      path: { family: 'IPv6', encapsulation: vxlan6, podMtu: 1430, packetSize: 2000, dontFragment: false },
      fate: 'fragmented',
      limit: 1430,
      fragments: 2,
      wire: 2196,
      efficiency: 0.910747,
      limitedBy: 'pod-mtu',
    },
    { name: 'a DF packet over the pod MTU is refused at the sender', path: { packetSize: 1451 }, fate: 'MTU_EXCEEDED', limit: 1450, fragments: 0, wire: 0, efficiency: null, limitedBy: 'pod-mtu' },
    { name: 'WireGuard at the device MTU is not padded: 1440 + 60', path: { encapsulation: wg4, podMtu: 1440, packetSize: 1440 }, fate: 'fits', limit: 1440, fragments: 1, wire: 1500, efficiency: 0.96 },
    { name: 'WireGuard pads 1000 to 1008: + 68', path: { encapsulation: wg4, podMtu: 1440, packetSize: 1000 }, fate: 'fits', limit: 1440, fragments: 1, wire: 1068, efficiency: 0.93633 },
    { name: "Weave's documented 84-byte headroom: 1376 fits a 1460 path exactly", path: { podMtu: 1376, packetSize: 1376, pathMtu: 1460, headroomOverride: 84 }, fate: 'fits', limit: 1376, fragments: 1, wire: 1460, efficiency: 0.942466 },
    {
      name: 'Weave on a 1450 path (OpenStack): limit 1366, a full 1376 packet is dropped',
      path: { podMtu: 1376, packetSize: 1376, pathMtu: 1450, headroomOverride: 84 },
      fate: 'MTU_EXCEEDED',
      limit: 1366,
      fragments: 0,
      wire: 0,
      efficiency: null,
      limitedBy: 'path-mtu',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const o = packetOutcome({ ...base, ...c.path });
      assert.deepEqual(
        { fate: o.fate, limit: o.limit, fragments: o.fragments, wire: o.wireBytes, efficiency: o.efficiency },
        { fate: c.fate, limit: c.limit, fragments: c.fragments, wire: c.wire, efficiency: c.efficiency },
      );
      if (c.limitedBy !== undefined) assert.equal(o.limitedBy, c.limitedBy);
    });
  }

  test('WireGuard limit on a tight path accounts for padding (1443 would pad to 1448 > 1500 − 60)', () => {
    // pod MTU 1500 (misconfigured), path 1500: 1440 + 60 = 1500 fits; 1441..1455 would pad to 1456.
    const o = packetOutcome({ ...base, encapsulation: wg4, podMtu: 1500, packetSize: 1443 });
    assert.deepEqual([o.fate, o.limit], ['MTU_EXCEEDED', 1440]);
  });

  for (const bad of [0, -1, 1.5]) {
    test(`packet size ${bad} is refused`, () => assert.throws(() => packetOutcome({ ...base, packetSize: bad }), RangeError));
  }
});

import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { podMtu } from '../../../src/engine/overlay';
import type { CniPlugin, IpFamily, OverlayMode } from '../../../src/engine/model/topology';

const mtu = (plugin: CniPlugin, overlay: OverlayMode, hostMtu: number, families: IpFamily[] = ['IPv4'], underlayFamily?: IpFamily) =>
  podMtu({ plugin, overlay, hostMtu, families, underlayFamily }).mtu;

describe('Calico: the "Common MTU sizes" table of calico/networking/mtu.md', () => {
  // Network MTU → [none, IP-in-IP (IPv4), VXLAN (IPv4), VXLAN (IPv6), WireGuard (IPv4), WireGuard (IPv6)].
  // The AKS row depends on Felix's KubernetesProvider and is not modeled.
  const table: [string, number, number[]][] = [
    ['1500', 1500, [1500, 1480, 1450, 1430, 1440, 1420]],
    ['9000', 9000, [9000, 8980, 8950, 8930, 8940, 8920]],
    ['1460 (GCE)', 1460, [1460, 1440, 1410, 1390, 1400, 1380]],
    ['9001 (AWS jumbo)', 9001, [9001, 8981, 8951, 8931, 8941, 8921]],
    ['1450 (OpenStack VXLAN)', 1450, [1450, 1430, 1400, 1380, 1390, 1370]],
  ];
  for (const [name, host, expected] of table) {
    test(`network MTU ${name}`, () => {
      const got = [
        mtu('calico', 'bgp', host),
        mtu('calico', 'ipip', host),
        mtu('calico', 'vxlan', host, ['IPv4']),
        mtu('calico', 'vxlan', host, ['IPv6']),
        mtu('calico', 'wireguard', host, ['IPv4']),
        mtu('calico', 'wireguard', host, ['IPv6']),
      ];
      assert.deepEqual(got, expected);
    });
  }

  test('dual-stack takes the smallest enabled encapsulation (determinePodMTU): VXLAN 1430, WireGuard 1420', () => {
    assert.equal(mtu('calico', 'vxlan', 1500, ['IPv4', 'IPv6']), 1430);
    assert.equal(mtu('calico', 'wireguard', 1500, ['IPv4', 'IPv6']), 1420);
  });

  test('IP-in-IP is IPv4 only: an IPv6-only cluster keeps the host MTU and says why', () => {
    const r = podMtu({ plugin: 'calico', overlay: 'ipip', hostMtu: 1500, families: ['IPv6'] });
    assert.equal(r.mtu, 1500);
    assert.ok(r.notes.some((n) => n.includes('IPv4 only')));
  });

  test('the rule names the numbers and cites Felix', () => {
    const r = podMtu({ plugin: 'calico', overlay: 'vxlan', hostMtu: 1500, families: ['IPv4'] });
    assert.equal(r.rule, 'host MTU 1500 − 50 (Calico VXLAN, IPv4)');
    assert.ok(r.sources.some((s) => s.includes('felix/dataplane/linux/int_dataplane.go')));
  });

  for (const mode of ['ipsec', 'geneve', 'udp'] as const) {
    test(`Calico has no ${mode}: the MTU is unknown, not guessed`, () => {
      const r = podMtu({ plugin: 'calico', overlay: mode, hostMtu: 1500, families: ['IPv4'] });
      assert.equal(r.mtu, null);
      assert.match(r.rule, /does not offer/);
    });
  }
});

describe('flannel: the backends\' MTU() as the code computes it', () => {
  const cases: { name: string; mode: OverlayMode; host: number; families?: IpFamily[]; expected: number | null }[] = [
    { name: 'vxlan: MTU − 50 (vxlan_network.go encapOverhead)', mode: 'vxlan', host: 1500, expected: 1450 },
    { name: 'vxlan on jumbo frames', mode: 'vxlan', host: 9001, expected: 8951 },
    // flannel subtracts 50 for the IPv6 device too (device.go; flannel-io/flannel#1781) — not 70.
    { name: 'vxlan IPv6: still MTU − 50', mode: 'vxlan', host: 1500, families: ['IPv6'], expected: 1450 },
    { name: 'udp: MTU − 28 (IPv4 + UDP)', mode: 'udp', host: 1500, expected: 1472 },
    { name: 'host-gw: the interface MTU', mode: 'host-gw', host: 1500, expected: 1500 },
    { name: 'none is host-gw', mode: 'none', host: 9001, expected: 9001 },
    { name: 'wireguard: MTU − 80 for both families', mode: 'wireguard', host: 1500, expected: 1420 },
    { name: 'wireguard IPv6: MTU − 80', mode: 'wireguard', host: 1500, families: ['IPv6'], expected: 1420 },
    { name: 'ipsec: MTU − 77 (ipsecOverhead, UDPEncap off)', mode: 'ipsec', host: 1500, expected: 1423 },
    { name: 'ipip: MTU − 20', mode: 'ipip', host: 1500, expected: 1480 },
    { name: 'geneve: not a flannel backend', mode: 'geneve', host: 1500, expected: null },
    { name: 'bgp: not a flannel backend', mode: 'bgp', host: 1500, expected: null },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(mtu('flannel', c.mode, c.host, c.families ?? ['IPv4']), c.expected));
  }

  test('the IPv6 VXLAN shortfall is stated in the notes', () => {
    const r = podMtu({ plugin: 'flannel', overlay: 'vxlan', hostMtu: 1500, families: ['IPv4', 'IPv6'] });
    assert.ok(r.notes.some((n) => n.includes('#1781')));
  });
});

describe('Cilium: pkg/mtu route MTU', () => {
  const cases: { name: string; mode: OverlayMode; underlay?: IpFamily; expected: number }[] = [
    { name: 'VXLAN over IPv4: 1500 − 50', mode: 'vxlan', expected: 1450 },
    { name: 'Geneve over IPv4: 1500 − 50', mode: 'geneve', expected: 1450 },
    { name: 'VXLAN over an IPv6 underlay: 1500 − 70', mode: 'vxlan', underlay: 'IPv6', expected: 1430 },
    { name: 'WireGuard (v1.20+): 1500 − 95', mode: 'wireguard', expected: 1405 },
    { name: 'IPsec with the default 16-byte key: 1500 − 77', mode: 'ipsec', expected: 1423 },
    { name: 'native routing: the host MTU', mode: 'none', expected: 1500 },
    { name: 'native routing with BGP: the host MTU', mode: 'bgp', expected: 1500 },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(mtu('cilium', c.mode, 1500, ['IPv4'], c.underlay), c.expected));
  }

  test('eth0 keeps the host MTU; the route MTU carries the overhead', () => {
    const r = podMtu({ plugin: 'cilium', overlay: 'vxlan', hostMtu: 9001, families: ['IPv4'] });
    assert.deepEqual([r.deviceMtu, r.mtu], [9001, 8951]);
  });

  test('an IPv6-only pod network defaults to the IPv6 underlay', () => assert.equal(mtu('cilium', 'geneve', 1500, ['IPv6']), 1430));
  test('IP-in-IP is not a Cilium pod overlay', () => assert.equal(mtu('cilium', 'ipip', 1500), null));
});

describe('plugins with fixed or host-derived MTUs', () => {
  test('Weave Net: 1376 whatever the host MTU, with its documented 84-byte headroom', () => {
    const r = podMtu({ plugin: 'weave', overlay: 'vxlan', hostMtu: 9001, families: ['IPv4'] });
    assert.deepEqual([r.mtu, r.pathHeadroom, r.exact], [1376, 84, false]);
  });
  test('aws-vpc-cni: AWS_VPC_ENI_MTU default 9001', () => assert.equal(mtu('aws-vpc-cni', 'none', 1500), 9001));
  test('kubenet: the host MTU', () => assert.equal(mtu('kubenet', 'none', 1460), 1460));
  test('bridge without "mtu": the kernel veth default 1500, even on jumbo frames', () => assert.equal(mtu('bridge', 'host-gw', 9001), 1500));
  test('generic VXLAN: host − header stack (50)', () => assert.equal(mtu('generic', 'vxlan', 1500), 1450));
  test('generic dual-stack WireGuard: the larger IPv6 stack wins (80)', () => assert.equal(mtu('generic', 'wireguard', 1500, ['IPv4', 'IPv6']), 1420));
  test('generic routed: the host MTU', () => assert.equal(mtu('generic', 'bgp', 1500), 1500));
});

describe('explicit cni.mtu', () => {
  test('wins over the derived value, which stays visible', () => {
    const r = podMtu({ plugin: 'calico', overlay: 'vxlan', hostMtu: 9001, families: ['IPv4'], explicitMtu: 1400 });
    assert.deepEqual([r.mtu, r.deviceMtu, r.derivedMtu, r.explicit], [1400, 1400, 8951, true]);
    assert.match(r.rule, /^cni\.mtu 1400 \(explicit; calico would derive: host MTU 9001 − 50/);
  });
  test('makes an unknown rule known', () => {
    const r = podMtu({ plugin: 'calico', overlay: 'ipsec', hostMtu: 1500, families: ['IPv4'], explicitMtu: 1400 });
    assert.deepEqual([r.mtu, r.derivedMtu], [1400, null]);
  });
});

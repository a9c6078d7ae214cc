/**
 * The pod MTU each CNI plugin configures, reproducing the plugins' own rules (their code where it exists,
 * their docs otherwise). Every result carries the formula with its numbers and the sources, so the answer
 * can be checked against a real cluster's `ip link` / `ip route` output.
 *
 * "Pod MTU" is the largest IP packet a pod sends without fragmenting: the veth MTU, or for Cilium the MTU
 * of the routes in the pod's namespace (Cilium leaves eth0 at the host MTU and lowers the route MTU;
 * `deviceMtu` keeps both visible). Where the upstream rule is unknown, `mtu` is null: nothing is guessed.
 */
import type { CniPlugin, IpFamily, OverlayMode } from '../model/topology';
import { encapsulation, isEncapsulating } from './encapsulation';
import { familyCarriage, modeOffered, outerFamily } from './plugins';
import { SOURCES } from './sources';

export interface PodMtuInput {
  readonly plugin: CniPlugin;
  readonly overlay: OverlayMode;
  /** The node's underlay interface MTU (what Calico/Cilium auto-detect and flannel reads from --iface). */
  readonly hostMtu: number;
  /** The pod network's families; rules that differ by family take the smallest result (one veth MTU). */
  readonly families: readonly IpFamily[];
  /** Cilium's tunnel underlay family; default IPv4 when the pod network has IPv4, else IPv6. */
  readonly underlayFamily?: IpFamily;
  /** cni.mtu: wins over the derived value. */
  readonly explicitMtu?: number | null;
}

export interface PodMtu {
  /** The MTU pods send with; null when the rule is unknown and nothing was set explicitly. */
  readonly mtu: number | null;
  /** The MTU of the pod's eth0 (differs from `mtu` only for Cilium's route-MTU scheme). */
  readonly deviceMtu: number | null;
  /** What the plugin itself would configure, before any cni.mtu. */
  readonly derivedMtu: number | null;
  readonly explicit: boolean;
  /** The rule with its numbers, e.g. "host MTU 1500 − 50 (Calico VXLAN, IPv4 outer)". */
  readonly rule: string;
  readonly sources: readonly string[];
  /** false when the plugin documents an approximation rather than an exact rule. */
  readonly exact: boolean;
  /** Bytes the plugin says the underlay must carry beyond `mtu`, when it documents its own figure (Weave: 84); else null. */
  readonly pathHeadroom: number | null;
  readonly notes: readonly string[];
}

interface Derived {
  readonly mtu: number | null;
  readonly deviceMtu?: number | null;
  readonly rule: string;
  readonly sources: readonly string[];
  readonly exact?: boolean;
  readonly pathHeadroom?: number | null;
  readonly notes?: readonly string[];
}

const hasV4 = (families: readonly IpFamily[]): boolean => families.includes('IPv4');

function unknownRule(plugin: CniPlugin, mode: OverlayMode, sources: readonly string[]): Derived {
  return { mtu: null, rule: `${plugin} does not offer overlay mode "${mode}": no MTU rule`, sources };
}

function routed(h: number, who: string, source: string): Derived {
  return { mtu: h, rule: `host MTU ${h} (${who}: no encapsulation)`, sources: [source] };
}

/** Subtract the largest per-family overhead: one veth MTU must suit every family the pods use. */
function subtractWorst(h: number, perFamily: readonly (readonly [IpFamily, number])[], label: string, sources: readonly string[]): Derived {
  let worst: readonly [IpFamily, number] | undefined;
  for (const entry of perFamily) if (worst === undefined || entry[1] > worst[1]) worst = entry;
  if (worst === undefined) return { mtu: h, rule: `host MTU ${h} (${label} not used by any pod family)`, sources };
  const others = perFamily.length > 1 ? '; the smallest of the enabled encapsulations wins' : '';
  return { mtu: h - worst[1], rule: `host MTU ${h} − ${worst[1]} (${label}, ${worst[0]}${others})`, sources };
}

function calico(input: PodMtuInput): Derived {
  const h = input.hostMtu;
  const src = [SOURCES.calicoFelix, SOURCES.calicoDocs];
  // ConfigureDefaultMTUs derives one MTU per encapsulation and family from the host MTU; determinePodMTU
  // takes the smallest enabled one, or the host MTU when none is enabled.
  const pick = (v4: number, v6: number): (readonly [IpFamily, number])[] =>
    input.families.map((f) => [f, f === 'IPv4' ? v4 : v6] as const);
  switch (input.overlay) {
    case 'none':
    case 'host-gw':
    case 'bgp':
      return routed(h, 'Calico, no encapsulation enabled', SOURCES.calicoFelix);
    case 'ipip':
      if (!hasV4(input.families)) return { mtu: h, rule: `host MTU ${h} (Calico IP-in-IP carries IPv4 only; no IPv4 pods)`, sources: src };
      return subtractWorst(h, [['IPv4', 20]], 'Calico IP-in-IP', src);
    case 'vxlan':
      return subtractWorst(h, pick(50, 70), 'Calico VXLAN', src);
    case 'wireguard':
      return subtractWorst(h, pick(60, 80), 'Calico WireGuard', src);
    default:
      return unknownRule('calico', input.overlay, [SOURCES.calicoDocs]);
  }
}

function flannel(input: PodMtuInput): Derived {
  const h = input.hostMtu;
  const v6 = input.families.includes('IPv6');
  switch (input.overlay) {
    case 'none':
    case 'host-gw':
      return routed(h, 'flannel host-gw', SOURCES.flannelHostGw);
    case 'vxlan':
      // encapOverhead is 50 whatever the family: flannel-v6.1 gets the same MTU as flannel.1, 20 bytes more
      // than an IPv6 outer header leaves room for. Reproduced as flannel does it; overhead.ts reports the gap.
      return {
        mtu: h - 50,
        rule: `host MTU ${h} − 50 (flannel VXLAN, both families)`,
        sources: [SOURCES.flannelVxlan, SOURCES.flannelVxlanV6Issue],
        notes: v6 ? ['flannel subtracts 50 for IPv6 too, although an IPv6 outer header makes VXLAN 70 bytes (flannel-io/flannel#1781)'] : [],
      };
    case 'udp':
      return { mtu: h - 28, rule: `host MTU ${h} − 28 (flannel udp: IPv4 20 + UDP 8)`, sources: [SOURCES.flannelUdp] };
    case 'wireguard':
      return { mtu: h - 80, rule: `host MTU ${h} − 80 (flannel WireGuard, one figure for both families)`, sources: [SOURCES.flannelWireguard] };
    case 'ipsec':
      return {
        mtu: h - 77,
        rule: `host MTU ${h} − 77 (flannel IPsec ESP, UDPEncap off)`,
        sources: [SOURCES.flannelIpsec],
        notes: ['with UDPEncap (NAT traversal) flannel subtracts 8 more; the topology does not record it'],
      };
    case 'ipip':
      return { mtu: h - 20, rule: `host MTU ${h} − 20 (flannel IPIP)`, sources: [SOURCES.flannelIpip] };
    default:
      return unknownRule('flannel', input.overlay, [SOURCES.flannelVxlan]);
  }
}

function cilium(input: PodMtuInput): Derived {
  const h = input.hostMtu;
  const underlay = input.underlayFamily ?? (hasV4(input.families) ? 'IPv4' : 'IPv6');
  const base = { deviceMtu: h, sources: [SOURCES.ciliumMtu] };
  switch (input.overlay) {
    case 'none':
    case 'host-gw':
    case 'bgp':
      return { ...base, mtu: h, rule: `host MTU ${h} (Cilium native routing)` };
    case 'vxlan':
    case 'geneve': {
      const t = underlay === 'IPv4' ? 50 : 70;
      return {
        ...base,
        mtu: h - t,
        rule: `host MTU ${h} − ${t} (Cilium ${input.overlay} tunnel over ${underlay}; route MTU, eth0 stays ${h})`,
        sources: [SOURCES.ciliumMtu, SOURCES.ciliumUnderlay],
      };
    }
    case 'wireguard':
      return {
        ...base,
        mtu: h - 95,
        rule: `host MTU ${h} − 95 (Cilium WireGuard, native routing; route MTU, eth0 stays ${h})`,
        sources: [SOURCES.ciliumMtu, SOURCES.ciliumWireguard95],
        notes: ['Cilium before v1.20 subtracted 80 (cilium/cilium#45940); WireGuard on top of a VXLAN/Geneve tunnel subtracts both and is not representable as one overlay mode'],
      };
    case 'ipsec':
      return {
        ...base,
        mtu: h - 77,
        rule: `host MTU ${h} − 77 (Cilium IPsec, native routing, 16-byte auth key; route MTU, eth0 stays ${h})`,
        exact: false,
        notes: ['Cilium adds (authKeySize − 16) for other key sizes; IPsec inside a tunnel subtracts the tunnel overhead too'],
      };
    default:
      return unknownRule('cilium', input.overlay, [SOURCES.ciliumMtu]);
  }
}

function weave(input: PodMtuInput): Derived {
  // A fixed default, not derived from the host: WEAVE_MTU (cni.mtu) is how users change it.
  return {
    mtu: 1376,
    rule: 'Weave Net default 1376 (not derived from the host MTU; set WEAVE_MTU to change it)',
    sources: [SOURCES.weave],
    exact: false,
    pathHeadroom: 84,
    notes: [
      'Weave documents the underlay overhead as "around 84–87 bytes" with an MTU divisible by four; the path check uses 84 (1376 + 84 = 1460), and a path that cannot carry it makes Weave fall back to sleeve',
      ...(modeOffered('weave', input.overlay) ? [] : [`Weave Net has no "${input.overlay}" mode; it always overlays`]),
    ],
  };
}

function generic(input: PodMtuInput): Derived {
  const h = input.hostMtu;
  if (!isEncapsulating(input.overlay)) return { mtu: h, rule: `host MTU ${h} (routed, no encapsulation)`, sources: [] };
  const underlay = input.underlayFamily ?? (hasV4(input.families) ? 'IPv4' : 'IPv6');
  const perFamily = input.families.map((f) => {
    const outer = outerFamily('generic', f, underlay);
    return [outer, encapsulation(input.overlay, outer).bytes] as const;
  });
  const d = subtractWorst(h, perFamily, `${input.overlay} header stack`, [SOURCES.vxlan, SOURCES.geneve, SOURCES.ipip, SOURCES.wireguard, SOURCES.esp]);
  return { ...d, exact: input.overlay !== 'ipsec' };
}

function derive(input: PodMtuInput): Derived {
  switch (input.plugin) {
    case 'calico':
      return calico(input);
    case 'flannel':
      return flannel(input);
    case 'cilium':
      return cilium(input);
    case 'weave':
      return weave(input);
    case 'aws-vpc-cni':
      return { mtu: 9001, rule: 'AWS_VPC_ENI_MTU default 9001 (the ENI MTU, whatever the topology says the host MTU is)', sources: [SOURCES.awsVpcCni] };
    case 'kubenet':
      return { mtu: input.hostMtu, rule: `host MTU ${input.hostMtu} (kubenet: smallest MTU of the node's interfaces)`, sources: [SOURCES.kubenet] };
    case 'bridge':
      return { mtu: 1500, rule: 'kernel default veth MTU 1500 (bridge plugin without "mtu")', sources: [SOURCES.bridge] };
    case 'generic':
      return generic(input);
  }
}

/** The pod MTU `plugin` configures on a node whose underlay interface has `hostMtu`. */
export function podMtu(input: PodMtuInput): PodMtu {
  const d = derive(input);
  const carriageNotes = input.families
    .map((f) => familyCarriage(input.plugin, input.overlay, f).note)
    .filter((n): n is string => n !== null);
  const notes = [...(d.notes ?? []), ...carriageNotes];
  const common = { derivedMtu: d.mtu, sources: d.sources, exact: d.exact ?? true, pathHeadroom: d.pathHeadroom ?? null, notes };
  const explicit = input.explicitMtu ?? null;
  if (explicit !== null) {
    return { ...common, mtu: explicit, deviceMtu: explicit, explicit: true, rule: `cni.mtu ${explicit} (explicit; ${input.plugin} would derive: ${d.rule})` };
  }
  return { ...common, mtu: d.mtu, deviceMtu: d.deviceMtu === undefined ? d.mtu : d.deviceMtu, explicit: false, rule: d.rule };
}

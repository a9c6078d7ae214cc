/**
 * Calico (projectcalico/calico api/pkg/apis/projectcalico/v3 ippool.go, felixconfig.go; operator
 * api/v1 installation_types.go; docs "IP pool", "Configure MTU", "Overlay networking"):
 * - IPPool (crd.projectcalico.org/v1 as stored, projectcalico.org/v3 through the API server): spec.cidr,
 *   ipipMode / vxlanMode (Never, Always, CrossSubnet), blockSize (default 26 for IPv4, 122 for IPv6),
 *   natOutgoing, nodeSelector, disabled. Calico IPAM hands out blocks of blockSize from the pools, so the pools
 *   are the pod CIDRs and blockSize is the per-node mask; several pools of a family are reported, the first
 *   enabled one kept.
 * - Installation (operator.tigera.io/v1) spec.calicoNetwork: ipPools[] (cidr, encapsulation IPIP,
 *   IPIPCrossSubnet, VXLAN, VXLANCrossSubnet, None; blockSize), mtu, bgp (Enabled/Disabled). The operator turns
 *   it into IPPools, which win.
 * - ConfigMap kube-system/calico-config veth_mtu (manifest installs; "0" = auto-detect), FelixConfiguration
 *   default: vxlanMTU, ipipMTU, wireguardMTU (+V6), vxlanVNI (default 4096), vxlanPort (default 4789).
 * - BlockAffinity (crd.projectcalico.org/v1): spec.node, spec.cidr — the blocks each node holds.
 * - Node annotations projectcalico.org/IPv4Address (the address calico-node detected, with its prefix length:
 *   the node's underlay subnet), IPv4IPIPTunnelAddr, IPv4VXLANTunnelAddr.
 */
import { parsePrefix } from '../addresses';
import { AUTHORITY, type Evidence } from './evidence';
import { annotationsOf, configData, field, isObj, str, type Dump, type DumpObject } from './dump';

interface Pool {
  readonly cidr: string;
  readonly overlay: 'ipip' | 'vxlan' | 'bgp';
  readonly crossSubnet: boolean;
  readonly blockSize: number | null;
  readonly source: string;
}

export function readCalico(dump: Dump, evidence: Evidence): void {
  const running = dump.ofKind('DaemonSet').find((d) => d.name === 'calico-node') ?? null;
  if (running !== null) evidence.offer('spec.cni.plugin', 'calico', running.label, AUTHORITY.running);
  const pools = dump.ofKind('IPPool').filter((p) => /projectcalico\.org\//.test(p.apiVersion) && field(p.value, 'spec', 'disabled') !== true);
  const fromPools = pools.flatMap((p) => poolOf(p, evidence));
  if (pools[0] !== undefined) evidence.offer('spec.cni.plugin', 'calico', pools[0].label, AUTHORITY.config);
  if (fromPools.length > 0) offerPools(fromPools, AUTHORITY.ipam, evidence);
  for (const installation of dump.ofKind('Installation').filter((i) => /operator\.tigera\.io\//.test(i.apiVersion))) {
    evidence.offer('spec.cni.plugin', 'calico', installation.label, AUTHORITY.recorded);
    const network = field(installation.value, 'spec', 'calicoNetwork');
    const list = field(network, 'ipPools');
    const installed: Pool[] = [];
    if (Array.isArray(list)) {
      list.forEach((entry, index) => {
        if (!isObj(entry) || typeof entry.cidr !== 'string') return;
        const encapsulation = str(entry.encapsulation) ?? 'IPIP';
        const source = `${installation.label}: spec.calicoNetwork.ipPools[${index}]`;
        const overlay = /^VXLAN/.test(encapsulation) ? 'vxlan' : /^IPIP/.test(encapsulation) ? 'ipip' : 'bgp';
        installed.push({ cidr: entry.cidr, overlay, crossSubnet: encapsulation.endsWith('CrossSubnet'), blockSize: typeof entry.blockSize === 'number' ? entry.blockSize : null, source });
      });
    }
    if (installed.length > 0) offerPools(installed, AUTHORITY.recorded, evidence);
    const mtu = field(network, 'mtu');
    if (typeof mtu === 'number') evidence.offer('spec.cni.mtu', mtu, `${installation.label}: spec.calicoNetwork.mtu`, AUTHORITY.recorded);
    const bgp = str(field(network, 'bgp'));
    if (bgp === 'Disabled' && installed.some((p) => p.overlay === 'bgp')) {
      evidence.finding(`${installation.label}: spec.calicoNetwork.bgp is Disabled and a pool has no encapsulation: pods on different nodes cannot reach each other unless the underlay routes pod CIDRs`, 'spec.cni.overlay');
    }
  }
  const config = dump.find('ConfigMap', 'kube-system', 'calico-config');
  const veth = configData(config, 'veth_mtu');
  if (config !== null) evidence.offer('spec.cni.plugin', 'calico', config.label, AUTHORITY.config);
  if (config !== null && veth !== null && /^\d+$/.test(veth) && veth !== '0') evidence.offer('spec.cni.mtu', Number(veth), `${config.label}: veth_mtu`, AUTHORITY.config);
  const felix = dump.ofKind('FelixConfiguration').find((f) => f.name === 'default') ?? null;
  if (felix !== null) readFelix(felix, evidence, fromPools[0]?.overlay ?? null);
  readBlockAffinities(dump, evidence);
  for (const node of dump.ofKind('Node')) {
    const annotations = annotationsOf(node);
    const address = annotations['projectcalico.org/IPv4Address'];
    if (address !== undefined) underlaySubnetFrom(node, address, 'projectcalico.org/IPv4Address', evidence);
    const address6 = annotations['projectcalico.org/IPv6Address'];
    if (address6 !== undefined) underlaySubnetFrom(node, address6, 'projectcalico.org/IPv6Address', evidence);
    if (annotations['projectcalico.org/IPv4IPIPTunnelAddr'] !== undefined) evidence.offer('spec.cni.plugin', 'calico', `${node.label}: annotation projectcalico.org/IPv4IPIPTunnelAddr`, AUTHORITY.running);
    if (annotations['projectcalico.org/IPv4VXLANTunnelAddr'] !== undefined) evidence.offer('spec.cni.plugin', 'calico', `${node.label}: annotation projectcalico.org/IPv4VXLANTunnelAddr`, AUTHORITY.running);
  }
}

function poolOf(pool: DumpObject, evidence: Evidence): Pool[] {
  const spec = field(pool.value, 'spec');
  const cidr = str(field(spec, 'cidr'));
  if (cidr === null) {
    evidence.finding(`${pool.label}: spec.cidr is missing; pool ignored`, 'spec.podCIDRs');
    return [];
  }
  const ipip = str(field(spec, 'ipipMode')) ?? 'Never';
  const vxlan = str(field(spec, 'vxlanMode')) ?? 'Never';
  const overlay = vxlan !== 'Never' ? 'vxlan' : ipip !== 'Never' ? 'ipip' : 'bgp';
  const mode = overlay === 'vxlan' ? vxlan : ipip;
  const blockSize = field(spec, 'blockSize');
  const selector = str(field(spec, 'nodeSelector'));
  if (selector !== null && selector !== 'all()') evidence.finding(`${pool.label}: spec.nodeSelector ${selector} — the model gives every node addresses from every pool's family`, 'spec.podCIDRs', 'info');
  if (field(spec, 'natOutgoing') === false) evidence.finding(`${pool.label}: spec.natOutgoing is false — traffic from pods to outside the pools keeps the pod address (the model's external hops do not check it)`, 'spec.podCIDRs', 'info');
  const source = `${pool.label}: spec`;
  return [{ cidr, overlay, crossSubnet: mode === 'CrossSubnet', blockSize: typeof blockSize === 'number' ? blockSize : null, source }];
}

function offerPools(pools: readonly Pool[], authority: number, evidence: Evidence): void {
  const v4 = pools.filter((p) => !p.cidr.includes(':'));
  const v6 = pools.filter((p) => p.cidr.includes(':'));
  const firsts = [v4[0], v6[0]].filter((p): p is Pool => p !== undefined);
  for (const extra of [...v4.slice(1), ...v6.slice(1)]) {
    evidence.finding(`${extra.source}.cidr ${extra.cidr}: another pool of the same family; the model has one pod CIDR per family and keeps ${(extra.cidr.includes(':') ? v6[0] : v4[0])?.cidr}`, 'spec.podCIDRs');
  }
  evidence.offer('spec.podCIDRs', firsts.map((p) => p.cidr), firsts.map((p) => `${p.source}.cidr`).join(', '), authority);
  const main = firsts[0] as Pool;
  // The encapsulation is the pools' setting, which calico-node applies: config footing, not IPAM's.
  const mode = Math.min(authority, AUTHORITY.config);
  evidence.offer('spec.cni.overlay', main.overlay, `${main.source}.${main.overlay === 'vxlan' ? 'vxlanMode' : 'ipipMode'}${main.source.includes('ipPools[') ? ' (encapsulation)' : ''}`, mode);
  evidence.offer('spec.cni.crossSubnet', main.crossSubnet, `${main.source} (${main.crossSubnet ? 'CrossSubnet' : 'not CrossSubnet'})`, mode);
  for (const pool of firsts) {
    const v6 = pool.cidr.includes(':');
    const size = pool.blockSize ?? (v6 ? 122 : 26);
    evidence.offer(`spec.nodeCIDRMaskSize.${v6 ? 'ipv6' : 'ipv4'}`, size, pool.blockSize === null ? `${pool.source} (no blockSize: Calico's default ${size})` : `${pool.source}.blockSize`, authority);
  }
}

/** Felix's MTU for the encapsulation the pools use is the pod MTU (docs "Configure MTU to maximize network performance"). */
function readFelix(felix: DumpObject, evidence: Evidence, overlay: Pool['overlay'] | null): void {
  const spec = field(felix.value, 'spec');
  const key = overlay === 'vxlan' ? 'vxlanMTU' : overlay === 'ipip' ? 'ipipMTU' : null;
  const mtu = key === null ? undefined : field(spec, key);
  if (typeof mtu === 'number' && mtu > 0) evidence.offer('spec.cni.mtu', mtu, `${felix.label}: spec.${key}`, AUTHORITY.config);
  const vni = field(spec, 'vxlanVNI');
  if (typeof vni === 'number') evidence.offer('spec.cni.vni', vni, `${felix.label}: spec.vxlanVNI`, AUTHORITY.config);
  const port = field(spec, 'vxlanPort');
  if (typeof port === 'number') evidence.offer('spec.cni.port', port, `${felix.label}: spec.vxlanPort`, AUTHORITY.config);
}

function readBlockAffinities(dump: Dump, evidence: Evidence): void {
  for (const affinity of dump.ofKind('BlockAffinity')) {
    const node = str(field(affinity.value, 'spec', 'node'));
    const cidr = str(field(affinity.value, 'spec', 'cidr'));
    const state = str(field(affinity.value, 'spec', 'state')) ?? 'confirmed';
    if (node === null || cidr === null || state !== 'confirmed') continue;
    const entry = evidence.nodePodCIDRs.get(node);
    const family = cidr.includes(':');
    if (entry === undefined) evidence.nodePodCIDRs.set(node, { cidrs: [cidr], source: `${affinity.label}: spec.cidr` });
    else if (!entry.cidrs.some((c) => c.includes(':') === family)) entry.cidrs.push(cidr);
    else evidence.finding(`${affinity.label}: node ${node} holds more than one ${family ? 'IPv6' : 'IPv4'} block; the model keeps ${entry.cidrs.find((c) => c.includes(':') === family)}`, 'nodes', 'info');
  }
}

/** `10.0.1.10/24` → the underlay subnet 10.0.1.0/24 the node sits in. */
export function underlaySubnetFrom(node: DumpObject, address: string, key: string, evidence: Evidence): void {
  const slash = address.indexOf('/');
  if (slash < 0) return;
  const parsed = parsePrefix(address, { hostBits: 'mask' });
  if (!parsed.ok) return;
  evidence.offer(`underlay.subnet.${node.name}.${parsed.value.family}`, parsed.value.prefix, `${node.label}: annotation ${key}`, AUTHORITY.running);
}

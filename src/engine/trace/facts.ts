/** Questions hop handlers ask about the snapshot while a packet moves: who owns an address, MTUs, masquerade. */
import { addressOf, podCidrOf, type NodeInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { CniPlugin, IpFamily, OverlayMode } from '../model/topology';
import { IpAddress } from '../net';
import { podMtu } from '../overlay';
import { deviceRole, gatewayAddress, lookupNodeRoute, tunnelAddress } from '../routing';
import type { PodEndpoint, Walk } from './walk';

/** The pod on `node` holding `ip` (a stand-in first), or null. */
export function podAt(walk: Walk, node: NodeInfo, ip: string): PodEndpoint | null {
  const standIn = walk.standIns.get(ip);
  if (standIn === node) return { key: `(representative ${ip})`, node, pod: null };
  const owner = walk.snap.owners.get(ip);
  if (owner?.kind === 'pod' && owner.pod.node === node) return { key: owner.pod.key, node, pod: owner.pod };
  return null;
}

/** Addresses the node's root namespace answers on: InternalIPs, the bridge / cilium_host gateway, tunnel addresses. */
export function isNodeAddress(walk: Walk, node: NodeInfo, ip: IpAddress): boolean {
  const text = ip.toString();
  if (node.node.internalIPs.includes(text) || node.node.externalIPs.includes(text)) return true;
  if (walk.snap.owners.get(text)?.kind === 'pod' || walk.standIns.has(text)) return false;
  const cidr = podCidrOf(node, ip.family);
  if (cidr === null || !cidr.contains(ip)) return false;
  const gw = gatewayAddress(cidr);
  if (gw !== null && gw.equals(ip) && walk.snap.topology.cni.plugin !== 'calico' && walk.snap.topology.cni.plugin !== 'aws-vpc-cni') return true;
  const { plugin, overlay } = walk.snap.topology.cni;
  // flannel (vxlan, ipip, wireguard, udp) and Calico (ipip, vxlan) put the pod CIDR's network address on the tunnel device.
  const tunnelled = (plugin === 'flannel' && overlay !== 'host-gw' && overlay !== 'none') || (plugin === 'calico' && (overlay === 'ipip' || overlay === 'vxlan'));
  return tunnelled && tunnelAddress(cidr).equals(ip);
}

/** Inside the pod network: a cluster pod CIDR, kube-proxy's clusterCIDRs, or a node's podCIDR. */
export function inPodNetwork(snap: Snapshot, ip: IpAddress): boolean {
  for (const m of snap.clusterTrie.matches(ip)) if (m.value.kind === 'pod-cidr') return true;
  return snap.podCidrTrie.lookup(ip) !== undefined;
}

/** An address the cluster itself owns (pod network, service range, a node or pod), as opposed to the outside. */
export function clusterOwned(snap: Snapshot, ip: IpAddress): boolean {
  return snap.clusterTrie.lookup(ip) !== undefined || snap.podCidrTrie.lookup(ip) !== undefined || snap.owners.has(ip.toString());
}

/** The MTU a pod on `node` sends with (eth0, or Cilium's route MTU); the host MTU when the plugin's rule is unknown. */
export function podSendMtu(walk: Walk, node: NodeInfo): number {
  if (node.podMtu.mtu === null) {
    walk.assume(`${walk.snap.topology.cni.plugin}: no known pod MTU rule for this mode; the host MTU is used`);
    return node.hostMtu;
  }
  return node.podMtu.mtu;
}

/** The MTU of the pod-side device (bridge / veth) on `node`. */
export function podDeviceMtu(node: NodeInfo): number {
  return node.podMtu.deviceMtu ?? node.podMtu.mtu ?? node.hostMtu;
}

/** The tunnel device's MTU for `family` (the plugin's per-family rule, else host MTU − header bytes). */
export function tunnelMtu(plugin: CniPlugin, overlay: OverlayMode, node: NodeInfo, family: IpFamily, outer: IpFamily, headerBytes: number): number {
  // A pure function of a handful of values that every encapsulating hop asks again: the profile showed the rule
  // evaluation at ~9% of a trace, so results are memoized (deterministic, so the memo is invisible to callers).
  const key = `${plugin}|${overlay}|${node.hostMtu}|${family}|${outer}|${headerBytes}`;
  let mtu = tunnelMtuMemo.get(key);
  if (mtu === undefined) {
    const rule = podMtu({ plugin, overlay, hostMtu: node.hostMtu, families: [family], underlayFamily: outer });
    mtu = rule.derivedMtu ?? node.hostMtu - headerBytes;
    tunnelMtuMemo.set(key, mtu);
  }
  return mtu;
}

const tunnelMtuMemo = new Map<string, number>();

/**
 * The source address a node's own process gets toward `dst` (`ip route get` semantics): the route's `src`,
 * else the address of the device the route leaves by — the address flannel and Calico put on their tunnel
 * devices (modeled as the pod CIDR's first address), cilium_host's router IP — else the node's InternalIP.
 */
export function hostSourceAddress(snap: Snapshot, node: NodeInfo, dst: IpAddress): IpAddress | null {
  const fallback = addressOf(node, dst.family);
  const r = lookupNodeRoute(snap, snap.routing(node), dst).route;
  if (r === null) return fallback;
  if (r.route.src !== null) return IpAddress.parse(r.route.src);
  const cidr = podCidrOf(node, dst.family);
  const role = deviceRole(snap.topology.cni, r.route.dev);
  const { plugin } = snap.topology.cni;
  if (cidr === null || (role !== 'tunnel' && role !== 'cilium-host')) return fallback;
  if (role === 'cilium-host') return gatewayAddress(cidr) ?? fallback;
  return plugin === 'flannel' || plugin === 'calico' ? tunnelAddress(cidr) : fallback;
}

const MASQ_RULES: Readonly<Record<CniPlugin, string>> = {
  flannel: 'flannel --ip-masq (kube-flannel.yml default): pod traffic leaving the flannel network is masqueraded',
  calico: 'Calico natOutgoing (on for the default IP pool): pod traffic to addresses outside every IP pool is masqueraded',
  cilium: 'Cilium enable-ipv4-masquerade / enable-ipv6-masquerade: pod traffic leaving the native-routing CIDR is masqueraded',
  weave: 'Weave Net masquerades pod traffic leaving the Weave network (NO_MASQ_LOCAL unset)',
  'aws-vpc-cni': 'aws-vpc-cni SNATs pod traffic to destinations outside the VPC (AWS_VPC_K8S_CNI_EXTERNALSNAT=false, the default) to the node primary address',
  kubenet: 'kubenet / ip-masq-agent: pod traffic leaving the cluster CIDR (--non-masquerade-cidr) is masqueraded',
  bridge: 'the bridge plugin with ipMasq: pod traffic leaving the pod network is masqueraded',
  generic: 'the CNI masquerades pod traffic leaving the pod network (the usual default)',
};

/** Whether a pod's packet to `dst` leaving through the underlay is masqueraded to the node address, and why. */
export function masquerade(walk: Walk, src: IpAddress, dst: IpAddress): string | null {
  const snap = walk.snap;
  const plugin = snap.topology.cni.plugin;
  const fromPod = walk.standIns.has(src.toString()) || snap.owners.get(src.toString())?.kind === 'pod' || inPodNetwork(snap, src);
  if (!fromPod || inPodNetwork(snap, dst)) return null;
  // aws-vpc-cni pods hold VPC addresses; only destinations outside the VPC (modeled as the underlay subnets) are SNATed.
  if (plugin === 'aws-vpc-cni' && snap.subnetTrie.lookup(dst) !== undefined) return null;
  return MASQ_RULES[plugin];
}

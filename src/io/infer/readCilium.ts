/**
 * Cilium (cilium/cilium Documentation/network/concepts/routing.rst, ipam/cluster-pool.rst; the cilium-config
 * keys written by the Helm chart, install/kubernetes/cilium/templates/cilium-configmap.yaml):
 * - `routing-mode` tunnel|native with `tunnel-protocol` vxlan|geneve (≥ 1.14); before 1.14 the single key
 *   `tunnel` vxlan|geneve|disabled (disabled = native routing).
 * - `ipam` cluster-pool (default), kubernetes, multi-pool, eni, azure…; cluster-pool CIDRs in
 *   `cluster-pool-ipv4-cidr` / `cluster-pool-ipv6-cidr` (space-separated lists), per-node sizes in
 *   `cluster-pool-ipv4-mask-size` (default 24) / `-ipv6-mask-size`. With ipam kubernetes Cilium uses the
 *   nodes' spec.podCIDRs (the controller-manager's).
 * - `mtu` (0/absent = derived from the device), `enable-wireguard`, `enable-ipsec`, `kube-proxy-replacement`
 *   (true/strict: Cilium's eBPF replaces kube-proxy), `tunnel-port` (default 8472 vxlan, 6081 geneve).
 * - CiliumNode (cilium.io/v2) spec.ipam.podCIDRs: the CIDRs the operator allocated to each node (cluster-pool).
 */
import { AUTHORITY, type Evidence } from './evidence';
import { configData, field, type Dump } from './dump';

export function readCilium(dump: Dump, evidence: Evidence): void {
  const ds = dump.ofKind('DaemonSet').find((d) => d.name === 'cilium') ?? null;
  if (ds !== null) evidence.offer('spec.cni.plugin', 'cilium', ds.label, AUTHORITY.running);
  const cm = dump.find('ConfigMap', 'kube-system', 'cilium-config');
  if (cm !== null) {
    evidence.offer('spec.cni.plugin', 'cilium', cm.label, AUTHORITY.config);
    const get = (key: string) => configData(cm, key);
    const at = (key: string) => `${cm.label}: ${key}`;
    const routing = get('routing-mode');
    const legacy = get('tunnel');
    const protocol = get('tunnel-protocol') ?? 'vxlan';
    let overlay: string;
    let overlaySource: string;
    if (routing !== null) {
      overlay = routing === 'native' ? 'none' : protocol;
      overlaySource = routing === 'native' ? at('routing-mode') : `${at('routing-mode')}, ${get('tunnel-protocol') === null ? `${at('tunnel-protocol')} (absent: vxlan)` : at('tunnel-protocol')}`;
    } else if (legacy !== null) {
      overlay = legacy === 'disabled' ? 'none' : legacy;
      overlaySource = at('tunnel');
    } else {
      overlay = 'vxlan';
      overlaySource = `${cm.label} (no routing-mode or tunnel key: Cilium's default, a vxlan tunnel)`;
    }
    const wireguard = get('enable-wireguard') === 'true';
    const ipsec = get('enable-ipsec') === 'true';
    // Encryption wraps every pod packet between nodes; the model has one overlay, so encryption is the overlay
    // (its overhead is the larger), and the tunnel below it is a finding.
    if (wireguard || ipsec) {
      if (overlay !== 'none') evidence.finding(`${overlaySource}: ${overlay} tunnel under ${wireguard ? 'WireGuard' : 'IPsec'} encryption; the model counts the encryption's overhead only`, 'spec.cni.overlay');
      evidence.offer('spec.cni.overlay', wireguard ? 'wireguard' : 'ipsec', at(wireguard ? 'enable-wireguard' : 'enable-ipsec'), AUTHORITY.config);
    } else if (overlay === 'vxlan' || overlay === 'geneve' || overlay === 'none') evidence.offer('spec.cni.overlay', overlay, overlaySource, AUTHORITY.config);
    else evidence.finding(`${overlaySource}: ${JSON.stringify(overlay)} is not a tunnel Cilium supports`, 'spec.cni.overlay');
    const port = get('tunnel-port');
    if (port !== null && /^\d+$/.test(port) && port !== '0') evidence.offer('spec.cni.port', Number(port), at('tunnel-port'), AUTHORITY.config);
    const mtu = get('mtu');
    if (mtu !== null && /^\d+$/.test(mtu) && mtu !== '0') evidence.offer('spec.cni.mtu', Number(mtu), at('mtu'), AUTHORITY.config);
    const ipam = get('ipam') ?? 'cluster-pool';
    if (ipam === 'cluster-pool' || ipam === 'cluster-pool-v2beta') {
      const cidrs = [...(get('cluster-pool-ipv4-cidr') ?? '').split(/[\s,]+/), ...(get('cluster-pool-ipv6-cidr') ?? '').split(/[\s,]+/)].filter((c) => c !== '');
      const v4 = cidrs.filter((c) => !c.includes(':'));
      const v6 = cidrs.filter((c) => c.includes(':'));
      if (v4.length > 1 || v6.length > 1) evidence.finding(`${at('cluster-pool-ipv4-cidr')}: several CIDRs; the model has one pod CIDR per family and keeps the first`, 'spec.podCIDRs');
      const kept = [v4[0], v6[0]].filter((c): c is string => c !== undefined);
      if (kept.length > 0) evidence.offer('spec.podCIDRs', kept, at(v6.length > 0 ? 'cluster-pool-ipv4-cidr, cluster-pool-ipv6-cidr' : 'cluster-pool-ipv4-cidr'), AUTHORITY.ipam);
      else evidence.lack('spec.podCIDRs', `ConfigMap kube-system/cilium-config data.cluster-pool-ipv4-cidr`);
      const mask4 = get('cluster-pool-ipv4-mask-size');
      evidence.offer('spec.nodeCIDRMaskSize.ipv4', mask4 !== null && /^\d+$/.test(mask4) ? Number(mask4) : 24, mask4 !== null ? at('cluster-pool-ipv4-mask-size') : `${cm.label} (no cluster-pool-ipv4-mask-size: Cilium's default 24)`, AUTHORITY.ipam);
      const mask6 = get('cluster-pool-ipv6-mask-size');
      if (mask6 !== null && /^\d+$/.test(mask6)) evidence.offer('spec.nodeCIDRMaskSize.ipv6', Number(mask6), at('cluster-pool-ipv6-mask-size'), AUTHORITY.ipam);
    } else if (ipam !== 'kubernetes') {
      evidence.finding(`${at('ipam')} is ${ipam}: pod addresses come from ${ipam}'s own allocation, which the model does not mirror; pod IPs are taken as the pods report them`, 'spec.podCIDRs', 'info');
    }
    const kpr = get('kube-proxy-replacement');
    if (kpr === 'true' || kpr === 'strict') {
      // No kube-proxy runs; Cilium's eBPF load balancer picks among the same ready endpoints. The model has no
      // eBPF datapath, so Services are answered with iptables-mode rules — said here, never silently.
      evidence.offer('spec.kubeProxy.mode', 'iptables', `${at('kube-proxy-replacement')} (${kpr}: modeled as iptables, which selects the same endpoints)`, AUTHORITY.derived);
      evidence.finding(`${at('kube-proxy-replacement')} is ${kpr}: Cilium's eBPF load balancer replaces kube-proxy; the model answers Service questions with iptables-mode rules, which pick the same endpoints but name different chains`, 'spec.kubeProxy.mode', 'info');
    }
  }
  for (const node of dump.ofKind('CiliumNode')) {
    const cidrs = field(node.value, 'spec', 'ipam', 'podCIDRs');
    if (!Array.isArray(cidrs) || cidrs.length === 0) continue;
    const list = cidrs.filter((c): c is string => typeof c === 'string');
    evidence.offer('spec.cni.plugin', 'cilium', node.label, AUTHORITY.running);
    if (!evidence.nodePodCIDRs.has(node.name)) evidence.nodePodCIDRs.set(node.name, { cidrs: list, source: `${node.label}: spec.ipam.podCIDRs` });
  }
}

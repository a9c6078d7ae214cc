/**
 * flannel (flannel-io/flannel Documentation/configuration.md, Documentation/backends.md; kube-flannel.yml):
 * ConfigMap kube-flannel/kube-flannel-cfg (older manifests: kube-system) with net-conf.json — `Network`,
 * `EnableIPv6`/`IPv6Network`, `Backend.Type` (vxlan default, host-gw, udp, wireguard, ipsec), VXLAN `VNI`
 * (default 1), `Port` (default 0 = the kernel's 8472), `DirectRouting` (host-gw routes between nodes on the
 * same subnet) — and cni-conf.json (the bridge plugin's default bridge cni0). Node annotations
 * `flannel.alpha.coreos.com/backend-type`, `backend-data` (`{"VNI":1,"VtepMAC":…}`) and `public-ip` are what
 * each running flanneld registered.
 */
import { AUTHORITY, type Evidence } from './evidence';
import { annotationsOf, configData, isObj, str, type Dump } from './dump';

const OVERLAY: Record<string, string> = { vxlan: 'vxlan', 'host-gw': 'host-gw', udp: 'udp', wireguard: 'wireguard', ipsec: 'ipsec' };

export function readFlannel(dump: Dump, evidence: Evidence): void {
  const cm = dump.find('ConfigMap', 'kube-flannel', 'kube-flannel-cfg') ?? dump.find('ConfigMap', 'kube-system', 'kube-flannel-cfg');
  const text = configData(cm, 'net-conf.json');
  const ds = dump.ofKind('DaemonSet').find((d) => d.name.startsWith('kube-flannel')) ?? null;
  if (ds !== null) evidence.offer('spec.cni.plugin', 'flannel', ds.label, AUTHORITY.running);
  if (cm !== null && text !== null) {
    evidence.offer('spec.cni.plugin', 'flannel', cm.label, AUTHORITY.config);
    let conf: unknown;
    try {
      conf = JSON.parse(text);
    } catch {
      evidence.finding(`${cm.label}: net-conf.json is not JSON; flannel settings not inferred`, 'spec.cni');
    }
    if (isObj(conf)) {
      const at = (key: string) => `${cm.label}: net-conf.json ${key}`;
      const cidrs = [str(conf.Network), conf.EnableIPv6 === true ? str(conf.IPv6Network) : null].filter((c): c is string => c !== null && c !== '');
      if (cidrs.length > 0) evidence.offer('spec.podCIDRs', cidrs, at(conf.EnableIPv6 === true ? 'Network, IPv6Network' : 'Network'), AUTHORITY.config);
      const backend = isObj(conf.Backend) ? conf.Backend : {};
      const type = (str(backend.Type) ?? 'vxlan').toLowerCase();
      const overlay = OVERLAY[type];
      if (overlay === undefined) evidence.finding(`${at('Backend.Type')} ${JSON.stringify(type)} is not modeled (vxlan, host-gw, udp, wireguard, ipsec)`, 'spec.cni.overlay');
      else evidence.offer('spec.cni.overlay', overlay, str(backend.Type) === null ? `${at('Backend')} (no Type: flannel's default vxlan)` : at('Backend.Type'), AUTHORITY.config);
      if (type === 'vxlan') {
        evidence.offer('spec.cni.crossSubnet', backend.DirectRouting === true, backend.DirectRouting === undefined ? `${at('Backend')} (no DirectRouting: false)` : at('Backend.DirectRouting'), AUTHORITY.config);
        evidence.offer('spec.cni.vni', typeof backend.VNI === 'number' ? backend.VNI : 1, typeof backend.VNI === 'number' ? at('Backend.VNI') : `${at('Backend')} (no VNI: flannel's default 1)`, AUTHORITY.config);
        // Port 0 (the default) lets the kernel choose its VXLAN port, 8472 on Linux.
        const port = typeof backend.Port === 'number' && backend.Port !== 0 ? backend.Port : 8472;
        evidence.offer('spec.cni.port', port, typeof backend.Port === 'number' && backend.Port !== 0 ? at('Backend.Port') : `${at('Backend')} (no Port: the Linux kernel's VXLAN port 8472)`, AUTHORITY.config);
      }
    }
    const cni = configData(cm, 'cni-conf.json');
    if (cni !== null && /"bridge"\s*:\s*"([^"]+)"/.test(cni)) {
      evidence.offer('spec.cni.bridge', (/"bridge"\s*:\s*"([^"]+)"/.exec(cni) as RegExpExecArray)[1], `${cm.label}: cni-conf.json bridge`, AUTHORITY.config);
    } else if (cni !== null) evidence.offer('spec.cni.bridge', 'cni0', `${cm.label}: cni-conf.json (no bridge key: the bridge plugin's default cni0)`, AUTHORITY.config);
  }
  for (const node of dump.ofKind('Node')) {
    const annotations = annotationsOf(node);
    const type = annotations['flannel.alpha.coreos.com/backend-type'];
    if (type === undefined) continue;
    evidence.offer('spec.cni.plugin', 'flannel', `${node.label}: annotation flannel.alpha.coreos.com/backend-type`, AUTHORITY.running);
    const overlay = OVERLAY[type.toLowerCase()];
    if (overlay !== undefined) evidence.offer('spec.cni.overlay', overlay, `${node.label}: annotation flannel.alpha.coreos.com/backend-type`, AUTHORITY.running);
    const data = annotations['flannel.alpha.coreos.com/backend-data'];
    if (data !== undefined && type === 'vxlan') {
      try {
        const parsed: unknown = JSON.parse(data);
        if (isObj(parsed) && typeof parsed.VNI === 'number') evidence.offer('spec.cni.vni', parsed.VNI, `${node.label}: annotation flannel.alpha.coreos.com/backend-data VNI`, AUTHORITY.running);
      } catch {
        evidence.finding(`${node.label}: annotation flannel.alpha.coreos.com/backend-data is not JSON`, 'spec.cni.vni', 'info');
      }
    }
    const publicIp = annotations['flannel.alpha.coreos.com/public-ip'];
    const internal = internalIPs(node.value);
    if (publicIp !== undefined && internal.length > 0 && !internal.includes(publicIp)) {
      evidence.finding(`${node.label}: flanneld uses ${publicIp} (annotation flannel.alpha.coreos.com/public-ip) but the node's InternalIP is ${internal.join(', ')}; the model tunnels between InternalIPs`, 'spec.underlay');
    }
  }
  if (cm === null && ds !== null) evidence.lack('spec.cni.overlay', 'ConfigMap kube-flannel/kube-flannel-cfg data["net-conf.json"] Backend.Type');
}

export function internalIPs(node: Record<string, unknown>): string[] {
  const status = node.status;
  if (!isObj(status) || !Array.isArray(status.addresses)) return [];
  return status.addresses.flatMap((a) => (isObj(a) && a.type === 'InternalIP' && typeof a.address === 'string' ? [a.address] : []));
}

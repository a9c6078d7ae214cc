/**
 * CoreDNS's Corefile (ConfigMap kube-system/coredns, key Corefile) → spec.dns and spec.clusterDomain.
 *
 * The kubernetes plugin (coredns/coredns plugin/kubernetes/README.md, setup.go): `kubernetes [ZONES...]` — the
 * zones it is authoritative for, else the server block's; `pods disabled|insecure|verified` (default disabled);
 * `ttl N` (0–3600, default 5); `fallthrough [ZONES...]` (no zones = all of them); `endpoint_pod_names`. The
 * forward plugin (plugin/forward/README.md): `forward FROM TO...`; a server block for another zone with its own
 * forward is a stub domain (what kubeadm's migration of kube-dns stubDomains writes).
 */
import { parseIp } from '../addresses';
import { AUTHORITY, type Evidence } from './evidence';
import { parseCorefile, type Directive } from './corefile';
import { configData, type Dump } from './dump';

const REVERSE = /(^|\.)(in-addr|ip6)\.arpa$/;

export function readCoreDns(dump: Dump, evidence: Evidence): void {
  const cm = dump.find('ConfigMap', 'kube-system', 'coredns');
  const text = configData(cm, 'Corefile');
  if (cm === null || text === null) {
    evidence.lack('spec.dns', 'ConfigMap kube-system/coredns data.Corefile (without it the model assumes kubeadm\'s Corefile)');
    evidence.lack('spec.clusterDomain', 'ConfigMap kube-system/kubeadm-config ClusterConfiguration.networking.dnsDomain, or the Corefile\'s kubernetes zone (default cluster.local assumed)');
    return;
  }
  const parsed = parseCorefile(text);
  if (!parsed.ok) {
    evidence.finding(`${cm.label}: the Corefile does not parse (${parsed.message}); DNS settings not inferred`, 'spec.dns');
    return;
  }
  const forward: Array<{ zone: string; to: string[] }> = [];
  let found = false;
  for (const server of parsed.servers) {
    for (const directive of server.directives) {
      if (directive.name === 'forward' && directive.args.length >= 2) {
        const from = directive.args[0] as string;
        const zone = from === '.' ? (server.zones.find((z) => z !== '.') ?? '.') : from.replace(/\.$/, '').toLowerCase();
        forward.push({ zone, to: directive.args.slice(1) });
      }
      if (directive.name !== 'kubernetes' || found) continue;
      found = true;
      const zones = directive.args.length > 0 ? directive.args.map((z) => z.replace(/\.$/, '').toLowerCase()) : server.zones;
      readKubernetesBlock(directive, zones, `${cm.label}: Corefile line ${directive.line}`, evidence);
    }
  }
  if (!found) {
    evidence.finding(`${cm.label}: the Corefile has no kubernetes plugin, so CoreDNS answers no cluster names; the model still answers them as kubeadm's Corefile would`, 'spec.dns');
    return;
  }
  // Stub domains first, `.` last: the model picks the longest matching zone either way.
  forward.sort((a, b) => (a.zone === '.' ? 1 : 0) - (b.zone === '.' ? 1 : 0));
  for (const block of forward) {
    for (const to of block.to) {
      const host = to.replace(/^(dns|tls|https?):\/\//, '').replace(/:\d+$/, '');
      if (!to.startsWith('/') && !parseIp(host.replace(/^\[|\]$/g, '')).ok) evidence.finding(`${cm.label}: forward ${block.zone} ${to} is not an address or a file`, 'spec.dns.forward', 'info');
    }
  }
  evidence.offer('spec.dns.forward', forward, `${cm.label}: Corefile forward`, AUTHORITY.config);
}

function readKubernetesBlock(directive: Directive, zones: readonly string[], source: string, evidence: Evidence): void {
  const cluster = zones.filter((z) => z !== '.' && !REVERSE.test(z));
  const reverse = zones.filter((z) => REVERSE.test(z));
  if (cluster.length > 0) evidence.offer('spec.clusterDomain', cluster[0], `${source} kubernetes ${zones.join(' ')}`, AUTHORITY.config);
  if (cluster.length > 1) evidence.finding(`${source}: the kubernetes plugin serves ${cluster.join(', ')}; the model has one cluster domain (${cluster[0]})`, 'spec.clusterDomain');
  const reverseZones = reverse.length > 0;
  if (reverseZones && !reverse.every((z) => z === 'in-addr.arpa' || z === 'ip6.arpa')) {
    evidence.finding(`${source}: reverse zones ${reverse.join(', ')} are narrower than in-addr.arpa/ip6.arpa; the model serves the whole reverse trees`, 'spec.dns.reverseZones', 'info');
  }
  evidence.offer('spec.dns.reverseZones', reverseZones, `${source} kubernetes zones`, AUTHORITY.config);
  let podMode = 'disabled';
  let podSource = `${source} (no pods option: the plugin's default, disabled)`;
  let ttl = 5;
  let ttlSource = `${source} (no ttl option: the plugin's default, 5)`;
  let fallthrough = false;
  let fallSource = `${source} (no fallthrough option)`;
  let podNames = false;
  let podNamesSource = `${source} (no endpoint_pod_names option)`;
  for (const option of directive.block) {
    const at = `${source.replace(/line \d+$/, `line ${option.line}`)} ${option.name}`;
    if (option.name === 'pods' && ['disabled', 'insecure', 'verified'].includes(option.args[0] ?? '')) {
      podMode = option.args[0] as string;
      podSource = at;
    } else if (option.name === 'ttl' && /^\d+$/.test(option.args[0] ?? '') && Number(option.args[0]) <= 3600) {
      ttl = Number(option.args[0]);
      ttlSource = at;
    } else if (option.name === 'fallthrough') {
      fallthrough = option.args.length === 0 || option.args.some((z) => REVERSE.test(z.replace(/\.$/, '')));
      fallSource = at;
      if (option.args.some((z) => !REVERSE.test(z.replace(/\.$/, '')))) {
        evidence.finding(`${at} ${option.args.join(' ')}: fallthrough for forward zones is not modeled (only the reverse zones')`, 'spec.dns.fallthroughReverse', 'info');
      }
    } else if (option.name === 'endpoint_pod_names') {
      podNames = true;
      podNamesSource = at;
    }
  }
  evidence.offer('spec.dns.podMode', podMode, podSource, AUTHORITY.config);
  evidence.offer('spec.dns.ttl', ttl, ttlSource, AUTHORITY.config);
  evidence.offer('spec.dns.fallthroughReverse', fallthrough && reverseZones, fallSource, AUTHORITY.config);
  evidence.offer('spec.dns.endpointPodNames', podNames, podNamesSource, AUTHORITY.config);
}

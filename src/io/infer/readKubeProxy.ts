/**
 * kube-proxy: its KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1; kubernetes/kubernetes
 * staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go) from the ConfigMap kubeadm writes (kube-system/kube-proxy,
 * key config.conf; EKS: kube-system/kube-proxy-config, key config), and the DaemonSet's flags where it passes
 * settings as flags instead (cmd/kube-proxy/app/server.go: --proxy-mode, --cluster-cidr, --masquerade-all,
 * --iptables-masquerade-bit, --nodeport-addresses, --iptables-localhost-nodeports, --detect-local-mode,
 * --ipvs-scheduler).
 *
 * `mode: ""` means iptables on Linux (pkg/proxy/apis/config/v1alpha1/defaults.go). masqueradeBit and
 * masqueradeAll live per backend (`iptables.*`, `nftables.*`); the model has one of each, read from the backend
 * in use.
 */
import { parse as parseYaml } from 'yaml';
import { KUBE_PROXY_MODES } from '../../engine/model/topology';
import { AUTHORITY, type Evidence } from './evidence';
import { componentWorkloads, configData, containersOf, field, flagsOf, isObj, str, type Dump, type DumpObject } from './dump';
import { splitList } from './readKubeadm';

const CONFIG_MAPS: ReadonlyArray<[name: string, key: string]> = [
  ['kube-proxy', 'config.conf'],
  ['kube-proxy-config', 'config'],
];

export function readKubeProxy(dump: Dump, evidence: Evidence): void {
  for (const [name, key] of CONFIG_MAPS) {
    const cm = dump.find('ConfigMap', 'kube-system', name);
    const text = configData(cm, key);
    if (cm !== null && text !== null) readConfiguration(cm, key, text, evidence);
  }
  for (const workload of componentWorkloads(dump, 'kube-proxy')) {
    for (const container of containersOf(workload)) {
      const flags = flagsOf(container);
      const at = (flag: string) => `${container.label}: --${flag}`;
      const mode = flags.get('proxy-mode');
      if (mode !== undefined) offerMode(mode, at('proxy-mode'), AUTHORITY.running, evidence);
      const cidr = flags.get('cluster-cidr');
      if (cidr !== undefined) evidence.offer('spec.kubeProxy.clusterCIDR', splitList(cidr).join(','), at('cluster-cidr'), AUTHORITY.running);
      const all = flags.get('masquerade-all');
      if (all !== undefined) evidence.offer('spec.kubeProxy.masqueradeAll', all === 'true', at('masquerade-all'), AUTHORITY.running);
      const bit = flags.get('iptables-masquerade-bit');
      if (bit !== undefined && /^\d+$/.test(bit)) evidence.offer('spec.kubeProxy.masqueradeBit', Number(bit), at('iptables-masquerade-bit'), AUTHORITY.running);
      const addresses = flags.get('nodeport-addresses');
      if (addresses !== undefined) evidence.offer('spec.kubeProxy.nodePortAddresses', splitList(addresses), at('nodeport-addresses'), AUTHORITY.running);
      const localhost = flags.get('iptables-localhost-nodeports');
      if (localhost !== undefined) evidence.offer('spec.kubeProxy.localhostNodePorts', localhost === 'true', at('iptables-localhost-nodeports'), AUTHORITY.running);
      const detect = flags.get('detect-local-mode');
      if (detect !== undefined) detectLocal(detect, at('detect-local-mode'), evidence);
      const scheduler = flags.get('ipvs-scheduler');
      if (scheduler !== undefined) ipvsScheduler(scheduler, at('ipvs-scheduler'), evidence);
    }
  }
}

function readConfiguration(cm: DumpObject, key: string, text: string, evidence: Evidence): void {
  let config: unknown;
  try {
    config = parseYaml(text);
  } catch (error) {
    evidence.finding(`${cm.label}: data.${key} is not YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ignored`);
    return;
  }
  if (!isObj(config)) return;
  const at = (path: string) => `${cm.label}: ${key} ${path}`;
  const mode = str(config.mode) ?? '';
  const effective = mode === '' ? 'iptables' : mode;
  offerMode(mode, at('mode'), AUTHORITY.config, evidence);
  const cidr = str(config.clusterCIDR);
  if (cidr !== null && cidr !== '') evidence.offer('spec.kubeProxy.clusterCIDR', splitList(cidr).join(','), at('clusterCIDR'), AUTHORITY.config);
  const detect = str(config.detectLocalMode);
  if (detect !== null && detect !== '') detectLocal(detect, at('detectLocalMode'), evidence);
  const backend = effective === 'nftables' ? 'nftables' : 'iptables';
  const bit = field(config, backend, 'masqueradeBit');
  if (typeof bit === 'number') evidence.offer('spec.kubeProxy.masqueradeBit', bit, at(`${backend}.masqueradeBit`), AUTHORITY.config);
  const all = field(config, backend, 'masqueradeAll') ?? config.masqueradeAll;
  if (typeof all === 'boolean') evidence.offer('spec.kubeProxy.masqueradeAll', all, at(field(config, backend, 'masqueradeAll') === undefined ? 'masqueradeAll' : `${backend}.masqueradeAll`), AUTHORITY.config);
  const localhost = field(config, 'iptables', 'localhostNodePorts');
  if (typeof localhost === 'boolean') evidence.offer('spec.kubeProxy.localhostNodePorts', localhost, at('iptables.localhostNodePorts'), AUTHORITY.config);
  const addresses = config.nodePortAddresses;
  if (Array.isArray(addresses)) evidence.offer('spec.kubeProxy.nodePortAddresses', addresses.filter((a) => typeof a === 'string'), at('nodePortAddresses'), AUTHORITY.config);
  const scheduler = str(field(config, 'ipvs', 'scheduler'));
  if (effective === 'ipvs' && scheduler !== null && scheduler !== '') ipvsScheduler(scheduler, at('ipvs.scheduler'), evidence);
}

function offerMode(mode: string, source: string, authority: number, evidence: Evidence): void {
  const effective = mode === '' ? 'iptables' : mode;
  if ((KUBE_PROXY_MODES as readonly string[]).includes(effective)) evidence.offer('spec.kubeProxy.mode', effective, mode === '' ? `${source} ("" = iptables on Linux)` : source, authority);
  else evidence.finding(`${source}: mode ${JSON.stringify(mode)} is not one the model knows (${KUBE_PROXY_MODES.join(', ')})`, 'spec.kubeProxy.mode');
}

/** The model detects local traffic by cluster CIDR only (detectLocalMode ClusterCIDR, kube-proxy's default). */
function detectLocal(mode: string, source: string, evidence: Evidence): void {
  if (mode !== 'ClusterCIDR') {
    evidence.finding(`${source} is ${mode}: the model detects local traffic by clusterCIDR (ClusterCIDR mode) only, so masquerade decisions may differ`, 'spec.kubeProxy.clusterCIDR');
  }
}

/** The model's ipvs mode picks endpoints as rr does. */
function ipvsScheduler(scheduler: string, source: string, evidence: Evidence): void {
  if (scheduler !== 'rr') evidence.finding(`${source} is ${scheduler}: the model spreads ipvs traffic as round robin (rr); the set of endpoints is the same`, 'spec.kubeProxy.mode', 'info');
}

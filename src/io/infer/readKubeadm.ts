/**
 * kubeadm's record of the cluster (ConfigMap kube-system/kubeadm-config, key ClusterConfiguration) and the flags
 * of the control-plane static Pods kubeadm writes (kube-controller-manager, kube-apiserver).
 *
 * ClusterConfiguration (kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/v1beta3/types.go, v1beta4/types.go):
 * `networking.podSubnet` and `networking.serviceSubnet` (comma-separated for dual-stack), `networking.dnsDomain`;
 * `controllerManager.extraArgs` is a map in v1beta3 and a list of `{name, value}` in v1beta4 (where a later entry
 * of the same name wins). kubeadm passes podSubnet to the controller-manager as --cluster-cidr and
 * serviceSubnet as --service-cluster-ip-range (cmd/kubeadm/app/phases/controlplane/manifests.go), so the running
 * flags win when they differ.
 *
 * kube-controller-manager flags (cmd/kube-controller-manager/app/options, nodeipam): --cluster-cidr,
 * --service-cluster-ip-range, --allocate-node-cidrs, --node-cidr-mask-size, --node-cidr-mask-size-ipv4/-ipv6
 * (defaults 24 and 64).
 */
import { parse as parseYaml } from 'yaml';
import { AUTHORITY, type Evidence } from './evidence';
import { componentWorkloads, configData, containersOf, field, flagsOf, isObj, str, type Dump } from './dump';

const KUBEADM_API = /^kubeadm\.k8s\.io\/v1beta[34]$/;

export function readKubeadm(dump: Dump, evidence: Evidence): void {
  const cm = dump.find('ConfigMap', 'kube-system', 'kubeadm-config');
  const text = configData(cm, 'ClusterConfiguration');
  if (cm !== null && text !== null) {
    let config: unknown;
    try {
      config = parseYaml(text);
    } catch (error) {
      evidence.finding(`${cm.label}: ClusterConfiguration is not YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ignored`);
    }
    if (isObj(config)) {
      const api = str(config.apiVersion) ?? '';
      if (!KUBEADM_API.test(api)) evidence.finding(`${cm.label}: ClusterConfiguration apiVersion ${JSON.stringify(api)} is not v1beta3 or v1beta4; read as v1beta4`, null, 'info');
      const at = (key: string) => `${cm.label}: ClusterConfiguration.${key}`;
      const pods = str(field(config, 'networking', 'podSubnet'));
      if (pods !== null && pods !== '') evidence.offer('spec.podCIDRs', splitList(pods), at('networking.podSubnet'), AUTHORITY.recorded);
      const services = str(field(config, 'networking', 'serviceSubnet'));
      if (services !== null && services !== '') evidence.offer('spec.serviceCIDRs', splitList(services), at('networking.serviceSubnet'), AUTHORITY.recorded);
      const domain = str(field(config, 'networking', 'dnsDomain'));
      if (domain !== null && domain !== '') evidence.offer('spec.clusterDomain', domain, at('networking.dnsDomain'), AUTHORITY.recorded);
      const extra = extraArgs(field(config, 'controllerManager', 'extraArgs'));
      controllerManagerFlags(extra, (key) => at(`controllerManager.extraArgs[${key}]`), AUTHORITY.recorded, evidence);
      const apiExtra = extraArgs(field(config, 'apiServer', 'extraArgs'));
      const range = apiExtra.get('service-cluster-ip-range');
      if (range !== undefined) evidence.offer('spec.serviceCIDRs', splitList(range), at('apiServer.extraArgs[service-cluster-ip-range]'), AUTHORITY.recorded);
    }
  }
  for (const workload of componentWorkloads(dump, 'kube-controller-manager')) {
    for (const container of containersOf(workload)) {
      const flags = flagsOf(container);
      controllerManagerFlags(flags, (key) => `${container.label}: --${key}`, AUTHORITY.running, evidence);
    }
  }
  for (const workload of componentWorkloads(dump, 'kube-apiserver')) {
    for (const container of containersOf(workload)) {
      const range = flagsOf(container).get('service-cluster-ip-range');
      if (range !== undefined) evidence.offer('spec.serviceCIDRs', splitList(range), `${container.label}: --service-cluster-ip-range`, AUTHORITY.running);
    }
  }
}

/** v1beta3 `extraArgs: {name: value}` or v1beta4 `extraArgs: [{name, value}]`. */
export function extraArgs(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const entry of value) if (isObj(entry) && typeof entry.name === 'string') out.set(entry.name, String(entry.value ?? ''));
  } else if (isObj(value)) {
    for (const [key, v] of Object.entries(value)) out.set(key, String(v));
  }
  return out;
}

function controllerManagerFlags(flags: Map<string, string>, source: (key: string) => string, authority: number, evidence: Evidence): void {
  const cidr = flags.get('cluster-cidr');
  if (cidr !== undefined && cidr !== '') evidence.offer('spec.podCIDRs', splitList(cidr), source('cluster-cidr'), authority);
  const range = flags.get('service-cluster-ip-range');
  if (range !== undefined && range !== '') evidence.offer('spec.serviceCIDRs', splitList(range), source('service-cluster-ip-range'), authority);
  const allocate = flags.get('allocate-node-cidrs');
  if (allocate === 'false') evidence.finding(`${source('allocate-node-cidrs')} is false: the controller-manager assigns no node pod CIDRs; the CNI's IPAM does`, 'spec.nodeCIDRMaskSize', 'info');
  // --node-cidr-mask-size applies to a single-stack cluster; the per-family flags win over it (nodeipam options).
  const both = flags.get('node-cidr-mask-size');
  const v4 = flags.get('node-cidr-mask-size-ipv4') ?? both;
  const v6 = flags.get('node-cidr-mask-size-ipv6');
  if (v4 !== undefined && /^\d+$/.test(v4)) {
    evidence.offer('spec.nodeCIDRMaskSize.ipv4', Number(v4), source(flags.has('node-cidr-mask-size-ipv4') ? 'node-cidr-mask-size-ipv4' : 'node-cidr-mask-size'), authority);
  }
  if (v6 !== undefined && /^\d+$/.test(v6)) evidence.offer('spec.nodeCIDRMaskSize.ipv6', Number(v6), source('node-cidr-mask-size-ipv6'), authority);
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

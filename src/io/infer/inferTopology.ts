/**
 * A `kubectl get … -o yaml` dump → the complete document set the importer takes: a Topology document whose
 * every inferred field names the object and key it came from, plus the dump's Kubernetes objects the model
 * holds. Readers (one per component, each citing its format) offer candidate values to an Evidence; the
 * running component wins a disagreement and the disagreement is a finding; what nothing supplied is listed in
 * `missing` with the flag or field that would. An explicit Topology document in the dump wins field by field.
 * Pure: the caller reads files (the dump, --underlay, --instance-types) and passes their text.
 */
import { TOPOLOGY_API_VERSION } from '../convertTopology';
import { AUTHORITY, Evidence, type Finding, type Missing } from './evidence';
import { containersOf, envOf, field, indexDump, isObj, str, type Dump, type DumpObject, type Obj } from './dump';
import { readAwsVpcCni, type InstanceTypeLimits } from './readAwsVpcCni';
import { readCalico } from './readCalico';
import { readCilium } from './readCilium';
import { readCoreDns } from './readCoreDns';
import { readFlannel } from './readFlannel';
import { readKubeadm } from './readKubeadm';
import { readKubeProxy } from './readKubeProxy';
import { readUnderlay, type UnderlayInput } from './readUnderlay';

export interface InferOptions {
  /** metadata.name of the Topology; default the kubeadm clusterName, else "inferred". */
  readonly name?: string;
  readonly underlay?: readonly UnderlayInput[];
  /** From `aws ec2 describe-instance-types` (parseInstanceTypes): authoritative over the built-in table. */
  readonly instanceTypes?: ReadonlyMap<string, InstanceTypeLimits>;
}

export interface InferResult {
  /** The Topology document first, then the Kubernetes objects, as `kubectl get -o yaml` prints them. */
  readonly documents: Obj[];
  /** Topology field path (`spec.cni.overlay`) or object path → where its value came from. */
  readonly sources: Record<string, string>;
  readonly missing: Missing[];
  readonly findings: Finding[];
  /** The dump had its own Topology document (its fields won over inference). */
  readonly explicit: boolean;
}

/** Kinds passed through to the importer. */
// The running objects and policies pass through to the document set unchanged. Workload kinds (Deployment, DaemonSet…)
// do not: a cluster dump has their Pods, and the model takes a workload's template only where no Pods exist.
const MODEL_KINDS = new Set(['Node', 'Pod', 'Service', 'EndpointSlice', 'Namespace', 'NetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

const READ_CONFIG_MAPS = new Set(['kubeadm-config', 'kube-proxy', 'kube-proxy-config', 'coredns', 'kube-flannel-cfg', 'calico-config', 'cilium-config']);
const READ_DAEMON_SETS = new Set(['kube-proxy', 'aws-node', 'calico-node', 'cilium', 'kube-flannel-ds']);
const READ_KINDS = new Set(['IPPool', 'Installation', 'FelixConfiguration', 'BlockAffinity', 'CiliumNode']);
const CONTROL_PLANE = new Set(['kube-controller-manager', 'kube-apiserver']);

/** The dump holds an object some reader reads (a Deployment or an unrelated ConfigMap does not count). */
export function hasInferenceSources(documents: readonly unknown[]): boolean {
  return indexDump(documents).objects.some(
    (o) =>
      READ_KINDS.has(o.kind) ||
      (o.kind === 'ConfigMap' && READ_CONFIG_MAPS.has(o.name)) ||
      (o.kind === 'DaemonSet' && READ_DAEMON_SETS.has(o.name)) ||
      (o.kind === 'Pod' && CONTROL_PLANE.has(str(field(o.value, 'metadata', 'labels', 'component')) ?? '')),
  );
}

export function inferTopology(documents: readonly unknown[], options: InferOptions = {}): InferResult {
  const dump = indexDump(documents);
  const evidence = new Evidence();
  readKubeadm(dump, evidence);
  readKubeProxy(dump, evidence);
  readCoreDns(dump, evidence);
  readFlannel(dump, evidence);
  readCalico(dump, evidence);
  readCilium(dump, evidence);
  readAwsVpcCni(dump, evidence, options.instanceTypes ?? new Map());
  readUnderlay(dump, evidence, options.underlay ?? []);
  readFromNodes(dump, evidence);
  listUnknowns(evidence);
  const chosen = evidence.resolve();

  const spec: Obj = {};
  const sources: Record<string, string> = {};
  for (const [path, candidate] of chosen) {
    if (!path.startsWith('spec.')) continue;
    setPath(spec, path.slice('spec.'.length).split('.'), candidate.value);
    sources[path] = candidate.source;
  }
  checkNodePodCIDRs(dump, spec, evidence);
  underlayMtuFromPods(spec, sources, evidence);
  const explicitDoc = dump.objects.find((o) => o.kind === 'Topology') ?? null;
  const metadata: Obj = { name: options.name ?? clusterName(dump, sources) ?? 'inferred' };
  if (options.name === undefined && sources['metadata.name'] === undefined) evidence.lack('metadata.name', '--name NAME (or kubeadm-config ClusterConfiguration.clusterName)');
  let document: Obj = { apiVersion: TOPOLOGY_API_VERSION, kind: 'Topology', metadata, spec };
  if (explicitDoc !== null) {
    document = mergeExplicit(document, explicitDoc.value, sources);
    if (options.name !== undefined) document.metadata = { ...(document.metadata as Obj), name: options.name };
  }
  const objects = dump.objects.filter((o) => MODEL_KINDS.has(o.kind)).map((o) => withNodePodCIDRs(o, evidence, sources));
  return {
    documents: [document, ...objects],
    sources: Object.fromEntries([...Object.entries(sources), ...evidence.objectSources]),
    missing: evidence.missing,
    findings: evidence.findings,
    explicit: explicitDoc !== null,
  };
}

/** What Node objects say on their own: the node mask from the CIDRs assigned, the cluster name. */
function readFromNodes(dump: Dump, evidence: Evidence): void {
  const lengths = { IPv4: new Set<number>(), IPv6: new Set<number>() };
  for (const node of dump.ofKind('Node')) {
    const cidrs = field(node.value, 'spec', 'podCIDRs') ?? (str(field(node.value, 'spec', 'podCIDR')) === null ? [] : [field(node.value, 'spec', 'podCIDR')]);
    if (!Array.isArray(cidrs)) continue;
    for (const cidr of cidrs) if (typeof cidr === 'string' && cidr.includes('/')) lengths[cidr.includes(':') ? 'IPv6' : 'IPv4'].add(Number(cidr.split('/')[1]));
  }
  for (const [family, set] of Object.entries(lengths)) {
    // What the allocator really assigned: the running state, as good as the controller-manager's flag.
    if (set.size === 1) evidence.offer(`spec.nodeCIDRMaskSize.${family === 'IPv4' ? 'ipv4' : 'ipv6'}`, [...set][0], `Node spec.podCIDRs (every node's ${family} pod CIDR is a /${[...set][0]})`, AUTHORITY.running);
  }
}

/** Every field the model needs that no reader supplied, with what would supply it. */
function listUnknowns(evidence: Evidence): void {
  const wanted: Array<[string, string]> = [
    ['spec.podCIDRs', 'kube-controller-manager --cluster-cidr (static Pod kube-system/kube-controller-manager-*), kubeadm-config ClusterConfiguration.networking.podSubnet, or the CNI\'s pool (flannel net-conf.json Network, Calico IPPool spec.cidr, cilium-config cluster-pool-ipv4-cidr)'],
    ['spec.serviceCIDRs', 'kube-apiserver --service-cluster-ip-range (static Pod kube-system/kube-apiserver-*) or kubeadm-config ClusterConfiguration.networking.serviceSubnet'],
    ['spec.cni.plugin', 'the CNI\'s configuration: ConfigMap kube-flannel/kube-flannel-cfg, Calico IPPools, ConfigMap kube-system/cilium-config, DaemonSet kube-system/aws-node (none found: the model uses plugin generic)'],
    ['spec.cni.overlay', 'the CNI\'s encapsulation: flannel net-conf.json Backend.Type, Calico IPPool ipipMode/vxlanMode, cilium-config routing-mode/tunnel-protocol (default none assumed)'],
    ['spec.kubeProxy.mode', 'ConfigMap kube-system/kube-proxy data["config.conf"] mode, or the kube-proxy DaemonSet\'s --proxy-mode (default iptables assumed)'],
  ];
  for (const [path, supply] of wanted) if (!evidence.has(path)) evidence.lack(path, supply);
}

/** Per-packet bytes each encapsulation adds, as Calico and Cilium subtract them from the host MTU (../../engine/overlay). */
const OVERHEAD: Record<string, number> = { vxlan: 50, geneve: 50, ipip: 20, wireguard: 60 };

/**
 * A pod MTU above 1500 (Calico's Installation mtu, cilium-config mtu) means a jumbo-frame underlay: the CNIs set it
 * to the host MTU minus the encapsulation's overhead, so the host MTU is that sum. Said as a finding.
 */
function underlayMtuFromPods(spec: Obj, sources: Record<string, string>, evidence: Evidence): void {
  const cni = isObj(spec.cni) ? spec.cni : {};
  const underlay = isObj(spec.underlay) ? spec.underlay : {};
  if (typeof cni.mtu !== 'number' || underlay.mtu !== undefined) return;
  const overhead = OVERHEAD[String(cni.overlay ?? 'none')] ?? 0;
  const mtu = cni.mtu + overhead;
  if (mtu <= 1500) return;
  spec.underlay = { mtu, ...underlay };
  sources['spec.underlay.mtu'] = `spec.cni.mtu ${cni.mtu} + ${String(cni.overlay ?? 'none')} overhead ${overhead} (${sources['spec.cni.mtu'] ?? 'the CNI'})`;
  evidence.finding(`spec.underlay.mtu: ${mtu} = the pod MTU ${cni.mtu} plus the ${String(cni.overlay ?? 'none')} overhead ${overhead}, as the CNI derives one from the other; set spec.underlay.mtu if the hosts' MTU differs`, 'spec.underlay.mtu', 'info');
}

/** A node pod CIDR outside the cluster's pod CIDRs: the CNI (pools) and the controller-manager disagree. */
function checkNodePodCIDRs(dump: Dump, spec: Obj, evidence: Evidence): void {
  const pods = Array.isArray(spec.podCIDRs) ? (spec.podCIDRs as string[]) : [];
  if (pods.length === 0) return;
  for (const node of dump.ofKind('Node')) {
    const cidrs = field(node.value, 'spec', 'podCIDRs');
    if (!Array.isArray(cidrs)) continue;
    for (const cidr of cidrs) {
      if (typeof cidr !== 'string' || pods.some((p) => within(cidr, p))) continue;
      evidence.finding(`${node.label}: spec.podCIDRs ${cidr} is outside the pod CIDRs ${pods.join(', ')} the cluster's IPAM uses; pods on it get addresses from the pool, not from this range`, 'spec.podCIDRs');
    }
  }
}

function within(inner: string, outer: string): boolean {
  const [a, al] = inner.split('/');
  const [b, bl] = outer.split('/');
  if (a === undefined || b === undefined || a.includes(':') !== b.includes(':') || a.includes(':')) return a === b && al === bl;
  const toInt = (ip: string) => ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  const length = Number(bl);
  if (Number(al) < length) return false;
  const size = 2 ** (32 - length);
  return Math.floor(toInt(a) / size) === Math.floor(toInt(b) / size);
}

function clusterName(dump: Dump, sources: Record<string, string>): string | null {
  const cm = dump.find('ConfigMap', 'kube-system', 'kubeadm-config');
  const text = str(field(cm?.value, 'data', 'ClusterConfiguration'));
  const match = text === null ? null : /^clusterName:\s*["']?([A-Za-z0-9_.-]{1,63})["']?\s*$/m.exec(text);
  if (match === null || cm === null) {
    // EKS: the aws-node DaemonSet carries the cluster's name.
    const awsNode = dump.find('DaemonSet', 'kube-system', 'aws-node');
    const container = awsNode === null ? undefined : containersOf(awsNode).find((c) => c.name === 'aws-node');
    const name = container === undefined ? null : envOf(container, 'CLUSTER_NAME');
    if (name === null || !/^[A-Za-z0-9_.-]{1,63}$/.test(name)) return null;
    sources['metadata.name'] = `${(container as { label: string }).label}: env CLUSTER_NAME`;
    return name;
  }
  sources['metadata.name'] = `${cm.label}: ClusterConfiguration.clusterName`;
  return match[1] as string;
}

/** A Node whose CNI assigned it pod CIDRs (CiliumNode, Calico BlockAffinity) that it does not list itself gets them. */
function withNodePodCIDRs(object: DumpObject, evidence: Evidence, sources: Record<string, string>): Obj {
  if (object.kind !== 'Node') return object.value;
  const assigned = evidence.nodePodCIDRs.get(object.name);
  const own = field(object.value, 'spec', 'podCIDRs');
  if (assigned === undefined) return object.value;
  if (Array.isArray(own) && own.length > 0) {
    if (JSON.stringify(own) !== JSON.stringify(assigned.cidrs)) {
      evidence.finding(`${object.label}: spec.podCIDRs ${own.join(', ')} but ${assigned.source} ${assigned.cidrs.join(', ')}; the CNI allocates pod addresses from its own (kept in the model: ${assigned.cidrs.join(', ')})`, `nodes.${object.name}.spec.podCIDRs`);
    } else return object.value;
  }
  sources[`nodes.${object.name}.spec.podCIDRs`] = assigned.source;
  const spec = isObj(object.value.spec) ? object.value.spec : {};
  const { podCIDR: _legacy, ...rest } = spec;
  return { ...object.value, spec: { ...rest, podCIDRs: [...assigned.cidrs] } };
}

/** The explicit document's fields replace inferred ones; mappings merge key by key, lists and scalars replace. */
function mergeExplicit(inferred: Obj, explicit: Obj, sources: Record<string, string>, path = ''): Obj {
  const out: Obj = { ...inferred };
  for (const [key, value] of Object.entries(explicit)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (isObj(value) && isObj(out[key]) && key !== 'nodeRoutes') out[key] = mergeExplicit(out[key] as Obj, value, sources, at);
    else {
      out[key] = value;
      for (const known of Object.keys(sources)) if (known === at || known.startsWith(`${at}.`)) delete sources[known];
      if (at.startsWith('spec.') || at === 'metadata.name') sources[at] = 'Topology document in the input (explicit)';
    }
  }
  return out;
}

function setPath(target: Obj, path: readonly string[], value: unknown): void {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    if (!isObj(at[key])) at[key] = {};
    at = at[key] as Obj;
  });
  at[path[path.length - 1] as string] = value;
}

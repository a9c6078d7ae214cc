/**
 * Checks between objects (unique names, references to nodes, subnets and Services) and the two inferences that
 * need other objects: a node's underlay subnet from its IP, and a host-network pod's IPs from its node.
 */
import type { ClusterNode, EndpointSlice, Pod, Service, UnderlaySubnet } from '../engine/model/topology';
import { parseIp, parsePrefix, prefixContains, type ParsedPrefix } from './addresses';
import type { SourceObject } from './collectObjects';
import type { ClusterSettings } from './convertTopology';
import { SUBNET_ANNOTATION } from './convertNode';
import { SERVICE_NAME_LABEL } from './convertEndpointSlice';
import { DuplicateTracker } from './fields';
import type { PathSegment, Scope } from './problems';

export interface Converted<T> {
  readonly source: SourceObject;
  readonly value: T | null;
}

export interface CrossCheckInput {
  readonly settings: ClusterSettings | null;
  readonly topologyScope: Scope | null;
  readonly nodes: readonly Converted<ClusterNode>[];
  readonly pods: readonly Converted<Pod>[];
  readonly services: readonly Converted<Service>[];
  readonly endpointSlices: readonly Converted<EndpointSlice>[];
}

export interface CrossCheckOutput {
  readonly nodes: ClusterNode[];
  readonly pods: Pod[];
  readonly inferences: string[];
}

export function crossCheck(input: CrossCheckInput): CrossCheckOutput {
  for (const [list, what] of [[input.nodes, 'Node name'], [input.pods, 'Pod'], [input.services, 'Service'], [input.endpointSlices, 'EndpointSlice']] as const) {
    const seen = new DuplicateTracker();
    for (const { source } of list) {
      if (source.key !== null) seen.check(source.key, source.scope, ['metadata', 'name'], `${what} ${JSON.stringify(source.key)}`);
    }
  }
  const nodeNames = new Set(keys(input.nodes));
  const inferences: string[] = [];
  const nodes = checkNodes(input, inferences);
  const nodesByName = new Map(nodes.map((node) => [node.name, node]));
  const pods = checkPods(input, nodeNames, nodesByName, inferences);
  checkEndpointSlices(input, nodeNames);
  if (input.settings !== null && input.topologyScope !== null) {
    for (const table of input.settings.nodeRoutes) {
      if (!nodeNames.has(table.node)) {
        input.topologyScope.error(['spec', 'nodeRoutes', table.node], `there is no Node named ${JSON.stringify(table.node)} for this route table`);
      }
    }
  }
  return { nodes, pods, inferences };
}

function keys(list: readonly Converted<unknown>[]): string[] {
  return list.flatMap(({ source }) => (source.key === null ? [] : [source.key]));
}

/**
 * The most specific underlay subnet containing a node's first InternalIP (first in document order on a tie),
 * or null. Export uses it too, to leave out a subnet annotation that import would infer anyway.
 */
export function inferSubnet(internalIPs: readonly string[], subnets: readonly UnderlaySubnet[]): { name: string; cidr: ParsedPrefix; address: string } | null {
  const first = internalIPs[0] === undefined ? null : parseIp(internalIPs[0]);
  if (first === null || !first.ok) return null;
  let best: { name: string; cidr: ParsedPrefix; address: string } | null = null;
  for (const subnet of subnets) {
    const cidr = parsePrefix(subnet.cidr);
    if (!cidr.ok || !prefixContains(cidr.value, first.value)) continue;
    if (best === null || cidr.value.length > best.cidr.length) best = { name: subnet.name, cidr: cidr.value, address: first.value.address };
  }
  return best;
}

function checkNodes(input: CrossCheckInput, inferences: string[]): ClusterNode[] {
  const underlaySubnets = input.settings?.underlay.subnets ?? [];
  const hasPodCIDRs = (input.settings?.podCIDRs.length ?? 0) > 0;
  const out: ClusterNode[] = [];
  for (const { source, value: node } of input.nodes) {
    if (node === null) continue;
    const scope = source.scope;
    let subnet = node.subnet;
    if (subnet !== null) checkNamedSubnet(source, node, subnet, underlaySubnets);
    else if (node.internalIPs.length === 0) {
      scope.warn(['status', 'addresses'], 'the node has no InternalIP, so its underlay subnet is unknown');
    } else {
      const inferred = inferSubnet(node.internalIPs, underlaySubnets);
      if (inferred === null) {
        scope.warn(['status', 'addresses'], `no underlay subnet contains InternalIP ${node.internalIPs[0]}; the node's subnet is unknown`);
      } else {
        subnet = inferred.name;
        inferences.push(`Node ${node.name}: underlay subnet ${JSON.stringify(inferred.name)} inferred from InternalIP ${inferred.address} (${inferred.cidr.prefix})`);
      }
    }
    if (node.podCIDRs.length === 0 && hasPodCIDRs) {
      scope.warn(['spec', 'podCIDRs'], 'the node has no pod CIDR yet; the node IPAM allocator would assign one (not done at import)');
    }
    out.push({ ...node, subnet });
  }
  return out;
}

function checkNamedSubnet(source: SourceObject, node: ClusterNode, subnet: string, subnets: readonly UnderlaySubnet[]): void {
  const named = subnets.find((s) => s.name === subnet);
  if (named === undefined) {
    const known = subnets.map((s) => s.name).join(', ') || 'none';
    source.scope.error(['metadata', 'annotations', SUBNET_ANNOTATION], `underlay subnet ${JSON.stringify(subnet)} does not exist (underlay subnets: ${known})`);
    return;
  }
  const cidr = parsePrefix(named.cidr);
  if (!cidr.ok) return;
  for (const text of node.internalIPs) {
    const ip = parseIp(text);
    if (ip.ok && ip.value.family === cidr.value.family && !prefixContains(cidr.value, ip.value)) {
      source.scope.error(addressPath(source, ip.value.address), `InternalIP ${ip.value.address} is not in subnet ${JSON.stringify(named.name)} (${cidr.value.prefix}) that the node names`);
    }
  }
}

/** Path of the status.addresses entry holding `address` in the raw Node (the model keeps addresses, not indexes). */
function addressPath(source: SourceObject, address: string): PathSegment[] {
  const index = indexHolding((source.value.status as { addresses?: unknown } | undefined)?.addresses, 'address', address);
  return index < 0 ? ['status', 'addresses'] : ['status', 'addresses', index, 'address'];
}

/** The index of the entry of a raw list whose `key` is `address` (in any spelling of it), or -1. */
function indexHolding(list: unknown, key: 'address' | 'ip', address: string): number {
  const entries = Array.isArray(list) ? (list as Array<Record<string, unknown> | null>) : [];
  return entries.findIndex((entry) => {
    const text = entry?.[key];
    const parsed = typeof text === 'string' ? parseIp(text) : null;
    return parsed !== null && parsed.ok && parsed.value.address === address;
  });
}

function checkPods(input: CrossCheckInput, nodeNames: ReadonlySet<string>, nodes: ReadonlyMap<string, ClusterNode>, inferences: string[]): Pod[] {
  const out: Pod[] = [];
  // Parsed once per node: a 5,000-node document has 150,000 pods.
  const parsedCIDRs = new Map<string, ParsedPrefix[]>();
  const podCIDRsOf = (node: ClusterNode): ParsedPrefix[] => {
    let cidrs = parsedCIDRs.get(node.name);
    if (cidrs === undefined) {
      cidrs = node.podCIDRs.map((text) => parsePrefix(text)).flatMap((parsed) => (parsed.ok ? [parsed.value] : []));
      parsedCIDRs.set(node.name, cidrs);
    }
    return cidrs;
  };
  for (const { source, value: pod } of input.pods) {
    if (pod === null) continue;
    if (pod.nodeName !== null && !nodeNames.has(pod.nodeName)) {
      source.scope.error(['spec', 'nodeName'], `there is no Node named ${JSON.stringify(pod.nodeName)}`);
    }
    const node = pod.nodeName === null ? undefined : nodes.get(pod.nodeName);
    if (pod.hostNetwork && pod.ips.length === 0 && node !== undefined) {
      if (node.internalIPs.length === 0) {
        source.scope.warn(['status', 'podIPs'], `host-network pod without podIPs, and node ${node.name} has no InternalIP to lend it`);
      } else {
        inferences.push(`Pod ${pod.namespace}/${pod.name}: host-network pod takes its node's InternalIPs (${node.internalIPs.join(', ')})`);
        out.push({ ...pod, ips: [...node.internalIPs] });
        continue;
      }
    }
    if (!pod.hostNetwork && node !== undefined) checkPodIPs(source, pod, node, podCIDRsOf(node), input.settings?.cni.plugin ?? 'generic');
    out.push(pod);
  }
  return out;
}

/**
 * CNIs whose IPAM is host-local over the node's `spec.podCIDR(s)`, so every pod IP lies inside them: kubenet ("allocates
 * pod IPs from the node's PodCIDR", kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/network-plugins),
 * flannel with the kube subnet manager (flannel-io/flannel Documentation/kubernetes.md: the node's podCIDR is its
 * subnet) and the reference bridge plugin with host-local IPAM (containernetworking/plugins plugins/ipam/host-local).
 * Calico, Cilium, Weave and the AWS VPC CNI run IPAM of their own that may ignore the node's pod CIDR, and `generic`
 * promises nothing, so only the address family is checked for them.
 */
const NODE_CIDR_IPAM = new Set<string>(['kubenet', 'flannel', 'bridge']);

/**
 * A pod IP must be of a family the node's pod CIDRs have (a single-stack node cannot give a pod an address of the
 * other family), and, with host-local IPAM, inside one of them. Nodes without pod CIDRs are not checked.
 */
function checkPodIPs(source: SourceObject, pod: Pod, node: ClusterNode, cidrs: readonly ParsedPrefix[], plugin: string): void {
  if (cidrs.length === 0) return;
  for (const text of pod.ips) {
    const ip = parseIp(text);
    if (!ip.ok) continue;
    const sameFamily = cidrs.filter((cidr) => cidr.family === ip.value.family);
    const shown = cidrs.map((cidr) => cidr.prefix).join(', ');
    if (sameFamily.length === 0) {
      source.scope.error(podIpPath(source, ip.value.address), `pod IP ${ip.value.address} is ${ip.value.family}, but node ${node.name}'s pod CIDRs (${shown}) have no ${ip.value.family} range`);
    } else if (NODE_CIDR_IPAM.has(plugin) && !sameFamily.some((cidr) => prefixContains(cidr, ip.value))) {
      source.scope.error(podIpPath(source, ip.value.address), `pod IP ${ip.value.address} is outside node ${node.name}'s pod CIDRs (${shown}), from which ${plugin} assigns pod IPs`);
    }
  }
}

/** Path of the status.podIPs entry (or status.podIP) holding `address` in the raw Pod. */
function podIpPath(source: SourceObject, address: string): PathSegment[] {
  const index = indexHolding((source.value.status as { podIPs?: unknown } | undefined)?.podIPs, 'ip', address);
  return index < 0 ? ['status', 'podIP'] : ['status', 'podIPs', index, 'ip'];
}

function checkEndpointSlices(input: CrossCheckInput, nodeNames: ReadonlySet<string>): void {
  const services = new Set(keys(input.services));
  const pods = new Set(keys(input.pods));
  for (const { source, value: slice } of input.endpointSlices) {
    if (slice === null) continue;
    const scope = source.scope;
    if (slice.serviceName !== '' && !services.has(`${slice.namespace}/${slice.serviceName}`)) {
      scope.error(['metadata', 'labels', SERVICE_NAME_LABEL], `there is no Service ${slice.namespace}/${slice.serviceName}`);
    }
    slice.endpoints.forEach((endpoint, index) => {
      if (endpoint.nodeName !== null && !nodeNames.has(endpoint.nodeName)) {
        scope.error(['endpoints', index, 'nodeName'], `there is no Node named ${JSON.stringify(endpoint.nodeName)}`);
      }
      const target = endpoint.targetPod;
      if (target !== null && !pods.has(`${target.namespace}/${target.name}`)) {
        scope.warn(['endpoints', index, 'targetRef'], `Pod ${target.namespace}/${target.name} is not in the document`);
      }
    });
  }
}

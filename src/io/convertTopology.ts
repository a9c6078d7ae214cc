/**
 * The Topology document → cluster-wide settings of the model, with defaults applied and every prefix and
 * address canonical. Node, Pod, Service and EndpointSlice objects are converted elsewhere.
 */
import {
  DEFAULT_DNS,
  DEFAULTS,
  type DnsSettings,
  type CniConfig,
  type ExternalNetwork,
  type IpFamily,
  type KubeProxyConfig,
  type NodeRouteTable,
  type Route,
  type Topology,
  type UnderlaySubnet,
} from '../engine/model/topology';
import { DEFAULT_POLICY_SETTINGS, type NetworkPolicySettings } from '../engine/policy/types';
import { bitsOf, prefixContains, type ParsedPrefix } from './addresses';
import { DuplicateTracker, ipField, perFamilyList, prefixField } from './fields';
import { parseIpRoute } from './ipRoute';
import { dns1123SubdomainProblem, interfaceNameProblem, localNameProblem } from '../engine/model/names';
import type { PathSegment, Scope } from './problems';
import { buildRoute } from './routes';
import { topologyDocumentSchema, type RouteObject, type TopologySpec } from './schemas';
import { checkShape } from './shapeProblems';

export const TOPOLOGY_API_VERSION = 'netmodel/v1alpha1';

export type ClusterSettings = Omit<
  Topology,
  'version' | 'nodes' | 'pods' | 'services' | 'endpointSlices' | 'namespaces' | 'networkPolicies' | 'adminNetworkPolicies' | 'baselineAdminNetworkPolicies' | 'workloads'
>;

/** The largest node-mask minus cluster-mask difference the node IPAM allocator accepts for IPv6. */
export const IPV6_MAX_MASK_DIFF = 16;

export function convertTopologyDocument(raw: unknown, scope: Scope, nameOverride: string | undefined): ClusterSettings | null {
  const errorsBefore = scope.sink.errorCount;
  const document = checkShape(topologyDocumentSchema, raw, scope);
  if (document === null) return null;
  // With shape errors the rest is still checked (checkShape), but the settings are not used: cross-checks against a
  // defaulted CNI or a pruned range would report problems the document does not have.
  const shapeErrors = scope.sink.errorCount > errorsBefore;
  if (document.apiVersion !== TOPOLOGY_API_VERSION) {
    scope.error(['apiVersion'], `${JSON.stringify(document.apiVersion)} is not supported; expected ${JSON.stringify(TOPOLOGY_API_VERSION)}`);
  }
  const name = nameOverride ?? document.metadata?.name ?? null;
  if (name === null || name === '') scope.error(['metadata', 'name'], 'the topology needs a name (metadata.name)');
  else {
    const problem = localNameProblem(name);
    if (problem !== null) scope.error(['metadata', 'name'], `topology name ${JSON.stringify(name)} ${problem}`);
  }
  const spec: TopologySpec = document.spec ?? {};
  const specScope = scope.at('spec');
  const clusterDomain = spec.clusterDomain ?? DEFAULTS.clusterDomain;
  const domainProblem = dns1123SubdomainProblem(clusterDomain);
  if (domainProblem !== null) specScope.error(['clusterDomain'], `${JSON.stringify(clusterDomain)} ${domainProblem}`);
  const podCIDRs = cidrs(spec.podCIDRs ?? [], specScope, 'podCIDRs', 'pod CIDRs');
  const serviceCIDRs = cidrs(spec.serviceCIDRs ?? [], specScope, 'serviceCIDRs', 'service CIDRs');
  const underlay = convertUnderlay(spec, specScope);
  const settings: ClusterSettings = {
    name: name ?? '',
    description: document.metadata?.description ?? '',
    clusterDomain,
    podCIDRs: podCIDRs.map((p) => p.prefix),
    serviceCIDRs: serviceCIDRs.map((p) => p.prefix),
    nodeCIDRMaskSize: nodeMaskSizes(spec, podCIDRs, specScope),
    cni: convertCni(spec, specScope),
    kubeProxy: convertKubeProxy(spec, specScope),
    underlay,
    externalNetworks: convertExternalNetworks(spec, specScope),
    nodeRoutes: convertNodeRoutes(spec, specScope),
    ...convertDns(spec, specScope),
    networkPolicy: convertNetworkPolicySettings(spec),
  };
  return shapeErrors ? null : settings;
}

/** spec.networkPolicy: each setting at its default unless written (src/engine/model/policy.ts says why each default). */
function convertNetworkPolicySettings(spec: TopologySpec): NetworkPolicySettings {
  const settings = spec.networkPolicy ?? {};
  return {
    ipBlockSelectsPodIPs: settings.ipBlockSelectsPodIPs ?? DEFAULT_POLICY_SETTINGS.ipBlockSelectsPodIPs,
    enforced: settings.enforced ?? DEFAULT_POLICY_SETTINGS.enforced,
    podToItself: settings.podToItself ?? DEFAULT_POLICY_SETTINGS.podToItself,
    ownNode: settings.ownNode ?? DEFAULT_POLICY_SETTINGS.ownNode,
    hostNetworkPods: settings.hostNetworkPods ?? DEFAULT_POLICY_SETTINGS.hostNetworkPods,
  };
}

/** spec.dns → DnsSettings; absent when every field is kubeadm's (so a document round-trips to one form). */
function convertDns(spec: TopologySpec, scope: Scope): { dns?: DnsSettings } {
  const dns = spec.dns;
  if (dns === undefined || dns === null) return {};
  const forward = (dns.forward ?? DEFAULT_DNS.forward).map((block, index) => {
    const zone = block.zone === '.' ? '.' : block.zone.replace(/\.$/, '').toLowerCase();
    const problem = zone === '.' ? null : dns1123SubdomainProblem(zone);
    if (problem !== null) scope.error(['dns', 'forward', index, 'zone'], `${JSON.stringify(block.zone)} ${problem}`);
    block.to.forEach((to, i) => {
      if (to.trim() === '' || /\s/.test(to)) scope.error(['dns', 'forward', index, 'to', i], `${JSON.stringify(to)} is not an upstream (an address[:port], tls://address or a resolv.conf path)`);
    });
    return { zone, to: [...block.to] };
  });
  const settings: DnsSettings = {
    podMode: dns.podMode ?? DEFAULT_DNS.podMode,
    ttl: dns.ttl ?? DEFAULT_DNS.ttl,
    reverseZones: dns.reverseZones ?? DEFAULT_DNS.reverseZones,
    fallthroughReverse: dns.fallthroughReverse ?? DEFAULT_DNS.fallthroughReverse,
    endpointPodNames: dns.endpointPodNames ?? DEFAULT_DNS.endpointPodNames,
    forward,
  };
  return JSON.stringify(settings) === JSON.stringify(DEFAULT_DNS) ? {} : { dns: settings };
}

function cidrs(values: readonly string[], scope: Scope, field: string, what: string): ParsedPrefix[] {
  const parse = (text: string, path: readonly PathSegment[]) => prefixField(text, scope, path);
  return perFamilyList(values, parse, scope, (i) => [field, i], what) ?? [];
}

/**
 * Mirrors kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go: the node mask may not be
 * shorter than the cluster prefix, and for IPv6 may be at most 16 bits longer (clusterSubnetMaxDiff).
 */
function nodeMaskSizes(spec: TopologySpec, podCIDRs: readonly ParsedPrefix[], scope: Scope): Topology['nodeCIDRMaskSize'] {
  const sizes = {
    ipv4: spec.nodeCIDRMaskSize?.ipv4 ?? DEFAULTS.nodeCIDRMaskSize.ipv4,
    ipv6: spec.nodeCIDRMaskSize?.ipv6 ?? DEFAULTS.nodeCIDRMaskSize.ipv6,
  };
  for (const cidr of podCIDRs) {
    const key = cidr.family === 'IPv4' ? 'ipv4' : 'ipv6';
    const size = sizes[key];
    const path = ['nodeCIDRMaskSize', key];
    if (size > bitsOf(cidr.family)) continue;
    if (size < cidr.length) {
      scope.error(path, `node mask size ${size} is shorter than the pod CIDR ${cidr.prefix}; it must be at least ${cidr.length}`);
    } else if (cidr.family === 'IPv6' && size - cidr.length > IPV6_MAX_MASK_DIFF) {
      scope.error(path, `node mask size ${size} is more than ${IPV6_MAX_MASK_DIFF} bits longer than the pod CIDR ${cidr.prefix}, which the node IPAM allocator refuses; use at most ${cidr.length + IPV6_MAX_MASK_DIFF}`);
    }
  }
  return sizes;
}

function convertCni(spec: TopologySpec, scope: Scope): CniConfig {
  const cni = spec.cni ?? {};
  const bridge = cni.bridge ?? DEFAULTS.bridge;
  const problem = interfaceNameProblem(bridge);
  if (problem !== null) scope.error(['cni', 'bridge'], `${JSON.stringify(bridge)} ${problem}`);
  const overlay = cni.overlay ?? 'none';
  const crossSubnet = cni.crossSubnet ?? false;
  if (crossSubnet && (overlay === 'none' || overlay === 'host-gw' || overlay === 'bgp')) {
    scope.warn(['cni', 'crossSubnet'], `crossSubnet has no effect with overlay ${JSON.stringify(overlay)}, which never encapsulates`);
  }
  return { plugin: cni.plugin ?? 'generic', overlay, crossSubnet, bridge, vni: cni.vni ?? null, port: cni.port ?? null, mtu: cni.mtu ?? null };
}

function convertKubeProxy(spec: TopologySpec, scope: Scope): KubeProxyConfig {
  const proxy = spec.kubeProxy ?? {};
  const proxyScope = scope.at('kubeProxy');
  // --cluster-cidr is one flag value, comma-separated for dual-stack (kube-proxy's own syntax).
  const cidrText = (proxy.clusterCIDR ?? '').trim();
  const clusterCIDRs: string[] = [];
  if (cidrText !== '') {
    const parse = (text: string) => prefixField(text.trim(), proxyScope, ['clusterCIDR']);
    const parts = cidrText.split(',');
    const parsed = perFamilyList(parts, parse, proxyScope, () => ['clusterCIDR'], 'clusterCIDR entries');
    for (const prefix of parsed ?? []) clusterCIDRs.push(prefix.prefix);
  }
  const nodePortAddresses = convertNodePortAddresses(proxy.nodePortAddresses ?? [], proxyScope);
  return {
    mode: proxy.mode ?? 'iptables',
    clusterCIDRs,
    masqueradeBit: proxy.masqueradeBit ?? DEFAULTS.masqueradeBit,
    masqueradeAll: proxy.masqueradeAll ?? false,
    localhostNodePorts: proxy.localhostNodePorts ?? true,
    nodePortAddresses,
  };
}

/** kube-proxy accepts either the single word "primary" or a list of CIDRs (pkg/proxy/apis/config/validation). */
function convertNodePortAddresses(values: readonly string[], scope: Scope): string[] {
  if (values.length === 1 && values[0] === 'primary') return ['primary'];
  const out: string[] = [];
  values.forEach((value, index) => {
    if (value === 'primary') {
      scope.error(['nodePortAddresses', index], '"primary" must be the only entry when it is used');
      return;
    }
    const prefix = prefixField(value, scope, ['nodePortAddresses', index]);
    if (prefix !== null) out.push(prefix.prefix);
  });
  return out;
}

function convertUnderlay(spec: TopologySpec, scope: Scope): Topology['underlay'] {
  const underlay = spec.underlay ?? {};
  const subnetNames = new DuplicateTracker();
  const subnets: UnderlaySubnet[] = [];
  (underlay.subnets ?? []).forEach((subnet, index) => {
    const at = ['underlay', 'subnets', index];
    const nameProblem = localNameProblem(subnet.name);
    if (nameProblem !== null) scope.error([...at, 'name'], `subnet name ${JSON.stringify(subnet.name)} ${nameProblem}`);
    subnetNames.check(subnet.name, scope, [...at, 'name'], `subnet name ${JSON.stringify(subnet.name)}`);
    const cidr = prefixField(subnet.cidr, scope, [...at, 'cidr']);
    let gateway: string | null = null;
    if (subnet.gateway !== undefined && subnet.gateway !== null) {
      const ip = ipField(subnet.gateway, scope, [...at, 'gateway']);
      if (ip !== null && cidr !== null) {
        if (ip.family !== cidr.family) scope.error([...at, 'gateway'], `gateway ${ip.address} is ${ip.family} but the subnet ${cidr.prefix} is ${cidr.family}`);
        else if (!prefixContains(cidr, ip)) scope.error([...at, 'gateway'], `gateway ${ip.address} is not in the subnet ${cidr.prefix}`);
      }
      gateway = ip?.address ?? null;
    }
    subnets.push({ name: subnet.name, cidr: cidr?.prefix ?? subnet.cidr, gateway, zone: subnet.zone ?? null, mtu: subnet.mtu ?? null });
  });
  const routes = convertRouteList(underlay.routes ?? [], scope, ['underlay', 'routes']);
  return { mtu: underlay.mtu ?? DEFAULTS.underlayMtu, subnets, routes };
}

function convertExternalNetworks(spec: TopologySpec, scope: Scope): ExternalNetwork[] {
  const names = new DuplicateTracker();
  return (spec.externalNetworks ?? []).map((network, index) => {
    const at = ['externalNetworks', index];
    const problem = localNameProblem(network.name);
    if (problem !== null) scope.error([...at, 'name'], `external network name ${JSON.stringify(network.name)} ${problem}`);
    names.check(network.name, scope, [...at, 'name'], `external network name ${JSON.stringify(network.name)}`);
    const cidr = prefixField(network.cidr, scope, [...at, 'cidr']);
    return { name: network.name, cidr: cidr?.prefix ?? network.cidr, kind: network.kind ?? 'other' };
  });
}

function convertRouteList(routes: readonly RouteObject[], scope: Scope, at: readonly PathSegment[]): Route[] {
  const out: Route[] = [];
  routes.forEach((fields, index) => {
    const route = buildRoute(fields, (field, message) => scope.error([...at, index, field], message));
    if (route !== null) out.push(route);
  });
  return out;
}

function convertNodeRoutes(spec: TopologySpec, scope: Scope): NodeRouteTable[] {
  const tables: NodeRouteTable[] = [];
  for (const [node, value] of Object.entries(spec.nodeRoutes ?? {})) {
    const at = ['nodeRoutes', node];
    if (typeof value !== 'string') {
      tables.push({ node, routes: convertRouteList(value, scope, at) });
      continue;
    }
    const table = parseIpRoute(value);
    for (const problem of table.errors) scope.error(at, problem.message);
    for (const problem of table.warnings) scope.warn(at, problem.message);
    tables.push({ node, routes: table.routes });
  }
  return tables;
}

export function familiesOf(prefixes: readonly string[]): IpFamily[] {
  return prefixes.map((prefix) => (prefix.includes(':') ? 'IPv6' : 'IPv4'));
}

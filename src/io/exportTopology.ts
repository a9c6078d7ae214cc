/**
 * Topology → the document format parseTopologyDocument reads, in a canonical form: the Topology document
 * first, then Nodes, Pods, Services and EndpointSlices in model order; fields equal to their defaults (or to
 * what import would infer) left out; inferred EndpointSlices left out, since import infers them again.
 * Kubernetes objects list their keys alphabetically, as kubectl prints them, so the two can be diffed.
 *
 * YAML is written with YAML 1.1 quoting rules, so strings like "yes", "on" or "0755" stay strings for YAML 1.1
 * readers (kubectl, sigs.k8s.io/yaml) as well as for this project's YAML 1.2 reader.
 */
import * as YAML from 'yaml';
import { DEFAULT_DNS, DEFAULTS, type ClusterNode, type EndpointSlice, type Pod, type Route, type Service, type Topology } from '../engine/model/topology';
import { TOPOLOGY_API_VERSION, familiesOf } from './convertTopology';
import { SERVICE_NAME_LABEL } from './convertEndpointSlice';
import { MTU_ANNOTATION, SUBNET_ANNOTATION } from './convertNode';
import { inferSubnet } from './crossChecks';
import { networkPolicySettingsObject, policyObjects } from './exportPolicies';
import { formatIpRoute } from './ipRoute';
import type { DocumentFormat } from './parseTopology';
import { completeIpFamilies } from './serviceFamilies';

type Json = Record<string, unknown>;

export function exportTopology(t: Topology, format: DocumentFormat): string {
  const objects = topologyToObjects(t);
  if (format === 'json') return `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }, null, 2)}\n`;
  return objects.map((object) => new YAML.Document(object, { version: '1.1' }).toString({ lineWidth: 0, indentSeq: false })).join('---\n');
}

export function topologyToObjects(t: Topology): unknown[] {
  const nodes = new Map(t.nodes.map((node) => [node.name, node]));
  return [
    topologyDocument(t),
    ...t.nodes.map((node) => sortKeys(nodeObject(node, t))),
    ...t.pods.map((pod) => sortKeys(podObject(pod, nodes))),
    ...t.services.map((service) => sortKeys(serviceObject(service, t))),
    ...t.endpointSlices.filter((slice) => !slice.inferred).map((slice) => sortKeys(endpointSliceObject(slice))),
    ...policyObjects(t).map(sortKeys),
  ];
}

/** Adds `key: value` unless the value is the default (`skip`), an empty list or an empty mapping. */
function put(target: Json, key: string, value: unknown, skip?: unknown): void {
  if (value === undefined || value === null || value === skip) return;
  if (Array.isArray(value) && value.length === 0) return;
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return;
  target[key] = value;
}

function topologyDocument(t: Topology): Json {
  const metadata: Json = { name: t.name };
  put(metadata, 'description', t.description, '');
  const spec: Json = {};
  put(spec, 'clusterDomain', t.clusterDomain, DEFAULTS.clusterDomain);
  put(spec, 'podCIDRs', [...t.podCIDRs]);
  put(spec, 'serviceCIDRs', [...t.serviceCIDRs]);
  const mask: Json = {};
  put(mask, 'ipv4', t.nodeCIDRMaskSize.ipv4, DEFAULTS.nodeCIDRMaskSize.ipv4);
  put(mask, 'ipv6', t.nodeCIDRMaskSize.ipv6, DEFAULTS.nodeCIDRMaskSize.ipv6);
  put(spec, 'nodeCIDRMaskSize', mask);
  put(spec, 'cni', cniObject(t));
  put(spec, 'kubeProxy', kubeProxyObject(t));
  put(spec, 'underlay', underlayObject(t));
  put(spec, 'externalNetworks', t.externalNetworks.map((network) => {
    const out: Json = { name: network.name, cidr: network.cidr };
    put(out, 'kind', network.kind, 'other');
    return out;
  }));
  put(spec, 'nodeRoutes', Object.fromEntries(t.nodeRoutes.map((table) => [table.node, formatIpRoute(table.routes)])));
  put(spec, 'networkPolicy', networkPolicySettingsObject(t));
  put(spec, 'dns', dnsObject(t));
  const document: Json = { apiVersion: TOPOLOGY_API_VERSION, kind: 'Topology', metadata };
  put(document, 'spec', spec);
  return document;
}

function dnsObject(t: Topology): Json {
  const dns: Json = {};
  if (t.dns === undefined) return dns;
  put(dns, 'podMode', t.dns.podMode, DEFAULT_DNS.podMode);
  put(dns, 'ttl', t.dns.ttl, DEFAULT_DNS.ttl);
  put(dns, 'reverseZones', t.dns.reverseZones, DEFAULT_DNS.reverseZones);
  put(dns, 'fallthroughReverse', t.dns.fallthroughReverse, DEFAULT_DNS.fallthroughReverse);
  put(dns, 'endpointPodNames', t.dns.endpointPodNames, DEFAULT_DNS.endpointPodNames);
  if (JSON.stringify(t.dns.forward) !== JSON.stringify(DEFAULT_DNS.forward)) dns.forward = t.dns.forward.map((f) => ({ zone: f.zone, to: [...f.to] }));
  return dns;
}

function cniObject(t: Topology): Json {
  const cni: Json = {};
  put(cni, 'plugin', t.cni.plugin, 'generic');
  put(cni, 'overlay', t.cni.overlay, 'none');
  put(cni, 'crossSubnet', t.cni.crossSubnet, false);
  put(cni, 'bridge', t.cni.bridge, DEFAULTS.bridge);
  put(cni, 'vni', t.cni.vni);
  put(cni, 'port', t.cni.port);
  put(cni, 'mtu', t.cni.mtu);
  return cni;
}

function kubeProxyObject(t: Topology): Json {
  const proxy: Json = {};
  put(proxy, 'mode', t.kubeProxy.mode, 'iptables');
  put(proxy, 'clusterCIDR', t.kubeProxy.clusterCIDRs.join(','), '');
  put(proxy, 'masqueradeBit', t.kubeProxy.masqueradeBit, DEFAULTS.masqueradeBit);
  put(proxy, 'masqueradeAll', t.kubeProxy.masqueradeAll, false);
  put(proxy, 'localhostNodePorts', t.kubeProxy.localhostNodePorts, true);
  put(proxy, 'nodePortAddresses', [...t.kubeProxy.nodePortAddresses]);
  return proxy;
}

function underlayObject(t: Topology): Json {
  const underlay: Json = {};
  put(underlay, 'mtu', t.underlay.mtu, DEFAULTS.underlayMtu);
  put(underlay, 'subnets', t.underlay.subnets.map((subnet) => {
    const out: Json = { name: subnet.name, cidr: subnet.cidr };
    put(out, 'gateway', subnet.gateway);
    put(out, 'zone', subnet.zone);
    put(out, 'mtu', subnet.mtu);
    return out;
  }));
  put(underlay, 'routes', t.underlay.routes.map(routeObject));
  return underlay;
}

function routeObject(route: Route): Json {
  const out: Json = { destination: route.destination };
  put(out, 'via', route.via);
  put(out, 'dev', route.dev);
  put(out, 'type', route.type, 'unicast');
  put(out, 'metric', route.metric);
  put(out, 'src', route.src);
  put(out, 'onlink', route.onlink, false);
  return out;
}

function metadataOf(name: string, namespace: string | null, labels: Readonly<Record<string, string>>): Json {
  const metadata: Json = { name };
  if (namespace !== null) metadata.namespace = namespace;
  put(metadata, 'labels', { ...labels });
  return metadata;
}

function nodeObject(node: ClusterNode, t: Topology): Json {
  const metadata = metadataOf(node.name, null, node.labels);
  const annotations: Json = {};
  const inferred = inferSubnet(node.internalIPs, t.underlay.subnets)?.name ?? null;
  if (node.subnet !== inferred) put(annotations, SUBNET_ANNOTATION, node.subnet);
  put(annotations, MTU_ANNOTATION, node.mtu === null ? null : String(node.mtu));
  put(metadata, 'annotations', annotations);
  const object: Json = { apiVersion: 'v1', kind: 'Node', metadata };
  put(object, 'spec', node.podCIDRs.length > 0 ? { podCIDRs: [...node.podCIDRs] } : {});
  const status: Json = {};
  put(status, 'addresses', [
    ...node.internalIPs.map((address) => ({ type: 'InternalIP', address })),
    ...node.externalIPs.map((address) => ({ type: 'ExternalIP', address })),
  ]);
  put(status, 'capacity', node.maxPods === null ? null : { pods: String(node.maxPods) });
  put(object, 'status', status);
  return object;
}

function podObject(pod: Pod, nodes: ReadonlyMap<string, ClusterNode>): Json {
  const containers: Json[] = [];
  for (const port of pod.ports) {
    let container = containers.find((c) => c.name === port.container);
    if (container === undefined) {
      container = { name: port.container, ports: [] };
      containers.push(container);
    }
    const out: Json = { containerPort: port.containerPort };
    put(out, 'name', port.name);
    put(out, 'protocol', port.protocol, 'TCP');
    put(out, 'hostPort', port.hostPort);
    (container.ports as Json[]).push(out);
  }
  const spec: Json = {};
  put(spec, 'nodeName', pod.nodeName);
  put(spec, 'hostNetwork', pod.hostNetwork, false);
  put(spec, 'containers', containers);
  const status: Json = {};
  const node = pod.nodeName === null ? undefined : nodes.get(pod.nodeName);
  const lent = pod.hostNetwork && node !== undefined && node.internalIPs.length > 0 && sameList(node.internalIPs, pod.ips);
  if (!lent) put(status, 'podIPs', pod.ips.map((ip) => ({ ip })));
  if (!pod.ready) status.conditions = [{ type: 'Ready', status: 'False' }];
  const metadata = metadataOf(pod.name, pod.namespace, pod.labels);
  // The controller reference alone (the model keeps no other, nor uids): enough for the reader to find it again.
  if (pod.owner !== undefined) metadata.ownerReferences = [{ ...pod.owner, controller: true }];
  const object: Json = { apiVersion: 'v1', kind: 'Pod', metadata };
  put(object, 'spec', spec);
  put(object, 'status', status);
  return object;
}

function serviceObject(service: Service, t: Topology): Json {
  const spec: Json = {};
  put(spec, 'type', service.type, 'ClusterIP');
  if (service.headless) spec.clusterIP = 'None';
  else if (service.clusterIPs.length === 1) spec.clusterIP = service.clusterIPs[0];
  else put(spec, 'clusterIPs', [...service.clusterIPs]);
  const defaultFamilies = completeIpFamilies([], service, familiesOf(t.serviceCIDRs));
  if (!sameList(defaultFamilies, service.ipFamilies)) spec.ipFamilies = [...service.ipFamilies];
  put(spec, 'ipFamilyPolicy', service.ipFamilyPolicy);
  put(spec, 'ports', service.ports.map((port) => {
    const out: Json = { port: port.port };
    put(out, 'name', port.name);
    put(out, 'protocol', port.protocol, 'TCP');
    put(out, 'targetPort', port.targetPort, port.port);
    put(out, 'nodePort', port.nodePort);
    put(out, 'appProtocol', port.appProtocol);
    return out;
  }));
  put(spec, 'selector', service.selector === null ? null : { ...service.selector });
  put(spec, 'externalIPs', [...service.externalIPs]);
  put(spec, 'loadBalancerSourceRanges', [...service.loadBalancerSourceRanges]);
  put(spec, 'externalName', service.externalName);
  put(spec, 'sessionAffinity', service.sessionAffinity, 'None');
  if (service.sessionAffinityTimeoutSeconds !== null) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: service.sessionAffinityTimeoutSeconds } };
  }
  put(spec, 'externalTrafficPolicy', service.externalTrafficPolicy, 'Cluster');
  put(spec, 'internalTrafficPolicy', service.internalTrafficPolicy, 'Cluster');
  put(spec, 'healthCheckNodePort', service.healthCheckNodePort);
  put(spec, 'publishNotReadyAddresses', service.publishNotReadyAddresses, false);
  const object: Json = { apiVersion: 'v1', kind: 'Service', metadata: metadataOf(service.name, service.namespace, service.labels) };
  put(object, 'spec', spec);
  if (service.loadBalancerIPs.length > 0) object.status = { loadBalancer: { ingress: service.loadBalancerIPs.map((ip) => ({ ip })) } };
  return object;
}

function endpointSliceObject(slice: EndpointSlice): Json {
  const metadata: Json = { name: slice.name, namespace: slice.namespace, labels: { [SERVICE_NAME_LABEL]: slice.serviceName } };
  const endpoints = slice.endpoints.map((endpoint) => {
    const conditions: Json = {};
    put(conditions, 'ready', endpoint.ready, true);
    put(conditions, 'serving', endpoint.serving, endpoint.ready);
    put(conditions, 'terminating', endpoint.terminating, false);
    const out: Json = { addresses: [...endpoint.addresses] };
    put(out, 'conditions', conditions);
    put(out, 'nodeName', endpoint.nodeName);
    put(out, 'zone', endpoint.zone);
    put(out, 'hostname', endpoint.hostname);
    if (endpoint.targetPod !== null) out.targetRef = { kind: 'Pod', namespace: endpoint.targetPod.namespace, name: endpoint.targetPod.name };
    return out;
  });
  const ports = slice.ports.map((port) => {
    const out: Json = {};
    put(out, 'name', port.name);
    put(out, 'protocol', port.protocol, 'TCP');
    put(out, 'port', port.port);
    put(out, 'appProtocol', port.appProtocol);
    return out;
  });
  const object: Json = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata, addressType: slice.addressType };
  put(object, 'endpoints', endpoints);
  put(object, 'ports', ports);
  return object;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Recursively orders mapping keys (label and selector maps included), as kubectl's YAML printer does. */
function sortKeys(value: unknown): Json {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.keys(v).sort().map((key) => [key, sort((v as Json)[key])]));
  };
  return sort(value) as Json;
}

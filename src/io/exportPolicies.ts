/**
 * The policy part of a Topology → Kubernetes objects, in the canonical form exportTopology writes: Namespaces
 * (without the `kubernetes.io/metadata.name` label the API server adds), workloads, NetworkPolicies (policyTypes
 * left out when equal to what defaulting gives), AdminNetworkPolicies and the baseline; defaults left out.
 */
import {
  NAMESPACE_NAME_LABEL,
  type AdminNetworkPolicy,
  type AdminPeer,
  type AdminPort,
  type AdminRule,
  type AdminPodSet,
  type BaselineAdminNetworkPolicy,
  type LabelSelector,
  type Namespace,
  type NetworkPolicy,
  type NetworkPolicyPeer,
  type NetworkPolicyRule,
  type Workload,
} from '../engine/model/policy';
import type { ContainerPort, Topology } from '../engine/model/topology';
import { defaultPolicyTypes } from '../engine/policy/types';
import { API_VERSIONS } from './collectObjects';

type Json = Record<string, unknown>;

const ANP_API_VERSION = API_VERSIONS.AdminNetworkPolicy;

export function policyObjects(t: Topology): Json[] {
  return [
    ...(t.namespaces ?? []).map(namespaceObject),
    ...(t.workloads ?? []).map(workloadObject),
    ...(t.networkPolicies ?? []).map(networkPolicyObject),
    ...(t.adminNetworkPolicies ?? []).map((anp) => adminObject('AdminNetworkPolicy', anp, anp.priority)),
    ...(t.baselineAdminNetworkPolicies ?? []).map((banp) => adminObject('BaselineAdminNetworkPolicy', banp, null)),
  ];
}

/** spec.networkPolicy of the Topology document, without the defaults. */
export function networkPolicySettingsObject(t: Topology): Json {
  const out: Json = {};
  const settings = t.networkPolicy;
  if (settings === undefined) return out;
  if (!settings.ipBlockSelectsPodIPs) out.ipBlockSelectsPodIPs = false;
  if (settings.enforced !== undefined) out.enforced = settings.enforced;
  if (settings.podToItself !== 'allowed') out.podToItself = settings.podToItself;
  if (settings.ownNode !== 'allowed') out.ownNode = settings.ownNode;
  if (settings.hostNetworkPods !== 'node') out.hostNetworkPods = settings.hostNetworkPods;
  return out;
}

function namespaceObject(ns: Namespace): Json {
  const labels = Object.fromEntries(Object.entries(ns.labels).filter(([key]) => key !== NAMESPACE_NAME_LABEL));
  const metadata: Json = { name: ns.name };
  if (Object.keys(labels).length > 0) metadata.labels = labels;
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}

function containersOf(ports: readonly ContainerPort[]): Json[] {
  const containers: Json[] = [];
  for (const port of ports) {
    let container = containers.find((c) => c.name === port.container);
    if (container === undefined) {
      container = { name: port.container, ports: [] };
      containers.push(container);
    }
    const out: Json = { containerPort: port.containerPort };
    if (port.name !== null) out.name = port.name;
    if (port.protocol !== 'TCP') out.protocol = port.protocol;
    if (port.hostPort !== null) out.hostPort = port.hostPort;
    (container.ports as Json[]).push(out);
  }
  return containers;
}

function workloadObject(w: Workload): Json {
  const podSpec: Json = {};
  if (w.hostNetwork) podSpec.hostNetwork = true;
  const containers = containersOf(w.ports);
  if (containers.length > 0) podSpec.containers = containers;
  const template: Json = {};
  if (Object.keys(w.labels).length > 0) template.metadata = { labels: { ...w.labels } };
  if (Object.keys(podSpec).length > 0) template.spec = podSpec;
  const spec: Json = w.kind === 'CronJob' ? { jobTemplate: { spec: { template } } } : { template };
  if (w.replicas !== null) spec.replicas = w.replicas;
  return { apiVersion: API_VERSIONS[w.kind], kind: w.kind, metadata: { name: w.name, namespace: w.namespace }, spec };
}

function selectorObject(s: LabelSelector): Json {
  const out: Json = {};
  if (Object.keys(s.matchLabels).length > 0) out.matchLabels = { ...s.matchLabels };
  if (s.matchExpressions.length > 0) {
    out.matchExpressions = s.matchExpressions.map((e) => (e.values.length > 0 ? { key: e.key, operator: e.operator, values: [...e.values] } : { key: e.key, operator: e.operator }));
  }
  return out;
}

function peerObject(peer: NetworkPolicyPeer): Json {
  const out: Json = {};
  if (peer.podSelector !== null) out.podSelector = selectorObject(peer.podSelector);
  if (peer.namespaceSelector !== null) out.namespaceSelector = selectorObject(peer.namespaceSelector);
  if (peer.ipBlock !== null) out.ipBlock = peer.ipBlock.except.length > 0 ? { cidr: peer.ipBlock.cidr, except: [...peer.ipBlock.except] } : { cidr: peer.ipBlock.cidr };
  return out;
}

function ruleObject(rule: NetworkPolicyRule, peerField: 'from' | 'to'): Json {
  const out: Json = {};
  if (rule.peers.length > 0) out[peerField] = rule.peers.map(peerObject);
  if (rule.ports.length > 0) {
    out.ports = rule.ports.map((p) => {
      const port: Json = {};
      if (p.protocol !== 'TCP') port.protocol = p.protocol;
      if (p.port !== null) port.port = p.port;
      if (p.endPort !== null) port.endPort = p.endPort;
      return port;
    });
  }
  return out;
}

function networkPolicyObject(p: NetworkPolicy): Json {
  const metadata: Json = { name: p.name, namespace: p.namespace };
  const spec: Json = { podSelector: selectorObject(p.podSelector) };
  const defaulted = defaultPolicyTypes(null, p.egress.length);
  if (defaulted.length !== p.policyTypes.length || defaulted.some((type, i) => type !== p.policyTypes[i])) spec.policyTypes = [...p.policyTypes];
  if (p.ingress.length > 0) spec.ingress = p.ingress.map((rule) => ruleObject(rule, 'from'));
  if (p.egress.length > 0) spec.egress = p.egress.map((rule) => ruleObject(rule, 'to'));
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata, spec };
}

function subjectObject(s: AdminPodSet | AdminPeer): Json {
  switch (s.kind) {
    case 'namespaces':
      return { namespaces: selectorObject(s.namespaceSelector) };
    case 'pods':
      return { pods: { namespaceSelector: selectorObject(s.namespaceSelector), podSelector: selectorObject(s.podSelector) } };
    case 'nodes':
      return { nodes: selectorObject(s.nodeSelector) };
    case 'networks':
      return { networks: [...s.cidrs] };
  }
}

function portObject(p: AdminPort): Json {
  switch (p.kind) {
    case 'number':
      return { portNumber: p.protocol === 'TCP' ? { port: p.port } : { protocol: p.protocol, port: p.port } };
    case 'named':
      return { namedPort: p.name };
    case 'range':
      return { portRange: p.protocol === 'TCP' ? { start: p.start, end: p.end } : { protocol: p.protocol, start: p.start, end: p.end } };
  }
}

function anpRuleObject(rule: AdminRule<string>, peerField: 'from' | 'to'): Json {
  const out: Json = {};
  if (rule.name !== null) out.name = rule.name;
  out.action = rule.action;
  out[peerField] = rule.peers.map(subjectObject);
  if (rule.ports.length > 0) out.ports = rule.ports.map(portObject);
  return out;
}

function adminObject(kind: string, p: AdminNetworkPolicy | BaselineAdminNetworkPolicy, priority: number | null): Json {
  const spec: Json = {};
  if (priority !== null) spec.priority = priority;
  spec.subject = subjectObject(p.subject);
  if (p.ingress.length > 0) spec.ingress = p.ingress.map((rule) => anpRuleObject(rule, 'from'));
  if (p.egress.length > 0) spec.egress = p.egress.map((rule) => anpRuleObject(rule, 'to'));
  return { apiVersion: ANP_API_VERSION, kind, metadata: { name: p.name }, spec };
}

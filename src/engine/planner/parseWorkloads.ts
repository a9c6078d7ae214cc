/**
 * parseOperation for the workload operations (Services and pods). Service fields follow the v1 API's
 * validation (kubernetes/kubernetes pkg/apis/core/validation/validation.go ValidateService): port names
 * required and unique when there is more than one port, (protocol, port) unique, nodePort only on
 * NodePort / LoadBalancer, in the default --service-node-port-range 30000-32767.
 */
import { PROTOCOLS, type Labels } from '../model/topology';
import { compact, describe, Fields } from './fields';
import { dns1035LabelProblem, dns1123LabelProblem, dns1123SubdomainProblem, portNameProblem } from '../model/names';
import type { AddPods, AddService, ContainerPortSpec, Problem, RemovePods, ScaleService, ServicePortSpec } from './operations';

export const MAX_REPLICAS = 10000;
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;

export function parseServiceRef(f: Fields): { namespace: string; name: string } {
  return {
    namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '',
    name: f.required('name', (k) => f.string(k, dns1035LabelProblem)) ?? '',
  };
}

function selectorOf(f: Fields, key: string): Labels | undefined {
  const labels = f.labels(key);
  if (labels !== undefined && Object.keys(labels).length === 0) return f.fail(key, 'an empty selector selects nothing here; leave it out for a Service without a selector');
  return labels;
}

function parsePorts(f: Fields, problems: Problem[], type: string | undefined): ServicePortSpec[] | undefined {
  const list = f.required('ports', (k) => f.list(k, 1, 100));
  if (list === undefined) return undefined;
  const out: ServicePortSpec[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const [i, v] of list.entries()) {
    const p = Fields.of(v, `${f.at('ports')}[${i}]`, problems, ['name', 'port', 'targetPort', 'protocol', 'nodePort']);
    if (p === undefined) continue;
    const name = p.string('name', portNameProblem);
    if (name === undefined && list.length > 1) p.fail('name', 'is required when a Service has more than one port');
    if (name !== undefined && names.has(name)) p.fail('name', `${JSON.stringify(name)} is used by another port`);
    if (name !== undefined) names.add(name);
    const port = p.required('port', (k) => p.int(k, 1, 65535));
    const protocol = p.oneOf('protocol', PROTOCOLS);
    const raw = p.raw('targetPort');
    const targetPort = raw === undefined ? undefined : typeof raw === 'string' ? p.string('targetPort', portNameProblem) : p.int('targetPort', 1, 65535);
    const nodePort = p.int('nodePort', NODE_PORT_RANGE.min, NODE_PORT_RANGE.max);
    if (nodePort !== undefined && (type ?? 'ClusterIP') === 'ClusterIP') p.fail('nodePort', 'may not be set on a ClusterIP Service');
    const key = `${protocol ?? 'TCP'}/${port}`;
    if (port !== undefined && seen.has(key)) p.fail('port', `${key} is used by another port`);
    seen.add(key);
    if (p.ok && port !== undefined) out.push(compact({ name, port, targetPort, protocol, nodePort }));
  }
  return out;
}

export function parseAddService(f: Fields, problems: Problem[]): AddService | undefined {
  const ref = parseServiceRef(f);
  const type = f.oneOf('type', SERVICE_TYPES);
  const clusterIPText = f.string('clusterIP');
  let clusterIP: string | undefined;
  if (clusterIPText === 'None') clusterIP = 'None';
  else if (clusterIPText !== undefined) clusterIP = f.ip('clusterIP')?.ip;
  if (clusterIP === 'None' && type !== undefined && type !== 'ClusterIP') f.fail('clusterIP', `may not be "None" for a ${type} Service`);
  const selector = selectorOf(f, 'selector');
  const replicas = f.int('replicas', 0, MAX_REPLICAS);
  if (replicas !== undefined && replicas > 0 && selector === undefined) f.fail('replicas', 'needs a selector: the pods are created with its labels');
  const etp = f.oneOf('externalTrafficPolicy', ['Cluster', 'Local'] as const);
  if (etp === 'Local' && (type ?? 'ClusterIP') === 'ClusterIP') f.fail('externalTrafficPolicy', 'may only be set on NodePort and LoadBalancer Services');
  return compact({
    op: 'addService' as const,
    ...ref,
    type,
    clusterIP,
    ports: parsePorts(f, problems, type) ?? [],
    selector,
    replicas,
    nodeSelector: f.labels('nodeSelector'),
    externalTrafficPolicy: etp,
    internalTrafficPolicy: f.oneOf('internalTrafficPolicy', ['Cluster', 'Local'] as const),
  });
}

export function parseScaleService(f: Fields): ScaleService {
  return compact({
    op: 'scaleService' as const,
    ...parseServiceRef(f),
    replicas: f.required('replicas', (k) => f.int(k, 0, MAX_REPLICAS)) ?? 0,
    nodeSelector: f.labels('nodeSelector'),
  });
}

function parseContainerPorts(f: Fields, problems: Problem[]): ContainerPortSpec[] | undefined {
  const list = f.list('ports', 0, 100);
  if (list === undefined) return undefined;
  const out: ContainerPortSpec[] = [];
  for (const [i, v] of list.entries()) {
    const p = Fields.of(v, `${f.at('ports')}[${i}]`, problems, ['name', 'containerPort', 'protocol']);
    if (p === undefined) continue;
    const spec = compact({ name: p.string('name', portNameProblem), containerPort: p.required('containerPort', (k) => p.int(k, 1, 65535)) ?? 0, protocol: p.oneOf('protocol', PROTOCOLS) });
    if (p.ok) out.push(spec);
  }
  return out;
}

export function parseAddPods(f: Fields, problems: Problem[]): AddPods {
  const node = f.string('node', dns1123SubdomainProblem);
  if (node !== undefined && f.has('nodeSelector')) f.fail('nodeSelector', 'give either node or nodeSelector, not both');
  const prefix = f.required('namePrefix', (k) => f.string(k, (s) => dns1123SubdomainProblem(`${s}-1`)));
  return compact({
    op: 'addPods' as const,
    namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '',
    namePrefix: prefix ?? '',
    count: f.required('count', (k) => f.int(k, 1, MAX_REPLICAS)) ?? 0,
    labels: f.labels('labels'),
    node,
    nodeSelector: f.labels('nodeSelector'),
    ports: parseContainerPorts(f, problems),
    hostNetwork: f.bool('hostNetwork'),
  });
}

export function parseRemovePods(f: Fields): RemovePods {
  const namespace = f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '';
  const list = f.list('names', 1, MAX_REPLICAS);
  const names: string[] = [];
  for (const [i, v] of (list ?? []).entries()) {
    const problem = typeof v === 'string' ? dns1123SubdomainProblem(v) : `expected a pod name, got ${describe(v)}`;
    if (problem === null) names.push(v as string);
    else f.fail(`names[${i}]`, typeof v === 'string' ? `${JSON.stringify(v)} ${problem}` : problem);
  }
  const selector = selectorOf(f, 'selector');
  if ((list === undefined) === (selector === undefined) && f.ok) f.fail('names', 'give exactly one of names and selector');
  return compact({ op: 'removePods' as const, namespace, names: list === undefined ? undefined : names, selector });
}

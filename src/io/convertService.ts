/**
 * A v1 Service → Service, with the API's defaults and the checks its validation makes
 * (kubernetes/kubernetes pkg/apis/core/validation: ValidateService and friends), so a Service a real cluster
 * would refuse is refused here with the same reasons.
 */
import type { IpFamily, Labels, Service, ServicePort, ServiceType } from '../engine/model/topology';
import { parsePrefix, prefixContains, type ParsedIp, type ParsedPrefix } from './addresses';
import { DuplicateTracker, ipField, labelsField, nameField, perFamilyList } from './fields';
import { dns1123LabelProblem, dns1123SubdomainProblem, portNameProblem } from '../engine/model/names';
import { namespaceField } from './convertPod';
import type { PathSegment, Scope } from './problems';
import { serviceSchema, type ServiceObject } from './schemas';
import { completeIpFamilies } from './serviceFamilies';
import { checkShape } from './shapeProblems';

export interface ServiceContext {
  /** The topology's service CIDRs, parsed, in order. */
  readonly serviceCIDRs: readonly ParsedPrefix[];
}

type Spec = NonNullable<ServiceObject['spec']>;

export function convertService(raw: unknown, scope: Scope, context: ServiceContext): Service | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const service = checkShape(serviceSchema, raw, scope);
  if (service === null) return null;
  const namespace = namespaceField(service.metadata?.namespace, scope);
  const name = nameField(service.metadata?.name, scope, ['metadata', 'name'], 'a Service', dns1123LabelProblem);
  const labels = labelsField(service.metadata?.labels, scope, ['metadata', 'labels']);
  const spec: Spec = service.spec ?? {};
  const specScope = scope.at('spec');
  const type: ServiceType = spec.type ?? 'ClusterIP';
  const { clusterIPs, headless } = clusterIPsOf(spec, type, specScope, context);
  const ports = servicePorts(spec, type, headless, specScope);
  // An empty selector is stored as no selector: the API's protobuf and JSON encodings drop empty maps, and the
  // EndpointSlice controller only skips nil ones (pkg/controller/endpointslice/endpointslice_controller.go).
  const selectorMap = spec.selector ?? null;
  const selector: Labels | null = selectorMap === null || Object.keys(selectorMap).length === 0 ? null : labelsField(selectorMap, specScope, ['selector']);
  const externalIPs = addresses(spec.externalIPs ?? [], specScope, 'externalIPs');
  const loadBalancerSourceRanges = sourceRanges(spec.loadBalancerSourceRanges ?? [], type, specScope);
  const loadBalancerIPs: string[] = [];
  (service.status?.loadBalancer?.ingress ?? []).forEach((ingress, index) => {
    if (ingress.ip === undefined || ingress.ip === null || ingress.ip === '') return;
    const ip = ipField(ingress.ip, scope, ['status', 'loadBalancer', 'ingress', index, 'ip']);
    if (ip !== null) loadBalancerIPs.push(ip.address);
  });
  const externalName = externalNameOf(spec, type, specScope);
  const affinity = sessionAffinity(spec, specScope);
  const externallyAccessible = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && externalIPs.length > 0);
  trafficPolicyChecks(spec, type, externallyAccessible, specScope);
  const ipFamilyPolicy = spec.ipFamilyPolicy ?? null;
  const ipFamilies = familiesOf(spec, { type, clusterIPs, headless, selector, ipFamilyPolicy }, specScope, context);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  return {
    namespace,
    name,
    type,
    clusterIPs,
    headless,
    ports,
    selector,
    externalIPs,
    loadBalancerIPs,
    loadBalancerSourceRanges,
    externalName,
    sessionAffinity: affinity.sessionAffinity,
    sessionAffinityTimeoutSeconds: affinity.timeout,
    externalTrafficPolicy: spec.externalTrafficPolicy ?? 'Cluster',
    internalTrafficPolicy: spec.internalTrafficPolicy ?? 'Cluster',
    healthCheckNodePort: spec.healthCheckNodePort ?? null,
    ipFamilies,
    ipFamilyPolicy,
    publishNotReadyAddresses: spec.publishNotReadyAddresses ?? false,
    labels,
  };
}

function clusterIPsOf(spec: Spec, type: ServiceType, scope: Scope, context: ServiceContext): { clusterIPs: string[]; headless: boolean } {
  const single = spec.clusterIP ?? null;
  const listed = spec.clusterIPs ?? null;
  const list = listed ?? (single !== null && single !== '' ? [single] : []);
  const field: PathSegment = listed !== null ? 'clusterIPs' : 'clusterIP';
  const at = (i: number): PathSegment[] => (field === 'clusterIPs' ? ['clusterIPs', i] : ['clusterIP']);
  if (listed !== null && single !== null && single !== '' && single !== listed[0]) {
    scope.error(['clusterIP'], `clusterIP ${JSON.stringify(single)} differs from clusterIPs[0] ${JSON.stringify(listed[0] ?? '')}; they must be equal`);
  }
  if (type === 'ExternalName') {
    if (list.length > 0) scope.error(at(0), 'must be empty for ExternalName services');
    return { clusterIPs: [], headless: false };
  }
  if (list.includes('None')) {
    if (list[0] !== 'None' || list.length > 1) scope.error(at(list.indexOf('None')), '"None" must be the only entry of clusterIPs');
    if (type !== 'ClusterIP') scope.error(at(0), `may not be "None" for ${type} services`);
    return { clusterIPs: [], headless: true };
  }
  const parse = (text: string, path: readonly PathSegment[]) => ipField(text, scope, path);
  const parsed: ParsedIp[] = perFamilyList(list, parse, scope, at, 'cluster IPs') ?? [];
  if (list.length === 0) {
    scope.warn([field], 'no clusterIP: the API server would allocate one from the service CIDR; the model leaves it unallocated');
  }
  parsed.forEach((ip, index) => {
    const ranges = context.serviceCIDRs.filter((cidr) => cidr.family === ip.family);
    if (ranges.length > 0 && !ranges.some((cidr) => prefixContains(cidr, ip))) {
      scope.warn(at(index), `${ip.address} is outside the service CIDR ${ranges.map((r) => r.prefix).join(', ')}`);
    }
  });
  return { clusterIPs: parsed.map((ip) => ip.address), headless: false };
}

function servicePorts(spec: Spec, type: ServiceType, headless: boolean, scope: Scope): ServicePort[] {
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !headless && type !== 'ExternalName') {
    scope.error(['ports'], 'a Service needs at least one port (only headless and ExternalName Services may have none)');
  }
  const names = new DuplicateTracker();
  const portKeys = new DuplicateTracker();
  const nodePortKeys = new DuplicateTracker();
  return ports.map((port, index) => {
    const at: PathSegment[] = ['ports', index];
    const name = port.name === undefined || port.name === null || port.name === '' ? null : port.name;
    if (name === null && ports.length > 1) scope.error([...at, 'name'], 'every port needs a name when a Service has more than one');
    if (name !== null) {
      const problem = dns1123LabelProblem(name);
      if (problem !== null) scope.error([...at, 'name'], `port name ${JSON.stringify(name)} ${problem}`);
      names.check(name, scope, [...at, 'name'], `port name ${JSON.stringify(name)}`);
    }
    const protocol = port.protocol ?? 'TCP';
    portKeys.check(`${protocol}/${port.port}`, scope, at, `port ${port.port}/${protocol}`);
    const targetPort = port.targetPort ?? port.port;
    if (typeof targetPort === 'string') {
      const problem = portNameProblem(targetPort);
      if (problem !== null) scope.error([...at, 'targetPort'], `${JSON.stringify(targetPort)} is neither a port number nor a valid port name: ${problem}`);
    }
    const nodePort = port.nodePort === undefined || port.nodePort === null || port.nodePort === 0 ? null : port.nodePort;
    if (nodePort !== null) {
      if (type === 'ClusterIP') scope.error([...at, 'nodePort'], "may not be used when type is 'ClusterIP'");
      nodePortKeys.check(`${protocol}/${nodePort}`, scope, [...at, 'nodePort'], `nodePort ${nodePort}/${protocol}`);
    } else if (type === 'NodePort') {
      scope.warn([...at, 'nodePort'], 'no nodePort: the API server would allocate one; the model leaves it unallocated');
    }
    return { name, protocol, port: port.port, targetPort, nodePort, appProtocol: port.appProtocol ?? null };
  });
}

function addresses(values: readonly string[], scope: Scope, field: string): string[] {
  const out: string[] = [];
  values.forEach((value, index) => {
    const ip = ipField(value, scope, [field, index]);
    if (ip !== null) out.push(ip.address);
  });
  return out;
}

/**
 * Kubernetes accepts source ranges with host bits (it masks them), so a real cluster's dump may have them:
 * masked here with a warning instead of refused.
 */
function sourceRanges(values: readonly string[], type: ServiceType, scope: Scope): string[] {
  if (values.length > 0 && type !== 'LoadBalancer') {
    scope.error(['loadBalancerSourceRanges'], "may only be used when type is 'LoadBalancer'");
  }
  const out: string[] = [];
  values.forEach((value, index) => {
    const parsed = parsePrefix(value.trim(), { hostBits: 'mask' });
    if (!parsed.ok) return scope.error(['loadBalancerSourceRanges', index], parsed.message);
    if (parsed.masked) scope.warn(['loadBalancerSourceRanges', index], `${JSON.stringify(value)} has host bits set; read as ${parsed.value.prefix}`);
    out.push(parsed.value.prefix);
  });
  return out;
}

function externalNameOf(spec: Spec, type: ServiceType, scope: Scope): string | null {
  const value = spec.externalName ?? null;
  if (type !== 'ExternalName') {
    if (value !== null && value !== '') scope.warn(['externalName'], `ignored: only ExternalName services use it (type is ${type})`);
    return null;
  }
  if (value === null || value === '') {
    scope.error(['externalName'], 'an ExternalName service needs externalName');
    return null;
  }
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  const problem = dns1123SubdomainProblem(name);
  if (problem !== null) scope.error(['externalName'], `${JSON.stringify(value)} ${problem}`);
  return value;
}

function sessionAffinity(spec: Spec, scope: Scope): { sessionAffinity: 'None' | 'ClientIP'; timeout: number | null } {
  const affinity = spec.sessionAffinity ?? 'None';
  const config = spec.sessionAffinityConfig ?? null;
  if (affinity === 'None' && config !== null) scope.error(['sessionAffinityConfig'], 'must not be set when sessionAffinity is None');
  return { sessionAffinity: affinity, timeout: affinity === 'ClientIP' ? (config?.clientIP?.timeoutSeconds ?? null) : null };
}

/** ExternallyAccessible and NeedsHealthCheck, kubernetes/kubernetes pkg/api/service/util.go. */
function trafficPolicyChecks(spec: Spec, type: ServiceType, externallyAccessible: boolean, scope: Scope): void {
  if (spec.externalTrafficPolicy !== undefined && spec.externalTrafficPolicy !== null && !externallyAccessible) {
    scope.error(['externalTrafficPolicy'], 'may only be set for externally-accessible services (NodePort, LoadBalancer, or ClusterIP with externalIPs)');
  }
  const healthCheck = spec.healthCheckNodePort ?? null;
  if (healthCheck !== null && !(type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local')) {
    scope.error(['healthCheckNodePort'], "may only be set when type is 'LoadBalancer' and externalTrafficPolicy is 'Local'");
  }
}

function familiesOf(spec: Spec, service: Parameters<typeof completeIpFamilies>[1], scope: Scope, context: ServiceContext): IpFamily[] {
  const given = spec.ipFamilies ?? [];
  const clusterFamilies = context.serviceCIDRs.map((cidr) => cidr.family);
  if (service.type === 'ExternalName') {
    if (given.length > 0) scope.error(['ipFamilies'], "may not be set when type is 'ExternalName'");
    if (service.ipFamilyPolicy !== null) scope.error(['ipFamilyPolicy'], "may not be set when type is 'ExternalName'");
    return [];
  }
  if (given.length === 2 && given[0] === given[1]) scope.error(['ipFamilies', 1], `${given[1]} is listed twice`);
  given.forEach((family, index) => {
    const ip = service.clusterIPs[index];
    if (ip !== undefined && (ip.includes(':') ? 'IPv6' : 'IPv4') !== family) {
      scope.error(['ipFamilies', index], `${family} does not match clusterIPs[${index}] ${ip}`);
    }
    if (clusterFamilies.length > 0 && !clusterFamilies.includes(family)) {
      scope.error(['ipFamilies', index], `${family} is not configured on this cluster (serviceCIDRs has no ${family} range)`);
    }
  });
  const policy = service.ipFamilyPolicy;
  if (policy === 'SingleStack' && (given.length === 2 || service.clusterIPs.length === 2)) {
    scope.error(['ipFamilyPolicy'], 'must be RequireDualStack or PreferDualStack when two families or cluster IPs are given');
  }
  const headlessSelectorless = service.headless && service.selector === null;
  if (policy === 'RequireDualStack' && !headlessSelectorless && clusterFamilies.length === 1) {
    scope.error(['ipFamilyPolicy'], 'this cluster is not configured for dual-stack services (serviceCIDRs has one family)');
  }
  return completeIpFamilies(given, service, clusterFamilies);
}

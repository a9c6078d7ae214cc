/**
 * A discovery.k8s.io/v1 EndpointSlice → EndpointSlice, with the API's condition defaults and the checks of
 * kubernetes/kubernetes pkg/apis/discovery/validation/validation.go (addresses must match addressType, port
 * names unique, hostname a DNS label).
 */
import type { Endpoint, EndpointPort, EndpointSlice } from '../engine/model/topology';
import { parseIp } from './addresses';
import { DuplicateTracker, nameField } from './fields';
import { dns1123LabelProblem, dns1123SubdomainProblem } from '../engine/model/names';
import { namespaceField } from './convertPod';
import type { PathSegment, Scope } from './problems';
import { endpointSliceSchema, type EndpointSliceObject } from './schemas';
import { checkShape } from './shapeProblems';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export function convertEndpointSlice(raw: unknown, scope: Scope): EndpointSlice | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const slice = checkShape(endpointSliceSchema, raw, scope);
  if (slice === null) return null;
  const namespace = namespaceField(slice.metadata?.namespace, scope);
  const name = nameField(slice.metadata?.name, scope, ['metadata', 'name'], 'an EndpointSlice', dns1123SubdomainProblem);
  const serviceName = slice.metadata?.labels?.[SERVICE_NAME_LABEL] ?? '';
  if (serviceName === '') {
    scope.error(['metadata', 'labels', SERVICE_NAME_LABEL], `the label ${SERVICE_NAME_LABEL} is required: it names the Service this slice belongs to`);
  }
  const endpoints = (slice.endpoints ?? []).map((endpoint, index) => convertEndpoint(endpoint, slice, namespace, scope.at('endpoints', index)));
  const ports = convertPorts(slice.ports ?? [], scope);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  return { namespace, name, serviceName, addressType: slice.addressType, endpoints, ports, inferred: false };
}

type EndpointObject = NonNullable<EndpointSliceObject['endpoints']>[number];

function convertEndpoint(endpoint: EndpointObject, slice: EndpointSliceObject, namespace: string, scope: Scope): Endpoint {
  const addresses = endpoint.addresses.map((address, index) => endpointAddress(address, slice.addressType, scope, ['addresses', index]));
  // Defaults from the API: ready nil means true, serving nil defers to ready, terminating nil means false
  // (kubernetes/kubernetes staging/src/k8s.io/api/discovery/v1/types.go, EndpointConditions).
  const ready = endpoint.conditions?.ready ?? true;
  const hostname = endpoint.hostname ?? null;
  if (hostname !== null) {
    const problem = dns1123LabelProblem(hostname);
    if (problem !== null) scope.error(['hostname'], `${JSON.stringify(hostname)} ${problem}`);
  }
  const ref = endpoint.targetRef ?? null;
  const targetPod = ref !== null && ref.kind === 'Pod' && ref.name ? { namespace: ref.namespace || namespace, name: ref.name } : null;
  return {
    addresses,
    ready,
    serving: endpoint.conditions?.serving ?? ready,
    terminating: endpoint.conditions?.terminating ?? false,
    nodeName: endpoint.nodeName || null,
    zone: endpoint.zone || null,
    hostname,
    targetPod,
  };
}

function endpointAddress(address: string, addressType: EndpointSliceObject['addressType'], scope: Scope, path: PathSegment[]): string {
  if (addressType === 'FQDN') {
    const name = address.endsWith('.') ? address.slice(0, -1) : address;
    const problem = dns1123SubdomainProblem(name) ?? (name.includes('.') ? null : 'must have at least two dot-separated labels');
    if (problem !== null) scope.error(path, `${JSON.stringify(address)} is not a domain name: ${problem}`);
    return address;
  }
  const ip = parseIp(address);
  if (!ip.ok) {
    scope.error(path, ip.message);
    return address;
  }
  if (ip.value.family !== addressType) {
    scope.error(path, `${ip.value.address} is ${ip.value.family} but the slice's addressType is ${addressType}`);
  }
  return ip.value.address;
}

function convertPorts(ports: NonNullable<EndpointSliceObject['ports']>, scope: Scope): EndpointPort[] {
  const names = new DuplicateTracker();
  return ports.map((port, index) => {
    const name = port.name === undefined || port.name === null || port.name === '' ? null : port.name;
    if (name !== null) {
      const problem = dns1123LabelProblem(name);
      if (problem !== null) scope.error(['ports', index, 'name'], `port name ${JSON.stringify(name)} ${problem}`);
    }
    names.check(name ?? '', scope, ['ports', index, 'name'], name === null ? 'unnamed port' : `port name ${JSON.stringify(name)}`);
    return { name, protocol: port.protocol ?? 'TCP', port: port.port ?? null, appProtocol: port.appProtocol ?? null };
  });
}

/**
 * The Services of a snapshot as the tracer looks them up: by `<ns>/<name>`, by every address they answer on
 * (ClusterIPs, spec.externalIPs, status.loadBalancer.ingress IPs), by NodePort and health-check NodePort,
 * and their EndpointSlices. Built once per topology (a WeakMap memo, a pure function of its key).
 *
 * Port and protocol rules of the naming syntax live here too: a Service port is named or numbered; a Service
 * with one port may omit it; the protocol is the query's, else the one the port number identifies, else TCP.
 */
import type { Snapshot } from '../model/snapshot';
import type { EndpointSlice, Protocol, Service, ServicePort, Topology } from '../model/topology';

export type ServiceAddressKind = 'clusterIP' | 'externalIP' | 'loadBalancer';

export interface ServiceAddress {
  readonly service: Service;
  readonly kind: ServiceAddressKind;
}

export interface ServiceIndex {
  readonly byKey: ReadonlyMap<string, Service>;
  readonly byAddress: ReadonlyMap<string, readonly ServiceAddress[]>;
  readonly byNodePort: ReadonlyMap<number, readonly Service[]>;
  readonly byHealthCheckPort: ReadonlyMap<number, readonly Service[]>;
  readonly slicesByService: ReadonlyMap<string, readonly EndpointSlice[]>;
  /** Document position of each Service and EndpointSlice (to keep subsets in document order). */
  readonly position: ReadonlyMap<Service, number>;
  readonly slicePosition: ReadonlyMap<EndpointSlice, number>;
}

const memo = new WeakMap<Topology, ServiceIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export const serviceKeyOf = (s: { readonly namespace: string; readonly name: string }): string => `${s.namespace}/${s.name}`;

export function serviceIndexOf(snap: Snapshot): ServiceIndex {
  const topology = snap.topology;
  let idx = memo.get(topology);
  if (idx !== undefined) return idx;
  const byKey = new Map<string, Service>();
  const byAddress = new Map<string, ServiceAddress[]>();
  const byNodePort = new Map<number, Service[]>();
  const byHealthCheckPort = new Map<number, Service[]>();
  const slicesByService = new Map<string, EndpointSlice[]>();
  const position = new Map<Service, number>();
  topology.services.forEach((svc, i) => {
    position.set(svc, i);
    if (!byKey.has(serviceKeyOf(svc))) byKey.set(serviceKeyOf(svc), svc);
    const add = (ips: readonly string[], kind: ServiceAddressKind): void => {
      for (const ip of ips) {
        const list = byAddress.get(ip) ?? [];
        if (!list.some((e) => e.service === svc && e.kind === kind)) list.push({ service: svc, kind });
        byAddress.set(ip, list);
      }
    };
    add(svc.clusterIPs, 'clusterIP');
    add(svc.externalIPs, 'externalIP');
    add(svc.loadBalancerIPs, 'loadBalancer');
    for (const p of svc.ports) if (p.nodePort !== null) push(byNodePort, p.nodePort, svc);
    if (svc.healthCheckNodePort !== null) push(byHealthCheckPort, svc.healthCheckNodePort, svc);
  });
  const slicePosition = new Map<EndpointSlice, number>();
  topology.endpointSlices.forEach((slice, i) => {
    slicePosition.set(slice, i);
    push(slicesByService, `${slice.namespace}/${slice.serviceName}`, slice);
  });
  idx = { byKey, byAddress, byNodePort, byHealthCheckPort, slicesByService, position, slicePosition };
  memo.set(topology, idx);
  return idx;
}

/** kube-proxy's ServicePortName.String(): `ns/name:portName`, or `ns/name` for an unnamed port. */
export function servicePortName(svc: Service, port: ServicePort): string {
  return port.name === null || port.name === '' ? serviceKeyOf(svc) : `${serviceKeyOf(svc)}:${port.name}`;
}

export function describePorts(svc: Service): string {
  return svc.ports.map((p) => `${p.name === null ? '' : `${p.name} `}${p.port}/${p.protocol}`).join(', ');
}

/** The protocol a port number identifies among `ports` (null when none or several protocols share it). */
export function protocolOfPort(ports: readonly ServicePort[], port: number, key: 'port' | 'nodePort' = 'port'): Protocol | null {
  const protocols = new Set(ports.filter((p) => p[key] === port).map((p) => p.protocol));
  return protocols.size === 1 ? [...protocols][0]! : null;
}

export type PortChoice =
  | { readonly ok: true; readonly port: number; readonly protocol: Protocol; readonly servicePort: ServicePort | null; readonly note: string | null }
  | { readonly ok: false; readonly error: string };

/**
 * The Service port a target names: `want` is a number, a port name, or null (the Service's only port).
 * A number the Service does not have is kept (servicePort null): the packet goes there and kube-proxy has no
 * rule for it. A name it does not have, or no port for a Service with several, is an error.
 */
export function choosePort(svc: Service, want: number | string | null, protocol: Protocol | undefined): PortChoice {
  const key = serviceKeyOf(svc);
  if (want === null) {
    const only = svc.ports.length === 1 ? svc.ports[0]! : null;
    if (only === null) {
      const which = svc.ports.length === 0 ? 'has no ports' : `has several ports (${describePorts(svc)}): name one (svc:${key}:<port>)`;
      return { ok: false, error: `Service ${key} ${which}` };
    }
    return { ok: true, port: only.port, protocol: protocol ?? only.protocol, servicePort: only, note: `port: ${only.port}/${only.protocol}, the only port of Service ${key}` };
  }
  if (typeof want === 'string') {
    const named = svc.ports.find((p) => p.name === want);
    if (named === undefined) return { ok: false, error: `Service ${key} has no port named ${JSON.stringify(want)} (it has ${describePorts(svc) || 'no ports'})` };
    return { ok: true, port: named.port, protocol: protocol ?? named.protocol, servicePort: named, note: null };
  }
  const chosen = protocol ?? protocolOfPort(svc.ports, want) ?? 'TCP';
  const match = svc.ports.find((p) => p.port === want && p.protocol === chosen) ?? null;
  return { ok: true, port: want, protocol: chosen, servicePort: match, note: null };
}

/** The Service port of `services` matching `port`/`protocol` on the given field, with its Service. */
export function findServicePort(services: readonly Service[], port: number, protocol: Protocol, key: 'port' | 'nodePort' = 'port'): { service: Service; port: ServicePort } | null {
  for (const service of services) {
    const p = service.ports.find((x) => x[key] === port && x.protocol === protocol);
    if (p !== undefined) return { service, port: p };
  }
  return null;
}

/**
 * What CoreDNS's kubernetes plugin holds in its informer caches, built once from a Topology:
 *  - Services by `<name>.<namespace>` (object/service.go: ClusterIPs, ports, ExternalName, headless);
 *  - per Service, one "Endpoints" per EndpointSlice (object/endpoint.go EndpointSliceToEndpoints): only
 *    endpoints whose `ready` condition is true (absent counts as true — the model already defaults it), all
 *    their addresses, the slice's ports or the sentinel port -1 when the slice has none;
 *  - reverse indexes: ClusterIP → Service (controller.go svcIPIndexFunc indexes every ClusterIP), endpoint
 *    address → endpoints (epIPIndexFunc), status.podIP → pods (podIPIndexFunc; the model's first pod IP);
 *  - the namespaces that exist (namespaceExposed requires the namespace to exist).
 * Order is the document's; CoreDNS's own caches have no defined order.
 */
import type { EndpointSlice, Protocol, Service, ServiceType, Topology } from '../../model/topology';
import { dnsServer, type DnsServerLookup } from './dnsServer';
import { endpointLabel } from './names';
import { KUBEADM_COREFILE, type DnsOptions } from './types';

export interface PortEntry {
  /** `''` for an unnamed port. */
  readonly name: string;
  readonly protocol: Protocol | '';
  /** -1: CoreDNS's "no ports" sentinel (a slice without ports, or a port without a number). */
  readonly port: number;
}

export interface ServiceEntry {
  readonly namespace: string;
  readonly name: string;
  readonly type: ServiceType;
  readonly headless: boolean;
  readonly clusterIPs: readonly string[];
  readonly ports: readonly PortEntry[];
  readonly externalName: string | null;
  /** Facts about the Service's slices worth telling whoever asks about it. */
  readonly notes: readonly string[];
}

export interface AddressEntry {
  readonly ip: string;
  /** The endpoint's DNS label (names.ts endpointLabel). */
  readonly label: string;
}

export interface EndpointsEntry {
  readonly slice: string;
  readonly addresses: readonly AddressEntry[];
  readonly ports: readonly PortEntry[];
}

export interface EndpointRef {
  readonly service: ServiceEntry;
  readonly label: string;
}

export interface DnsIndex {
  /** The cluster domain, lower case, without trailing dot. */
  readonly zone: string;
  readonly options: DnsOptions;
  readonly services: ReadonlyMap<string, ServiceEntry>;
  readonly endpoints: ReadonlyMap<string, readonly EndpointsEntry[]>;
  readonly namespaces: ReadonlySet<string>;
  readonly serviceByClusterIp: ReadonlyMap<string, ServiceEntry>;
  readonly endpointsByIp: ReadonlyMap<string, readonly EndpointRef[]>;
  /** status.podIP → the namespaces of the pods holding it. */
  readonly podNamespacesByIp: ReadonlyMap<string, readonly string[]>;
  readonly dnsServer: DnsServerLookup;
  /** Modeling notes about the whole topology (skipped slices, inferred namespaces). */
  readonly notes: readonly string[];
}

/**
 * Namespaces the apiserver keeps in existence: kube-system, kube-public and kube-node-lease
 * (pkg/controlplane/controller/systemnamespaces) and default (created with the `kubernetes` Service,
 * pkg/controlplane/controller/kubernetesservice). The model has no Namespace objects, so any other namespace
 * exists only if some pod, Service or EndpointSlice lives in it.
 */
export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

export function serviceKey(name: string, namespace: string): string {
  return `${name}.${namespace}`.toLowerCase();
}

function servicePorts(svc: Service): PortEntry[] {
  return svc.ports.map((p) => ({ name: p.name ?? '', protocol: p.protocol, port: p.port }));
}

function slicePorts(slice: EndpointSlice): PortEntry[] {
  if (slice.ports.length === 0) return [{ name: '', protocol: '', port: -1 }];
  return slice.ports.map((p) => ({ name: p.name ?? '', protocol: p.protocol, port: p.port ?? -1 }));
}

interface SliceFacts {
  unready: number;
  readyTerminating: number;
}

function compileSlice(slice: EndpointSlice, podNames: boolean, facts: SliceFacts): EndpointsEntry {
  const addresses: AddressEntry[] = [];
  for (const ep of slice.endpoints) {
    if (!ep.ready) {
      facts.unready += ep.addresses.length;
      continue;
    }
    if (ep.terminating) facts.readyTerminating += ep.addresses.length;
    for (const ip of ep.addresses) addresses.push({ ip, label: endpointLabel(ep, ip, podNames) });
  }
  return { slice: slice.name, addresses, ports: slicePorts(slice) };
}

function serviceNotes(svc: Service, facts: SliceFacts, sliceCount: number): string[] {
  const id = `${svc.namespace}/${svc.name}`;
  const notes: string[] = [];
  if (facts.unready > 0) {
    const pnra = svc.publishNotReadyAddresses ? ' (publishNotReadyAddresses is set, so the EndpointSlice controller would have marked them ready; the slices are taken as given)' : '';
    notes.push(`${id}: ${facts.unready} not-ready endpoint address(es) are not published — CoreDNS serves only endpoints whose ready condition is true${pnra}`);
  }
  if (facts.readyTerminating > 0) {
    notes.push(`${id}: ${facts.readyTerminating} address(es) are terminating but ready, so CoreDNS still publishes them (it reads only the ready condition)`);
  }
  if (svc.type !== 'ExternalName' && sliceCount === 0 && (svc.headless || svc.selector === null)) {
    notes.push(`${id}: the topology has no EndpointSlice for this Service`);
  }
  return notes;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function buildDnsIndex(topology: Topology, options: Partial<DnsOptions> = {}): DnsIndex {
  // The topology's own Corefile settings (spec.dns) replace kubeadm's; explicit options replace both.
  const fromTopology: Partial<DnsOptions> = topology.dns ?? {};
  const opts: DnsOptions = { ...KUBEADM_COREFILE, ...fromTopology, ...options };
  const notes: string[] = [];
  const namespaces = new Set<string>(SYSTEM_NAMESPACES);
  for (const o of [...topology.pods, ...topology.services, ...topology.endpointSlices]) namespaces.add(o.namespace);

  const slicesBySvc = new Map<string, EndpointSlice[]>();
  for (const slice of topology.endpointSlices) {
    if (slice.addressType === 'FQDN') {
      notes.push(`EndpointSlice ${slice.namespace}/${slice.name} has addressType FQDN (deprecated): not modeled`);
      continue;
    }
    push(slicesBySvc, serviceKey(slice.serviceName, slice.namespace), slice);
  }

  const services = new Map<string, ServiceEntry>();
  const endpoints = new Map<string, EndpointsEntry[]>();
  const serviceByClusterIp = new Map<string, ServiceEntry>();
  const endpointsByIp = new Map<string, EndpointRef[]>();
  for (const svc of topology.services) {
    const key = serviceKey(svc.name, svc.namespace);
    if (services.has(key)) continue;
    const slices = slicesBySvc.get(key) ?? [];
    const facts: SliceFacts = { unready: 0, readyTerminating: 0 };
    const compiled = slices.map((s) => compileSlice(s, opts.endpointPodNames, facts));
    const entry: ServiceEntry = {
      namespace: svc.namespace,
      name: svc.name,
      type: svc.type,
      headless: svc.headless,
      clusterIPs: svc.type === 'ExternalName' || svc.headless ? [] : svc.clusterIPs,
      ports: servicePorts(svc),
      externalName: svc.type === 'ExternalName' ? svc.externalName : null,
      notes: serviceNotes(svc, facts, slices.length),
    };
    services.set(key, entry);
    endpoints.set(key, compiled);
    for (const ip of entry.clusterIPs) if (!serviceByClusterIp.has(ip)) serviceByClusterIp.set(ip, entry);
    for (const eps of compiled) for (const a of eps.addresses) push(endpointsByIp, a.ip, { service: entry, label: a.label });
  }
  const orphans = [...slicesBySvc.keys()].filter((k) => !services.has(k));
  if (orphans.length > 0) notes.push(`EndpointSlices without a Service are not served (CoreDNS looks endpoints up by Service): ${orphans.join(', ')}`);

  const podNamespacesByIp = new Map<string, string[]>();
  for (const pod of topology.pods) {
    const podIP = pod.ips[0];
    if (podIP !== undefined) push(podNamespacesByIp, podIP, pod.namespace);
  }
  return {
    zone: topology.clusterDomain.replace(/\.$/, '').toLowerCase(),
    options: opts,
    services,
    endpoints,
    namespaces,
    serviceByClusterIp,
    endpointsByIp,
    podNamespacesByIp,
    dnsServer: dnsServer(topology),
    notes,
  };
}

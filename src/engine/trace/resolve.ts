/**
 * From targets to the two ends of a trace: where the packet starts (a pod's namespace, a node's root
 * namespace, or outside the cluster) and which addresses it is sent to. References to objects the topology
 * does not have are query errors; what the model cannot decide is INSUFFICIENT_INFO.
 *
 * Services: `svc:` is the Service's ClusterIPs on the named or numbered Service port (services.ts
 * choosePort); a Service without a ClusterIP (headless, ExternalName) is reached by its DNS name, so it
 * becomes a name to resolve, as `dns:` targets are. A destination address that a Service answers on, sent
 * without a port, takes the Service's only port (several: INSUFFICIENT_INFO). kube-proxy acts on the way
 * (serviceHop.ts).
 */
import { podAddress, type NodeInfo, type PodInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily, Protocol } from '../model/topology';
import { IpAddress } from '../net';
import { primaryFamily } from '../overlay';
import { choosePort, describePorts, protocolOfPort, serviceIndexOf, serviceKeyOf } from './services';
import type { Target } from './target';
import type { PodEndpoint } from './walk';

export type Source =
  | { readonly kind: 'pod'; readonly endpoint: PodEndpoint; readonly address?: IpAddress }
  | { readonly kind: 'host'; readonly node: NodeInfo; readonly hostPod: PodInfo | null }
  | { readonly kind: 'outside'; readonly address: IpAddress };

export interface Destination {
  readonly addresses: readonly IpAddress[];
  readonly port: number | null;
  readonly label: string;
  /** The protocol the destination implies (its Service port's) when the query sets none. */
  readonly protocol?: Protocol;
  /** A name the sender resolves first (dns: targets, Services without a ClusterIP); `addresses` is then empty. */
  readonly dnsName?: string;
  /** Assumptions the destination itself relies on (a port taken as the Service's only one…). */
  readonly assumptions?: readonly string[];
}

export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string } | { readonly ok: false; readonly insufficient: string };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const error = <T>(message: string): Resolved<T> => ({ ok: false, error: message });
const insufficient = <T>(message: string): Resolved<T> => ({ ok: false, insufficient: message });

function findPod(snap: Snapshot, namespace: string, name: string): Resolved<PodInfo> {
  const pod = snap.podByKey.get(`${namespace}/${name}`);
  if (pod === undefined) return error(`no pod ${namespace}/${name} in topology ${snap.topology.name}`);
  if (pod.node === null) return insufficient(`pod ${pod.key} is not scheduled on a node of the topology (nodeName ${pod.pod.nodeName ?? 'unset'})`);
  return ok(pod);
}

function addresses(texts: readonly string[]): IpAddress[] {
  return texts.map((t) => IpAddress.parse(t));
}

export function resolveSource(snap: Snapshot, t: Target): Resolved<Source> {
  switch (t.kind) {
    case 'pod': {
      const r = findPod(snap, t.namespace, t.name);
      if (!r.ok) return r;
      const pod = r.value;
      if (pod.pod.hostNetwork) return ok({ kind: 'host', node: pod.node!, hostPod: pod });
      return ok({ kind: 'pod', endpoint: { key: pod.key, node: pod.node!, pod } });
    }
    case 'node': {
      const node = snap.nodeByName.get(t.name);
      return node === undefined ? error(`no node ${t.name} in topology ${snap.topology.name}`) : ok({ kind: 'host', node, hostPod: null });
    }
    case 'svc':
    case 'dns':
      return insufficient(`a ${t.kind === 'svc' ? 'Service' : 'DNS name'} cannot send packets; trace from a pod or node`);
    default: {
      const address = IpAddress.parse(t.address);
      const owner = snap.owners.get(address.toString());
      if (owner?.kind === 'node') return ok({ kind: 'host', node: owner.node, hostPod: null });
      if (owner?.kind === 'pod' && owner.pod.node !== null) return ok({ kind: 'pod', endpoint: { key: owner.pod.key, node: owner.pod.node, pod: owner.pod } });
      return ok({ kind: 'outside', address });
    }
  }
}

/**
 * A port for a packet to `address` sent without one: the only port of the Service(s) answering there; null
 * when the address is no Service's. Several ports: the reason it cannot be chosen.
 */
export function servicePortFor(snap: Snapshot, address: string): { port: number; protocol: Protocol; note: string } | { error: string } | null {
  const entries = serviceIndexOf(snap).byAddress.get(address);
  if (entries === undefined) return null;
  const services = [...new Set(entries.map((e) => e.service))];
  const ports = services.flatMap((s) => s.ports.map((p) => ({ s, p })));
  const names = services.map(serviceKeyOf).join(', ');
  if (ports.length !== 1) return { error: `${address} is an address of Service ${names}, which has ${ports.length === 0 ? 'no ports' : `several ports (${services.map(describePorts).join('; ')})`}: give a port` };
  const { s, p } = ports[0]!;
  return { port: p.port, protocol: p.protocol, note: `port: ${p.port}/${p.protocol}, the only port of Service ${serviceKeyOf(s)} (${address} was given without one)` };
}

/** The protocol a port on `address` implies: a Service port there (or a NodePort on a node address) with one protocol. */
export function impliedProtocol(snap: Snapshot, address: string, port: number | null): Protocol | undefined {
  if (port === null) return undefined;
  const idx = serviceIndexOf(snap);
  const entries = idx.byAddress.get(address);
  if (entries !== undefined) return protocolOfPort(entries.flatMap((e) => e.service.ports), port) ?? undefined;
  if (snap.owners.get(address)?.kind !== 'node') return undefined;
  return protocolOfPort((idx.byNodePort.get(port) ?? []).flatMap((s) => s.ports), port, 'nodePort') ?? undefined;
}

function serviceDestination(snap: Snapshot, t: Extract<Target, { kind: 'svc' }>, port: number | null, protocol: Protocol | undefined): Resolved<Destination> {
  const key = `${t.namespace}/${t.name}`;
  const svc = serviceIndexOf(snap).byKey.get(key);
  if (svc === undefined) return error(`no Service ${key} in topology ${snap.topology.name}`);
  const want = port ?? t.port;
  if (svc.type === 'ExternalName' || svc.headless || svc.clusterIPs.length === 0) {
    const what = svc.type === 'ExternalName' ? `ExternalName (${svc.externalName ?? ''})` : 'headless';
    const p = want === null ? (svc.ports.length === 1 ? svc.ports[0]!.port : null) : typeof want === 'number' ? want : (svc.ports.find((x) => x.name === want)?.port ?? null);
    if (typeof want === 'string' && p === null) return error(`Service ${key} has no port named ${JSON.stringify(want)} (it has ${describePorts(svc) || 'no ports'})`);
    const name = `${t.name}.${t.namespace}.svc.${snap.topology.clusterDomain}.`;
    const note = `Service ${key} is ${what}: it has no ClusterIP, so clients reach it by its DNS name ${name}, resolved by the sender`;
    return ok({ addresses: [], port: p, label: `svc:${key}`, dnsName: name, assumptions: [note] });
  }
  const choice = choosePort(svc, want, protocol);
  if (!choice.ok) return error(choice.error);
  const notes: string[] = [];
  if (choice.note !== null) notes.push(choice.note);
  if (choice.servicePort === null) notes.push(`Service ${key} has no port ${choice.port}/${choice.protocol} (it has ${describePorts(svc)}): the packet is sent to its ClusterIP on that port anyway, where kube-proxy has no rule for it`);
  const label = `svc:${key}:${choice.servicePort?.name ?? choice.port}`;
  return ok({ addresses: addresses(svc.clusterIPs), port: choice.port, label, protocol: choice.protocol, assumptions: notes });
}

export function resolveDestination(snap: Snapshot, t: Target, port: number | null, protocol?: Protocol): Resolved<Destination> {
  switch (t.kind) {
    case 'pod': {
      const r = findPod(snap, t.namespace, t.name);
      if (!r.ok) return r;
      const pod = r.value;
      const ips = pod.pod.hostNetwork ? pod.node!.node.internalIPs : pod.pod.ips;
      if (ips.length === 0) return insufficient(`pod ${pod.key} has no IP address yet (status.podIPs is empty)`);
      return ok({ addresses: addresses(ips), port, label: `pod:${pod.key}` });
    }
    case 'node': {
      const node = snap.nodeByName.get(t.name);
      if (node === undefined) return error(`no node ${t.name} in topology ${snap.topology.name}`);
      if (node.node.internalIPs.length === 0) return insufficient(`node ${t.name} has no InternalIP`);
      const p = port ?? t.port ?? null;
      const implied = node.node.internalIPs.map((ip) => impliedProtocol(snap, ip, p)).find((x) => x !== undefined);
      return ok({ addresses: addresses(node.node.internalIPs), port: p, label: `node:${t.name}`, protocol: implied });
    }
    case 'svc':
      return serviceDestination(snap, t, port, protocol);
    case 'dns':
      return ok({ addresses: [], port: port ?? t.port, label: `dns:${t.name}`, dnsName: t.name });
    default: {
      const address = IpAddress.parse(t.address);
      // options.port wins over a port written in the target, as in the query echoed back.
      let p = port ?? t.port;
      const notes: string[] = [];
      if (p === null) {
        const chosen = servicePortFor(snap, address.toString());
        if (chosen !== null && 'error' in chosen) return insufficient(chosen.error);
        if (chosen !== null) {
          p = chosen.port;
          notes.push(chosen.note);
        }
      }
      return ok({ addresses: [address], port: p, label: `${t.kind}:${address.toString()}`, protocol: impliedProtocol(snap, address.toString(), p), assumptions: notes });
    }
  }
}

/** The addresses a source can send from, per family. */
export function sourceAddress(s: Source, family: IpFamily): IpAddress | null {
  if (s.kind === 'outside') return s.address.family === family ? s.address : null;
  if (s.kind === 'host') return family === 'IPv4' ? s.node.ipv4 : s.node.ipv6;
  if (s.address !== undefined) return s.address.family === family ? s.address : null;
  const ip = s.endpoint.pod === null ? null : podAddress(s.endpoint.pod.pod, family);
  return ip === null ? null : IpAddress.parse(ip);
}

/** The family to trace: the requested one, else the destination address's, else the cluster's primary one both ends have. */
export function chooseFamily(snap: Snapshot, s: Source, d: Destination, requested: IpFamily | undefined): Resolved<IpFamily> {
  const order: IpFamily[] = requested !== undefined ? [requested] : d.addresses.length === 1 ? [d.addresses[0]!.family] : [primaryFamily(snap.topology), ...snap.families, 'IPv4', 'IPv6'];
  for (const f of order) if (sourceAddress(s, f) !== null && d.addresses.some((a) => a.family === f)) return ok(f);
  const want = requested ?? order[0] ?? 'IPv4';
  const missing = sourceAddress(s, want) === null ? 'the source' : d.label;
  return insufficient(`${missing} has no ${want} address`);
}

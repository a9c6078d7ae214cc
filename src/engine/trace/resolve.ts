/**
 * From targets to the two ends of a trace: where the packet starts (a pod's namespace, a node's root
 * namespace, or outside the cluster) and which addresses it is sent to. References to objects the topology
 * does not have are query errors; what the model cannot answer yet (Services, DNS) is INSUFFICIENT_INFO.
 */
import { podAddress, type NodeInfo, type PodInfo } from '../model/indexes';
import type { Snapshot } from '../model/snapshot';
import type { IpFamily } from '../model/topology';
import { IpAddress } from '../net';
import { primaryFamily } from '../overlay';
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
}

export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string } | { readonly ok: false; readonly insufficient: string };

export const SERVICE_NOT_MODELED = 'Service translation (kube-proxy DNAT from a Service address to an endpoint) is not modeled yet, so a Service destination cannot be traced';

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

function serviceAddress(snap: Snapshot, address: IpAddress, port: number | null): string | null {
  const svc = snap.serviceByIp.get(address.toString());
  if (svc !== undefined) return `${address.toString()} is an address of Service ${svc}`;
  const owner = snap.owners.get(address.toString());
  const nodePort = port === null ? undefined : snap.serviceByNodePort.get(port);
  if (owner?.kind === 'node' && nodePort !== undefined) return `port ${port} on node ${owner.node.name} is a NodePort of Service ${nodePort}`;
  // A node or pod address is traced as such even if a (misconfigured) service range covers it.
  if (owner !== undefined) return null;
  for (const m of snap.clusterTrie.matches(address)) if (m.value.kind === 'service-cidr') return `${address.toString()} is inside the service range ${m.value.prefix.toString()}`;
  return null;
}

export function resolveDestination(snap: Snapshot, t: Target, port: number | null): Resolved<Destination> {
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
      return ok({ addresses: addresses(node.node.internalIPs), port, label: `node:${t.name}` });
    }
    case 'svc':
    case 'dns':
      return insufficient(SERVICE_NOT_MODELED);
    default: {
      const address = IpAddress.parse(t.address);
      // options.port wins over a port written in the target, as in the query echoed back.
      const p = port ?? t.port;
      const svc = serviceAddress(snap, address, p);
      if (svc !== null) return insufficient(`${svc}. ${SERVICE_NOT_MODELED}`);
      return ok({ addresses: [address], port: p, label: `${t.kind}:${address.toString()}` });
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

/**
 * The node-independent half of kube-proxy's inputs, built once per topology side and shared by every node.
 *
 * kube-proxy's service map and endpoints map are the same on every node except for one bit per endpoint:
 * `isLocal` (pkg/proxy/endpointslicecache.go: a non-empty node name equal to this node's). So the service
 * ports and a *shared* endpoints map (every endpoint non-local) are built once per (Services,
 * EndpointSlices) pair — memoized on those two arrays, which the planner shares between a base and a fork
 * that leaves them alone — and a node's view differs from the shared one only at the service ports that
 * have an endpoint on that node (`localKeys`). Measured on 5,000 nodes / 100,000 endpoints: rebuilding the
 * map per node class cost 61% of a 310–710 s what-if; deriving the views costs microseconds per node.
 *
 * `work` counts the expensive builds, so a test can prove a diff stays incremental without timing it.
 */
import type { Endpoint, IpFamily, Service, EndpointSlice, Topology } from '../../model/topology';
import { buildServicePorts, servicePortKey } from './inputs';
import { familyOf, joinHostPort, type EndpointInfo, type ServicePortInfo } from './types';

/** One endpoint address of a service port as read from a slice, in document order. */
interface RawEntry {
  readonly ep: Endpoint;
  readonly ip: string;
  readonly port: number;
  readonly endpoint: string;
}

export interface FamilyInputs {
  readonly family: IpFamily;
  /** The service ports kube-proxy holds for this family, sorted (buildServicePorts). */
  readonly services: readonly ServicePortInfo[];
  /** Key → its service ports (one, unless a Service repeats a port name and protocol). */
  readonly servicesByKey: ReadonlyMap<string, readonly ServicePortInfo[]>;
  /** Service port key → endpoints, every one non-local, sorted by `ip:port` (buildEndpointsMap with no node). */
  readonly shared: ReadonlyMap<string, readonly EndpointInfo[]>;
  /** Node name → the service port keys with an endpoint on that node (only there can its view differ). */
  readonly localKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys where two entries share an `ip:port` (the entry kept can then depend on the node). */
  readonly duplicated: ReadonlySet<string>;
  readonly raw: ReadonlyMap<string, readonly RawEntry[]>;
  /** Memo for derived figures (counts.ts: per-configuration sums over the shared view). */
  readonly memo: Map<string, unknown>;
}

/** Builds done since the process started (read by tests: differences, never absolute values). */
export const work = { familyInputs: 0, endpointMaps: 0, servicePortLists: 0 };

const cache = new WeakMap<readonly Service[], WeakMap<readonly EndpointSlice[], Map<IpFamily, FamilyInputs>>>();

export function familyInputs(topology: Topology, family: IpFamily): FamilyInputs {
  let bySlices = cache.get(topology.services);
  if (bySlices === undefined) cache.set(topology.services, (bySlices = new WeakMap()));
  let byFamily = bySlices.get(topology.endpointSlices);
  if (byFamily === undefined) bySlices.set(topology.endpointSlices, (byFamily = new Map()));
  let inputs = byFamily.get(family);
  if (inputs === undefined) {
    inputs = build(topology, family);
    byFamily.set(family, inputs);
  }
  return inputs;
}

function build(topology: Topology, family: IpFamily): FamilyInputs {
  work.familyInputs++;
  work.servicePortLists++;
  const services = buildServicePorts(topology, family);
  work.endpointMaps++;
  // The same reading as inputs.ts addSlice, keeping every entry so a node's view can be derived.
  const raw = new Map<string, RawEntry[]>();
  for (const slice of topology.endpointSlices) {
    if (slice.addressType === 'FQDN') continue;
    for (const port of slice.ports) {
      if (port.port === null || port.port === 0) continue;
      const key = servicePortKey(slice.namespace, slice.serviceName, port.name ?? '', port.protocol);
      let list = raw.get(key);
      if (list === undefined) raw.set(key, (list = []));
      for (const ep of slice.endpoints) {
        const ip = ep.addresses[0];
        if (ip === undefined || familyOf(ip) !== family) continue;
        list.push({ ep, ip, port: port.port, endpoint: joinHostPort(ip, port.port) });
      }
    }
  }
  const shared = new Map<string, EndpointInfo[]>();
  const localKeys = new Map<string, Set<string>>();
  const duplicated = new Set<string>();
  for (const [key, list] of raw) {
    if (list.length === 0) continue;
    const view = viewOf(list, '');
    if (view.length < list.length) duplicated.add(key);
    shared.set(key, view);
    for (const r of list) {
      const n = r.ep.nodeName;
      if (n === null || n === '') continue;
      let keys = localKeys.get(n);
      if (keys === undefined) localKeys.set(n, (keys = new Set()));
      keys.add(key);
    }
  }
  const servicesByKey = new Map<string, ServicePortInfo[]>();
  for (const svc of services) {
    const list = servicesByKey.get(svc.key);
    if (list === undefined) servicesByKey.set(svc.key, [svc]);
    else list.push(svc);
  }
  return { family, services, servicesByKey, shared, localKeys, duplicated, raw, memo: new Map() };
}

/** kube-proxy's endpoints of one service port on `nodeName`: dedupe by `ip:port`, a local entry wins, sorted. */
function viewOf(list: readonly RawEntry[], nodeName: string): EndpointInfo[] {
  const set = new Map<string, EndpointInfo>();
  for (const r of list) {
    const isLocal = nodeName !== '' && r.ep.nodeName === nodeName;
    if (set.has(r.endpoint) && !isLocal) continue;
    set.set(r.endpoint, { ip: r.ip, port: r.port, endpoint: r.endpoint, isLocal, ready: r.ep.ready, serving: r.ep.serving, terminating: r.ep.terminating, nodeName: r.ep.nodeName });
  }
  return [...set.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
}

/** The endpoints of `key` as `nodeName` sees them (the shared list unless the node has an endpoint there). */
export function localView(inputs: FamilyInputs, key: string, nodeName: string): readonly EndpointInfo[] | undefined {
  const list = inputs.raw.get(key);
  if (list === undefined || list.length === 0) return undefined;
  return viewOf(list, nodeName);
}

/** The whole endpoints map of one node: the shared map with the node's own service ports re-derived. */
export function nodeEndpoints(inputs: FamilyInputs, nodeName: string): Map<string, readonly EndpointInfo[]> {
  const out = new Map<string, readonly EndpointInfo[]>(inputs.shared);
  for (const key of inputs.localKeys.get(nodeName) ?? []) out.set(key, localView(inputs, key, nodeName)!);
  return out;
}

/**
 * EndpointSlices for Services that have a selector but no slices, built the way the EndpointSlice controller
 * would build them on a fresh cluster — the one implementation: src/io infers them at import
 * (src/io/inferEndpointSlices.ts re-exports this), the planner re-infers them after an operation. Sources (kubernetes/kubernetes):
 *  - pkg/controller/endpointslice/endpointslice_controller.go syncService: ExternalName Services and Services
 *    without a selector get no slices.
 *  - staging/src/k8s.io/endpointslice/reconciler.go: one pass per address type (from spec.ipFamilies); pods
 *    without an IP are skipped (util.ShouldPodBeInEndpoints); a pod whose node is unknown is skipped unless
 *    publishNotReadyAddresses; endpoints are grouped by their resolved port set and packed up to
 *    --max-endpoints-per-slice (default 100, pkg/controller/endpointslice/config/v1alpha1/defaults.go); an
 *    address type with nothing to publish still gets one empty placeholder slice.
 *  - staging/src/k8s.io/endpointslice/utils.go: podToEndpoint (serving = pod Ready; ready = serving, or always
 *    with publishNotReadyAddresses; terminating false for a pod not being deleted; nodeName; zone from the node's
 *    topology.kubernetes.io/zone label; targetRef the pod), getEndpointPorts (a headless Service without ports
 *    gets none; FindPort resolves a named targetPort against container ports of the same name and protocol and
 *    drops the port for pods that lack it), getEndpointAddresses (the pod IPs of the slice's family).
 *
 * Where the controller leaves order to Go map iteration (endpoints in a slice, slices of a service), this keeps
 * document order so results are stable. Names are `<service>-inferred-<n>` instead of a random suffix.
 * Endpoint hostname is never set: the controller sets it only for pods with spec.hostname and a subdomain equal
 * to the Service name (ShouldSetHostname), and the model's Pod does not carry those fields.
 */
import type { ClusterNode, Endpoint, EndpointPort, EndpointSlice, IpFamily, Labels, Pod, Service, Topology } from '../model/topology';
import { familyOf } from '../overlay';

export const MAX_ENDPOINTS_PER_SLICE = 100;
export const ZONE_LABEL = 'topology.kubernetes.io/zone';

export interface InferredSlices {
  readonly slices: EndpointSlice[];
  readonly inferences: string[];
}

type Inputs = Pick<Topology, 'nodes' | 'pods' | 'services' | 'endpointSlices'>;

export function inferEndpointSlices(topology: Inputs): InferredSlices {
  const nodes = new Map(topology.nodes.map((node) => [node.name, node]));
  const covered = new Set(topology.endpointSlices.map((slice) => `${slice.namespace}/${slice.serviceName}`));
  const takenNames = new Set(topology.endpointSlices.map((slice) => `${slice.namespace}/${slice.name}`));
  const candidates = indexPods(topology.pods);
  const slices: EndpointSlice[] = [];
  const inferences: string[] = [];
  for (const service of topology.services) {
    if (service.type === 'ExternalName' || service.selector === null) continue;
    if (covered.has(`${service.namespace}/${service.name}`)) continue;
    const selector = service.selector;
    const pods = candidates(service.namespace, selector).filter((pod) => selects(selector, pod));
    let counter = 0;
    const nextName = () => {
      let name: string;
      do name = `${service.name}-inferred-${++counter}`;
      while (takenNames.has(`${service.namespace}/${name}`));
      takenNames.add(`${service.namespace}/${name}`);
      return name;
    };
    const made: EndpointSlice[] = [];
    for (const family of service.ipFamilies) made.push(...slicesForFamily(service, family, pods, nodes, nextName));
    slices.push(...made);
    inferences.push(describeInference(service, made));
  }
  return { slices, inferences };
}

/**
 * Pods by namespace and label, so each Service scans only the pods carrying the rarest of its selector's
 * labels (in document order) instead of every pod in the cluster.
 */
function indexPods(pods: readonly Pod[]): (namespace: string, selector: Readonly<Record<string, string>>) => readonly Pod[] {
  const index = new Map<string, Pod[]>();
  for (const pod of pods) {
    for (const [key, value] of Object.entries(pod.labels)) {
      const slot = JSON.stringify([pod.namespace, key, value]);
      const list = index.get(slot) ?? [];
      list.push(pod);
      index.set(slot, list);
    }
  }
  return (namespace, selector) => {
    let best: readonly Pod[] | null = null;
    for (const [key, value] of Object.entries(selector)) {
      const list = index.get(JSON.stringify([namespace, key, value])) ?? [];
      if (best === null || list.length < best.length) best = list;
    }
    return best ?? [];
  };
}

/** A Service selects the pods of its namespace carrying every label of its selector. */
export function selects(selector: Labels, pod: Pod): boolean {
  return Object.entries(selector).every(([key, value]) => Object.hasOwn(pod.labels, key) && pod.labels[key] === value);
}

function describeInference(service: Service, slices: readonly EndpointSlice[]): string {
  const selector = Object.entries(service.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const parts = slices.map((slice) => {
    const count = slice.endpoints.length;
    const ports = slice.ports.map((p) => `${p.port}/${p.protocol}`).join(' ');
    return count === 0
      ? `${slice.name} (${slice.addressType}, empty placeholder: no ready-to-publish pods)`
      : `${slice.name} (${slice.addressType}, ${count} endpoint${count === 1 ? '' : 's'}${ports === '' ? '' : `, ports ${ports}`})`;
  });
  return `Service ${service.namespace}/${service.name}: EndpointSlices inferred from selector ${selector}: ${parts.join('; ')}`;
}

/** podToEndpoint + getEndpointPorts for one pod and family; null when the pod is not published. */
export function endpointFor(service: Service, family: IpFamily, pod: Pod, nodes: ReadonlyMap<string, ClusterNode>): { endpoint: Endpoint; ports: EndpointPort[] } | null {
  if (pod.ips.length === 0) return null;
  const node = pod.nodeName === null ? undefined : nodes.get(pod.nodeName);
  if (node === undefined && !service.publishNotReadyAddresses) return null;
  const addresses = pod.ips.filter((ip) => familyOf(ip) === family);
  if (addresses.length === 0) return null;
  const zone = node?.labels[ZONE_LABEL];
  return {
    ports: endpointPorts(service, pod),
    endpoint: {
      addresses,
      ready: service.publishNotReadyAddresses || pod.ready,
      serving: pod.ready,
      terminating: false,
      nodeName: pod.nodeName,
      zone: zone === undefined || zone === '' ? null : zone,
      hostname: null,
      targetPod: { namespace: pod.namespace, name: pod.name },
    },
  };
}

export function slicesForFamily(service: Service, family: IpFamily, pods: readonly Pod[], nodes: ReadonlyMap<string, ClusterNode>, nextName: () => string): EndpointSlice[] {
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: Endpoint[] }>();
  for (const pod of pods) {
    const made = endpointFor(service, family, pod, nodes);
    if (made === null) continue;
    const key = JSON.stringify(made.ports);
    const group = groups.get(key) ?? { ports: made.ports, endpoints: [] };
    groups.set(key, group);
    group.endpoints.push(made.endpoint);
  }
  const slice = (ports: EndpointPort[], endpoints: Endpoint[]): EndpointSlice => ({ namespace: service.namespace, name: nextName(), serviceName: service.name, addressType: family, endpoints, ports, inferred: true });
  const out: EndpointSlice[] = [];
  for (const group of groups.values()) {
    for (let start = 0; start < group.endpoints.length; start += MAX_ENDPOINTS_PER_SLICE) out.push(slice(group.ports, group.endpoints.slice(start, start + MAX_ENDPOINTS_PER_SLICE)));
  }
  // An address type with nothing to publish still gets one empty placeholder slice (reconciler.go).
  if (out.length === 0) out.push(slice([], []));
  return out;
}

/** getEndpointPorts: named targetPorts resolve against container ports of that name and protocol (FindPort). */
function endpointPorts(service: Service, pod: Pod): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const port of service.ports) {
    const number = typeof port.targetPort === 'number' ? port.targetPort : (pod.ports.find((p) => p.name === port.targetPort && p.protocol === port.protocol)?.containerPort ?? null);
    if (number !== null) out.push({ name: port.name, protocol: port.protocol, port: number, appProtocol: port.appProtocol });
  }
  return out;
}

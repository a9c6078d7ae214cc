/**
 * Services and pods: addService, removeService, scaleService, addPods, removePods. New pods are placed
 * and addressed by placement.ts; EndpointSlices follow the pods (endpointSlices.ts).
 *
 * Scaling down removes the pods a ReplicaSet would delete first (kubernetes/kubernetes
 * pkg/controller/controller_utils.go ActivePodsWithRanks.Less, ranks from pkg/controller/replicaset/
 * replica_set.go getPodsRankedByRelatedPodsOnSameNode): unscheduled before scheduled, not ready before
 * ready, then pods on the node with more of the Service's pods first. The later rules (time ready,
 * restarts, creation time) use data the model does not hold; document order stands in for creation
 * time (later = newer = deleted first).
 */
import type { ContainerPort, Pod, Service, ServicePort, Topology } from '../model/topology';
import { dropEndpoints, reconcileSlices, selects, servicesSelecting } from './endpointSlices';
import type { AddPods, AddService, RemovePods, RemoveService, ScaleService } from './operations';
import { freshNames, makePod, placePods } from './placement';
import { allocateClusterIP, allocateNodePorts, checkClusterIP } from './serviceAddresses';
import { done, knownNames, listed, plural, podKey, reject, type Step } from './step';

function findService(t: Topology, namespace: string, name: string): Service | undefined {
  return t.services.find((s) => s.namespace === namespace && s.name === name);
}

function serviceNames(t: Topology, namespace: string): string {
  return knownNames(t.services.filter((s) => s.namespace === namespace).map((s) => s.name));
}

/** Container ports for pods created for a Service without a template pod: one per Service port. */
function portsFromService(container: string, ports: readonly ServicePort[]): ContainerPort[] {
  return ports.map((p) =>
    typeof p.targetPort === 'number'
      ? { container, name: p.name, containerPort: p.targetPort, protocol: p.protocol, hostPort: null }
      : { container, name: p.targetPort, containerPort: p.port, protocol: p.protocol, hostPort: null },
  );
}

/** Creates `count` pods for `service`, modeled on `template` when there is one. */
function createReplicas(t: Topology, service: Service, count: number, template: Pod | undefined, nodeSelector: AddService['nodeSelector'], path: string): { ok: true; pods: Pod[]; notes: string[] } | { ok: false; step: Step } {
  const placed = placePods(t, { count, nodeSelector, hostNetwork: template?.hostNetwork ?? false });
  if (!placed.ok) return { ok: false, step: reject(`${path}.replicas`, `cannot place ${plural(count, 'new replica')} of ${podKey(service)}: ${placed.reason}`) };
  const names = freshNames(`${service.name}-planned`, count, new Set(t.pods.filter((p) => p.namespace === service.namespace).map((p) => p.name)));
  const labels = template?.labels ?? service.selector ?? {};
  const ports = template?.ports ?? portsFromService(service.name, service.ports);
  const pods = placed.placements.map((at, i) => makePod(service.namespace, names[i]!, at, labels, ports, template?.hostNetwork ?? false));
  const notes = [`${plural(count, 'pod')} created for ${podKey(service)}${template === undefined ? '' : ` (modeled on ${template.name})`}: ${listed(pods.map((p) => `${p.name} on ${p.nodeName} ${p.ips.join(',')}`), 6)}`];
  if (template === undefined && service.ports.some((p) => typeof p.targetPort === 'string')) notes.push('named targetPorts become container ports of that name on the Service port number (no pod to copy them from)');
  if (['calico', 'cilium', 'aws-vpc-cni', 'weave'].includes(t.cni.plugin)) notes.push(`pod addresses follow host-local IPAM on the node's podCIDR; ${t.cni.plugin}'s own IPAM may hand out others`);
  return { ok: true, pods, notes };
}

export function addService(t: Topology, op: AddService, path: string): Step {
  if (findService(t, op.namespace, op.name) !== undefined) return reject(`${path}.name`, `Service ${op.namespace}/${op.name} already exists`);
  const notes: string[] = [];
  let clusterIPs: string[] = [];
  if (op.clusterIP !== undefined && op.clusterIP !== 'None') {
    const problem = checkClusterIP(t, op.clusterIP);
    if (problem !== null) return reject(`${path}.clusterIP`, problem);
    clusterIPs = [op.clusterIP];
  } else if (op.clusterIP === undefined) {
    const allocated = allocateClusterIP(t);
    if (!allocated.ok) return reject(`${path}.clusterIP`, allocated.problem);
    clusterIPs = [allocated.ip];
    notes.push(allocated.note);
  }
  const type = op.type ?? 'ClusterIP';
  const external = op.externalTrafficPolicy ?? 'Cluster';
  const wanted = op.ports.map((p) => (type === 'ClusterIP' ? null : (p.nodePort ?? undefined)));
  if (type === 'LoadBalancer' && external === 'Local') wanted.push(undefined); // healthCheckNodePort
  const nodePorts = allocateNodePorts(t, wanted);
  if (!nodePorts.ok) return reject(`${path}.ports`, nodePorts.problem);
  if (nodePorts.allocated.length > 0) notes.push(`node ports ${nodePorts.allocated.join(', ')}: the lowest free of 30000-32767 (the API server picks random free ones)`);
  const ports: ServicePort[] = op.ports.map((p, i) => ({ name: p.name ?? null, protocol: p.protocol ?? 'TCP', port: p.port, targetPort: p.targetPort ?? p.port, nodePort: nodePorts.ports[i] ?? null, appProtocol: null }));
  const primary = t.serviceCIDRs[0];
  const family = clusterIPs[0] !== undefined ? (clusterIPs[0].includes(':') ? 'IPv6' : 'IPv4') : primary?.includes(':') ? 'IPv6' : 'IPv4';
  const service: Service = {
    namespace: op.namespace,
    name: op.name,
    type,
    clusterIPs,
    headless: op.clusterIP === 'None',
    ports,
    selector: op.selector ?? null,
    externalIPs: [],
    loadBalancerIPs: [],
    loadBalancerSourceRanges: [],
    externalName: null,
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: null,
    externalTrafficPolicy: external,
    internalTrafficPolicy: op.internalTrafficPolicy ?? 'Cluster',
    healthCheckNodePort: type === 'LoadBalancer' && external === 'Local' ? (nodePorts.ports[op.ports.length] ?? null) : null,
    ipFamilies: [family],
    ipFamilyPolicy: 'SingleStack',
    publishNotReadyAddresses: false,
    labels: {},
  };
  let next: Topology = { ...t, services: [...t.services, service] };
  notes.unshift(`Service ${op.namespace}/${op.name} (${type}${service.headless ? ', headless' : ''}${clusterIPs.length > 0 ? ` ${clusterIPs[0]}` : ''}) added`);
  if (type === 'LoadBalancer') notes.push('no load-balancer ingress IP is modeled until one is given');
  if ((op.replicas ?? 0) > 0) {
    const made = createReplicas(next, service, op.replicas!, undefined, op.nodeSelector, path);
    if (!made.ok) return made.step;
    next = { ...next, pods: [...next.pods, ...made.pods] };
    notes.push(...made.notes);
  }
  const touched = new Set([podKey(service), ...servicesSelecting(next, next.pods.filter((p) => p.namespace === op.namespace && op.selector !== undefined && selects(op.selector, p)))]);
  return done(reconcileSlices(next, touched), notes);
}

export function removeService(t: Topology, op: RemoveService, path: string): Step {
  const service = findService(t, op.namespace, op.name);
  if (service === undefined) return reject(`${path}.name`, `Service ${op.namespace}/${op.name} does not exist (Services in ${op.namespace}: ${serviceNames(t, op.namespace)})`);
  const own = (s: { namespace: string; serviceName: string }) => s.namespace === service.namespace && s.serviceName === service.name;
  const slices = t.endpointSlices.filter(own);
  const next = { ...t, services: t.services.filter((s) => s !== service), endpointSlices: t.endpointSlices.filter((s) => !own(s)) };
  return done(next, [`Service ${podKey(service)} and its ${plural(slices.length, 'EndpointSlice')} removed; the pods it selected stay`]);
}

/** Pods to delete when scaling down, in ActivePodsWithRanks order. */
function podsToDelete(t: Topology, pods: readonly Pod[], count: number): Pod[] {
  const onNode = new Map<string, number>();
  for (const p of pods) if (p.nodeName !== null) onNode.set(p.nodeName, (onNode.get(p.nodeName) ?? 0) + 1);
  const order = new Map(t.pods.map((p, i) => [podKey(p), i]));
  const ranked = [...pods].sort((a, b) => {
    if ((a.nodeName === null) !== (b.nodeName === null)) return a.nodeName === null ? -1 : 1;
    if (a.ready !== b.ready) return a.ready ? 1 : -1;
    const ra = a.nodeName === null ? 0 : onNode.get(a.nodeName)!;
    const rb = b.nodeName === null ? 0 : onNode.get(b.nodeName)!;
    if (ra !== rb) return rb - ra;
    return order.get(podKey(b))! - order.get(podKey(a))!;
  });
  return ranked.slice(0, count);
}

export function scaleService(t: Topology, op: ScaleService, path: string): Step {
  const service = findService(t, op.namespace, op.name);
  if (service === undefined) return reject(`${path}.name`, `Service ${op.namespace}/${op.name} does not exist (Services in ${op.namespace}: ${serviceNames(t, op.namespace)})`);
  if (service.selector === null || service.type === 'ExternalName') return reject(`${path}.name`, `Service ${podKey(service)} has no selector: its endpoints are managed by hand, so there are no replicas to scale`);
  const selector = service.selector;
  const current = t.pods.filter((p) => p.namespace === service.namespace && selects(selector, p));
  if (op.replicas === current.length) return done(t, [`${podKey(service)} already has ${plural(current.length, 'pod')}`]);
  if (op.replicas > current.length) {
    const made = createReplicas(t, service, op.replicas - current.length, current[0], op.nodeSelector, path);
    if (!made.ok) return made.step;
    const next = { ...t, pods: [...t.pods, ...made.pods] };
    const touched = new Set([podKey(service), ...servicesSelecting(next, made.pods)]);
    return done(reconcileSlices(next, touched), [`${podKey(service)}: ${current.length} → ${op.replicas} pods`, ...made.notes]);
  }
  const gone = podsToDelete(t, current, current.length - op.replicas);
  const removed = new Set(gone.map(podKey));
  const touched = servicesSelecting(t, gone);
  const { slices } = dropEndpoints(t, removed, null);
  const next = { ...t, pods: t.pods.filter((p) => !removed.has(podKey(p))), endpointSlices: slices };
  return done(reconcileSlices(next, touched), [`${podKey(service)}: ${current.length} → ${op.replicas} pods; removed (ReplicaSet deletion order): ${listed(gone.map((p) => `${p.name} on ${p.nodeName ?? 'no node'}`))}`]);
}

export function addPods(t: Topology, op: AddPods, path: string): Step {
  if (op.node !== undefined && !t.nodes.some((n) => n.name === op.node)) return reject(`${path}.node`, `node ${JSON.stringify(op.node)} does not exist (nodes: ${knownNames(t.nodes.map((n) => n.name))})`);
  const placed = placePods(t, { count: op.count, node: op.node, nodeSelector: op.nodeSelector, hostNetwork: op.hostNetwork });
  if (!placed.ok) return reject(`${path}.count`, `cannot place ${plural(op.count, 'pod')}: ${placed.reason}`);
  const names = freshNames(op.namePrefix, op.count, new Set(t.pods.filter((p) => p.namespace === op.namespace).map((p) => p.name)));
  const ports: ContainerPort[] = (op.ports ?? []).map((p) => ({ container: op.namePrefix, name: p.name ?? null, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP', hostPort: null }));
  const pods = placed.placements.map((at, i) => makePod(op.namespace, names[i]!, at, op.labels ?? {}, ports, op.hostNetwork ?? false));
  const next = { ...t, pods: [...t.pods, ...pods] };
  const touched = servicesSelecting(next, pods);
  const notes = [`${plural(pods.length, 'pod')} added in ${op.namespace}: ${listed(pods.map((p) => `${p.name} on ${p.nodeName} ${p.ips.join(',')}`), 6)}`];
  if (touched.size > 0) notes.push(`selected by ${listed([...touched])}: their endpoints follow`);
  return done(reconcileSlices(next, touched), notes);
}

export function removePods(t: Topology, op: RemovePods, path: string): Step {
  const inNamespace = t.pods.filter((p) => p.namespace === op.namespace);
  let gone: Pod[];
  if (op.names !== undefined) {
    const byName = new Map(inNamespace.map((p) => [p.name, p]));
    const missing = op.names.filter((n) => !byName.has(n));
    if (missing.length > 0) return reject(`${path}.names`, `no pod ${listed(missing.map((n) => `${op.namespace}/${n}`))} (pods in ${op.namespace}: ${knownNames(inNamespace.map((p) => p.name))})`);
    gone = [...new Set(op.names)].map((n) => byName.get(n)!);
  } else {
    gone = inNamespace.filter((p) => selects(op.selector!, p));
    if (gone.length === 0) return reject(`${path}.selector`, `the selector matches no pod in ${op.namespace}`);
  }
  const removed = new Set(gone.map(podKey));
  const touched = servicesSelecting(t, gone);
  const { slices, dropped } = dropEndpoints(t, removed, null);
  const next = { ...t, pods: t.pods.filter((p) => !removed.has(podKey(p))), endpointSlices: slices };
  const notes = [`${plural(gone.length, 'pod')} removed: ${listed(gone.map(podKey))}`];
  if (dropped.size > 0 || touched.size > 0) notes.push(`endpoints follow for ${listed([...new Set([...dropped.keys(), ...touched])])}`);
  return done(reconcileSlices(next, touched), notes);
}

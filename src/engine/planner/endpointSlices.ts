/**
 * Keeping EndpointSlices true to the pods after an operation adds or removes pods, Services or nodes.
 *
 * Decision (README.md "EndpointSlices"): the planner keeps slices itself, so an applied topology is
 * complete without a second pass by the caller.
 * - Endpoints of removed pods, and endpoints on a removed node, leave every slice (explicit or
 *   inferred): the EndpointSlice controller drops them, and src/io refuses an endpoint whose nodeName
 *   names no node.
 * - A Service whose slices were inferred (or that has none) gets them inferred again from its selector,
 *   by the same function import uses (src/engine/services/inferEndpointSlices.ts) — and as import will again
 *   when the plan is exported and re-imported, since export leaves inferred slices out.
 * - A Service with explicit slices keeps them: endpoints for new matching pods are appended to the first
 *   slice of the family with the same ports and room (< 100 endpoints), else to a new slice
 *   `<service>-planned-<n>` — the order the controller fills slices in (staging/src/k8s.io/endpointslice/
 *   reconciler.go reconcileByPortMapping: existing slices with room before new ones). The new slice is
 *   explicit like its siblings, so export writes it and import reads it back.
 */
import type { ClusterNode, EndpointPort, EndpointSlice, Pod, Service, Topology } from '../model/topology';
import { endpointFor, MAX_ENDPOINTS_PER_SLICE, selects, slicesForFamily } from '../services/inferEndpointSlices';
import { podKey } from './step';

export { selects };

/** Services (ns/name) whose selector matches any of `pods`. */
export function servicesSelecting(t: Topology, pods: readonly Pod[]): Set<string> {
  const out = new Set<string>();
  for (const s of t.services) {
    if (s.selector === null || s.type === 'ExternalName') continue;
    if (pods.some((p) => p.namespace === s.namespace && selects(s.selector!, p))) out.add(podKey(s));
  }
  return out;
}

/** Drops endpoints that target `removedPods` (ns/name) or sit on `removedNode`; returns the new slices and how many went per Service. */
export function dropEndpoints(t: Topology, removedPods: ReadonlySet<string>, removedNode: string | null): { slices: EndpointSlice[]; dropped: Map<string, number> } {
  const dropped = new Map<string, number>();
  const slices = t.endpointSlices.map((slice) => {
    const kept = slice.endpoints.filter((e) => !((e.targetPod !== null && removedPods.has(podKey(e.targetPod))) || (removedNode !== null && e.nodeName === removedNode)));
    if (kept.length === slice.endpoints.length) return slice;
    const key = `${slice.namespace}/${slice.serviceName}`;
    dropped.set(key, (dropped.get(key) ?? 0) + slice.endpoints.length - kept.length);
    return { ...slice, endpoints: kept };
  });
  return { slices, dropped };
}

/** Brings the slices of `services` (ns/name) up to date with the pods, per the rules above. */
export function reconcileSlices(t: Topology, services: ReadonlySet<string>): Topology {
  if (services.size === 0) return t;
  const nodes = new Map(t.nodes.map((n) => [n.name, n]));
  let slices = [...t.endpointSlices];
  for (const service of t.services) {
    const key = podKey(service);
    if (!services.has(key) || service.selector === null || service.type === 'ExternalName') continue;
    const own = (s: EndpointSlice) => s.namespace === service.namespace && s.serviceName === service.name;
    const pods = t.pods.filter((p) => p.namespace === service.namespace && selects(service.selector!, p));
    if (slices.some((s) => own(s) && !s.inferred)) {
      slices = appendToExplicit(slices, service, pods, nodes);
      continue;
    }
    // Re-inferred slices take the place of the old ones, so the order of slices is otherwise kept.
    const at = slices.findIndex(own);
    const others = slices.filter((s) => !own(s));
    const taken = new Set(others.map((s) => `${s.namespace}/${s.name}`));
    const nextName = nameGenerator(service, taken);
    const fresh = service.ipFamilies.flatMap((family) => slicesForFamily(service, family, pods, nodes, nextName));
    const insertAt = at < 0 ? others.length : slices.slice(0, at).filter((s) => !own(s)).length;
    slices = [...others.slice(0, insertAt), ...fresh, ...others.slice(insertAt)];
  }
  return { ...t, endpointSlices: slices };
}

function nameGenerator(service: Service, taken: Set<string>, tag = 'inferred'): () => string {
  let counter = 0;
  return () => {
    let name: string;
    do name = `${service.name}-${tag}-${++counter}`;
    while (taken.has(`${service.namespace}/${name}`));
    taken.add(`${service.namespace}/${name}`);
    return name;
  };
}

function appendToExplicit(slices: EndpointSlice[], service: Service, pods: readonly Pod[], nodes: ReadonlyMap<string, ClusterNode>): EndpointSlice[] {
  const out = [...slices];
  const own = () => out.filter((s) => s.namespace === service.namespace && s.serviceName === service.name);
  const present = new Set(own().flatMap((s) => s.endpoints.flatMap((e) => (e.targetPod === null ? [] : [podKey(e.targetPod)]))));
  const taken = new Set(out.map((s) => `${s.namespace}/${s.name}`));
  const nextName = nameGenerator(service, taken, 'planned');
  for (const pod of pods) {
    if (present.has(podKey(pod))) continue;
    for (const family of service.ipFamilies) {
      const made = endpointFor(service, family, pod, nodes);
      if (made === null) continue;
      const key = portsKey(made.ports);
      const i = out.findIndex((s) => s.namespace === service.namespace && s.serviceName === service.name && s.addressType === family && portsKey(s.ports) === key && s.endpoints.length < MAX_ENDPOINTS_PER_SLICE);
      if (i >= 0) out[i] = { ...out[i]!, endpoints: [...out[i]!.endpoints, made.endpoint] };
      // A new slice beside explicit ones is explicit too: export writes it, and import (which infers nothing
      // for a Service that has slices) reads it back.
      else out.push({ namespace: service.namespace, name: nextName(), serviceName: service.name, addressType: family, endpoints: [made.endpoint], ports: made.ports, inferred: false });
    }
  }
  return out;
}

/** Slices group endpoints by their set of ports, in any order (reconciler.go: endpointutil.NewPortMapKey sorts them). */
function portsKey(ports: readonly EndpointPort[]): string {
  return JSON.stringify([...ports].map((p) => [p.name, p.protocol, p.port, p.appProtocol]).sort());
}

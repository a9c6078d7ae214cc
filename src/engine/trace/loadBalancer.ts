/**
 * The cloud load balancer in front of a LoadBalancer Service, modeled simply: a packet the underlay would
 * send out of the model, addressed to a Service's status.loadBalancer.ingress IP, is taken by that load
 * balancer and forwarded, destination unchanged (VIP mode — a packet forwarder such as GCE's network load
 * balancer, kubernetes/website docs/tutorials/services/source-ip.md "Cross-platform support"), to one node,
 * where kube-proxy's KUBE-SERVICES rule for the load-balancer IP takes over (serviceHop.ts).
 *
 * Which node: the first, in document order, of the nodes the load balancer would use — nodes not labelled
 * `node.kubernetes.io/exclude-from-external-load-balancers` (k8s.io/cloud-provider controllers/service
 * `nodeIncludedPredicate`: the label excludes unless its value parses as false) — and that pass its health
 * check: with externalTrafficPolicy Local, the healthCheckNodePort answers 200 only on nodes with a ready
 * local endpoint (pkg/proxy/healthcheck service_health.go); with Cluster every node does. Real balancers
 * spread flows over all of them; the model follows one and says so. A port the Service does not have has no
 * listener on the load balancer: DROPPED. When the underlay itself routes the IP (MetalLB BGP, an explicit
 * `<ip>/32 via <node>` route), that route is followed instead and this model is not used.
 */
import { addressOf, subnetOf, type NodeInfo, type SubnetInfo } from '../model/indexes';
import type { Service } from '../model/topology';
import type { IpAddress } from '../net';
import { describePorts, findServicePort, serviceIndexOf, serviceKeyOf } from './services';
import type { PacketHeaders } from './types';
import { end, type Next, type Walk } from './walk';

const EXCLUDE_LABEL = 'node.kubernetes.io/exclude-from-external-load-balancers';

/** Go's strconv.ParseBool false values; anything else (including "" and garbage) keeps the node excluded. */
const FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

function included(node: NodeInfo): boolean {
  const v = node.node.labels[EXCLUDE_LABEL];
  return v === undefined || FALSE.has(v);
}

function readyLocalEndpoint(walk: Walk, svc: Service, node: NodeInfo, ip: IpAddress): boolean {
  for (const slice of serviceIndexOf(walk.snap).slicesByService.get(serviceKeyOf(svc)) ?? []) {
    if (slice.addressType !== ip.family) continue;
    if (slice.endpoints.some((e) => e.ready && e.nodeName === node.name)) return true;
  }
  return false;
}

export type OnSubnet = (subnet: SubnetInfo, nextHop: IpAddress) => Next;

/** The load balancer's answer for `packet`, or null when `dst` is no load-balancer IP (or already DNAT-ed). */
export function loadBalancerHop(walk: Walk, packet: PacketHeaders, dst: IpAddress, onSubnet: OnSubnet): Next | null {
  if (walk.dnatDone) return null;
  const entries = serviceIndexOf(walk.snap).byAddress.get(dst.toString())?.filter((e) => e.kind === 'loadBalancer');
  if (entries === undefined || entries.length === 0) return null;
  const h = packet.inner;
  const services = entries.map((e) => e.service);
  const names = services.map(serviceKeyOf).join(', ');
  const hit = h.dstPort === null || h.protocol === 'IPIP' || h.protocol === 'ESP' ? null : findServicePort(services, h.dstPort, h.protocol);
  if (hit === null) {
    walk.step('forward', 'DROPPED', {
      summary: `the load balancer of Service ${names} at ${dst.toString()} has no listener on ${h.dstPort ?? '(no port)'}/${h.protocol} (ports: ${services.map(describePorts).join('; ')})`,
      packetIn: packet,
      packetOut: null,
    });
    return end('DROPPED');
  }
  const svc = hit.service;
  const local = svc.externalTrafficPolicy === 'Local';
  const nodes = walk.snap.nodes.filter((n) => included(n) && addressOf(n, dst.family) !== null && (!local || readyLocalEndpoint(walk, svc, n, dst)));
  const check = local ? `healthCheckNodePort ${svc.healthCheckNodePort ?? '(unset)'} answers 200 only where a ready endpoint runs (externalTrafficPolicy Local)` : 'every node passes its health check (externalTrafficPolicy Cluster)';
  const target = nodes[0];
  if (target === undefined) {
    walk.step('forward', 'DROPPED', { summary: `the load balancer of Service ${serviceKeyOf(svc)} has no healthy node: ${check}`, packetIn: packet, packetOut: null });
    return end('DROPPED');
  }
  const nodeIp = addressOf(target, dst.family)!;
  const subnet = subnetOf(target, dst.family);
  walk.assume(
    `Load balancer of Service ${serviceKeyOf(svc)} (${dst.toString()}): forwards to a healthy node with the destination unchanged; the model follows the first in document order (${target.name}, one of ${nodes.length})`,
  );
  walk.step('forward', 'FORWARDED', {
    summary: `load balancer ${dst.toString()} (Service ${serviceKeyOf(svc)}) forwards to node ${target.name} (${nodeIp.toString()}): ${check}`,
    packetIn: packet,
    packetOut: packet,
  });
  if (subnet === null) {
    walk.step('forward', 'NEXT_HOP_UNREACHABLE', { summary: `node ${target.name} is on no underlay subnet of the model`, packetIn: packet, packetOut: null });
    return end('NEXT_HOP_UNREACHABLE');
  }
  return onSubnet(subnet, nodeIp);
}

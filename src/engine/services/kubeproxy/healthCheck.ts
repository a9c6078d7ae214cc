/**
 * Where health checks live: for a LoadBalancer Service with externalTrafficPolicy Local, the rules only
 * open `healthCheckNodePort` (iptables: `KUBE-NODEPORTS … -j ACCEPT`; nftables: nothing to open); the
 * kube-proxy process itself answers HTTP on that port on every node (kubernetes/kubernetes
 * pkg/proxy/healthcheck/service_health.go), 200 while the node has local Ready endpoints for the Service and
 * 503 otherwise, so the cloud load balancer only sends to nodes that can serve without leaving the node.
 * The count is `EndpointsMap.LocalReadyEndpoints()` (pkg/proxy/endpoints.go): local endpoints that are Ready
 * — terminating ones are not — summed over the Service's ports of the family.
 * (kube-proxy also answers 503 while it is itself unhealthy; the model assumes a healthy proxy.)
 */
import type { KubeProxyOptions } from './config';
import { prepare, type KubeProxySource } from './prepare';

export interface HealthCheck {
  /** `ns/name` */
  readonly service: string;
  readonly port: number;
  readonly localEndpoints: number;
  readonly status: 200 | 503;
}

export function healthChecks(source: KubeProxySource, nodeName: string, options: KubeProxyOptions = {}): { readonly checks: readonly HealthCheck[]; readonly errors: readonly string[] } {
  const prepared = prepare(source, nodeName, options);
  const byService = new Map<string, { port: number; count: number }>();
  for (const p of prepared.families) {
    for (const svc of p.services) {
      const name = `${svc.namespace}/${svc.name}`;
      if (svc.healthCheckNodePort !== 0 && !byService.has(name)) byService.set(name, { port: svc.healthCheckNodePort, count: 0 });
    }
    for (const svc of p.services) {
      const entry = byService.get(`${svc.namespace}/${svc.name}`);
      if (entry === undefined) continue;
      for (const ep of p.endpoints.get(svc.key) ?? []) if (ep.isLocal && ep.ready) entry.count++;
    }
  }
  const checks = [...byService].map(([service, { port, count }]): HealthCheck => ({ service, port, localEndpoints: count, status: count > 0 ? 200 : 503 }));
  return { checks, errors: prepared.errors };
}

/**
 * The proxier's inputs, as kube-proxy holds them after its change trackers have run:
 * one `ServicePortInfo` per (Service, port) of one IP family — kubernetes/kubernetes
 * pkg/proxy/serviceport.go `BaseServicePortInfo` — and, per service port, the `EndpointInfo`s
 * of pkg/proxy/endpoint.go `BaseEndpointInfo`.
 */
import type { IpFamily, Protocol } from '../../model/topology';

export interface ServicePortInfo {
  /** `namespace/name/portName/PROTOCOL` — unique per family (kube-proxy's `ServicePortName` map key). */
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  /** spec.ports[].name, '' when unnamed. */
  readonly portName: string;
  readonly protocol: Protocol;
  /** `ServicePortName.String()`: `ns/name:port`, or `ns/name` for an unnamed port (comments use it). */
  readonly nameString: string;
  readonly clusterIP: string;
  readonly port: number;
  /** 0 = none. */
  readonly nodePort: number;
  /** spec.externalIPs of this family, in order. */
  readonly externalIPs: readonly string[];
  /** status.loadBalancer.ingress IPs of this family, in order (all VIP mode: the model has no ipMode). */
  readonly loadBalancerVIPs: readonly string[];
  /** spec.loadBalancerSourceRanges of this family, canonical, in order. */
  readonly loadBalancerSourceRanges: readonly string[];
  readonly sessionAffinityClientIP: boolean;
  /** ClientIP timeout (0 without affinity). */
  readonly stickyMaxAgeSeconds: number;
  readonly externalPolicyLocal: boolean;
  readonly internalPolicyLocal: boolean;
  /** 0 = none; set only for LoadBalancer Services with externalTrafficPolicy Local (NeedsHealthCheck). */
  readonly healthCheckNodePort: number;
}

export interface EndpointInfo {
  readonly ip: string;
  readonly port: number;
  /** `net.JoinHostPort(ip, port)`: `10.0.0.1:80`, `[fd00::1]:80` — kube-proxy's `Endpoint.String()`. */
  readonly endpoint: string;
  readonly isLocal: boolean;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
  readonly nodeName: string | null;
}

/** Everything the proxier of one family on one node needs to know about itself. */
export interface NodeContext {
  readonly nodeName: string;
  readonly family: IpFamily;
  /** The node's primary IP of the family (first InternalIP, else ExternalIP), as kube-proxy's NodeIPs. */
  readonly nodeIP: string | null;
  /** Addresses configured on the host (for --nodeport-addresses and addrtype LOCAL): both families, loopback included. */
  readonly hostAddresses: readonly string[];
}

// Upstream's BaseServicePortInfo methods (pkg/proxy/serviceport.go), as functions.

/** NodePort, ExternalIP or LoadBalancer traffic reaches this port. */
export function externallyAccessible(s: ServicePortInfo): boolean {
  return s.nodePort !== 0 || s.loadBalancerVIPs.length !== 0 || s.externalIPs.length !== 0;
}

/** "Even if the external traffic policy is Local, we need Cluster endpoints to implement short circuiting." */
export function usesClusterEndpoints(s: ServicePortInfo): boolean {
  return !s.internalPolicyLocal || externallyAccessible(s);
}

export function usesLocalEndpoints(s: ServicePortInfo): boolean {
  return s.internalPolicyLocal || (s.externalPolicyLocal && externallyAccessible(s));
}

export function familyOf(ip: string): IpFamily {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

/** Go's `net.JoinHostPort`. */
export function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * The domain model of one cluster's network: what a topology document says, after validation.
 *
 * Every address and prefix here is a canonical string (validated and canonicalized at the boundary by
 * src/io; IPv6 in RFC 5952 form, prefixes with host bits clear). The engine compiles these strings into
 * compact integer forms (the Snapshot); nothing in this file parses or computes.
 *
 * Order matters: every list keeps the order of the source document, so export reproduces it and
 * anything order-dependent (endpoint order in kube-proxy, the allocator's next free CIDR) is stable.
 */
import type { TopologyPolicies } from './policy';

export const IP_FAMILIES = ['IPv4', 'IPv6'] as const;
export type IpFamily = (typeof IP_FAMILIES)[number];

export const CNI_PLUGINS = ['flannel', 'calico', 'cilium', 'weave', 'aws-vpc-cni', 'kubenet', 'bridge', 'generic'] as const;
export type CniPlugin = (typeof CNI_PLUGINS)[number];

/** `none` and `host-gw` are the same thing (routed, next hop on-link); both names are accepted and kept. */
export const OVERLAY_MODES = ['none', 'host-gw', 'bgp', 'vxlan', 'geneve', 'ipip', 'wireguard', 'ipsec', 'udp'] as const;
export type OverlayMode = (typeof OVERLAY_MODES)[number];

export const KUBE_PROXY_MODES = ['iptables', 'ipvs', 'nftables', 'none'] as const;
export type KubeProxyMode = (typeof KUBE_PROXY_MODES)[number];

export const EXTERNAL_NETWORK_KINDS = ['vpc', 'on-prem', 'peering', 'reserved', 'other'] as const;
export type ExternalNetworkKind = (typeof EXTERNAL_NETWORK_KINDS)[number];

export const ROUTE_TYPES = ['unicast', 'blackhole', 'unreachable', 'prohibit', 'local'] as const;
export type RouteType = (typeof ROUTE_TYPES)[number];

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const TRAFFIC_POLICIES = ['Cluster', 'Local'] as const;
export type TrafficPolicy = (typeof TRAFFIC_POLICIES)[number];
export const IP_FAMILY_POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;
export type IpFamilyPolicy = (typeof IP_FAMILY_POLICIES)[number];
export const SESSION_AFFINITIES = ['None', 'ClientIP'] as const;
export type SessionAffinity = (typeof SESSION_AFFINITIES)[number];
export type Labels = Readonly<Record<string, string>>;

export interface CniConfig {
  readonly plugin: CniPlugin;
  readonly overlay: OverlayMode;
  /** Calico CrossSubnet / flannel DirectRouting: encapsulate only between nodes in different subnets. */
  readonly crossSubnet: boolean;
  /** Bridge device that owns the node's pod CIDR (cni0, docker0, cbr0…). */
  readonly bridge: string;
  /** VXLAN/Geneve network identifier; null = the plugin's default. */
  readonly vni: number | null;
  /** UDP port of the tunnel; null = the plugin's default. */
  readonly port: number | null;
  /** Pod MTU set explicitly; null = derived from the underlay MTU and the overlay's overhead. */
  readonly mtu: number | null;
}

export interface KubeProxyConfig {
  readonly mode: KubeProxyMode;
  /** --cluster-cidr, used to detect local traffic; empty = the topology's podCIDRs. */
  readonly clusterCIDRs: readonly string[];
  /** --iptables-masquerade-bit (0–31), default 14. */
  readonly masqueradeBit: number;
  /** --masquerade-all. */
  readonly masqueradeAll: boolean;
  /** --iptables-localhost-nodeports, default true. */
  readonly localhostNodePorts: boolean;
  /** --nodeport-addresses (CIDRs, or the single word "primary"); empty = all node addresses. */
  readonly nodePortAddresses: readonly string[];
}

export interface UnderlaySubnet {
  readonly name: string;
  readonly cidr: string;
  readonly gateway: string | null;
  readonly zone: string | null;
  /** null = the underlay's default MTU. */
  readonly mtu: number | null;
}

/** One route, as `ip route` would show it. `destination` is a canonical prefix (default = 0.0.0.0/0 or ::/0). */
export interface Route {
  readonly destination: string;
  readonly via: string | null;
  readonly dev: string | null;
  readonly type: RouteType;
  readonly metric: number | null;
  readonly src: string | null;
  /** `onlink`: the next hop is reachable on `dev` even if no connected route covers it (flannel VXLAN routes use it). */
  readonly onlink: boolean;
}

export interface ExternalNetwork {
  readonly name: string;
  readonly cidr: string;
  readonly kind: ExternalNetworkKind;
}

export interface NodeRouteTable {
  readonly node: string;
  readonly routes: readonly Route[];
}

export interface ClusterNode {
  readonly name: string;
  /** status.addresses of type InternalIP, in order (one per family at most in a well-formed cluster). */
  readonly internalIPs: readonly string[];
  /** status.addresses of type ExternalIP. */
  readonly externalIPs: readonly string[];
  /** Name of the underlay subnet the node sits in (inferred from its IP when the document omits it). */
  readonly subnet: string | null;
  /** spec.podCIDRs; empty = not yet allocated (the node IPAM allocator would assign one). */
  readonly podCIDRs: readonly string[];
  readonly labels: Labels;
  /** Underlay MTU of the node's interface; null = its subnet's or the underlay's. */
  readonly mtu: number | null;
  /** status.capacity.pods (kubelet --max-pods); null = unknown (kubelet's default is 110). */
  readonly maxPods: number | null;
}

export interface ContainerPort {
  readonly container: string;
  readonly name: string | null;
  readonly containerPort: number;
  readonly protocol: Protocol;
  readonly hostPort: number | null;
}

export interface Pod {
  readonly namespace: string;
  readonly name: string;
  /** spec.nodeName; null = not scheduled. */
  readonly nodeName: string | null;
  /** status.podIPs, in order. */
  readonly ips: readonly string[];
  readonly hostNetwork: boolean;
  readonly labels: Labels;
  /** Ports declared by the pod's containers (for named targetPorts). */
  readonly ports: readonly ContainerPort[];
  /** status.conditions[type=Ready]; absent in the document = true. */
  readonly ready: boolean;
  /**
   * metadata.ownerReferences' entry with `controller: true` (at most one, apimachinery ValidateOwnerReferences);
   * absent = none is marked controller. Other references are not kept: nothing here reads them.
   */
  readonly owner?: PodOwner;
}

/** A Pod's controller ownerReference as written: e.g. apps/v1 ReplicaSet web-7d77fb55cc, v1 Node (static pods). */
export interface PodOwner {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
}

export interface ServicePort {
  readonly name: string | null;
  readonly protocol: Protocol;
  readonly port: number;
  /** A number, or the name of a container port. Defaults to `port`. */
  readonly targetPort: number | string;
  readonly nodePort: number | null;
  readonly appProtocol: string | null;
}

export interface Service {
  readonly namespace: string;
  readonly name: string;
  readonly type: ServiceType;
  /** spec.clusterIPs; empty for headless (clusterIP: None) and ExternalName Services. */
  readonly clusterIPs: readonly string[];
  /** spec.clusterIP was "None". */
  readonly headless: boolean;
  readonly ports: readonly ServicePort[];
  /** spec.selector; null = no selector (endpoints are managed by hand). */
  readonly selector: Labels | null;
  readonly externalIPs: readonly string[];
  /** status.loadBalancer.ingress[].ip */
  readonly loadBalancerIPs: readonly string[];
  readonly loadBalancerSourceRanges: readonly string[];
  readonly externalName: string | null;
  readonly sessionAffinity: SessionAffinity;
  /** spec.sessionAffinityConfig.clientIP.timeoutSeconds; null = 10800 when affinity is ClientIP. */
  readonly sessionAffinityTimeoutSeconds: number | null;
  readonly externalTrafficPolicy: TrafficPolicy;
  readonly internalTrafficPolicy: TrafficPolicy;
  readonly healthCheckNodePort: number | null;
  readonly ipFamilies: readonly IpFamily[];
  readonly ipFamilyPolicy: IpFamilyPolicy | null;
  readonly publishNotReadyAddresses: boolean;
  readonly labels: Labels;
}

export interface EndpointRef {
  readonly namespace: string;
  readonly name: string;
}

export interface Endpoint {
  readonly addresses: readonly string[];
  /** conditions.ready; absent = true (EndpointSlice API semantics). */
  readonly ready: boolean;
  /** conditions.serving; absent = same as ready. */
  readonly serving: boolean;
  /** conditions.terminating; absent = false. */
  readonly terminating: boolean;
  readonly nodeName: string | null;
  readonly zone: string | null;
  readonly hostname: string | null;
  /** targetRef of kind Pod. */
  readonly targetPod: EndpointRef | null;
}

export interface EndpointPort {
  readonly name: string | null;
  readonly protocol: Protocol;
  readonly port: number | null;
  readonly appProtocol: string | null;
}

export const ENDPOINT_ADDRESS_TYPES = ['IPv4', 'IPv6', 'FQDN'] as const;
export type EndpointAddressType = (typeof ENDPOINT_ADDRESS_TYPES)[number];

export interface EndpointSlice {
  readonly namespace: string;
  readonly name: string;
  /** Label kubernetes.io/service-name. */
  readonly serviceName: string;
  readonly addressType: EndpointAddressType;
  readonly endpoints: readonly Endpoint[];
  readonly ports: readonly EndpointPort[];
  /** true when src/io inferred this slice from a Service selector (the document had none for it). */
  readonly inferred: boolean;
}

/** A `forward` block of the Corefile: names in `zone` go to `to` (addresses or /etc/resolv.conf). */
export interface DnsForward {
  readonly zone: string;
  readonly to: readonly string[];
}

/**
 * The cluster's CoreDNS settings (its Corefile's `kubernetes` block and `forward` plugins). Absent on a Topology =
 * kubeadm's Corefile (cmd/kubeadm/app/phases/addons/dns/manifests.go), which is what every cluster had before.
 */
export interface DnsSettings {
  /** `pods disabled|insecure|verified`. */
  readonly podMode: 'disabled' | 'insecure' | 'verified';
  /** `ttl` (0–3600). */
  readonly ttl: number;
  /** The block also serves in-addr.arpa and ip6.arpa. */
  readonly reverseZones: boolean;
  /** `fallthrough` covers the reverse zones. */
  readonly fallthroughReverse: boolean;
  /** `endpoint_pod_names`. */
  readonly endpointPodNames: boolean;
  /** `forward` blocks, the root zone `.` last; the stub domains are the others. */
  readonly forward: readonly DnsForward[];
}

/** The policy fields (namespaces, policies, workloads, settings) are optional: ./policy.ts says why. */
export interface Topology extends TopologyPolicies {
  readonly name: string;
  readonly description: string;
  /** Store version; 0 for a topology that has not been stored. */
  readonly version: number;
  readonly clusterDomain: string;
  /** Cluster CIDRs, one per family at most. */
  readonly podCIDRs: readonly string[];
  /** Service CIDRs, one per family at most. */
  readonly serviceCIDRs: readonly string[];
  readonly nodeCIDRMaskSize: { readonly ipv4: number; readonly ipv6: number };
  readonly cni: CniConfig;
  readonly kubeProxy: KubeProxyConfig;
  readonly underlay: {
    readonly mtu: number;
    readonly subnets: readonly UnderlaySubnet[];
    readonly routes: readonly Route[];
  };
  readonly externalNetworks: readonly ExternalNetwork[];
  readonly nodeRoutes: readonly NodeRouteTable[];
  /** CoreDNS settings; absent = kubeadm's Corefile (DEFAULT_DNS). */
  readonly dns?: DnsSettings;
  readonly nodes: readonly ClusterNode[];
  readonly pods: readonly Pod[];
  readonly services: readonly Service[];
  readonly endpointSlices: readonly EndpointSlice[];
}

export const DEFAULTS = {
  clusterDomain: 'cluster.local',
  nodeCIDRMaskSize: { ipv4: 24, ipv6: 64 },
  underlayMtu: 1500,
  bridge: 'cni0',
  masqueradeBit: 14,
  sessionAffinityTimeoutSeconds: 10800,
  kubeletMaxPods: 110,
} as const;

/** kubeadm's Corefile: `kubernetes <domain> in-addr.arpa ip6.arpa { pods insecure; fallthrough in-addr.arpa ip6.arpa; ttl 30 }`, `forward . /etc/resolv.conf`. */
export const DEFAULT_DNS: DnsSettings = {
  podMode: 'insecure',
  ttl: 30,
  reverseZones: true,
  fallthroughReverse: true,
  endpointPodNames: false,
  forward: [{ zone: '.', to: ['/etc/resolv.conf'] }],
};

/**
 * Which Service is the cluster DNS server. kubeadm deploys CoreDNS behind the Service kube-system/kube-dns
 * (cmd/kubeadm/app/phases/addons/dns/manifests.go CoreDNSService) at the address GetDNSIP chooses: the 10th
 * address of the first service subnet (cmd/kubeadm/app/constants/constants.go GetDNSIP →
 * GetKubernetesServiceCIDR takes the first CIDR, netutils.GetIndexedIP(subnet, 10), an error when the subnet
 * is too small), and writes the same address into the kubelets' clusterDNS.
 *
 * Found, in order: the Service kube-system/kube-dns with a ClusterIP; else any Service holding that 10th
 * address (distributions rename the Service, e.g. rke2's rke2-coredns-rke2-coredns); else none, with why.
 */
import type { Service, Topology } from '../../model/topology';
import { Prefix } from '../../net';

/** How the DNS Service was found: by its name kube-system/kube-dns, or as the holder of the 10th service address. */
export const DNS_SERVER_FOUND_BY = ['kube-dns-name', 'conventional-address'] as const;

export interface DnsServer {
  readonly namespace: string;
  readonly name: string;
  /** The Service's ClusterIPs; the first is what kubelet writes as the pods' nameserver. */
  readonly addresses: readonly string[];
  readonly foundBy: (typeof DNS_SERVER_FOUND_BY)[number];
  /** Ready endpoint addresses of the Service (the CoreDNS pods kube-proxy sends queries to). */
  readonly readyEndpoints: number;
}

export interface DnsServerLookup {
  readonly server: DnsServer | null;
  /** How the server was found, or why none was. */
  readonly reason: string;
  /** The 10th address of the first service CIDR (kubeadm GetDNSIP), or null when there is none. */
  readonly conventionalAddress: string | null;
}

/** kubeadm GetDNSIP: the 10th address of the first service subnet; null when there is none or it is too small. */
export function conventionalDnsAddress(topology: Topology): string | null {
  const first = topology.serviceCIDRs[0];
  if (first === undefined) return null;
  return Prefix.parse(first).nth(10)?.toString() ?? null;
}

function usable(svc: Service): boolean {
  return svc.type !== 'ExternalName' && !svc.headless && svc.clusterIPs.length > 0;
}

function readyEndpoints(topology: Topology, svc: Service): number {
  let n = 0;
  for (const slice of topology.endpointSlices) {
    if (slice.namespace !== svc.namespace || slice.serviceName !== svc.name || slice.addressType === 'FQDN') continue;
    for (const ep of slice.endpoints) if (ep.ready) n += ep.addresses.length;
  }
  return n;
}

function server(topology: Topology, svc: Service, foundBy: DnsServer['foundBy']): DnsServer {
  return { namespace: svc.namespace, name: svc.name, addresses: svc.clusterIPs, foundBy, readyEndpoints: readyEndpoints(topology, svc) };
}

export function dnsServer(topology: Topology): DnsServerLookup {
  const conventional = conventionalDnsAddress(topology);
  const tenth =
    conventional === null
      ? topology.serviceCIDRs.length === 0
        ? 'the topology has no service CIDR'
        : `${topology.serviceCIDRs[0]} has no 10th address`
      : `${conventional}, the 10th address of ${topology.serviceCIDRs[0]} (kubeadm GetDNSIP)`;
  const kubeDns = topology.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');
  if (kubeDns !== undefined && usable(kubeDns)) {
    const at = kubeDns.clusterIPs[0] === conventional ? `at ${tenth}` : `at ${kubeDns.clusterIPs.join(', ')}, not at ${tenth}`;
    return { server: server(topology, kubeDns, 'kube-dns-name'), reason: `the Service kube-system/kube-dns, ${at}`, conventionalAddress: conventional };
  }
  const why = kubeDns === undefined ? 'there is no Service kube-system/kube-dns' : 'kube-system/kube-dns has no ClusterIP (headless or ExternalName)';
  if (conventional !== null) {
    const holder = topology.services.find((s) => usable(s) && s.clusterIPs.includes(conventional));
    if (holder !== undefined) {
      return {
        server: server(topology, holder, 'conventional-address'),
        reason: `${why}; ${holder.namespace}/${holder.name} holds ${tenth}`,
        conventionalAddress: conventional,
      };
    }
  }
  const none = conventional === null ? tenth : `no Service holds ${tenth}`;
  return { server: null, reason: `${why} and ${none}`, conventionalAddress: conventional };
}

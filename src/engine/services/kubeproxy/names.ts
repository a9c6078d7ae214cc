/**
 * Per-service chain names.
 *
 * iptables — kubernetes/kubernetes pkg/proxy/iptables/proxier.go: `portProtoHash` is
 * base32(sha256(servicePortName + protocol))[:16] ("IPTables Chain Names must be <= 28 chars long") with the
 * prefixes KUBE-SVC- (cluster policy), KUBE-SVL- (local policy), KUBE-EXT- (external traffic), KUBE-FW-
 * (loadBalancerSourceRanges); `servicePortEndpointChainName` hashes servicePortName + protocol + endpoint
 * (`ip:port`) into KUBE-SEP-. The protocol is lower case, the name is `ServicePortName.String()`.
 *
 * nftables — pkg/proxy/nftables/proxier.go: `hashAndTruncate` prefixes a readable name with
 * base32(sha256(name))[:8] and a dash; service chains are `service-`, `local-`, `external-`, `firewall-` +
 * `HASH-ns/name/proto/port`, endpoints `endpoint-` / affinity sets `affinity-` + `HASH-ns/name/proto/port__ip/port`
 * (IPv6 colons become dots). Names never reach the 240-character truncation for valid Kubernetes names.
 */
import { hashName } from './hash';
import type { EndpointInfo, ServicePortInfo } from './types';

export interface IptablesChainNames {
  readonly cluster: string;
  readonly local: string;
  readonly external: string;
  readonly firewall: string;
}

export function iptablesChainNames(svc: ServicePortInfo): IptablesChainNames {
  const hash = hashName(svc.nameString + svc.protocol.toLowerCase(), 16);
  return { cluster: `KUBE-SVC-${hash}`, local: `KUBE-SVL-${hash}`, external: `KUBE-EXT-${hash}`, firewall: `KUBE-FW-${hash}` };
}

export function iptablesEndpointChain(svc: ServicePortInfo, ep: EndpointInfo): string {
  return `KUBE-SEP-${hashName(svc.nameString + svc.protocol.toLowerCase() + ep.endpoint, 16)}`;
}

const NAME_BASE_MAX = 256 - 16; // knftables.NameLengthMax - chainNamePrefixLengthMax

function hashAndTruncate(name: string): string {
  const full = `${hashName(name, 8)}-${name}`;
  return full.length > NAME_BASE_MAX ? full.slice(0, NAME_BASE_MAX - 3) + '...' : full;
}

export interface NftablesChainNames {
  readonly cluster: string;
  readonly local: string;
  readonly external: string;
  readonly firewall: string;
}

export function nftablesChainNames(svc: ServicePortInfo): NftablesChainNames {
  const base = hashAndTruncate(`${svc.namespace}/${svc.name}/${svc.protocol.toLowerCase()}/${svc.portName}`);
  return { cluster: `service-${base}`, local: `local-${base}`, external: `external-${base}`, firewall: `firewall-${base}` };
}

export function nftablesEndpointNames(svc: ServicePortInfo, ep: EndpointInfo): { readonly chain: string; readonly affinitySet: string } {
  const ip = ep.ip.replaceAll(':', '.');
  const base = hashAndTruncate(`${svc.namespace}/${svc.name}/${svc.protocol.toLowerCase()}/${svc.portName}__${ip}/${ep.port}`);
  return { chain: `endpoint-${base}`, affinitySet: `affinity-${base}` };
}

/** src/engine/services/dns: cluster DNS as CoreDNS serves the Kubernetes DNS specification (see README.md). */
export { buildDnsIndex, serviceKey, SYSTEM_NAMESPACES, type DnsIndex, type ServiceEntry, type EndpointsEntry } from './dnsIndex';
export { query } from './query';
export { resolveFromPod, candidates, walk, type ResolveOptions, type ResolveAttempt, type Resolution, type ResolverKind, type FinalStatus } from './resolver';
export { podResolvConf, ndotsOf, type HostResolvConf, type ResolvConf } from './resolvConf';
export { dnsServer, conventionalDnsAddress, type DnsServer, type DnsServerLookup } from './dnsServer';
export { formatRecord } from './records';
export { dashedAddress, reverseAddress, reverseName } from './names';
export {
  DNS_SCHEMA_VERSION,
  KUBEADM_COREFILE,
  PLUGIN_DEFAULTS,
  QUERY_TYPES,
  RECORD_TYPES,
  type DnsAnswer,
  type DnsOptions,
  type DnsRecord,
  type PodMode,
  type QueryType,
  type Rcode,
  type RecordType,
} from './types';

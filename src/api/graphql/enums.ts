/**
 * The one mapping between GraphQL enums and the engine's strings. Every enum's values are built from the engine's own list
 * (the `as const` array its TypeScript union is derived from), so the schema cannot drift from the engine:
 * tests/api/graphqlContract.test.ts checks that schema.graphql declares exactly these values.
 *
 * Naming: a value the engine already spells as a GraphQL name in capitals or as the Kubernetes API spells it (TCP, IPv4,
 * ClusterIP, SingleStack, DELIVERED) is kept as is; a lower-case word of the CLI (host-gw, aws-vpc-cni, nodeCIDRs) becomes
 * UPPER_SNAKE_CASE (HOST_GW, AWS_VPC_CNI, NODE_CIDRS). graphql-tools turns the GraphQL name into the engine's string for
 * arguments and back for answers, so resolvers and questions only ever see the engine's strings.
 */
import {
  CNI_PLUGINS,
  ENDPOINT_ADDRESS_TYPES,
  EXTERNAL_NETWORK_KINDS,
  IP_FAMILIES,
  IP_FAMILY_POLICIES,
  KUBE_PROXY_MODES,
  OVERLAY_MODES,
  PROTOCOLS,
  ROUTE_TYPES,
  SERVICE_TYPES,
  SESSION_AFFINITIES,
  TRAFFIC_POLICIES,
} from '../../engine/model/topology';
import { DISPOSITIONS, STEP_TYPES } from '../../engine/trace/types';
import { GROUP_BYS } from '../../engine/trace/reachability';
import { SEVERITIES } from '../../engine/conflicts/types';
import { TRAFFIC_ENDPOINT_KINDS } from '../../engine/overlay/traffic';
import { RESOLVER_KINDS } from '../../engine/services/dns/resolver';
import { QUERY_TYPES } from '../../engine/services/dns/types';
import { FORECAST_RESOURCES } from '../../engine/capacity/forecast';
import { PROVIDERS } from '../../engine/capacity/types';
import { KNOWN_RANGE_SOURCES } from '../../engine/capacity/freeCidr';
import { CONNECTIVITY_LEVELS } from '../../engine/policy/connectivity';
import { PLAN_FAMILIES } from '../../questions/capacity';
import { ScenarioStatus } from '../../store/generated/prisma/enums';
import { JOB_KINDS } from '../../app/jobs/kinds';
import { JOB_STATES } from '../../app/jobs/jobService';
import { POLICY_DECIDERS, POLICY_DIRECTIONS, POLICY_VERDICTS, TUNNEL_PROTOCOLS } from '../../engine/trace/types';
import { ANSWERERS, RCODES } from '../../engine/services/dns/types';
import { DNS_SERVER_FOUND_BY } from '../../engine/services/dns/dnsServer';
import { DNS_POLICIES } from '../../engine/services/dns/resolvConf';
import { FINAL_STATUSES, QUERY_VIAS } from '../../engine/services/dns/resolver';
import { DNS_RESULT_KINDS } from '../../questions/services';
import { ENI_LIMIT_SOURCES } from '../../engine/capacity/awsMaxPods';
import { HYPERVISORS } from '../../engine/capacity/awsInstances';
import { PLAN_RANGE_ROLES } from '../../engine/capacity/plan';
import { IPAM_KINDS } from '../../engine/capacity/providerFacts';
import { SERVICE_ALLOCATORS } from '../../engine/capacity/serviceRange';
import { PACKET_FATES, PACKET_LIMITS } from '../../engine/overlay/fate';
import { FINDING_CODES } from '../../engine/overlay/findings';
import { CHANGE_KINDS } from '../../engine/planner/diffReach';
import { CONFLICT_OBJECT_KINDS } from '../../engine/conflicts/types';
import { POLICY_FINDING_OBJECT_KINDS } from '../../engine/policyLint/policyFindings';
import { IPVS_VIRTUAL_SERVER_KINDS } from '../../engine/services/kubeproxy/ipvs';
import { IPTABLES_TABLES, RESTORE_COMMANDS } from '../../engine/services/kubeproxy/iptables';

/** The GraphQL name of one engine value (see the naming rule above). */
export function graphqlEnumName(value: string): string {
  if (/^[A-Z][A-Za-z0-9_]*$/.test(value)) return value;
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Each GraphQL enum and the engine list it is made from, in the engine's order. */
export const ENGINE_ENUMS = {
  CniPlugin: CNI_PLUGINS,
  OverlayMode: OVERLAY_MODES,
  KubeProxyMode: KUBE_PROXY_MODES,
  Protocol: PROTOCOLS,
  IpFamily: IP_FAMILIES,
  PlanFamily: PLAN_FAMILIES,
  Disposition: DISPOSITIONS,
  CellDisposition: [...DISPOSITIONS, 'MIXED'] as const,
  StepType: STEP_TYPES,
  GroupBy: GROUP_BYS,
  Severity: SEVERITIES,
  DnsQueryType: QUERY_TYPES,
  DnsResolver: RESOLVER_KINDS,
  Provider: PROVIDERS,
  ServiceType: SERVICE_TYPES,
  TrafficPolicy: TRAFFIC_POLICIES,
  IpFamilyPolicy: IP_FAMILY_POLICIES,
  SessionAffinity: SESSION_AFFINITIES,
  EndpointAddressType: ENDPOINT_ADDRESS_TYPES,
  RouteType: ROUTE_TYPES,
  ExternalNetworkKind: EXTERNAL_NETWORK_KINDS,
  TrafficEndpointKind: TRAFFIC_ENDPOINT_KINDS,
  HeadroomResource: FORECAST_RESOURCES,
  ConnectivityLevel: CONNECTIVITY_LEVELS,
  ScenarioStatus: Object.values(ScenarioStatus),
  KnownRangeSource: KNOWN_RANGE_SOURCES,
  JobKind: JOB_KINDS,
  JobState: JOB_STATES,
  DnsResultKind: DNS_RESULT_KINDS,
  DnsServerFoundBy: DNS_SERVER_FOUND_BY,
  DnsAnsweredBy: ANSWERERS,
  DnsRcode: RCODES,
  DnsPolicy: DNS_POLICIES,
  DnsQueryVia: QUERY_VIAS,
  DnsFinalStatus: FINAL_STATUSES,
  EniLimitSource: ENI_LIMIT_SOURCES,
  Hypervisor: HYPERVISORS,
  PlanRangeRole: PLAN_RANGE_ROLES,
  Fate: PACKET_FATES,
  FateLimit: PACKET_LIMITS,
  ChangeKind: CHANGE_KINDS,
  IpamKind: IPAM_KINDS,
  ServiceAllocator: SERVICE_ALLOCATORS,
  // The conflict report lists CIDR conflicts and policy lint findings: the parties of either.
  ConflictObjectKind: [...new Set([...CONFLICT_OBJECT_KINDS, ...POLICY_FINDING_OBJECT_KINDS])],
  // A header carries the pod's protocol, or a tunnel's for an outer header.
  HeaderProtocol: [...PROTOCOLS, ...TUNNEL_PROTOCOLS] as const,
  IpvsVirtualServerKind: IPVS_VIRTUAL_SERVER_KINDS,
  IptablesTableName: IPTABLES_TABLES,
  RestoreCommand: RESTORE_COMMANDS,
  OverheadFindingCode: FINDING_CODES,
  PolicyDirection: POLICY_DIRECTIONS,
  PolicyVerdict: POLICY_VERDICTS,
  PolicyDecider: POLICY_DECIDERS,
} as const satisfies Record<string, readonly string[]>;

export type EngineEnumName = keyof typeof ENGINE_ENUMS;

/** GraphQL name → engine string, per enum: the resolver map graphql-tools uses as the enums' internal values. */
export const enumResolvers = Object.fromEntries(
  Object.entries(ENGINE_ENUMS).map(([name, values]) => [name, Object.fromEntries(values.map((v) => [graphqlEnumName(v), v]))]),
) as Record<EngineEnumName, Record<string, string>>;

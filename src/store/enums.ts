import type { CniPlugin, ExternalNetworkKind, OverlayMode } from '../engine/model/topology';
import type * as Model from '../engine/model/topology';
import type { $Enums } from './generated/prisma/client';

/**
 * Domain enum values ⇄ Prisma enum members. Most are spelled alike; three domain values contain '-', which
 * a Prisma identifier cannot, so schema.prisma maps them (`aws_vpc_cni @map("aws-vpc-cni")`): the database
 * holds the domain spelling, the client the identifier.
 *
 * The type checks below fail to compile when a value is added on one side only (topology.ts or
 * schema.prisma), which is when a migration is needed.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function sameValues<A, B>(_proof: Same<A, B>): void {}

sameValues<Model.KubeProxyMode, $Enums.KubeProxyMode>(true);
sameValues<Model.RouteType, $Enums.RouteType>(true);
sameValues<Model.ServiceType, $Enums.ServiceType>(true);
sameValues<Model.Protocol, $Enums.Protocol>(true);
sameValues<Model.TrafficPolicy, $Enums.TrafficPolicy>(true);
sameValues<Model.IpFamily, $Enums.IpFamily>(true);
sameValues<Model.IpFamilyPolicy, $Enums.IpFamilyPolicy>(true);
sameValues<Model.SessionAffinity, $Enums.SessionAffinity>(true);
sameValues<Model.EndpointAddressType, $Enums.EndpointAddressType>(true);

function invert<K extends string, V extends string>(map: Record<K, V>): Record<V, K> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<V, K>;
}

// `satisfies Record<Domain, Db>` proves every domain value is mapped; the Record<Db, Domain> type of the
// inverse (checked by sameValues on its keys) proves every database value is reached.
const CNI_PLUGIN = {
  flannel: 'flannel',
  calico: 'calico',
  cilium: 'cilium',
  weave: 'weave',
  'aws-vpc-cni': 'aws_vpc_cni',
  kubenet: 'kubenet',
  bridge: 'bridge',
  generic: 'generic',
} as const satisfies Record<CniPlugin, $Enums.CniPlugin>;
sameValues<(typeof CNI_PLUGIN)[CniPlugin], $Enums.CniPlugin>(true);

const OVERLAY_MODE = {
  none: 'none',
  'host-gw': 'host_gw',
  bgp: 'bgp',
  vxlan: 'vxlan',
  geneve: 'geneve',
  ipip: 'ipip',
  wireguard: 'wireguard',
  ipsec: 'ipsec',
  udp: 'udp',
} as const satisfies Record<OverlayMode, $Enums.OverlayMode>;
sameValues<(typeof OVERLAY_MODE)[OverlayMode], $Enums.OverlayMode>(true);

const EXTERNAL_NETWORK_KIND = {
  vpc: 'vpc',
  'on-prem': 'on_prem',
  peering: 'peering',
  reserved: 'reserved',
  other: 'other',
} as const satisfies Record<ExternalNetworkKind, $Enums.ExternalNetworkKind>;
sameValues<(typeof EXTERNAL_NETWORK_KIND)[ExternalNetworkKind], $Enums.ExternalNetworkKind>(true);

const CNI_PLUGIN_FROM_DB = invert<CniPlugin, $Enums.CniPlugin>(CNI_PLUGIN);
const OVERLAY_MODE_FROM_DB = invert<OverlayMode, $Enums.OverlayMode>(OVERLAY_MODE);
const EXTERNAL_NETWORK_KIND_FROM_DB = invert<ExternalNetworkKind, $Enums.ExternalNetworkKind>(EXTERNAL_NETWORK_KIND);

export const cniPluginToDb = (v: CniPlugin): $Enums.CniPlugin => CNI_PLUGIN[v];
export const cniPluginFromDb = (v: $Enums.CniPlugin): CniPlugin => CNI_PLUGIN_FROM_DB[v];
export const overlayModeToDb = (v: OverlayMode): $Enums.OverlayMode => OVERLAY_MODE[v];
export const overlayModeFromDb = (v: $Enums.OverlayMode): OverlayMode => OVERLAY_MODE_FROM_DB[v];
export const externalNetworkKindToDb = (v: ExternalNetworkKind): $Enums.ExternalNetworkKind => EXTERNAL_NETWORK_KIND[v];
export const externalNetworkKindFromDb = (v: $Enums.ExternalNetworkKind): ExternalNetworkKind => EXTERNAL_NETWORK_KIND_FROM_DB[v];

import type { ExternalNetworkKind, Route, Topology } from '../engine/model/topology';
import { cniPluginToDb, overlayModeToDb } from './enums';
import { Prisma } from './generated/prisma/client';
import { POLICY_ROW_BUILDERS, policySettingsColumns, type PolicyChildRows } from './policyRows';
import type * as Row from './generated/prisma/client';

/**
 * Topology → rows. The Topology row is Prisma input (written with the client); child rows are plain JSON
 * objects, one array per table, bulk-inserted with json_populate_recordset (see insertChildren in
 * topologyRepository.ts for why). Each child row's `ordinal` is its index in the domain list; nested lists
 * carry their parent's ordinal. Pure mapping: no validation, no defaults.
 */

/** The Topology table's columns that a create or replace writes (not id, version or timestamps). */
export type TopologyColumns = Omit<Prisma.TopologyCreateManyInput, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * A table row as JSON, typed from Prisma's model so that every column must be present. bigint columns
 * travel as JSON numbers (route metrics are u32, exact in a double).
 */
export type JsonRow<M> = { [K in keyof M]: M[K] extends bigint ? number : M[K] extends bigint | null ? number | null : M[K] };

export interface ChildRows extends PolicyChildRows {
  UnderlaySubnet: JsonRow<Row.UnderlaySubnet>[];
  UnderlayRoute: JsonRow<Row.UnderlayRoute>[];
  // Raw SQL sees the database's enum label ('on-prem'), not the Prisma client's member name (on_prem).
  ExternalNetwork: (Omit<JsonRow<Row.ExternalNetwork>, 'kind'> & { kind: ExternalNetworkKind })[];
  NodeRouteTable: JsonRow<Row.NodeRouteTable>[];
  NodeRoute: JsonRow<Row.NodeRoute>[];
  Node: JsonRow<Row.Node>[];
  Pod: JsonRow<Row.Pod>[];
  Service: JsonRow<Row.Service>[];
  ServicePort: JsonRow<Row.ServicePort>[];
  EndpointSlice: JsonRow<Row.EndpointSlice>[];
  Endpoint: JsonRow<Row.Endpoint>[];
  EndpointSlicePort: JsonRow<Row.EndpointSlicePort>[];
}

export function topologyColumns(t: Topology): TopologyColumns {
  return {
    name: t.name,
    description: t.description,
    clusterDomain: t.clusterDomain,
    podCIDRs: [...t.podCIDRs],
    serviceCIDRs: [...t.serviceCIDRs],
    nodeCIDRMaskSizeIPv4: t.nodeCIDRMaskSize.ipv4,
    nodeCIDRMaskSizeIPv6: t.nodeCIDRMaskSize.ipv6,
    cniPlugin: cniPluginToDb(t.cni.plugin),
    cniOverlay: overlayModeToDb(t.cni.overlay),
    cniCrossSubnet: t.cni.crossSubnet,
    cniBridge: t.cni.bridge,
    cniVni: t.cni.vni,
    cniPort: t.cni.port,
    cniMtu: t.cni.mtu,
    kubeProxyMode: t.kubeProxy.mode,
    kubeProxyClusterCIDRs: [...t.kubeProxy.clusterCIDRs],
    kubeProxyMasqueradeBit: t.kubeProxy.masqueradeBit,
    kubeProxyMasqueradeAll: t.kubeProxy.masqueradeAll,
    kubeProxyLocalhostNodePorts: t.kubeProxy.localhostNodePorts,
    kubeProxyNodePortAddresses: [...t.kubeProxy.nodePortAddresses],
    underlayMtu: t.underlay.mtu,
    ...policySettingsColumns(t),
    dns: t.dns === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(t.dns)) as Prisma.InputJsonValue),
  };
}

/** Labels, selectors and container ports are plain JSON data: what the model holds is what is stored. */
function json(value: unknown): Prisma.JsonValue {
  return value as Prisma.JsonValue;
}

function routeColumns(r: Route) {
  return { destination: r.destination, via: r.via, dev: r.dev, type: r.type, metric: r.metric, src: r.src, onlink: r.onlink };
}

/**
 * Each child table's rows, built on demand: the writer builds one table's rows while it writes that table, so the rows of
 * every table are never alive at once (issue 17: ≈60 MB at the max-scale topology). Listed in insertion order: every
 * parent table before the tables that reference it.
 */
export type ChildRowBuilders = { readonly [K in keyof ChildRows]: (t: Topology, topologyId: number) => ChildRows[K] };

export const CHILD_ROW_BUILDERS: ChildRowBuilders = {
  UnderlaySubnet: (t, topologyId) =>
    t.underlay.subnets.map((s, ordinal) => ({
      topologyId,
      ordinal,
      name: s.name,
      cidr: s.cidr,
      gateway: s.gateway,
      zone: s.zone,
      mtu: s.mtu,
    })),
  UnderlayRoute: (t, topologyId) => t.underlay.routes.map((r, ordinal) => ({ topologyId, ordinal, ...routeColumns(r) })),
  ExternalNetwork: (t, topologyId) => t.externalNetworks.map((n, ordinal) => ({ topologyId, ordinal, name: n.name, cidr: n.cidr, kind: n.kind })),
  NodeRouteTable: (t, topologyId) => t.nodeRoutes.map((table, ordinal) => ({ topologyId, ordinal, node: table.node })),
  NodeRoute: (t, topologyId) => t.nodeRoutes.flatMap((table, tableOrdinal) => table.routes.map((r, ordinal) => ({ topologyId, tableOrdinal, ordinal, ...routeColumns(r) }))),
  Node: (t, topologyId) =>
    t.nodes.map((n, ordinal) => ({
      topologyId,
      ordinal,
      name: n.name,
      internalIPs: [...n.internalIPs],
      externalIPs: [...n.externalIPs],
      subnet: n.subnet,
      podCIDRs: [...n.podCIDRs],
      labels: json(n.labels),
      mtu: n.mtu,
      maxPods: n.maxPods,
    })),
  Pod: (t, topologyId) =>
    t.pods.map((p, ordinal) => ({
      topologyId,
      ordinal,
      namespace: p.namespace,
      name: p.name,
      nodeName: p.nodeName,
      ips: [...p.ips],
      hostNetwork: p.hostNetwork,
      labels: json(p.labels),
      ports: json(p.ports),
      ready: p.ready,
      ownerApiVersion: p.owner?.apiVersion ?? null,
      ownerKind: p.owner?.kind ?? null,
      ownerName: p.owner?.name ?? null,
    })),
  Service: (t, topologyId) =>
    t.services.map((s, ordinal) => ({
      topologyId,
      ordinal,
      namespace: s.namespace,
      name: s.name,
      type: s.type,
      clusterIPs: [...s.clusterIPs],
      headless: s.headless,
      // JSON null becomes SQL NULL (no selector); {} stays an empty selector.
      selector: s.selector === null ? null : json(s.selector),
      externalIPs: [...s.externalIPs],
      loadBalancerIPs: [...s.loadBalancerIPs],
      loadBalancerSourceRanges: [...s.loadBalancerSourceRanges],
      externalName: s.externalName,
      sessionAffinity: s.sessionAffinity,
      sessionAffinityTimeoutSeconds: s.sessionAffinityTimeoutSeconds,
      externalTrafficPolicy: s.externalTrafficPolicy,
      internalTrafficPolicy: s.internalTrafficPolicy,
      healthCheckNodePort: s.healthCheckNodePort,
      ipFamilies: [...s.ipFamilies],
      ipFamilyPolicy: s.ipFamilyPolicy,
      publishNotReadyAddresses: s.publishNotReadyAddresses,
      labels: json(s.labels),
    })),
  ServicePort: (t, topologyId) =>
    t.services.flatMap((s, serviceOrdinal) =>
      s.ports.map((p, ordinal) => ({
        topologyId,
        serviceOrdinal,
        ordinal,
        name: p.name,
        protocol: p.protocol,
        port: p.port,
        targetPortNumber: typeof p.targetPort === 'number' ? p.targetPort : null,
        targetPortName: typeof p.targetPort === 'string' ? p.targetPort : null,
        nodePort: p.nodePort,
        appProtocol: p.appProtocol,
      })),
    ),
  EndpointSlice: (t, topologyId) =>
    t.endpointSlices.map((s, ordinal) => ({
      topologyId,
      ordinal,
      namespace: s.namespace,
      name: s.name,
      serviceName: s.serviceName,
      addressType: s.addressType,
      inferred: s.inferred,
    })),
  Endpoint: (t, topologyId) =>
    t.endpointSlices.flatMap((s, sliceOrdinal) =>
      s.endpoints.map((e, ordinal) => ({
        topologyId,
        sliceOrdinal,
        ordinal,
        addresses: [...e.addresses],
        ready: e.ready,
        serving: e.serving,
        terminating: e.terminating,
        nodeName: e.nodeName,
        zone: e.zone,
        hostname: e.hostname,
        targetPodNamespace: e.targetPod?.namespace ?? null,
        targetPodName: e.targetPod?.name ?? null,
      })),
    ),
  EndpointSlicePort: (t, topologyId) =>
    t.endpointSlices.flatMap((s, sliceOrdinal) =>
      s.ports.map((p, ordinal) => ({ topologyId, sliceOrdinal, ordinal, name: p.name, protocol: p.protocol, port: p.port, appProtocol: p.appProtocol })),
    ),
  ...POLICY_ROW_BUILDERS,
};

import type { DnsSettings, Labels, PodOwner, Route, Topology } from '../engine/model/topology';
import { asContainerPorts, corrupt } from './jsonColumns';
import { cniPluginFromDb, externalNetworkKindFromDb, overlayModeFromDb } from './enums';
import type * as Row from './generated/prisma/client';
import type { Prisma } from './generated/prisma/client';
import { policyModelFromRows, type StoredPolicyRows } from './policyRows';
import { addressesFromPg, addressFromPg, prefixesFromPg, prefixFromPg } from './inet';

/**
 * Rows → Topology, the inverse of toRows.ts. Rows arrive sorted by their keys (parent ordinal, then
 * ordinal), so list order is the stored order. inet text is re-canonicalized (inet.ts); JSON columns are
 * checked, because a row edited by hand must fail loudly here rather than deep inside the engine.
 */

export interface StoredRows extends StoredPolicyRows {
  topology: Row.Topology;
  underlaySubnets: Row.UnderlaySubnet[];
  underlayRoutes: Row.UnderlayRoute[];
  externalNetworks: Row.ExternalNetwork[];
  nodeRouteTables: Row.NodeRouteTable[];
  nodeRoutes: Row.NodeRoute[];
  nodes: Row.Node[];
  pods: Row.Pod[];
  services: Row.Service[];
  servicePorts: Row.ServicePort[];
  endpointSlices: Row.EndpointSlice[];
  endpoints: Row.Endpoint[];
  endpointSlicePorts: Row.EndpointSlicePort[];
}


function asLabels(value: Prisma.JsonValue, where: string): Labels {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw corrupt(where, 'label map', value);
  }
  return value as Labels;
}

/** The three owner columns are written together (toRows); anything else is a corrupt row. */
function podOwner(p: Row.Pod, where: string): { owner?: PodOwner } {
  const { ownerApiVersion: apiVersion, ownerKind: kind, ownerName: name } = p;
  if (apiVersion === null && kind === null && name === null) return {};
  if (apiVersion === null || kind === null || name === null) throw corrupt(where, 'owner', { apiVersion, kind, name });
  return { owner: { apiVersion, kind, name } };
}

function asDns(value: Prisma.JsonValue, where: string): DnsSettings {
  const o = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  const modes: readonly unknown[] = ['disabled', 'insecure', 'verified'];
  const forward = o.forward;
  const forwardOk =
    Array.isArray(forward) &&
    forward.every((f) => typeof f === 'object' && f !== null && typeof (f as Record<string, unknown>).zone === 'string' && Array.isArray((f as Record<string, unknown>).to));
  if (!modes.includes(o.podMode) || !Number.isInteger(o.ttl) || typeof o.reverseZones !== 'boolean' || typeof o.fallthroughReverse !== 'boolean' || typeof o.endpointPodNames !== 'boolean' || !forwardOk) {
    throw corrupt(where, 'dns settings object', value);
  }
  return o as unknown as DnsSettings;
}

/** Rows of one table grouped by their parent's ordinal, keeping their order. */
function byParent<R>(rows: readonly R[], parent: (row: R) => number): Map<number, R[]> {
  const groups = new Map<number, R[]>();
  for (const row of rows) {
    const key = parent(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

function route(r: Row.UnderlayRoute | Row.NodeRoute): Route {
  return {
    destination: prefixFromPg(r.destination),
    via: r.via === null ? null : addressFromPg(r.via),
    dev: r.dev,
    type: r.type,
    metric: r.metric === null ? null : Number(r.metric),
    src: r.src === null ? null : addressFromPg(r.src),
    onlink: r.onlink,
  };
}

function services(rows: StoredRows): Topology['services'] {
  const ports = byParent(rows.servicePorts, (p) => p.serviceOrdinal);
  return rows.services.map((s) => {
    const where = `service ${s.namespace}/${s.name}`;
    return {
      namespace: s.namespace,
      name: s.name,
      type: s.type,
      clusterIPs: addressesFromPg(s.clusterIPs),
      headless: s.headless,
      ports: (ports.get(s.ordinal) ?? []).map((p) => {
        const targetPort = p.targetPortNumber ?? p.targetPortName;
        if (targetPort === null) throw corrupt(where, 'port (no targetPort)', p);
        return { name: p.name, protocol: p.protocol, port: p.port, targetPort, nodePort: p.nodePort, appProtocol: p.appProtocol };
      }),
      selector: s.selector === null ? null : asLabels(s.selector, where),
      externalIPs: addressesFromPg(s.externalIPs),
      loadBalancerIPs: addressesFromPg(s.loadBalancerIPs),
      loadBalancerSourceRanges: prefixesFromPg(s.loadBalancerSourceRanges),
      externalName: s.externalName,
      sessionAffinity: s.sessionAffinity,
      sessionAffinityTimeoutSeconds: s.sessionAffinityTimeoutSeconds,
      externalTrafficPolicy: s.externalTrafficPolicy,
      internalTrafficPolicy: s.internalTrafficPolicy,
      healthCheckNodePort: s.healthCheckNodePort,
      ipFamilies: [...s.ipFamilies],
      ipFamilyPolicy: s.ipFamilyPolicy,
      publishNotReadyAddresses: s.publishNotReadyAddresses,
      labels: asLabels(s.labels, where),
    };
  });
}

function endpointSlices(rows: StoredRows): Topology['endpointSlices'] {
  const endpoints = byParent(rows.endpoints, (e) => e.sliceOrdinal);
  const ports = byParent(rows.endpointSlicePorts, (p) => p.sliceOrdinal);
  return rows.endpointSlices.map((s) => ({
    namespace: s.namespace,
    name: s.name,
    serviceName: s.serviceName,
    addressType: s.addressType,
    endpoints: (endpoints.get(s.ordinal) ?? []).map((e) => ({
      // text[], not inet[]: FQDN slices hold names. IP slices were written canonical and come back verbatim.
      addresses: [...e.addresses],
      ready: e.ready,
      serving: e.serving,
      terminating: e.terminating,
      nodeName: e.nodeName,
      zone: e.zone,
      hostname: e.hostname,
      targetPod:
        e.targetPodNamespace === null || e.targetPodName === null ? null : { namespace: e.targetPodNamespace, name: e.targetPodName },
    })),
    ports: (ports.get(s.ordinal) ?? []).map((p) => ({ name: p.name, protocol: p.protocol, port: p.port, appProtocol: p.appProtocol })),
    inferred: s.inferred,
  }));
}

export function topologyFromRows(rows: StoredRows): Topology {
  const t = rows.topology;
  const nodeRoutes = byParent(rows.nodeRoutes, (r) => r.tableOrdinal);
  return {
    name: t.name,
    description: t.description,
    version: t.version,
    clusterDomain: t.clusterDomain,
    podCIDRs: prefixesFromPg(t.podCIDRs),
    serviceCIDRs: prefixesFromPg(t.serviceCIDRs),
    nodeCIDRMaskSize: { ipv4: t.nodeCIDRMaskSizeIPv4, ipv6: t.nodeCIDRMaskSizeIPv6 },
    cni: {
      plugin: cniPluginFromDb(t.cniPlugin),
      overlay: overlayModeFromDb(t.cniOverlay),
      crossSubnet: t.cniCrossSubnet,
      bridge: t.cniBridge,
      vni: t.cniVni,
      port: t.cniPort,
      mtu: t.cniMtu,
    },
    kubeProxy: {
      mode: t.kubeProxyMode,
      clusterCIDRs: prefixesFromPg(t.kubeProxyClusterCIDRs),
      masqueradeBit: t.kubeProxyMasqueradeBit,
      masqueradeAll: t.kubeProxyMasqueradeAll,
      localhostNodePorts: t.kubeProxyLocalhostNodePorts,
      nodePortAddresses: [...t.kubeProxyNodePortAddresses],
    },
    underlay: {
      mtu: t.underlayMtu,
      subnets: rows.underlaySubnets.map((s) => ({
        name: s.name,
        cidr: prefixFromPg(s.cidr),
        gateway: s.gateway === null ? null : addressFromPg(s.gateway),
        zone: s.zone,
        mtu: s.mtu,
      })),
      routes: rows.underlayRoutes.map(route),
    },
    externalNetworks: rows.externalNetworks.map((n) => ({ name: n.name, cidr: prefixFromPg(n.cidr), kind: externalNetworkKindFromDb(n.kind) })),
    nodeRoutes: rows.nodeRouteTables.map((table) => ({ node: table.node, routes: (nodeRoutes.get(table.ordinal) ?? []).map(route) })),
    ...(t.dns === null ? {} : { dns: asDns(t.dns, `topology ${t.name}`) }),
    nodes: rows.nodes.map((n) => ({
      name: n.name,
      internalIPs: addressesFromPg(n.internalIPs),
      externalIPs: addressesFromPg(n.externalIPs),
      subnet: n.subnet,
      podCIDRs: prefixesFromPg(n.podCIDRs),
      labels: asLabels(n.labels, `node ${n.name}`),
      mtu: n.mtu,
      maxPods: n.maxPods,
    })),
    pods: rows.pods.map((p) => {
      const where = `pod ${p.namespace}/${p.name}`;
      return {
        namespace: p.namespace,
        name: p.name,
        nodeName: p.nodeName,
        ips: addressesFromPg(p.ips),
        hostNetwork: p.hostNetwork,
        labels: asLabels(p.labels, where),
        ports: asContainerPorts(p.ports, where),
        ready: p.ready,
        ...podOwner(p, where),
      };
    }),
    services: services(rows),
    endpointSlices: endpointSlices(rows),
    ...policyModelFromRows(t, rows),
  };
}

/**
 * fast-check generators of valid topology documents: random choices drawn through fc.gen(), assembled by hand so
 * every cross-object rule holds (names unique, references resolve, addresses in the right families and subnets).
 * A generated document that does not import cleanly is a bug in this file or in the importer; the property tests
 * assert it rather than filtering it out.
 */
import fc from 'fast-check';
import { CNI_PLUGINS, EXTERNAL_NETWORK_KINDS, KUBE_PROXY_MODES, OVERLAY_MODES } from '../../src/engine/model/topology';
import type { Obj } from './fixtures';

type Gen = fc.GeneratorValue;

const maybe = <T>(g: Gen, value: () => T): T | undefined => (g(fc.boolean) ? value() : undefined);
const pick = <T>(g: Gen, values: readonly T[]): T => values[g(fc.integer, { min: 0, max: values.length - 1 })] as T;
const LABELS: ReadonlyArray<Record<string, string>> = [{}, { app: 'web' }, { app: 'db' }, { app: 'web', tier: 'front' }, { 'kubernetes.io/os': 'linux' }];
const label = (g: Gen): Record<string, string> => ({ ...pick(g, LABELS) });

interface NodeInfo {
  name: string;
  index: number;
  v6: boolean;
  hasPodCIDR: boolean;
}

export function randomDocument(g: Gen): Obj[] {
  const dual = g(fc.boolean);
  const v6First = dual && g(fc.boolean);
  const order = <T>(v4: T, v6: T): T[] => (dual ? (v6First ? [v6, v4] : [v4, v6]) : [v4]);
  const nodes: NodeInfo[] = Array.from({ length: g(fc.integer, { min: 0, max: 4 }) }, (_, index) => ({
    name: `node-${index}`,
    index,
    v6: dual && g(fc.boolean),
    hasPodCIDR: g(fc.boolean),
  }));
  const objects: Obj[] = [topology(g, order, nodes)];
  for (const node of nodes) objects.push(nodeObject(g, node));
  const pods = podObjects(g, nodes);
  objects.push(...pods);
  const services = serviceObjects(g, dual, v6First);
  objects.push(...services);
  objects.push(...sliceObjects(g, services, nodes));
  return objects;
}

function topology(g: Gen, order: <T>(v4: T, v6: T) => T[], nodes: readonly NodeInfo[]): Obj {
  const routeChoices: Obj[] = [
    { destination: 'default', via: '10.100.0.1', dev: 'eth0' },
    { destination: '10.200.0.0/16', via: '10.100.0.1', metric: 5, onlink: true },
    { destination: '10.66.0.0/16', type: 'blackhole' },
    { destination: '::/0', dev: 'wg0' },
    { destination: '10.100.0.7', dev: 'eth0', src: '10.100.0.2', type: 'local' },
  ];
  const nodeRoutes: Record<string, unknown> = {};
  for (const node of nodes) {
    if (!g(fc.boolean)) continue;
    const routes = routeChoices.filter(() => g(fc.boolean));
    nodeRoutes[node.name] = g(fc.boolean) ? routes : routes.map((r) => `${r.type ? `${String(r.type)} ` : ''}${String(r.destination)}${r.via ? ` via ${String(r.via)}` : ''}${r.dev ? ` dev ${String(r.dev)}` : ''}\n`).join('');
  }
  return {
    apiVersion: 'netmodel/v1alpha1',
    kind: 'Topology',
    metadata: { name: pick(g, ['t', 'prod-eu', 'lab.1']), description: maybe(g, () => 'random') },
    spec: {
      clusterDomain: maybe(g, () => pick(g, ['cluster.local', 'corp.example'])),
      podCIDRs: order('10.244.0.0/16', 'fd00:10::/56'),
      serviceCIDRs: order('10.96.0.0/12', 'fd00:96::/108'),
      nodeCIDRMaskSize: maybe(g, () => ({ ipv4: pick(g, [24, 26]), ipv6: pick(g, [64, 72]) })),
      cni: {
        plugin: maybe(g, () => pick(g, CNI_PLUGINS)),
        overlay: maybe(g, () => pick(g, OVERLAY_MODES)),
        bridge: maybe(g, () => pick(g, ['cni0', 'docker0', 'cbr0'])),
        vni: maybe(g, () => g(fc.integer, { min: 0, max: 16777215 })),
        port: maybe(g, () => g(fc.integer, { min: 1, max: 65535 })),
        mtu: maybe(g, () => g(fc.integer, { min: 68, max: 9000 })),
      },
      kubeProxy: {
        mode: maybe(g, () => pick(g, KUBE_PROXY_MODES)),
        clusterCIDR: maybe(g, () => order('10.244.0.0/16', 'fd00:10::/56').join(',')),
        masqueradeBit: maybe(g, () => g(fc.integer, { min: 0, max: 31 })),
        masqueradeAll: maybe(g, () => g(fc.boolean)),
        localhostNodePorts: maybe(g, () => g(fc.boolean)),
        nodePortAddresses: maybe(g, () => pick(g, [['primary'], ['10.100.0.0/24'], []])),
      },
      underlay: {
        mtu: maybe(g, () => pick(g, [1500, 9001])),
        subnets: [
          { name: 'a', cidr: '10.100.0.0/24', gateway: maybe(g, () => '10.100.0.1'), zone: maybe(g, () => 'z1'), mtu: maybe(g, () => 9000) },
          { name: 'a6', cidr: 'fd00:100::/64' },
        ],
        routes: routeChoices.filter(() => g(fc.boolean)),
      },
      externalNetworks: [{ name: 'ext', cidr: '192.0.2.0/24', kind: maybe(g, () => pick(g, EXTERNAL_NETWORK_KINDS)) }].filter(() => g(fc.boolean)),
      nodeRoutes,
    },
  };
}

function nodeObject(g: Gen, node: NodeInfo): Obj {
  const v4 = `10.100.0.${node.index + 2}`;
  const v6 = `fd00:100::${node.index + 2}`;
  const annotations: Record<string, string> = {};
  if (g(fc.boolean)) annotations['k8s-netmodel.io/subnet'] = node.v6 && g(fc.boolean) ? 'a6' : 'a';
  if (g(fc.boolean)) annotations['k8s-netmodel.io/mtu'] = String(g(fc.integer, { min: 68, max: 9000 }));
  const addresses: Obj[] = [{ type: 'InternalIP', address: v4 }];
  if (node.v6) addresses.push({ type: 'InternalIP', address: v6 });
  if (g(fc.boolean)) addresses.push({ type: 'ExternalIP', address: `203.0.113.${node.index + 1}` });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name, labels: label(g), annotations },
    // A dual-stack node's pods have IPv6 addresses too, so its pod CIDRs must have that family (src/io/crossChecks.ts).
    spec: node.hasPodCIDR ? { podCIDRs: node.v6 ? [`10.244.${node.index}.0/24`, `fd00:10:0:${node.index}::/64`] : [`10.244.${node.index}.0/24`] } : {},
    status: { addresses, capacity: maybe(g, () => ({ pods: String(g(fc.integer, { min: 1, max: 250 })) })) },
  };
}

function podObjects(g: Gen, nodes: readonly NodeInfo[]): Obj[] {
  const pods: Obj[] = [];
  const count = g(fc.integer, { min: 0, max: 6 });
  for (let j = 0; j < count; j++) {
    const node = nodes.length > 0 && g(fc.boolean) ? pick(g, nodes) : null;
    const hostNetwork = node !== null && g(fc.boolean);
    const ips: Obj[] = [];
    if (!hostNetwork && node !== null) {
      ips.push({ ip: `10.244.${node.index}.${j + 10}` });
      if (node.v6) ips.push({ ip: `fd00:10:0:${node.index}::${j + 10}` });
    }
    const containers = [{ name: 'main', ports: [{ name: 'http', containerPort: pick(g, [8080, 9090]), protocol: maybe(g, () => pick(g, ['TCP', 'UDP'])) }] }];
    if (g(fc.boolean)) containers.push({ name: 'sidecar', ports: [{ name: 'metrics', containerPort: 9100, protocol: undefined }] });
    // A controller reference or one that is not (dropped on import: only the controller is kept).
    const ownerReferences = maybe(g, () => [{ apiVersion: 'apps/v1', kind: pick(g, ['ReplicaSet', 'DaemonSet', 'StatefulSet']), name: `w-${j}`, uid: `u-${j}`, controller: g(fc.boolean) }]);
    pods.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${j}`, namespace: pick(g, ['default', 'shop']), labels: label(g), ownerReferences },
      spec: { nodeName: node?.name, hostNetwork: hostNetwork || undefined, containers },
      status: { podIPs: ips, conditions: maybe(g, () => [{ type: 'Ready', status: pick(g, ['True', 'False']) }]) },
    });
  }
  // Pod names are unique per namespace by construction (p-<index>).
  return pods;
}

function serviceObjects(g: Gen, dual: boolean, v6First: boolean): Obj[] {
  const services: Obj[] = [];
  const count = g(fc.integer, { min: 0, max: 4 });
  for (let k = 0; k < count; k++) {
    const type = pick(g, ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const);
    const spec: Obj = { type: maybe(g, () => type) ?? (type === 'ClusterIP' ? undefined : type) };
    const external = type === 'NodePort' || type === 'LoadBalancer';
    if (type === 'ExternalName') spec.externalName = 'db.example.com';
    else if (type === 'ClusterIP' && g(fc.boolean)) spec.clusterIP = 'None';
    else if (dual && g(fc.boolean)) {
      spec.clusterIPs = v6First ? [`fd00:96::${k + 10}`, `10.96.0.${k + 10}`] : [`10.96.0.${k + 10}`, `fd00:96::${k + 10}`];
      spec.ipFamilyPolicy = pick(g, ['PreferDualStack', 'RequireDualStack']);
    } else spec.clusterIP = `10.96.0.${k + 10}`;
    const headless = spec.clusterIP === 'None';
    const portCount = type === 'ExternalName' || headless ? g(fc.integer, { min: 0, max: 2 }) : g(fc.integer, { min: 1, max: 2 });
    spec.ports = Array.from({ length: portCount }, (_, i) => ({
      name: portCount > 1 || g(fc.boolean) ? `p${i}` : undefined,
      port: 80 + i,
      protocol: maybe(g, () => pick(g, ['TCP', 'UDP'])),
      targetPort: maybe(g, () => pick(g, [8080, 'http', 80 + i])),
      nodePort: external && g(fc.boolean) ? 30000 + k * 10 + i : undefined,
      appProtocol: maybe(g, () => 'http'),
    }));
    if (type !== 'ExternalName' && g(fc.boolean)) spec.selector = pick(g, [{ app: 'web' }, { app: 'db' }, { app: 'web', tier: 'front' }]);
    if (external && g(fc.boolean)) {
      spec.externalTrafficPolicy = 'Local';
      if (type === 'LoadBalancer' && g(fc.boolean)) spec.healthCheckNodePort = 32000 + k;
    }
    if (type === 'LoadBalancer' && g(fc.boolean)) spec.loadBalancerSourceRanges = ['192.0.2.0/24'];
    if (type !== 'ExternalName' && g(fc.boolean)) spec.externalIPs = ['198.51.100.1'];
    if (g(fc.boolean)) {
      spec.sessionAffinity = 'ClientIP';
      if (g(fc.boolean)) spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: g(fc.integer, { min: 1, max: 86400 }) } };
    }
    if (type !== 'ExternalName') spec.internalTrafficPolicy = maybe(g, () => pick(g, ['Cluster', 'Local']));
    spec.publishNotReadyAddresses = maybe(g, () => g(fc.boolean));
    const object: Obj = { apiVersion: 'v1', kind: 'Service', metadata: { name: `s-${k}`, namespace: pick(g, ['default', 'shop']), labels: label(g) }, spec };
    if (type === 'LoadBalancer' && g(fc.boolean)) object.status = { loadBalancer: { ingress: [{ ip: `203.0.113.${100 + k}` }] } };
    services.push(object);
  }
  return services;
}

function sliceObjects(g: Gen, services: readonly Obj[], nodes: readonly NodeInfo[]): Obj[] {
  const slices: Obj[] = [];
  for (const service of services) {
    if (!g(fc.boolean)) continue;
    const metadata = service.metadata as { name: string; namespace: string };
    const endpoints = Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => ({
      addresses: [`10.250.0.${slices.length * 10 + i + 1}`],
      conditions: maybe(g, () => ({ ready: g(fc.boolean), serving: maybe(g, () => g(fc.boolean)), terminating: maybe(g, () => g(fc.boolean)) })),
      nodeName: nodes.length > 0 && g(fc.boolean) ? pick(g, nodes).name : undefined,
      zone: maybe(g, () => 'z1'),
      hostname: maybe(g, () => `h${i}`),
    }));
    slices.push({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: `${metadata.name}-given`, namespace: metadata.namespace, labels: { 'kubernetes.io/service-name': metadata.name } },
      addressType: 'IPv4',
      endpoints,
      ports: [{ name: maybe(g, () => 'x'), port: maybe(g, () => 8080), protocol: maybe(g, () => pick(g, ['TCP', 'UDP'])) }],
    });
  }
  return slices;
}

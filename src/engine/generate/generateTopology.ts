/**
 * generateTopology(options): a realistic synthetic cluster, the same for the same options and seed.
 * What is generated and why each range was chosen: README.md.
 */
import type { EndpointSlice, Service, Topology } from '../model/topology';
import { DEFAULTS } from '../model/topology';
import type { Prefix } from '../net/prefix';
import { podCidrV4, podCidrV6, serviceRange, underlayPlan, type ServiceRange } from './addressPlan';
import { buildUnderlay, needsOneSegment } from './nodes';
import { resolveOptions } from './options';
import { Prng } from './prng';
import { applicationService, kubeDnsService, kubernetesService, shuffledTypes, typeMix, type ApplicationCounters } from './services';
import type { GenerateOptions, GenerateProblem, GenerateResult, ResolvedOptions } from './types';
import { generatePolicies, INGRESS_CONTROLLER_APP } from './policies';
import { applicationDeployment, backgroundDeployments, COREDNS, placePods, type Deployment } from './workloads';

/** Options are checked at run time too (they may come from a CLI or a request body): problems come back as data. */
export function generateTopology(options: GenerateOptions): GenerateResult {
  const resolved = resolveOptions(options);
  if (!resolved.ok) return { ok: false, errors: resolved.errors };
  const o = resolved.options;
  const rng = new Prng(o.seed);

  const applications = o.services - 2;
  const types = shuffledTypes(typeMix(applications), rng);
  const clusterIPsNeeded = types.filter((t) => t !== 'Headless').length;
  const ranges: ServiceRange[] = [];
  for (const family of o.dualStack ? (['IPv4', 'IPv6'] as const) : (['IPv4'] as const)) {
    // The system Services sit in the static band; only application Services need the dynamic one.
    const range = serviceRange(family, clusterIPsNeeded);
    if (range === null) return { ok: false, errors: [{ path: 'services', message: `${clusterIPsNeeded} ClusterIPs do not fit the widest ${family} service range the plan allows` }] };
    ranges.push(range);
  }
  const plan = underlayPlan(o.nodes, o.subnets)!; // resolveOptions checked that it fits
  const clusterCIDRs: Prefix[] = [podCidrV4(o.nodes), ...(o.dualStack ? [podCidrV6(o.nodes)] : [])];
  const underlay = buildUnderlay(o, plan, clusterCIDRs, rng);

  const appDeployments = Array.from({ length: applications }, (_, i) => applicationDeployment(i, o.endpointsPerService));
  const budget = o.nodes * o.podsPerNode - COREDNS.replicas - applications * o.endpointsPerService;
  const background = backgroundDeployments(budget, rng);
  // With policies, the first background Deployment of `platform` plays the ingress controller (its name only).
  if (o.policies > 0) {
    const k = background.findIndex((d) => d.namespace === 'platform');
    if (k >= 0) background[k] = { ...background[k]!, name: INGRESS_CONTROLLER_APP, labels: { app: INGRESS_CONTROLLER_APP } } as Deployment;
  }
  const deployments = [COREDNS, ...appDeployments, ...background];
  const { pods, byDeployment } = placePods(deployments, underlay.nodes, rng);

  const primary = ranges[0]!;
  const kubernetes = kubernetesService(primary, underlay.controlPlanes);
  const dns = kubeDnsService(primary, byDeployment[0]!, rng);
  const services: Service[] = [kubernetes.service, dns.service];
  const endpointSlices: EndpointSlice[] = [kubernetes.slice, dns.slice];
  const counters: ApplicationCounters = { clusterIPs: 0, nodePorts: 0, loadBalancers: 0 };
  appDeployments.forEach((d, i) => {
    const { service, slices } = applicationService(d, byDeployment[i + 1]!, types[i]!, { ranges, dualStack: o.dualStack }, counters, rng);
    services.push(service);
    endpointSlices.push(...slices);
  });

  const topology: Topology = {
    name: o.name,
    description: describe(o, pods.length),
    version: 0,
    clusterDomain: DEFAULTS.clusterDomain,
    podCIDRs: clusterCIDRs.map((c) => c.toString()),
    serviceCIDRs: ranges.map((r) => r.prefix.toString()),
    nodeCIDRMaskSize: { ...DEFAULTS.nodeCIDRMaskSize },
    cni: { plugin: o.plugin, overlay: o.overlay, crossSubnet: o.crossSubnet, bridge: DEFAULTS.bridge, vni: null, port: null, mtu: null },
    kubeProxy: { mode: 'iptables', clusterCIDRs: [], masqueradeBit: DEFAULTS.masqueradeBit, masqueradeAll: false, localhostNodePorts: true, nodePortAddresses: [] },
    underlay: { mtu: DEFAULTS.underlayMtu, subnets: underlay.subnets, routes: underlay.routes },
    externalNetworks: [],
    nodeRoutes: [],
    nodes: underlay.nodes.map((n) => n.node),
    pods,
    services,
    endpointSlices,
  };
  const policies = o.policies > 0 ? generatePolicies(o.policies, deployments, o.seed) : null;
  // The policies are part of the topology (what `netmodel generate --policies N` writes and every question reads).
  const withPolicies: Topology = policies === null ? topology : { ...topology, namespaces: policies.namespaces, networkPolicies: policies.networkPolicies };
  return { ok: true, topology: withPolicies, options: o, warnings: warnings(o), policies };
}

function describe(o: ResolvedOptions, pods: number): string {
  const stack = o.dualStack ? 'dual-stack' : 'IPv4';
  const mode = `${o.plugin} ${o.overlay}${o.crossSubnet ? ' cross-subnet' : ''}`;
  return `Synthetic ${stack} cluster (netmodel generate, seed ${o.seed}): ${o.nodes} nodes in ${o.subnets} subnets, ${pods} pods, ${o.services} Services, ${mode}.`;
}

function warnings(o: ResolvedOptions): GenerateProblem[] {
  if (o.subnets > 1 && needsOneSegment(o)) {
    return [
      {
        path: 'subnets',
        message: `${o.plugin} ${o.overlay} routes to other nodes only on-link; with ${o.subnets} subnets, pods in different subnets cannot reach each other (as in a real cluster). Use subnets: 1, or an overlay.`,
      },
    ];
  }
  if (o.crossSubnet && o.subnets === 1) {
    return [{ path: 'crossSubnet', message: 'with one subnet, cross-subnet mode never encapsulates' }];
  }
  return [];
}

/**
 * Services and their EndpointSlices: default/kubernetes and kube-system/kube-dns as kube-apiserver and kubeadm
 * create them, then one Service per application Deployment with a deterministic mix of types.
 */
import type { Endpoint, EndpointPort, EndpointSlice, IpFamily, Service, ServicePort, ServiceType } from '../model/topology';
import { DNS_SERVICE_INDEX, KUBERNETES_SERVICE_INDEX, loadBalancerAddress, nodePort, NODE_PORT_RANGE, serviceAddress, type ServiceRange } from './addressPlan';
import { randomString } from './names';
import type { GeneratedNode } from './nodes';
import type { Prng } from './prng';
import type { Deployment, PlacedPod } from './workloads';

export type ApplicationType = ServiceType | 'Headless';

export interface TypeMix {
  readonly NodePort: number;
  readonly LoadBalancer: number;
  readonly Headless: number;
  readonly ClusterIP: number;
}

/**
 * ~10% NodePort, ~3% LoadBalancer, ~2% headless, the rest ClusterIP (floors, so the counts are exact). Both
 * NodePort and LoadBalancer Services take a nodePort, and the default range has 2,768: LoadBalancers are
 * capped at that, NodePorts at what is left, the excess staying ClusterIP.
 */
export function typeMix(applications: number): TypeMix {
  const LoadBalancer = Math.min(Math.floor((applications * 3) / 100), NODE_PORT_RANGE.size);
  const NodePort = Math.min(Math.floor(applications / 10), NODE_PORT_RANGE.size - LoadBalancer);
  const Headless = Math.floor((applications * 2) / 100);
  return { NodePort, LoadBalancer, Headless, ClusterIP: applications - NodePort - LoadBalancer - Headless };
}

export function shuffledTypes(mix: TypeMix, rng: Prng): ApplicationType[] {
  const types: ApplicationType[] = [];
  for (const type of ['NodePort', 'LoadBalancer', 'Headless', 'ClusterIP'] as const) for (let i = 0; i < mix[type]; i++) types.push(type);
  return rng.shuffle(types);
}

export interface ServicePlan {
  readonly ranges: readonly ServiceRange[];
  readonly dualStack: boolean;
}

type ServiceFields = Pick<Service, 'namespace' | 'name' | 'type' | 'clusterIPs' | 'headless' | 'ports' | 'selector' | 'labels' | 'ipFamilies' | 'ipFamilyPolicy'> &
  Partial<Pick<Service, 'loadBalancerIPs'>>;

/** A Service in the model's field order, with the API's defaults for everything the generator does not set. */
function makeService(f: ServiceFields): Service {
  return {
    namespace: f.namespace,
    name: f.name,
    type: f.type,
    clusterIPs: f.clusterIPs,
    headless: f.headless,
    ports: f.ports,
    selector: f.selector,
    externalIPs: [],
    loadBalancerIPs: f.loadBalancerIPs ?? [],
    loadBalancerSourceRanges: [],
    externalName: null,
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: null,
    externalTrafficPolicy: 'Cluster',
    internalTrafficPolicy: 'Cluster',
    healthCheckNodePort: null,
    ipFamilies: f.ipFamilies,
    ipFamilyPolicy: f.ipFamilyPolicy,
    publishNotReadyAddresses: false,
    labels: f.labels,
  };
}

function endpoint(address: string, placed: PlacedPod | null): Endpoint {
  return {
    addresses: [address],
    ready: true,
    serving: true,
    terminating: false,
    nodeName: placed?.node.node.name ?? null,
    zone: placed?.node.zone ?? null,
    hostname: null,
    targetPod: placed === null ? null : { namespace: placed.pod.namespace, name: placed.pod.name },
  };
}

/**
 * default/kubernetes, maintained by kube-apiserver: ClusterIP = the first address of the primary service range,
 * port https 443 → 6443, SingleStack (cmd/kube-apiserver validation: "The kubernetes.default Service is
 * SingleStack based on the configured ServiceIPRange"). Its EndpointSlice is named `kubernetes` and lists each
 * apiserver's address, sorted as strings, with only `ready: true` (pkg/controlplane/reconcilers/endpointsadapter.go).
 */
export function kubernetesService(range: ServiceRange, controlPlanes: readonly GeneratedNode[]): { service: Service; slice: EndpointSlice } {
  const service = makeService({
    namespace: 'default',
    name: 'kubernetes',
    type: 'ClusterIP',
    clusterIPs: [serviceAddress(range, KUBERNETES_SERVICE_INDEX)],
    headless: false,
    ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443, nodePort: null, appProtocol: null }],
    selector: null,
    labels: { component: 'apiserver', provider: 'kubernetes' },
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
  });
  const addresses = controlPlanes.map((n) => n.node.internalIPs[0]!).sort();
  const slice: EndpointSlice = {
    namespace: 'default',
    name: 'kubernetes',
    serviceName: 'kubernetes',
    addressType: 'IPv4',
    endpoints: addresses.map((a) => endpoint(a, null)),
    ports: [{ name: 'https', protocol: 'TCP', port: 6443, appProtocol: null }],
    inferred: false,
  };
  return { service, slice };
}

/** kubeadm's kube-dns Service (cmd/kubeadm/app/phases/addons/dns/manifests.go) at the 10th address, SingleStack. */
export function kubeDnsService(range: ServiceRange, coredns: readonly PlacedPod[], rng: Prng): { service: Service; slice: EndpointSlice } {
  const ports: ServicePort[] = [
    { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53, nodePort: null, appProtocol: null },
    { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53, nodePort: null, appProtocol: null },
    { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153, nodePort: null, appProtocol: null },
  ];
  const service = makeService({
    namespace: 'kube-system',
    name: 'kube-dns',
    type: 'ClusterIP',
    clusterIPs: [serviceAddress(range, DNS_SERVICE_INDEX)],
    headless: false,
    ports,
    selector: { 'k8s-app': 'kube-dns' },
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
  });
  return { service, slice: controllerSlice(service, 'IPv4', 0, coredns, sliceName(service.name, rng)) };
}

/**
 * An EndpointSlice as the EndpointSlice controller writes it: the pods' addresses of one family, ready and
 * serving, with nodeName, the node's zone and a Pod targetRef; one port per Service port, named like it, with
 * the container port the targetPort resolves to (staging/src/k8s.io/endpointslice/utils.go).
 */
function controllerSlice(service: Service, family: IpFamily, familyIndex: number, pods: readonly PlacedPod[], name: string): EndpointSlice {
  const ports: EndpointPort[] = service.ports.map((p) => {
    const target = typeof p.targetPort === 'number' ? p.targetPort : (pods[0]?.pod.ports.find((c) => c.name === p.targetPort && c.protocol === p.protocol)?.containerPort ?? null);
    return { name: p.name, protocol: p.protocol, port: target, appProtocol: p.appProtocol };
  });
  return {
    namespace: service.namespace,
    name,
    serviceName: service.name,
    addressType: family,
    endpoints: pods.map((placed) => endpoint(placed.pod.ips[familyIndex]!, placed)),
    ports,
    inferred: false,
  };
}

/** generateName `<service>-` plus 5 characters; distinct per Service, since the suffix has no '-'. */
function sliceName(service: string, rng: Prng, taken?: string): string {
  let name: string;
  do name = `${service}-${randomString(rng, 5)}`;
  while (name === taken);
  return name;
}

export interface ApplicationCounters {
  clusterIPs: number;
  nodePorts: number;
  loadBalancers: number;
}

/**
 * One application Service over its Deployment's pods. ClusterIPs and nodePorts come sequentially from the
 * allocators' preferred (upper) bands — the real allocators pick at random inside them; load-balancer
 * addresses from the documentation pools. Dual-stack clusters get PreferDualStack Services with both families.
 */
export function applicationService(
  d: Deployment,
  pods: readonly PlacedPod[],
  type: ApplicationType,
  plan: ServicePlan,
  counters: ApplicationCounters,
  rng: Prng,
): { service: Service; slices: EndpointSlice[] } {
  const served = d.served!;
  const headless = type === 'Headless';
  const serviceType: ServiceType = headless ? 'ClusterIP' : type;
  const withNodePort = serviceType === 'NodePort' || serviceType === 'LoadBalancer';
  const ports: ServicePort[] = [
    {
      name: served.portName,
      protocol: served.protocol,
      port: served.port,
      targetPort: served.namedTarget ? served.portName : served.containerPort,
      nodePort: withNodePort ? nodePort(counters.nodePorts++) : null,
      appProtocol: null,
    },
  ];
  const families: IpFamily[] = plan.dualStack ? ['IPv4', 'IPv6'] : ['IPv4'];
  let clusterIPs: string[] = [];
  if (!headless) {
    const index = counters.clusterIPs++;
    clusterIPs = plan.ranges.map((range) => serviceAddress(range, range.dynamicStart + index));
  }
  const service = makeService({
    namespace: d.namespace,
    name: d.name,
    type: serviceType,
    clusterIPs,
    headless,
    ports,
    selector: d.labels,
    loadBalancerIPs: serviceType === 'LoadBalancer' ? [loadBalancerAddress(counters.loadBalancers++)] : [],
    labels: d.labels,
    ipFamilies: families,
    ipFamilyPolicy: plan.dualStack ? 'PreferDualStack' : 'SingleStack',
  });
  const slices: EndpointSlice[] = [];
  families.forEach((family, i) => slices.push(controllerSlice(service, family, i, pods, sliceName(d.name, rng, slices[0]?.name))));
  return { service, slices };
}

/**
 * Deployments and their pods: CoreDNS, one Deployment per application Service, and background Deployments
 * for the remaining pod budget; pods placed over nodes and given addresses as host-local IPAM would.
 */
import type { ContainerPort, Labels, Pod } from '../model/topology';
import { FIRST_POD_OFFSET, podAddress } from './addressPlan';
import { BACKGROUND_KINDS, catalogName, NAMESPACES, podTemplateHash, randomString, SERVED_KINDS, type ServedKind } from './names';
import type { GeneratedNode } from './nodes';
import type { Prng } from './prng';

export interface Deployment {
  readonly namespace: string;
  readonly name: string;
  readonly replicas: number;
  /** The Service-facing kind (application Deployments), null for CoreDNS and background Deployments. */
  readonly served: ServedKind | null;
  /** Pod labels before pod-template-hash is added. */
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
}

export interface PlacedPod {
  readonly pod: Pod;
  readonly node: GeneratedNode;
}

export interface Workloads {
  readonly pods: Pod[];
  /** The pods of each Deployment, in the order of the `deployments` argument. */
  readonly byDeployment: PlacedPod[][];
}

/** kubeadm's CoreDNS Deployment (cmd/kubeadm/app/phases/addons/dns/manifests.go): 2 replicas, these ports. */
export const COREDNS: Deployment = {
  namespace: 'kube-system',
  name: 'coredns',
  replicas: 2,
  served: null,
  labels: { 'k8s-app': 'kube-dns' },
  ports: [
    { container: 'coredns', name: 'dns', containerPort: 53, protocol: 'UDP', hostPort: null },
    { container: 'coredns', name: 'dns-tcp', containerPort: 53, protocol: 'TCP', hostPort: null },
    { container: 'coredns', name: 'metrics', containerPort: 9153, protocol: 'TCP', hostPort: null },
    { container: 'coredns', name: 'liveness-probe', containerPort: 8080, protocol: 'TCP', hostPort: null },
    { container: 'coredns', name: 'readiness-probe', containerPort: 8181, protocol: 'TCP', hostPort: null },
  ],
};

const SERVED_KIND_NAMES = SERVED_KINDS.map((k) => k.kind);

/** The Deployment behind application Service `i` (namespaces round-robin, names from the catalog). */
export function applicationDeployment(i: number, replicas: number): Deployment {
  const { name, kindIndex } = catalogName(i, SERVED_KIND_NAMES);
  const served = SERVED_KINDS[kindIndex]!;
  return {
    namespace: NAMESPACES[i % NAMESPACES.length]!,
    name,
    replicas,
    served,
    labels: { app: name },
    ports: [{ container: served.kind, name: served.portName, containerPort: served.containerPort, protocol: served.protocol, hostPort: null }],
  };
}

/** Background Deployments of 1–5 replicas (drawn) until exactly `pods` pods are used. */
export function backgroundDeployments(pods: number, rng: Prng): Deployment[] {
  const out: Deployment[] = [];
  for (let left = pods, i = 0; left > 0; i++) {
    const replicas = Math.min(left, 1 + rng.int(5));
    const { name } = catalogName(i, BACKGROUND_KINDS);
    out.push({ namespace: NAMESPACES[(i + 3) % NAMESPACES.length]!, name, replicas, served: null, labels: { app: name }, ports: [] });
    left -= replicas;
  }
  return out;
}

/**
 * Places every pod and names it. Pods are dealt round-robin over a seeded permutation of the nodes, so each
 * node gets exactly its share and the replicas of a Deployment land on different nodes (while it has no more
 * replicas than there are nodes) — what the scheduler's default spreading does. Each node's pods then take
 * addresses in order from its pod CIDR, starting at .2 as host-local does: the range starts at .1
 * (network + 1) and the gateway, also .1, is skipped (containernetworking/plugins
 * plugins/ipam/host-local/backend/allocator/range.go Canonicalize).
 */
export function placePods(deployments: readonly Deployment[], nodes: readonly GeneratedNode[], rng: Prng): Workloads {
  const order = rng.shuffle(nodes.map((_, i) => i));
  const nextOffset = new Array<number>(nodes.length).fill(FIRST_POD_OFFSET);
  const pods: Pod[] = [];
  const byDeployment: PlacedPod[][] = [];
  let k = 0;
  for (const d of deployments) {
    const hash = podTemplateHash(rng);
    const labels: Labels = { ...d.labels, 'pod-template-hash': hash };
    const prefix = `${d.name}-${hash}-`.slice(0, 58); // generateName is cut to 63 − 5 characters (names/generate.go)
    const taken = new Set<string>();
    const placed: PlacedPod[] = [];
    for (let r = 0; r < d.replicas; r++, k++) {
      const index = order[k % nodes.length]!;
      const node = nodes[index]!;
      const offset = nextOffset[index]!;
      nextOffset[index] = offset + 1;
      let name: string;
      do name = prefix + randomString(rng, 5);
      while (taken.has(name)); // the API server refuses a taken name and the ReplicaSet controller retries
      taken.add(name);
      const pod: Pod = {
        namespace: d.namespace,
        name,
        nodeName: node.node.name,
        ips: node.podCIDRs.map((cidr) => podAddress(cidr, offset)),
        hostNetwork: false,
        labels,
        ports: d.ports,
        ready: true,
      };
      pods.push(pod);
      placed.push({ pod, node });
    }
    byDeployment.push(placed);
  }
  return { pods, byDeployment };
}

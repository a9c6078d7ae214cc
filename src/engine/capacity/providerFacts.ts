/**
 * What the topology says (or implies) about the platform: which provider's rules apply, which IPAM hands
 * out pod addresses, and the per-node facts Kubernetes publishes as well-known labels. The model has no
 * provider, instance-type or max-Pods-per-node-pool fields, so these come from labels where Kubernetes and
 * the providers set them, and from explicit options otherwise (each inference is reported).
 */
import type { ClusterNode, Topology } from '../model/topology';
import type { Provider } from './types';

export const LABELS = {
  /** kubernetes/kubernetes well-known label, set by the cloud provider. */
  instanceType: 'node.kubernetes.io/instance-type',
  /** Deprecated twin still set by most providers. */
  betaInstanceType: 'beta.kubernetes.io/instance-type',
  /** GKE: the node pool's max Pods per node. */
  gkeMaxPods: 'cloud.google.com/gke-max-pods-per-node',
} as const;

const PROVIDER_LABEL_PREFIXES: readonly [string, Provider][] = [
  ['cloud.google.com/gke-', 'gke'],
  ['eks.amazonaws.com/', 'eks'],
  ['kubernetes.azure.com/', 'aks'],
];

/** Which IPAM assigns pod addresses, and therefore which capacity rule applies per node. */
export const IPAM_KINDS = ['host-local', 'calico-ipam', 'aws-vpc-cni', 'gke-alias', 'azure-overlay', 'cilium', 'weave'] as const;
export type IpamKind = (typeof IPAM_KINDS)[number];

export interface ProviderInference {
  readonly provider: Provider;
  readonly ipam: IpamKind;
  /** How the provider was decided. */
  readonly reason: string;
}

export function inferProvider(t: Topology, explicit?: Provider): ProviderInference {
  let provider: Provider | undefined = explicit;
  let reason = explicit ? `given: ${explicit}` : '';
  if (!provider && t.cni.plugin === 'aws-vpc-cni') {
    provider = 'eks';
    reason = 'CNI plugin aws-vpc-cni';
  }
  if (!provider) {
    for (const [prefix, p] of PROVIDER_LABEL_PREFIXES) {
      const node = t.nodes.find((n) => Object.keys(n.labels).some((k) => k.startsWith(prefix)));
      if (node) {
        provider = p;
        reason = `node ${node.name} has ${prefix}* labels`;
        break;
      }
    }
  }
  if (!provider && t.cni.plugin === 'calico') {
    provider = 'calico';
    reason = 'CNI plugin calico (calico-ipam)';
  }
  if (!provider) {
    provider = 'generic';
    reason = `no provider labels; CNI plugin ${t.cni.plugin}`;
  }
  return { provider, ipam: ipamKind(provider, t.cni.plugin), reason };
}

export function ipamKind(provider: Provider, plugin: Topology['cni']['plugin']): IpamKind {
  if (plugin === 'aws-vpc-cni') return 'aws-vpc-cni';
  if (provider === 'gke') return 'gke-alias';
  if (provider === 'aks') return 'azure-overlay';
  if (provider === 'calico' || plugin === 'calico') return 'calico-ipam';
  if (plugin === 'cilium') return 'cilium';
  if (plugin === 'weave') return 'weave';
  return 'host-local';
}

export function instanceTypeOf(node: ClusterNode): string | null {
  return node.labels[LABELS.instanceType] ?? node.labels[LABELS.betaInstanceType] ?? null;
}

/** The GKE label as an integer, or null when absent or not a decimal integer. */
export function gkeMaxPodsLabel(node: ClusterNode): number | null {
  const v = node.labels[LABELS.gkeMaxPods];
  return v !== undefined && /^[0-9]+$/.test(v) ? Number(v) : null;
}

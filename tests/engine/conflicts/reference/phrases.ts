/** Wording shared by the rules, so every message names things the same way. */
import type { ExternalNetworkKind } from '../../../../src/engine/model/topology';
import type { Entry } from './entries';

const EXTERNAL_LABEL: Record<ExternalNetworkKind, string> = {
  vpc: 'VPC',
  'on-prem': 'on-prem',
  peering: 'peered',
  reserved: 'reserved',
  other: 'external',
};

export function externalLabel(kind: ExternalNetworkKind | null): string {
  return kind ? EXTERNAL_LABEL[kind] : 'external';
}

/** How an entry is named inside a sentence. */
export function label(e: Entry): string {
  const addr = e.prefix.address.toString();
  switch (e.kind) {
    case 'podCIDR':
      return `pod CIDR ${e.cidr}`;
    case 'serviceCIDR':
      return `service CIDR ${e.cidr}`;
    case 'subnet':
      return `underlay subnet "${e.name}" (${e.cidr})`;
    case 'externalNetwork':
      return `${externalLabel(e.externalKind)} network "${e.name}" (${e.cidr})`;
    case 'nodePodCIDR':
      return `node "${e.name}" podCIDR ${e.cidr}`;
    case 'podIP':
      return `pod ${e.name} IP ${addr}`;
    case 'nodeIP':
      return `node "${e.name}" InternalIP ${addr}`;
    case 'clusterIP':
      return `Service ${e.name} ClusterIP ${addr}`;
    case 'externalIP':
      return `Service ${e.name} externalIP ${addr}`;
    case 'loadBalancerIP':
      return `Service ${e.name} load-balancer IP ${addr}`;
  }
}

/** "A <relation> B", read left to right. */
export function relation(a: Entry, b: Entry): string {
  if (a.prefix.equals(b.prefix)) return 'is the same range as';
  return a.prefix.contains(b.prefix) ? 'contains' : 'lies inside';
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "A contains B" as the opening clause of a message. */
export function overlapClause(a: Entry, b: Entry): string {
  return `${capitalize(label(a))} ${relation(a, b)} ${label(b)}`;
}

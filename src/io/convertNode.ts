/**
 * A v1 Node → ClusterNode. netmodel-specific facts ride in annotations so a Node can stay exactly what
 * `kubectl get node -o yaml` prints: `k8s-netmodel.io/subnet` (underlay subnet name) and `k8s-netmodel.io/mtu`.
 */
import type { ClusterNode } from '../engine/model/topology';
import { ipField, labelsField, nameField, perFamilyList, prefixField } from './fields';
import { dns1123SubdomainProblem } from '../engine/model/names';
import type { PathSegment, Scope } from './problems';
import { nodeSchema } from './schemas';
import { checkShape } from './shapeProblems';

export const SUBNET_ANNOTATION = 'k8s-netmodel.io/subnet';
export const MTU_ANNOTATION = 'k8s-netmodel.io/mtu';

export function convertNode(raw: unknown, scope: Scope): ClusterNode | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const node = checkShape(nodeSchema, raw, scope);
  if (node === null) return null;
  const name = nameField(node.metadata?.name, scope, ['metadata', 'name'], 'a Node', dns1123SubdomainProblem);
  const labels = labelsField(node.metadata?.labels, scope, ['metadata', 'labels']);
  const annotations = node.metadata?.annotations ?? {};
  const subnet = annotations[SUBNET_ANNOTATION] ?? null;
  if (subnet === '') scope.error(['metadata', 'annotations', SUBNET_ANNOTATION], 'the subnet annotation is empty; remove it to infer the subnet');
  const mtu = mtuAnnotation(annotations[MTU_ANNOTATION], scope);
  const podCIDRs = nodePodCIDRs(node.spec?.podCIDR ?? null, node.spec?.podCIDRs ?? null, scope);
  const internalIPs: string[] = [];
  const externalIPs: string[] = [];
  (node.status?.addresses ?? []).forEach((entry, index) => {
    if (entry.type !== 'InternalIP' && entry.type !== 'ExternalIP') return;
    const ip = ipField(entry.address, scope, ['status', 'addresses', index, 'address']);
    if (ip !== null) (entry.type === 'InternalIP' ? internalIPs : externalIPs).push(ip.address);
  });
  const maxPods = capacityPods(node.status?.capacity?.pods ?? null, scope);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  return { name, internalIPs, externalIPs, subnet: subnet === '' ? null : subnet, podCIDRs, labels, mtu, maxPods };
}

function mtuAnnotation(value: string | undefined, scope: Scope): number | null {
  if (value === undefined) return null;
  const mtu = /^[0-9]{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(mtu >= 68 && mtu <= 65535)) {
    scope.error(['metadata', 'annotations', MTU_ANNOTATION], `${JSON.stringify(value)} is not an MTU (an integer 68–65535, written as a string)`);
    return null;
  }
  return mtu;
}

/**
 * spec.podCIDRs, or the legacy spec.podCIDR alone. The API says "If this field is specified, the 0th entry must
 * match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6"
 * (kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go, NodeSpec.PodCIDRs).
 */
function nodePodCIDRs(podCIDR: string | null, podCIDRs: readonly string[] | null, scope: Scope): string[] {
  const list = podCIDRs ?? (podCIDR !== null && podCIDR !== '' ? [podCIDR] : []);
  const field: PathSegment = podCIDRs !== null ? 'podCIDRs' : 'podCIDR';
  const parse = (text: string, path: readonly PathSegment[]) => prefixField(text, scope, path);
  const at = (i: number): PathSegment[] => (field === 'podCIDRs' ? ['spec', 'podCIDRs', i] : ['spec', 'podCIDR']);
  const parsed = perFamilyList(list, parse, scope, at, 'pod CIDRs') ?? [];
  if (podCIDRs !== null && podCIDR !== null && podCIDR !== '' && parsed[0] !== undefined) {
    const legacy = prefixField(podCIDR, scope, ['spec', 'podCIDR']);
    if (legacy !== null && legacy.prefix !== parsed[0].prefix) {
      scope.error(['spec', 'podCIDR'], `podCIDR ${legacy.prefix} differs from podCIDRs[0] ${parsed[0].prefix}; they must be equal`);
    }
  }
  return parsed.map((p) => p.prefix);
}

function capacityPods(value: string | number | null, scope: Scope): number | null {
  if (value === null) return null;
  const text = String(value);
  if (!/^[0-9]{1,9}$/.test(text)) {
    scope.error(['status', 'capacity', 'pods'], `${JSON.stringify(value)} is not a pod count (a whole number such as "110")`);
    return null;
  }
  return Number(text);
}

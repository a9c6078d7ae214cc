/**
 * A networking.k8s.io/v1 NetworkPolicy → NetworkPolicy, with the API server's validation
 * (kubernetes/kubernetes pkg/apis/networking/validation/validation.go: ValidateNetworkPolicySpec,
 * ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock) and defaulting
 * (pkg/apis/networking/v1/defaults.go SetDefaults_NetworkPolicy: protocol TCP; policyTypes [Ingress], plus Egress
 * when the policy has egress rules).
 *
 * One difference, as for Service loadBalancerSourceRanges: an ipBlock CIDR with host bits set is accepted by
 * Kubernetes (with a warning) and means its network; it is masked here with a warning.
 */
import type { IpBlock, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicyRule, PolicyDirection } from '../engine/model/policy';
import { defaultPolicyTypes } from '../engine/policy/types';
import { dns1123SubdomainProblem, portNameProblem } from '../engine/model/names';
import { parsePrefix, prefixContains, type ParsedPrefix } from './addresses';
import { convertSelector } from './convertSelector';
import { namespaceField } from './convertPod';
import { labelsField, nameField } from './fields';
import type { PathSegment, Scope } from './problems';
import { networkPolicySchema, type NetworkPolicyPeerObject, type NetworkPolicyPortObject } from './policySchemas';
import { checkShape } from './shapeProblems';

export function convertNetworkPolicy(raw: unknown, scope: Scope): NetworkPolicy | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const policy = checkShape(networkPolicySchema, raw, scope);
  if (policy === null) return null;
  const namespace = namespaceField(policy.metadata?.namespace, scope);
  const name = nameField(policy.metadata?.name, scope, ['metadata', 'name'], 'a NetworkPolicy', dns1123SubdomainProblem);
  labelsField(policy.metadata?.labels, scope, ['metadata', 'labels']);
  const spec = policy.spec;
  const podSelector = convertSelector(spec.podSelector, scope, ['spec', 'podSelector']);
  const ingress = (spec.ingress ?? []).map((rule, r) => convertRule(rule.from, rule.ports, scope, ['spec', 'ingress', r], 'from'));
  const egress = (spec.egress ?? []).map((rule, r) => convertRule(rule.to, rule.ports, scope, ['spec', 'egress', r], 'to'));
  const policyTypes = convertPolicyTypes(spec.policyTypes, egress.length > 0, scope);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  return { namespace, name, podSelector, policyTypes, ingress, egress };
}

/** Defaulting (defaultPolicyTypes) after the API's checks: at most two types, no duplicate. */
function convertPolicyTypes(types: readonly PolicyDirection[] | null | undefined, hasEgressRules: boolean, scope: Scope): PolicyDirection[] {
  if (types === null || types === undefined || types.length === 0) return defaultPolicyTypes(types, hasEgressRules ? 1 : 0);
  if (types.length > 2) scope.error(['spec', 'policyTypes'], 'may not specify more than two policyTypes');
  const seen = new Set<PolicyDirection>();
  types.forEach((type, index) => {
    if (seen.has(type)) scope.error(['spec', 'policyTypes', index], `duplicate policy type ${JSON.stringify(type)}`);
    seen.add(type);
  });
  return defaultPolicyTypes([...seen], hasEgressRules ? 1 : 0);
}

function convertRule(
  peers: readonly NetworkPolicyPeerObject[] | null | undefined,
  ports: readonly NetworkPolicyPortObject[] | null | undefined,
  scope: Scope,
  at: readonly PathSegment[],
  peerField: 'from' | 'to',
): NetworkPolicyRule {
  return {
    peers: (peers ?? []).flatMap((peer, p) => {
      const converted = convertPeer(peer, scope, [...at, peerField, p]);
      return converted === null ? [] : [converted];
    }),
    ports: (ports ?? []).map((port, p) => convertPort(port, scope, [...at, 'ports', p])),
  };
}

function convertPeer(peer: NetworkPolicyPeerObject, scope: Scope, at: readonly PathSegment[]): NetworkPolicyPeer | null {
  const hasPods = peer.podSelector !== null && peer.podSelector !== undefined;
  const hasNamespaces = peer.namespaceSelector !== null && peer.namespaceSelector !== undefined;
  const hasBlock = peer.ipBlock !== null && peer.ipBlock !== undefined;
  if (!hasPods && !hasNamespaces && !hasBlock) {
    scope.error(at, 'must specify a peer (podSelector, namespaceSelector or ipBlock)');
    return null;
  }
  if (hasBlock && (hasPods || hasNamespaces)) {
    scope.error(at, 'may not specify both ipBlock and another peer (podSelector or namespaceSelector)');
    return null;
  }
  return {
    podSelector: hasPods ? convertSelector(peer.podSelector, scope, [...at, 'podSelector']) : null,
    namespaceSelector: hasNamespaces ? convertSelector(peer.namespaceSelector, scope, [...at, 'namespaceSelector']) : null,
    ipBlock: hasBlock ? convertIpBlock(peer.ipBlock!.cidr, peer.ipBlock!.except ?? [], scope, [...at, 'ipBlock']) : null,
  };
}

function lenientPrefix(text: string, scope: Scope, at: readonly PathSegment[]): ParsedPrefix | null {
  const parsed = parsePrefix(text.trim(), { hostBits: 'mask' });
  if (!parsed.ok) {
    scope.error(at, parsed.message);
    return null;
  }
  if (parsed.masked) scope.warn(at, `${JSON.stringify(text)} has host bits set; Kubernetes reads it as ${parsed.value.prefix}`);
  return parsed.value;
}

/** ValidateIPBlock: a CIDR, and excepts that are strict subsets of it (so of the same family). */
function convertIpBlock(cidrText: string, exceptTexts: readonly string[], scope: Scope, at: readonly PathSegment[]): IpBlock | null {
  const cidr = lenientPrefix(cidrText, scope, [...at, 'cidr']);
  const except: string[] = [];
  exceptTexts.forEach((text, index) => {
    const path = [...at, 'except', index];
    const prefix = lenientPrefix(text, scope, path);
    if (prefix === null || cidr === null) return;
    if (prefix.family !== cidr.family) {
      scope.error(path, `${prefix.prefix} is ${prefix.family} but the ipBlock's cidr ${cidr.prefix} is ${cidr.family}`);
    } else if (prefix.length <= cidr.length || !prefixContains(cidr, prefix.address)) {
      scope.error(path, `${prefix.prefix} must be a strict subset of cidr ${cidr.prefix}`);
    } else except.push(prefix.prefix);
  });
  return cidr === null ? null : { cidr: cidr.prefix, except };
}

/** ValidateNetworkPolicyPort: a valid port number or name; endPort only with a numeric port, and not below it. */
function convertPort(port: NetworkPolicyPortObject, scope: Scope, at: readonly PathSegment[]): NetworkPolicyPort {
  const value = port.port ?? null;
  const endPort = port.endPort ?? null;
  if (typeof value === 'string') {
    const problem = portNameProblem(value);
    if (problem !== null) scope.error([...at, 'port'], `port name ${JSON.stringify(value)} ${problem}`);
  }
  if (endPort !== null) {
    if (value === null) scope.error([...at, 'endPort'], 'endPort needs port to be set (a number)');
    else if (typeof value === 'string') scope.error([...at, 'endPort'], `endPort needs a numeric port, not the named port ${JSON.stringify(value)}`);
    else if (endPort < value) scope.error([...at, 'endPort'], `endPort ${endPort} must be greater than or equal to port ${value}`);
  }
  return { protocol: port.protocol ?? 'TCP', port: value, endPort };
}

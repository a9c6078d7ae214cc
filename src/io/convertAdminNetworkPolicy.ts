/**
 * policy.networking.k8s.io/v1alpha1 AdminNetworkPolicy and BaselineAdminNetworkPolicy → the model, with the
 * CRD's validation (kubernetes-sigs/network-policy-api apis/v1alpha1: adminnetworkpolicy_types.go,
 * baselineadminnetworkpolicy_types.go, shared_types.go): subject and every peer set exactly one field; `nodes`
 * and `networks` peers only in egress rules; a port sets exactly one of portNumber, namedPort, portRange
 * (start < end); protocol defaults to TCP; a rule name is at most 100 characters; the baseline is a singleton
 * named `default`. Cluster-scoped: a namespace in metadata is ignored with a warning.
 */
import type { AdminAction, AdminNetworkPolicy, AdminPeer, AdminPodSet, AdminPort, AdminRule, BaselineAction, BaselineAdminNetworkPolicy } from '../engine/model/policy';
import { dns1123SubdomainProblem, portNameProblem } from '../engine/model/names';
import { parsePrefix } from './addresses';
import { convertSelector } from './convertSelector';
import { nameField } from './fields';
import type { PathSegment, Scope } from './problems';
import {
  adminNetworkPolicySchema,
  baselineAdminNetworkPolicySchema,
  type AnpPeerObject,
  type AnpPortObject,
  type AnpSubjectObject,
} from './policySchemas';
import { checkShape } from './shapeProblems';

export const BASELINE_NAME = 'default';

interface RuleObject {
  name?: string | null;
  action: string;
  ports?: AnpPortObject[] | null;
}

export function convertAdminNetworkPolicy(raw: unknown, scope: Scope): AdminNetworkPolicy | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const anp = checkShape(adminNetworkPolicySchema, raw, scope);
  if (anp === null) return null;
  const name = clusterScopedName(anp.metadata, scope, 'an AdminNetworkPolicy');
  const subject = convertSubject(anp.spec.subject, scope, ['spec', 'subject']);
  const ingress = (anp.spec.ingress ?? []).map((rule, r) => convertRule<AdminAction>(rule, rule.from, scope, ['spec', 'ingress', r], 'from'));
  const egress = (anp.spec.egress ?? []).map((rule, r) => convertRule<AdminAction>(rule, rule.to, scope, ['spec', 'egress', r], 'to'));
  if (name === null || subject === null || scope.sink.errorCount > errorsBefore) return null;
  return { name, priority: anp.spec.priority, subject, ingress, egress };
}

export function convertBaselineAdminNetworkPolicy(raw: unknown, scope: Scope): BaselineAdminNetworkPolicy | null {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const banp = checkShape(baselineAdminNetworkPolicySchema, raw, scope);
  if (banp === null) return null;
  const name = clusterScopedName(banp.metadata, scope, 'a BaselineAdminNetworkPolicy');
  if (name !== null && name !== BASELINE_NAME) scope.error(['metadata', 'name'], `only one baseline admin network policy, named ${JSON.stringify(BASELINE_NAME)}, is supported; got ${JSON.stringify(name)}`);
  const subject = convertSubject(banp.spec.subject, scope, ['spec', 'subject']);
  const ingress = (banp.spec.ingress ?? []).map((rule, r) => convertRule<BaselineAction>(rule, rule.from, scope, ['spec', 'ingress', r], 'from'));
  const egress = (banp.spec.egress ?? []).map((rule, r) => convertRule<BaselineAction>(rule, rule.to, scope, ['spec', 'egress', r], 'to'));
  if (name === null || subject === null || scope.sink.errorCount > errorsBefore) return null;
  return { name, subject, ingress, egress };
}

function clusterScopedName(metadata: { name?: string | null; namespace?: string | null } | null | undefined, scope: Scope, what: string): string | null {
  if (metadata?.namespace !== undefined && metadata.namespace !== null && metadata.namespace !== '') {
    scope.warn(['metadata', 'namespace'], `${what} is cluster-scoped; the namespace is ignored`);
  }
  return nameField(metadata?.name, scope, ['metadata', 'name'], what, dns1123SubdomainProblem);
}

function setFields(value: object): string[] {
  return Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k);
}

function convertSubject(subject: AnpSubjectObject, scope: Scope, at: readonly PathSegment[]): AdminPodSet | null {
  const set = setFields(subject);
  if (set.length !== 1) {
    scope.error(at, `must set exactly one of namespaces, pods${set.length > 1 ? ` (got ${set.join(', ')})` : ''}`);
    return null;
  }
  if (subject.namespaces) return { kind: 'namespaces', namespaceSelector: convertSelector(subject.namespaces, scope, [...at, 'namespaces']) };
  const pods = subject.pods!;
  return {
    kind: 'pods',
    namespaceSelector: convertSelector(pods.namespaceSelector, scope, [...at, 'pods', 'namespaceSelector']),
    podSelector: convertSelector(pods.podSelector, scope, [...at, 'pods', 'podSelector']),
  };
}

function convertRule<A extends string>(rule: RuleObject, peers: readonly AnpPeerObject[], scope: Scope, at: readonly PathSegment[], peerField: 'from' | 'to'): AdminRule<A> {
  const name = rule.name ?? null;
  if (name !== null && name.length > 100) scope.error([...at, 'name'], 'must be no more than 100 characters');
  return {
    name,
    action: rule.action as A,
    peers: peers.flatMap((peer, p) => {
      const converted = convertPeer(peer, scope, [...at, peerField, p], peerField === 'to');
      return converted === null ? [] : [converted];
    }),
    // Absent and [] both mean every port.
    ports: (rule.ports ?? []).flatMap((port, p) => {
      const converted = convertPort(port, scope, [...at, 'ports', p]);
      return converted === null ? [] : [converted];
    }),
  };
}

function convertPeer(peer: AnpPeerObject, scope: Scope, at: readonly PathSegment[], egress: boolean): AdminPeer | null {
  const set = setFields(peer);
  const allowed = egress ? 'namespaces, pods, nodes, networks' : 'namespaces, pods';
  if (set.length !== 1) {
    scope.error(at, `must set exactly one of ${allowed}${set.length > 1 ? ` (got ${set.join(', ')})` : ''}`);
    return null;
  }
  if (!egress && (peer.nodes || peer.networks)) {
    scope.error([...at, set[0]!], `${set[0]} peers are only allowed in egress rules`);
    return null;
  }
  if (peer.namespaces) return { kind: 'namespaces', namespaceSelector: convertSelector(peer.namespaces, scope, [...at, 'namespaces']) };
  if (peer.pods) {
    return {
      kind: 'pods',
      namespaceSelector: convertSelector(peer.pods.namespaceSelector, scope, [...at, 'pods', 'namespaceSelector']),
      podSelector: convertSelector(peer.pods.podSelector, scope, [...at, 'pods', 'podSelector']),
    };
  }
  if (peer.nodes) return { kind: 'nodes', nodeSelector: convertSelector(peer.nodes, scope, [...at, 'nodes']) };
  const networks = peer.networks!;
  if (networks.length === 0 || networks.length > 25) scope.error([...at, 'networks'], `needs 1 to 25 CIDRs, got ${networks.length}`);
  const out: string[] = [];
  networks.forEach((text, i) => {
    const parsed = parsePrefix(text, { hostBits: 'mask' });
    if (!parsed.ok) scope.error([...at, 'networks', i], parsed.message);
    else {
      if (parsed.masked) scope.warn([...at, 'networks', i], `${JSON.stringify(text)} has host bits set; read as ${parsed.value.prefix}`);
      out.push(parsed.value.prefix);
    }
  });
  return { kind: 'networks', cidrs: out };
}

function convertPort(port: AnpPortObject, scope: Scope, at: readonly PathSegment[]): AdminPort | null {
  const set = setFields(port);
  if (set.length !== 1) {
    scope.error(at, `must set exactly one of portNumber, namedPort, portRange${set.length > 1 ? ` (got ${set.join(', ')})` : ''}`);
    return null;
  }
  if (port.portNumber) return { kind: 'number', protocol: port.portNumber.protocol ?? 'TCP', port: port.portNumber.port };
  if (port.namedPort !== null && port.namedPort !== undefined) {
    const problem = portNameProblem(port.namedPort);
    if (problem !== null) scope.error([...at, 'namedPort'], `port name ${JSON.stringify(port.namedPort)} ${problem}`);
    return { kind: 'named', name: port.namedPort };
  }
  const range = port.portRange!;
  if (range.start >= range.end) scope.error([...at, 'portRange'], `start ${range.start} must be less than end ${range.end}`);
  return { kind: 'range', protocol: range.protocol ?? 'TCP', start: range.start, end: range.end };
}

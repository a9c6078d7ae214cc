/**
 * parseOperation for the policy operations. A NetworkPolicy is given as its manifest (`metadata` + `spec`, as
 * `kubectl get -o yaml` prints it; apiVersion and kind optional) and checked with the API server's rules, as
 * src/io does for documents (kubernetes/kubernetes pkg/apis/networking/validation/validation.go,
 * pkg/apis/networking/v1/defaults.go): selectors, peers (one of ipBlock or selectors), ipBlock CIDRs with excepts
 * strictly inside, ports (endPort only with a numeric port, not below it), policyTypes defaulting. CIDRs must be
 * canonical here (an operation is written by hand, so a host bit is a typo to refuse).
 */
import { PROTOCOLS } from '../model/topology';
import { dns1123LabelProblem, dns1123SubdomainProblem, portNameProblem } from '../model/names';
import { Prefix } from '../net';
import { defaultPolicyTypes, SELECTOR_OPERATORS, type LabelSelector, type NetworkPolicy, type NetworkPolicyPeer, type NetworkPolicyPort, type NetworkPolicyRule, type PolicyDirection } from '../policy/types';
import { cidrProblem, compact, describe, Fields } from './fields';
import type { Problem, RemoveNetworkPolicy, SetNamespaceLabels, SetPodLabels } from './operations';

const MAX_ITEMS = 1000;

function selector(value: unknown, path: string, problems: Problem[]): LabelSelector | undefined {
  const f = Fields.of(value, path, problems, ['matchLabels', 'matchExpressions']);
  if (f === undefined) return undefined;
  const matchLabels = f.labels('matchLabels') ?? {};
  const matchExpressions = (f.list('matchExpressions', 0, MAX_ITEMS) ?? []).flatMap((raw, i) => {
    const e = Fields.of(raw, `${f.at('matchExpressions')}[${i}]`, problems, ['key', 'operator', 'values']);
    if (e === undefined) return [];
    const key = e.required('key', (k) => e.string(k)) ?? '';
    const operator = e.required('operator', (k) => e.oneOf(k, SELECTOR_OPERATORS));
    const values = (e.list('values', 0, MAX_ITEMS) ?? []).map((v) => (typeof v === 'string' ? v : String(v)));
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) e.fail('values', `must be specified when operator is ${operator}`);
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) e.fail('values', `may not be specified when operator is ${operator}`);
    return operator === undefined ? [] : [{ key, operator, values }];
  });
  return { matchLabels, matchExpressions };
}

function cidr(text: unknown, path: string, problems: Problem[]): Prefix | undefined {
  if (typeof text !== 'string') {
    problems.push({ path, message: `expected a CIDR string, got ${describe(text)}` });
    return undefined;
  }
  const r = cidrProblem(text);
  if ('problem' in r) {
    problems.push({ path, message: r.problem });
    return undefined;
  }
  return Prefix.parse(r.cidr);
}

function peer(value: unknown, path: string, problems: Problem[]): NetworkPolicyPeer | undefined {
  const f = Fields.of(value, path, problems, ['podSelector', 'namespaceSelector', 'ipBlock']);
  if (f === undefined) return undefined;
  const block = f.raw('ipBlock');
  if (!f.has('podSelector') && !f.has('namespaceSelector') && block === undefined) return f.fail('podSelector', 'must specify a peer (podSelector, namespaceSelector or ipBlock)');
  if (block !== undefined && (f.has('podSelector') || f.has('namespaceSelector'))) return f.fail('ipBlock', 'may not specify both ipBlock and another peer');
  let ipBlock: NetworkPolicyPeer['ipBlock'] = null;
  if (block !== undefined) {
    const b = Fields.of(block, f.at('ipBlock'), problems, ['cidr', 'except']);
    const whole = b === undefined ? undefined : cidr(b.raw('cidr'), b.at('cidr'), problems);
    const except = (b?.list('except', 0, MAX_ITEMS) ?? []).flatMap((e, i) => {
      const p = cidr(e, `${b!.at('except')}[${i}]`, problems);
      if (p === undefined || whole === undefined) return [];
      if (p.family !== whole.family || p.length <= whole.length || !whole.contains(p.first())) {
        problems.push({ path: `${b!.at('except')}[${i}]`, message: `${p.toString()} must be a strict subset of cidr ${whole.toString()}` });
        return [];
      }
      return [p.toString()];
    });
    if (whole === undefined) return undefined;
    ipBlock = { cidr: whole.toString(), except };
  }
  const podSelector = f.has('podSelector') ? selector(f.raw('podSelector'), f.at('podSelector'), problems) ?? null : null;
  const namespaceSelector = f.has('namespaceSelector') ? selector(f.raw('namespaceSelector'), f.at('namespaceSelector'), problems) ?? null : null;
  return { podSelector, namespaceSelector, ipBlock };
}

function port(value: unknown, path: string, problems: Problem[]): NetworkPolicyPort | undefined {
  const f = Fields.of(value, path, problems, ['protocol', 'port', 'endPort']);
  if (f === undefined) return undefined;
  const raw = f.raw('port');
  const number = typeof raw === 'number' ? f.int('port', 1, 65535) : undefined;
  const name = typeof raw === 'string' ? f.string('port', portNameProblem) : undefined;
  if (raw !== undefined && typeof raw !== 'number' && typeof raw !== 'string') f.fail('port', `expected a port number or a port name, got ${describe(raw)}`);
  const endPort = f.int('endPort', 1, 65535);
  if (endPort !== undefined) {
    if (raw === undefined) f.fail('endPort', 'endPort needs port to be set (a number)');
    else if (typeof raw === 'string') f.fail('endPort', `endPort needs a numeric port, not the named port ${JSON.stringify(raw)}`);
    else if (number !== undefined && endPort < number) f.fail('endPort', `endPort ${endPort} must be greater than or equal to port ${number}`);
  }
  return { protocol: f.oneOf('protocol', PROTOCOLS) ?? 'TCP', port: number ?? name ?? null, endPort: endPort ?? null };
}

function rules(f: Fields, key: 'ingress' | 'egress', problems: Problem[]): NetworkPolicyRule[] {
  const peerKey = key === 'ingress' ? 'from' : 'to';
  return (f.list(key, 0, MAX_ITEMS) ?? []).flatMap((raw, r) => {
    const rule = Fields.of(raw, `${f.at(key)}[${r}]`, problems, [peerKey, 'ports']);
    if (rule === undefined) return [];
    const peers = (rule.list(peerKey, 0, MAX_ITEMS) ?? []).flatMap((p, i) => peer(p, `${rule.at(peerKey)}[${i}]`, problems) ?? []);
    const ports = (rule.list('ports', 0, MAX_ITEMS) ?? []).flatMap((p, i) => port(p, `${rule.at('ports')}[${i}]`, problems) ?? []);
    return [{ peers, ports }];
  });
}

/** A NetworkPolicy manifest → the model, or undefined with problems at `path…`. */
export function networkPolicyFromManifest(value: unknown, path: string, problems: Problem[]): NetworkPolicy | undefined {
  const before = problems.length;
  const m = Fields.of(value, path, problems, ['apiVersion', 'kind', 'metadata', 'spec']);
  if (m === undefined) return undefined;
  if (m.has('apiVersion') && m.raw('apiVersion') !== 'networking.k8s.io/v1') m.fail('apiVersion', `expected "networking.k8s.io/v1", got ${describe(m.raw('apiVersion'))}`);
  if (m.has('kind') && m.raw('kind') !== 'NetworkPolicy') m.fail('kind', `expected "NetworkPolicy", got ${describe(m.raw('kind'))}`);
  const meta = m.required('metadata', (k) => Fields.of(m.raw(k), m.at(k), problems, ['name', 'namespace', 'labels', 'annotations']));
  const name = meta?.required('name', (k) => meta.string(k, dns1123SubdomainProblem));
  const namespace = meta?.required('namespace', (k) => meta.string(k, dns1123LabelProblem));
  const spec = m.required('spec', (k) => Fields.of(m.raw(k), m.at(k), problems, ['podSelector', 'policyTypes', 'ingress', 'egress']));
  if (spec === undefined) return undefined;
  const podSelector = spec.required('podSelector', (k) => selector(spec.raw(k), spec.at(k), problems));
  const ingress = rules(spec, 'ingress', problems);
  const egress = rules(spec, 'egress', problems);
  const types = (spec.list('policyTypes', 0, 2) ?? []).flatMap((t, i) => {
    if (t === 'Ingress' || t === 'Egress') return [t as PolicyDirection];
    problems.push({ path: `${spec.at('policyTypes')}[${i}]`, message: `expected Ingress or Egress, got ${describe(t)}` });
    return [];
  });
  if (problems.length > before || name === undefined || namespace === undefined || podSelector === undefined) return undefined;
  return { namespace, name, podSelector, policyTypes: defaultPolicyTypes(types, egress.length), ingress, egress };
}

/** addNetworkPolicy and replaceNetworkPolicy: the manifest is kept as given (operations serialize as written). */
export function parsePolicyManifestOp<K extends 'addNetworkPolicy' | 'replaceNetworkPolicy'>(op: K, f: Fields, problems: Problem[]): { op: K; policy: Record<string, unknown> } {
  const manifest = f.required('policy', (k) => f.raw(k));
  if (manifest !== undefined) networkPolicyFromManifest(manifest, f.at('policy'), problems);
  return { op, policy: (manifest ?? {}) as Record<string, unknown> };
}

export function parseRemoveNetworkPolicy(f: Fields): RemoveNetworkPolicy {
  return {
    op: 'removeNetworkPolicy',
    namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '',
    name: f.required('name', (k) => f.string(k, dns1123SubdomainProblem)) ?? '',
  };
}

export function parseSetNamespaceLabels(f: Fields): SetNamespaceLabels {
  return { op: 'setNamespaceLabels', namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '', labels: f.required('labels', (k) => f.labels(k)) ?? {} };
}

export function parseSetPodLabels(f: Fields): SetPodLabels {
  return compact({
    op: 'setPodLabels' as const,
    namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '',
    name: f.required('name', (k) => f.string(k, dns1123SubdomainProblem)) ?? '',
    labels: f.required('labels', (k) => f.labels(k)) ?? {},
  });
}

/**
 * parseOperation for the policy operations. A NetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy is
 * given as its manifest (`metadata` + `spec`, as `kubectl get -o yaml` prints it; apiVersion and kind optional)
 * and kept as written (operations serialize as given). Its validation is the one documents go through — src/io's,
 * with the API server's rules (kubernetes/kubernetes pkg/apis/networking/validation/validation.go) and the CRDs'
 * (kubernetes-sigs/network-policy-api apis/v1alpha1) — reached through the PolicyManifestReader the application
 * layer passes in (operations.ts): the engine does not import src/io.
 */
import { dns1123LabelProblem, dns1123SubdomainProblem } from '../model/names';
import type { AdminNetworkPolicy, BaselineAdminNetworkPolicy, NetworkPolicy } from '../policy/types';
import { compact, describe, type Fields } from './fields';
import type {
  ManifestRead,
  OperationContext,
  PolicyManifest,
  PolicyManifestReader,
  Problem,
  RemoveAdminNetworkPolicy,
  RemoveNetworkPolicy,
  SetNamespaceLabels,
  SetPodLabels,
} from './operations';

type ManifestKind = 'NetworkPolicy' | 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy';

const API_VERSIONS: Record<ManifestKind, string> = {
  NetworkPolicy: 'networking.k8s.io/v1',
  AdminNetworkPolicy: 'policy.networking.k8s.io/v1alpha1',
  BaselineAdminNetworkPolicy: 'policy.networking.k8s.io/v1alpha1',
};

/** A manifest of `kind` → the model through the reader; apiVersion and kind, when written, must be this kind's. */
export function readManifest(kind: 'NetworkPolicy', manifest: unknown, path: string, ctx: OperationContext): ManifestRead<NetworkPolicy>;
export function readManifest(kind: 'AdminNetworkPolicy', manifest: unknown, path: string, ctx: OperationContext): ManifestRead<AdminNetworkPolicy>;
export function readManifest(kind: 'BaselineAdminNetworkPolicy', manifest: unknown, path: string, ctx: OperationContext): ManifestRead<BaselineAdminNetworkPolicy>;
export function readManifest(kind: ManifestKind, manifest: unknown, path: string, ctx: OperationContext): ManifestRead<PolicyManifest>;
export function readManifest(kind: ManifestKind, manifest: unknown, path: string, ctx: OperationContext): ManifestRead<PolicyManifest> {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return { ok: false, problems: [{ path, message: `expected a ${kind} manifest (metadata and spec), got ${describe(manifest)}` }] };
  const m = manifest as Record<string, unknown>;
  const problems: Problem[] = [];
  if (m.apiVersion !== undefined && m.apiVersion !== API_VERSIONS[kind]) problems.push({ path: `${path}.apiVersion`, message: `expected ${JSON.stringify(API_VERSIONS[kind])}, got ${describe(m.apiVersion)}` });
  if (m.kind !== undefined && m.kind !== kind) problems.push({ path: `${path}.kind`, message: `expected ${JSON.stringify(kind)}, got ${describe(m.kind)}` });
  if (problems.length > 0) return { ok: false, problems };
  const reader: PolicyManifestReader | undefined = ctx.manifests;
  if (reader === undefined) return { ok: false, problems: [{ path, message: `${kind} manifests are read by the application layer, which gave no reader` }] };
  if (kind === 'NetworkPolicy') return reader.networkPolicy(manifest, path);
  if (kind === 'AdminNetworkPolicy') return reader.adminNetworkPolicy(manifest, path);
  return reader.baselineAdminNetworkPolicy(manifest, path);
}

type ManifestOp =
  | 'addNetworkPolicy'
  | 'replaceNetworkPolicy'
  | 'addAdminNetworkPolicy'
  | 'replaceAdminNetworkPolicy'
  | 'addBaselineAdminNetworkPolicy'
  | 'replaceBaselineAdminNetworkPolicy';

const MANIFEST_KIND: Record<ManifestOp, ManifestKind> = {
  addNetworkPolicy: 'NetworkPolicy',
  replaceNetworkPolicy: 'NetworkPolicy',
  addAdminNetworkPolicy: 'AdminNetworkPolicy',
  replaceAdminNetworkPolicy: 'AdminNetworkPolicy',
  addBaselineAdminNetworkPolicy: 'BaselineAdminNetworkPolicy',
  replaceBaselineAdminNetworkPolicy: 'BaselineAdminNetworkPolicy',
};

/** add/replace of any policy kind: the manifest is checked now (when a reader is given) and kept as written. */
export function parsePolicyManifestOp<K extends ManifestOp>(op: K, f: Fields, problems: Problem[], ctx: OperationContext): { op: K; policy: Record<string, unknown> } {
  const manifest = f.required('policy', (k) => f.raw(k));
  // Without a reader (a caller that only checks the operation's shape) the manifest is read when applied.
  if (manifest !== undefined && (ctx.manifests !== undefined || typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))) {
    const read = readManifest(MANIFEST_KIND[op], manifest, f.at('policy'), ctx);
    if (!read.ok) problems.push(...read.problems);
  }
  return { op, policy: (manifest ?? {}) as Record<string, unknown> };
}

export function parseRemoveNetworkPolicy(f: Fields): RemoveNetworkPolicy {
  return {
    op: 'removeNetworkPolicy',
    namespace: f.required('namespace', (k) => f.string(k, dns1123LabelProblem)) ?? '',
    name: f.required('name', (k) => f.string(k, dns1123SubdomainProblem)) ?? '',
  };
}

export function parseRemoveAdminNetworkPolicy(f: Fields): RemoveAdminNetworkPolicy {
  return { op: 'removeAdminNetworkPolicy', name: f.required('name', (k) => f.string(k, dns1123SubdomainProblem)) ?? '' };
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

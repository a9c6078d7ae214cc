/**
 * The planner's PolicyManifestReader (src/engine/planner/operations.ts): a what-if operation's NetworkPolicy,
 * AdminNetworkPolicy or BaselineAdminNetworkPolicy manifest is read by the very converters documents go through
 * (convertNetworkPolicy.ts, convertAdminNetworkPolicy.ts: the API server's and the CRDs' validation and
 * defaulting), with problems at the operation's path (`operations[0].policy.spec.ingress[0].ports[0].endPort`).
 * The application layer hands it to the planner, which imports nothing outside the engine.
 */
import type { ManifestRead, PolicyManifestReader } from '../engine/planner';
import { convertAdminNetworkPolicy, convertBaselineAdminNetworkPolicy } from './convertAdminNetworkPolicy';
import { convertNetworkPolicy } from './convertNetworkPolicy';
import { ProblemCollector, Scope } from './problems';

function read<T>(manifest: unknown, path: string, convert: (raw: unknown, scope: Scope) => T | null): ManifestRead<T> {
  const sink = new ProblemCollector();
  const value = convert(manifest, new Scope(sink, path));
  const plain = (list: readonly { path: string; message: string }[]) => list.map(({ path: p, message }) => ({ path: p, message }));
  if (value === null || sink.errorCount > 0) return { ok: false, problems: plain(sink.errors()) };
  return { ok: true, value, warnings: plain(sink.warnings()) };
}

export const policyManifestReader: PolicyManifestReader = {
  networkPolicy: (manifest, path) => read(manifest, path, convertNetworkPolicy),
  adminNetworkPolicy: (manifest, path) => read(manifest, path, convertAdminNetworkPolicy),
  baselineAdminNetworkPolicy: (manifest, path) => read(manifest, path, convertBaselineAdminNetworkPolicy),
};

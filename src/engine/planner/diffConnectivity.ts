/**
 * The what-if diff's connectivity section (netpol-analyzer's semantic diff): every ordered pair of pods (and pod ↔
 * external range) whose allowed connections changed, with what was gained and lost and, for each side, the
 * policy and rule that decide one changed port — a container port the destination declares when there is one, as
 * a client would use — (or "no rule allows", with the isolating policies).
 */
import { policyModelOfTopology } from '../policy/fromTopology';
import type { Topology } from '../model/topology';
import { compilePolicies, type CompiledPolicies } from '../policy/compile';
import { ConnectionSet } from '../policy/connectionSet';
import { decidePolicy, explainVerdict } from '../policy/decide';
import type { Protocol } from '../policy/types';
import { connectivity, type Connection, type ConnectivityPeer, type ConnectivityResult } from '../policy/connectivity';
import type { PolicySubject } from '../policy/types';
import type { ExtraDiff, ExtraDiffResult } from './diff';

export interface ConnectivityChange {
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly before: string;
  readonly after: string;
  readonly gained: string;
  readonly lost: string;
  /** The first changed port and what decides it on each side (null for an external range or a pod one side lacks). */
  readonly port: string;
  readonly decidedBy: { readonly before: string | null; readonly after: string | null };
}

export interface ConnectivityDiff {
  readonly changes: readonly ConnectivityChange[];
  readonly lost: number;
  readonly gained: number;
}

function firstPort(set: ConnectionSet): { protocol: Protocol; port: number } | null {
  for (const protocol of ['TCP', 'UDP', 'SCTP'] as const) {
    const iv = set.of(protocol);
    if (iv.length > 0) return { protocol, port: iv[0]! };
  }
  return null;
}

/** The subject behind a pod-level peer (null for an external range or a peer this side lacks). */
function subjectOf(c: CompiledPolicies, peer: Connection['from']): PolicySubject | null {
  return peer.kind === 'External' ? null : (c.subjectByKey.get(peer.name) ?? null);
}

function explain(c: CompiledPolicies, row: Connection, at: { protocol: Protocol; port: number }): string | null {
  const src = subjectOf(c, row.from);
  const dst = subjectOf(c, row.to);
  if (src === null || dst === null) return null;
  const d = decidePolicy(c, { from: { kind: 'subject', subject: src }, to: { kind: 'subject', subject: dst }, protocol: at.protocol, port: at.port });
  if (d.deniedAt === 'Egress') return explainVerdict(d.egress);
  if (d.deniedAt === 'Ingress') return explainVerdict(d.ingress);
  return `${explainVerdict(d.egress)}; ${explainVerdict(d.ingress)}`;
}

export const hasPolicies = (t: Topology): boolean => (t.networkPolicies?.length ?? 0) + (t.adminNetworkPolicies?.length ?? 0) + (t.baselineAdminNetworkPolicies?.length ?? 0) > 0;

export function diffConnectivity(base: Topology, fork: Topology): ConnectivityDiff {
  // Without policies on either side everything is allowed on both: nothing to compare (and no pairwise cost).
  if (!hasPolicies(base) && !hasPolicies(fork)) return { changes: [], lost: 0, gained: 0 };
  const cb = compilePolicies(policyModelOfTopology(base), { cniPlugin: base.cni.plugin });
  const ca = compilePolicies(policyModelOfTopology(fork), { cniPlugin: fork.cni.plugin });
  // Pod level. Only pairs allowed something on one side can change; they are walked group by group and looked up on
  // the other side by peer (no map of every pair: an open cluster has pods² of them), so memory grows with the changes.
  const rb = connectivity(cb, { level: 'pod' });
  const ra = connectivity(ca, { level: 'pod' });
  const label = (p: ConnectivityPeer) => `${p.name}[${p.kind}]`;
  const across = (from: ConnectivityResult, to: ConnectivityResult): Int32Array => {
    const index = new Map(to.peers.map((p, i) => [label(p), i]));
    return Int32Array.from(from.peers, (p) => index.get(label(p)) ?? -1);
  };
  const found: { key: string; row: Connection; sb: ConnectionSet; sa: ConnectionSet }[] = [];
  const walk = (side: ConnectivityResult, other: ConnectivityResult, keep: (mine: ConnectionSet, theirs: ConnectionSet) => boolean, isBefore: boolean): void => {
    const map = across(side, other);
    for (const g of side.groups) {
      for (const f of g.from) {
        const of = map[f]!;
        for (const t of g.to) {
          if (f === t) continue;
          const ot = map[t]!;
          const theirs = of < 0 || ot < 0 ? ConnectionSet.NONE : other.allowed(of, ot);
          if (!keep(g.allowed, theirs)) continue;
          const row: Connection = { from: side.peers[f]!, to: side.peers[t]!, allowed: g.allowed };
          found.push({ key: `${label(row.from)}\u0000${label(row.to)}`, row, sb: isBefore ? g.allowed : theirs, sa: isBefore ? theirs : g.allowed });
        }
      }
    }
  };
  // Allowed before and changed (or gone); then allowed after where nothing was before.
  walk(rb, ra, (mine, theirs) => !mine.equals(theirs), true);
  walk(ra, rb, (_mine, theirs) => theirs.isEmpty(), false);
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const changes: ConnectivityChange[] = [];
  let lost = 0;
  let gained = 0;
  for (const { row, sb, sa } of found) {
    const gone = sb.minus(sa);
    const come = sa.minus(sb);
    const changed = gone.isEmpty() ? come : gone;
    // The port named is one the destination declares (what a client would use), else the first changed one.
    const declared = (subjectOf(ca, row.to) ?? subjectOf(cb, row.to))?.ports.find((p) => changed.has(p.protocol, p.port));
    const at = declared === undefined ? firstPort(changed)! : { protocol: declared.protocol, port: declared.port };
    if (!gone.isEmpty()) lost++;
    if (!come.isEmpty()) gained++;
    changes.push({
      from: row.from.name,
      fromKind: row.from.kind,
      to: row.to.name,
      toKind: row.to.kind,
      before: sb.format(),
      after: sa.format(),
      gained: come.format(),
      lost: gone.format(),
      port: `${at.protocol} ${at.port}`,
      decidedBy: { before: explain(cb, row, at), after: explain(ca, row, at) },
    });
  }
  return { changes, lost, gained };
}

function headline(d: ConnectivityDiff): string | null {
  if (d.changes.length === 0) return null;
  const first = d.changes.find((c) => c.lost !== 'No Connections' && c.fromKind !== 'External' && c.toKind !== 'External') ?? d.changes[0]!;
  const example = `${first.from} → ${first.to} ${first.lost !== 'No Connections' ? `loses ${first.lost}` : `gains ${first.gained}`}`;
  return `NetworkPolicy connectivity changes for ${d.changes.length} pod pair${d.changes.length === 1 ? '' : 's'} (${d.lost} losing, ${d.gained} gaining connections), e.g. ${example}.`;
}

/** The section as the diff's built-in extra (key `connectivity`). */
export const CONNECTIVITY_DIFF: ExtraDiff = {
  key: 'connectivity',
  diff(base: Topology, fork: Topology): ExtraDiffResult {
    const d = diffConnectivity(base, fork);
    return { changed: d.changes.length > 0, headline: headline(d), data: d };
  },
};

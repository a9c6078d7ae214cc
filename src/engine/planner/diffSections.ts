/**
 * The non-reachability parts of a scenario diff: CIDR conflicts added and removed (matched by code and the
 * objects involved, never by message text), encapsulation overhead and pod MTU before and after, and the
 * settings the scenario changed (the plain-language subject of the summary).
 */
import { bothSides } from './sideMemo';
import { findConflicts, type ConflictReport, type Finding as ConflictFinding } from '../conflicts';
import type { IpFamily, Topology } from '../model/topology';
import { encapOverhead, type EncapOverheadReport, type Finding as OverheadFinding } from '../overlay';

export interface ConflictsDiff {
  readonly before: ConflictReport['counts'];
  readonly after: ConflictReport['counts'];
  readonly added: readonly ConflictFinding[];
  readonly removed: readonly ConflictFinding[];
}

function conflictKey(f: ConflictFinding): string {
  return [f.kind, ...f.objects.map((o) => `${o.kind}\u0000${o.name}\u0000${o.cidr}`).sort()].join('\u0001');
}

export function diffConflicts(base: Topology, fork: Topology, reused: string[] = []): ConflictsDiff {
  const [rb, ra] = bothSides(base, fork, 'conflicts', '', findConflicts, reused);
  const kb = new Set(rb.findings.map(conflictKey));
  const ka = new Set(ra.findings.map(conflictKey));
  return { before: rb.counts, after: ra.counts, added: ra.findings.filter((f) => !kb.has(conflictKey(f))), removed: rb.findings.filter((f) => !ka.has(conflictKey(f))) };
}

export interface MtuChange {
  readonly node: string;
  readonly before: number | null;
  readonly after: number | null;
}

export interface OverheadDiff {
  readonly mode: { readonly before: string; readonly after: string };
  /** Bytes added per packet, per pod family. */
  readonly overhead: readonly { readonly family: IpFamily; readonly before: number | null; readonly after: number | null }[];
  /** Nodes on both sides whose pod MTU changed. */
  readonly podMtu: readonly MtuChange[];
  /** The same, grouped: "1450 → 1500 on 6 nodes". */
  readonly podMtuGroups: readonly { readonly before: number | null; readonly after: number | null; readonly nodes: number }[];
  readonly findings: { readonly added: readonly OverheadFinding[]; readonly removed: readonly OverheadFinding[] };
  readonly assumptions: { readonly before: readonly string[]; readonly after: readonly string[] };
}

function modeText(r: EncapOverheadReport): string {
  return `${r.plugin}/${r.mode}${r.crossSubnet.requested ? ' crossSubnet' : ''}`;
}

/** Findings carry their numbers in `details`, so code + details identify one. */
function overheadKey(f: OverheadFinding): string {
  return `${f.code}\u0000${JSON.stringify(f.details)}`;
}

export function diffOverhead(base: Topology, fork: Topology, packetSize: number | undefined, reused: string[] = []): OverheadDiff {
  const [rb, ra] = bothSides(base, fork, 'overhead', String(packetSize), (t) => encapOverhead(t, { packetSize }), reused);
  const families = [...new Set([...rb.overhead, ...ra.overhead].map((o) => o.family))];
  const bytes = (r: EncapOverheadReport, f: IpFamily) => r.overhead.find((o) => o.family === f)?.bytes ?? null;
  const beforeMtu = new Map(rb.nodes.map((n) => [n.node, n.podMtu]));
  const podMtu = ra.nodes.filter((n) => beforeMtu.has(n.node) && beforeMtu.get(n.node) !== n.podMtu).map((n) => ({ node: n.node, before: beforeMtu.get(n.node)!, after: n.podMtu }));
  const groups = new Map<string, { before: number | null; after: number | null; nodes: number }>();
  for (const c of podMtu) {
    const k = `${c.before}>${c.after}`;
    const g = groups.get(k) ?? { before: c.before, after: c.after, nodes: 0 };
    g.nodes++;
    groups.set(k, g);
  }
  const fb = new Set(rb.findings.map(overheadKey));
  const fa = new Set(ra.findings.map(overheadKey));
  return {
    mode: { before: modeText(rb), after: modeText(ra) },
    overhead: families.map((family) => ({ family, before: bytes(rb, family), after: bytes(ra, family) })),
    podMtu,
    podMtuGroups: [...groups.values()],
    findings: { added: ra.findings.filter((f) => !fb.has(overheadKey(f))), removed: rb.findings.filter((f) => !fa.has(overheadKey(f))) },
    assumptions: { before: rb.assumptions, after: ra.assumptions },
  };
}

/** One setting the scenario changed, in words: `subject` reads as the start of a sentence ("Switching …"). */
export interface SettingChange {
  readonly what: string;
  readonly subject: string;
}

function names<T>(list: readonly T[], key: (x: T) => string): Set<string> {
  return new Set(list.map(key));
}

function setDiff(before: Set<string>, after: Set<string>): { added: string[]; removed: string[] } {
  return { added: [...after].filter((x) => !before.has(x)), removed: [...before].filter((x) => !after.has(x)) };
}

/**
 * setDiff of the two lists' key sets, keying only the objects that are not on both sides. A fork shares every object its
 * operations left alone, so the lists' common head and tail are skipped by identity and the rest is matched by identity
 * before any key is built: keying all 150,000 pods of both sides was ≈0.3 s of every what-if at the envelope (issue 17).
 * Exact when keys are unique within each list, which every topology here keeps (src/io/crossChecks.ts refuses a repeated
 * node, pod or Service name; the planner's operations pick fresh names): an unshared object's key cannot then be a shared
 * object's, so it is on the other side exactly when an unshared object there has it. A repeat among the unshared objects
 * falls back to keying everything; a repeat between a shared and an unshared object is not detected (it would take keying
 * the shared objects, the cost this avoids), so a list that broke the rule could show that key as added or removed.
 */
function keyDiff<T extends object>(before: readonly T[], after: readonly T[], key: (x: T) => string): { added: string[]; removed: string[] } {
  if (before === after) return { added: [], removed: [] };
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const midBefore = before.slice(head, before.length - tail);
  const midAfter = after.slice(head, after.length - tail);
  const inBefore = new Set<T>(midBefore);
  const inAfter = new Set<T>(midAfter);
  const onlyBefore = midBefore.filter((x) => !inAfter.has(x)).map(key);
  const onlyAfter = midAfter.filter((x) => !inBefore.has(x)).map(key);
  const b = new Set(onlyBefore);
  const a = new Set(onlyAfter);
  if (b.size !== onlyBefore.length || a.size !== onlyAfter.length) return setDiff(names(before, key), names(after, key));
  return setDiff(b, a);
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

export function settingChanges(b: Topology, a: Topology): SettingChange[] {
  const out: SettingChange[] = [];
  const push = (what: string, subject: string) => out.push({ what, subject });
  if (b.cni.plugin !== a.cni.plugin) push(`CNI ${b.cni.plugin} → ${a.cni.plugin}`, `Switching the CNI from ${b.cni.plugin} to ${a.cni.plugin}`);
  if (b.cni.overlay !== a.cni.overlay) push(`overlay ${b.cni.overlay} → ${a.cni.overlay}`, `Switching the overlay from ${b.cni.overlay} to ${a.cni.overlay}`);
  if (b.cni.crossSubnet !== a.cni.crossSubnet) push(`crossSubnet ${b.cni.crossSubnet} → ${a.cni.crossSubnet}`, `${a.cni.crossSubnet ? 'Enabling' : 'Disabling'} cross-subnet mode`);
  if (b.cni.mtu !== a.cni.mtu) push(`pod MTU ${b.cni.mtu ?? 'derived'} → ${a.cni.mtu ?? 'derived'}`, a.cni.mtu === null ? 'Letting the CNI derive the pod MTU' : `Setting the pod MTU to ${a.cni.mtu}`);
  if (b.underlay.mtu !== a.underlay.mtu) push(`underlay MTU ${b.underlay.mtu} → ${a.underlay.mtu}`, `${a.underlay.mtu < b.underlay.mtu ? 'Lowering' : 'Raising'} the underlay MTU from ${b.underlay.mtu} to ${a.underlay.mtu}`);
  for (const s of a.underlay.subnets) {
    const old = b.underlay.subnets.find((x) => x.name === s.name);
    if (old !== undefined && old.mtu !== s.mtu) {
      const from = old.mtu ?? b.underlay.mtu;
      const to = s.mtu ?? a.underlay.mtu;
      push(`subnet ${s.name} MTU ${from} → ${to}`, `${to < from ? 'Lowering' : 'Raising'} the MTU of subnet ${s.name} from ${from} to ${to}`);
    }
  }
  if (b.podCIDRs.join() !== a.podCIDRs.join()) push(`cluster CIDRs ${b.podCIDRs.join(', ') || 'none'} → ${a.podCIDRs.join(', ') || 'none'}`, `Changing the cluster CIDRs to ${a.podCIDRs.join(', ') || 'none'}`);
  for (const f of ['ipv4', 'ipv6'] as const) {
    if (b.nodeCIDRMaskSize[f] !== a.nodeCIDRMaskSize[f]) push(`node CIDR mask (${f}) /${b.nodeCIDRMaskSize[f]} → /${a.nodeCIDRMaskSize[f]}`, `Changing the ${f === 'ipv4' ? 'IPv4' : 'IPv6'} node CIDR mask from /${b.nodeCIDRMaskSize[f]} to /${a.nodeCIDRMaskSize[f]}`);
  }
  if (b.serviceCIDRs.join() !== a.serviceCIDRs.join()) push(`service CIDRs ${b.serviceCIDRs.join(', ') || 'none'} → ${a.serviceCIDRs.join(', ') || 'none'}`, `Changing the service CIDRs to ${a.serviceCIDRs.join(', ') || 'none'}`);
  if (b.kubeProxy.mode !== a.kubeProxy.mode) push(`kube-proxy ${b.kubeProxy.mode} → ${a.kubeProxy.mode}`, `Switching kube-proxy from ${b.kubeProxy.mode} to ${a.kubeProxy.mode}`);
  else if (JSON.stringify(b.kubeProxy) !== JSON.stringify(a.kubeProxy)) push('kube-proxy settings', 'Changing kube-proxy settings');
  const routeKey = (r: Topology['underlay']['routes'][number]) => `${r.type === 'unicast' ? '' : `${r.type} `}${r.destination}${r.via === null ? '' : ` via ${r.via}`}`;
  const routes = setDiff(names(b.underlay.routes, routeKey), names(a.underlay.routes, routeKey));
  for (const r of routes.removed) push(`underlay route ${r} removed`, `Removing the underlay route ${r}`);
  for (const r of routes.added) push(`underlay route ${r} added`, `Adding the underlay route ${r}`);
  if (b.nodeRoutes !== a.nodeRoutes && JSON.stringify(b.nodeRoutes) !== JSON.stringify(a.nodeRoutes)) push('node routes changed', 'Changing node routes');
  const subnets = setDiff(names(b.underlay.subnets, (s) => s.name), names(a.underlay.subnets, (s) => s.name));
  for (const s of subnets.added) push(`subnet ${s} added`, `Adding subnet ${s}`);
  for (const s of subnets.removed) push(`subnet ${s} removed`, `Removing subnet ${s}`);
  const nets = setDiff(names(b.externalNetworks, (n) => n.name), names(a.externalNetworks, (n) => n.name));
  if (nets.added.length + nets.removed.length > 0) push(`external networks +${nets.added.length} −${nets.removed.length}`, 'Changing external networks');
  const nodes = keyDiff(b.nodes, a.nodes, (n) => n.name);
  if (nodes.added.length > 0) push(`${count(nodes.added.length, 'node')} added`, `Adding ${count(nodes.added.length, 'node')}`);
  if (nodes.removed.length > 0) push(`${count(nodes.removed.length, 'node')} removed`, nodes.removed.length === 1 ? `Removing node ${nodes.removed[0]}` : `Removing ${count(nodes.removed.length, 'node')}`);
  const svc = keyDiff(b.services, a.services, (s) => `${s.namespace}/${s.name}`);
  for (const s of svc.added) push(`Service ${s} added`, `Adding Service ${s}`);
  for (const s of svc.removed) push(`Service ${s} removed`, `Removing Service ${s}`);
  const pods = keyDiff(b.pods, a.pods, (p) => `${p.namespace}/${p.name}`);
  if (pods.added.length + pods.removed.length > 0 && nodes.removed.length === 0) {
    const subject = pods.removed.length === 0 ? `Adding ${count(pods.added.length, 'pod')}` : pods.added.length === 0 ? `Removing ${count(pods.removed.length, 'pod')}` : `Changing pods (+${pods.added.length} −${pods.removed.length})`;
    push(`pods +${pods.added.length} −${pods.removed.length}`, subject);
  }
  return out;
}

export function assumptionDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)), removed: [...b].filter((x) => !a.has(x)) };
}

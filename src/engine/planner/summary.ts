/**
 * The one-paragraph summary of a scenario diff, generated from its data and nothing else. The first
 * sentence names what the scenario changed (the first setting change) and leads with the most important
 * consequence, in this order: reachability lost, gained or changed (the first broken pair explained by
 * the step where its traces part), then a new error — an MTU the path cannot carry, a CIDR conflict — and
 * otherwise "changes no pod-to-pod reachability". MTU, conflicts, capacity and kube-proxy follow, one
 * sentence each, only where something changed.
 */
import type { CapacityDiff, Figures } from './diffCapacity';
import type { KubeProxyDiff } from './diffKubeProxy';
import type { CellChange, PairDiff, ReachabilityDiff } from './diffReach';
import type { ConflictsDiff, OverheadDiff, SettingChange } from './diffSections';

export interface SummaryInput {
  readonly changes: readonly SettingChange[];
  readonly reachability: ReachabilityDiff;
  readonly overhead: OverheadDiff;
  readonly conflicts: ConflictsDiff;
  readonly capacity: CapacityDiff | null;
  readonly kubeProxy: KubeProxyDiff | null;
  /** Packet size the reachability traces used. */
  readonly packetSize: number;
  readonly headlines: readonly string[];
}

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const trim = (s: string) => s.replace(/[.\s]+$/, '');
/** Routing step summaries start with `<node>: `; the sentence names the node already. */
const withoutNode = (s: string, node: string) => trim(s.startsWith(`${node}: `) ? s.slice(node.length + 2) : s);

function subjectOf(changes: readonly SettingChange[]): string {
  const first = changes[0];
  if (first === undefined) return 'This scenario';
  return changes.length === 1 ? first.subject : `${first.subject} (with ${n(changes.length - 1, 'other change')})`;
}

function pods(group: string, name: string, self: boolean): string {
  return self ? `pods within ${group} ${name}` : `pods in ${group} ${name}`;
}

/**
 * Why a cell changed: its disposition, the step where the two traces part (with what was there before),
 * and the step that ended the new trace when that is a different one.
 */
function reason(c: CellChange): string {
  const last = c.decidingStepAfter;
  const d = c.decidingDifference?.after ?? null;
  const was = c.decidingDifference?.before ?? null;
  if (d === null || last === null || d.index === last.index) return `(${c.after.disposition})${last === null ? '' : `: ${trim(last.summary)}`}`;
  const before = was === null ? '' : ` (before: ${was.route ?? withoutNode(was.summary, was.node)})`;
  return `(${c.after.disposition}): at ${d.node}, ${withoutNode(d.summary, d.node)}${before}; then ${trim(last.summary)}`;
}

function cellText(c: CellChange, group: string, verb: string): string {
  const target = c.from === c.to ? 'each other' : `pods in ${group} ${c.to}`;
  return `${pods(group, c.from, c.from === c.to)} ${verb} ${target}`;
}

function pairText(p: PairDiff): string {
  const target = `${p.to}${p.port === null ? '' : ` port ${p.port}`}`;
  if (p.change === 'lost') return `${p.from} can no longer reach ${target} (${p.after.disposition ?? p.after.errors.join('; ')}, was ${p.before.disposition})`;
  if (p.change === 'gained') return `${p.from} now reaches ${target} (${p.after.disposition}, was ${p.before.disposition ?? p.before.errors.join('; ')})`;
  return `${p.from} → ${target} is now ${p.after.disposition ?? 'unanswerable'} (was ${p.before.disposition ?? 'unanswerable'})`;
}

/** Reachability sentences; each is a predicate for the subject ("breaks …") or a full sentence. */
function reachClauses(r: ReachabilityDiff): { predicates: string[]; sentences: string[] } {
  const unit = `${r.groupBy} pair`;
  const lost = r.changed.filter((c) => c.change === 'lost');
  const gained = r.changed.filter((c) => c.change === 'gained');
  const other = r.changed.filter((c) => c.change === 'changed');
  const predicates: string[] = [];
  const sentences: string[] = [];
  if (lost.length > 0) predicates.push(`breaks ${lost.length} of ${n(r.cellsCompared, unit)}${lost.length > 1 ? ', e.g.' : ':'} ${cellText(lost[0]!, r.groupBy, 'cannot reach')} ${reason(lost[0]!)}`);
  if (gained.length > 0) predicates.push(`${lost.length > 0 ? 'also ' : ''}restores ${gained.length} of ${n(r.cellsCompared, unit)}: ${cellText(gained[0]!, r.groupBy, 'now reach')} (${gained[0]!.after.disposition}, was ${gained[0]!.before.disposition})`);
  if (other.length > 0) {
    const c = other[0]!;
    sentences.push(`${n(other.length, unit)} ${other.length === 1 ? 'changes' : 'change'} outcome: ${c.from} → ${c.to} is now ${c.after.disposition} (was ${c.before.disposition})`);
  }
  for (const p of r.pairs.filter((x) => x.changed).slice(0, 3)) sentences.push(pairText(p));
  if (r.added.length > 0) {
    const bad = r.added.filter((c) => c.side.disposition !== 'DELIVERED' && c.side.disposition !== 'EXITS_CLUSTER');
    sentences.push(`New ${r.groupBy} pairs: ${r.added.length}${bad.length > 0 ? `, of which ${bad.length} do not deliver (e.g. ${bad[0]!.from} → ${bad[0]!.to}: ${bad[0]!.side.disposition})` : ', all delivered'}`);
  }
  return { predicates, sentences };
}

/** New error findings that deserve the lead when reachability did not change. */
function newErrors(o: OverheadDiff, c: ConflictsDiff): string[] {
  const mtu = o.findings.added.filter((f) => f.severity === 'error');
  const cidr = c.added.filter((f) => f.severity === 'error');
  const out: string[] = [];
  if (mtu.length > 0) out.push(`overflows the underlay${mtu.length > 1 ? ` (${mtu.length} problems)` : ''}: ${trim(mtu[0]!.message)}`);
  if (cidr.length > 0) out.push(`creates ${cidr.length === 1 ? 'a CIDR conflict' : `${cidr.length} CIDR conflicts`}: ${trim(cidr[0]!.message)}`);
  return out;
}

function mtuSentences(o: OverheadDiff): string[] {
  const out = o.podMtuGroups.map((g) => {
    const verb = g.before !== null && g.after !== null ? (g.after > g.before ? 'rises' : 'falls') : 'changes';
    return `Pod MTU ${verb} from ${g.before ?? 'unknown'} to ${g.after ?? 'unknown'} on ${n(g.nodes, 'node')}`;
  });
  for (const f of o.overhead) {
    if (f.before !== f.after) out.push(`Encapsulation overhead for ${f.family} goes from ${f.before ?? 0} to ${f.after ?? 0} bytes per packet`);
  }
  return out;
}

function conflictSentence(c: ConflictsDiff): string[] {
  const parts: string[] = [];
  if (c.added.length > 0) {
    const kinds = new Map<string, number>();
    for (const f of c.added) kinds.set(`${f.severity} ${f.kind}`, (kinds.get(`${f.severity} ${f.kind}`) ?? 0) + 1);
    parts.push(`adds ${n(c.added.length, 'CIDR conflict')} (${[...kinds].map(([k, v]) => `${v} ${k}`).join(', ')})`);
  }
  if (c.removed.length > 0) parts.push(`removes ${n(c.removed.length, 'CIDR conflict')}`);
  return parts.length === 0 ? [] : [`It ${parts.join(' and ')}`];
}

const changedFig = (f: Figures) => f.before !== f.after;

function capacitySentences(c: CapacityDiff): string[] {
  const out: string[] = [];
  if (c.controllerError.after !== null && c.controllerError.after !== c.controllerError.before) out.push(`kube-controller-manager's node IPAM controller would not start: ${trim(c.controllerError.after)}`);
  for (const f of c.nodeCIDRs) {
    if (changedFig(f.free) || changedFig(f.blocks)) out.push(`Free ${f.family} node CIDR blocks: ${f.free.before ?? 'none'} → ${f.free.after ?? 'none'} (of ${f.blocks.after ?? 0})`);
  }
  if (changedFig(c.maxNodes)) out.push(`The cluster CIDRs hold at most ${c.maxNodes.after ?? 'an unknown number of'} nodes (was ${c.maxNodes.before ?? 'unknown'})`);
  const podParts = [changedFig(c.pods.capacity) ? `pod capacity ${c.pods.capacity.before} → ${c.pods.capacity.after}` : null, changedFig(c.pods.headroom) ? `pod headroom ${c.pods.headroom.before} → ${c.pods.headroom.after}` : null].filter((x) => x !== null);
  if (podParts.length > 0) out.push(podParts.join(', ').replace(/^p/, 'P'));
  for (const s of c.serviceIPs) {
    if (changedFig(s.cidr) || changedFig(s.free)) out.push(`Free ClusterIPs${s.cidr.after === null ? '' : ` in ${s.cidr.after}`}: ${s.free.before ?? 'none'} → ${s.free.after ?? 'none'}`);
  }
  return out;
}

function span(values: number[]): string {
  if (values.length === 0) return 'none';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

function kubeProxySentence(k: KubeProxyDiff): string[] {
  if (k.changed === 0) return [];
  const both = k.nodes.filter((x) => x.before !== null && x.after !== null);
  const unit = (m: string) => (m === 'nftables' ? 'objects' : m === 'ipvs' ? 'entries' : 'rules');
  return [`kube-proxy per node: ${span(both.map((x) => x.before!.total))} ${k.mode.before} ${unit(k.mode.before)} → ${span(both.map((x) => x.after!.total))} ${k.mode.after} ${unit(k.mode.after)}`];
}

export function summarize(input: SummaryInput): string {
  const subject = subjectOf(input.changes);
  const r = input.reachability;
  const reach = reachClauses(r);
  const errors = newErrors(input.overhead, input.conflicts);
  const unchanged = `changes no pod-to-pod reachability (${n(r.cellsCompared, `${r.groupBy} pair`)} checked with ${input.packetSize}-byte packets)`;
  const lead: string[] = [];
  if (reach.predicates.length > 0) lead.push(`${subject} ${reach.predicates.join('; it ')}`, ...reach.sentences);
  else if (reach.sentences.length > 0) lead.push(`${subject}: ${reach.sentences[0]}`, ...reach.sentences.slice(1));
  else if (errors.length > 0) lead.push(`${subject} ${errors.join('; it ')}`, `It ${unchanged}`);
  else if (r.cellsCompared > 0 || input.changes.length > 0) lead.push(`${subject} ${unchanged}`);
  const rest = [
    ...mtuSentences(input.overhead),
    ...(reach.predicates.length + reach.sentences.length > 0 ? errors.map((e) => `It ${e}`) : []),
    ...conflictSentence(input.conflicts),
    ...(input.capacity === null ? [] : capacitySentences(input.capacity)),
    ...(input.kubeProxy === null ? [] : kubeProxySentence(input.kubeProxy)),
    ...input.headlines,
  ];
  const sentences = [...lead, ...rest];
  if (input.changes.length === 0 && sentences.length <= 1 && rest.length === 0) return 'The scenario is identical to the baseline.';
  return sentences.map(sentence).join(' ');
}

/**
 * `translate(rules, packet)`: what kube-proxy's iptables rules do to the first packet of a new connection —
 * the DNAT targets with their probabilities, masquerade, DROP/REJECT/ACCEPT — by evaluating the rendered
 * `iptables-restore` text (parsed back with parse.ts), so it checks what we render, not what we meant.
 *
 * Modeled on upstream's packet-flow tracer (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go
 * `iptablesTracer`, `tracePacket`), with the same simplifications and two refinements:
 *
 * - nat: PREROUTING and OUTPUT both jump to KUBE-SERVICES unconditionally, so evaluation starts there. Then
 *   the four kube-proxy filter chains run in upstream's order — KUBE-SERVICES, KUBE-EXTERNAL-SERVICES,
 *   KUBE-NODEPORTS, KUBE-PROXY-FIREWALL — because which of INPUT/FORWARD/OUTPUT applies depends on the path;
 *   then KUBE-POSTROUTING decides masquerade from the mark.
 * - A new connection has no state: rules testing conntrack state or `recent --rcheck` (affinity) never match.
 * - Refinement 1: `-m statistic --probability p` forks the packet into a branch that takes the rule (p) and
 *   one that goes on (1−p); each branch carries its own probability, mark and matched rules.
 * - Refinement 2: filter chains see each branch's post-DNAT address *and port* (upstream keeps the port).
 * - `addrtype LOCAL` is membership in the host's addresses (InternalIPs, ExternalIPs, loopback by default).
 */
import { IpAddress, Prefix } from '../../net';
import type { Protocol } from '../../model/topology';
import type { KubeProxyOptions } from './config';
import { renderIptables, type IptablesRules } from './iptables';
import { topologyOf, type KubeProxySource } from './prepare';
import { parseIptablesDump, type IptablesChain, type IptablesRule, type IptablesValue } from './parse';

export interface Packet {
  readonly source: string;
  readonly destination: string;
  readonly port: number;
  /** Default TCP. */
  readonly protocol?: Protocol;
}

export interface TranslateOptions {
  /** Addresses that match `addrtype LOCAL`; default the ones the rules were rendered for. */
  readonly localAddresses?: readonly string[];
}

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT';

export interface TranslateBranch {
  readonly probability: number;
  /** `ip:port` after DNAT, or null when no DNAT rule matched. */
  readonly dnat: string | null;
  readonly verdict: Verdict | null;
  readonly masquerade: boolean;
  /** Matched rules with a target, in evaluation order (`-A …` lines). */
  readonly rules: readonly string[];
}

export interface TranslateResult {
  readonly branches: readonly TranslateBranch[];
  /** Upstream's packet-flow summary: DNAT targets, then verdicts, in order, joined by ", "; "" when nothing matched. */
  readonly output: string;
  /** Whether any branch is masqueraded (upstream's single `masq` flag). */
  readonly masquerade: boolean;
}

interface State {
  prob: number;
  daddr: string;
  dport: number;
  mark: number;
  dnat: string | null;
  verdict: Verdict | null;
  masquerade: boolean;
  rules: string[];
}

type Outcome = { readonly state: State; readonly terminal: boolean };

interface Ctx {
  /** Chains by `table/chain`. */
  readonly chains: ReadonlyMap<string, IptablesChain>;
  readonly local: ReadonlySet<string>;
  readonly saddr: string;
  readonly protocol: string;
}

const FILTER_CHAINS = ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL'];

/**
 * Work counters (for tests that guard the memoization below; never reset by the engine): dumps parsed, and evaluations of a
 * rule set for a packet (each walks the chains and forks a state per `statistic` rule).
 */
export const translateCounters = { parses: 0, evaluations: 0 };

export function translate(rules: IptablesRules | string, packet: Packet, options: TranslateOptions = {}): TranslateResult {
  const text = typeof rules === 'string' ? rules : rules.text;
  const hostAddresses = typeof rules === 'string' ? ['127.0.0.1', '::1'] : rules.hostAddresses;
  const local = new Set((options.localAddresses ?? hostAddresses).map(canonical));
  const compiled = compiledOf(rules, text);
  const saddr = canonical(packet.source);
  const daddr = canonical(packet.destination);
  const protocol = (packet.protocol ?? 'TCP').toLowerCase();
  // The answer is a pure function of the rule set, the local addresses, the destination, the protocol and what the source
  // address tests of this rule set say about the source (`-s` values, `--src-type LOCAL`): two senders the rules cannot tell
  // apart get the same answer. A trace to a Service evaluates the same node's rules for every sender on it, so the forking
  // evaluation runs once per (rule set, destination, class of sender) instead of once per trace.
  let key = `${[...local].join(',')}|${daddr}|${packet.port}|${protocol}|${compiled.sourceLocal ? (local.has(saddr) ? 'L' : 'l') : ''}`;
  for (const v of compiled.sources) key += addressMatches(v, saddr) ? '1' : '0';
  let result = compiled.results.get(key);
  if (result === undefined) {
    result = evaluate({ chains: compiled.chains, local, saddr, protocol }, daddr, packet.port);
    if (typeof rules !== 'string') {
      // Bounded: the rule set lives as long as its topology version, and a long-running server asked about many
      // destinations would otherwise keep every answer; the oldest answer goes first (Map keeps insertion order).
      if (compiled.results.size >= MAX_MEMOIZED_PER_RULE_SET) compiled.results.delete(compiled.results.keys().next().value!);
      compiled.results.set(key, result);
    }
  }
  return result;
}

/** Answers kept per rendered rule set (each a few branches of rule strings shared with the parsed dump). */
export const MAX_MEMOIZED_PER_RULE_SET = 1024;

function evaluate(ctx: Ctx, daddr: string, dport: number): TranslateResult {
  translateCounters.evaluations++;
  const start: State = { prob: 1, daddr, dport, mark: 0, dnat: null, verdict: null, masquerade: false, rules: [] };
  const afterNat = runChain(ctx, 'nat', 'KUBE-SERVICES', start).map((o) => o.state);
  const branches: State[] = [];
  for (const s of afterNat) {
    let states = [s];
    for (const chain of FILTER_CHAINS) {
      states = states.flatMap((st) => (st.verdict !== null ? [st] : runChain(ctx, 'filter', chain, st).map((o) => o.state)));
    }
    for (const st of states) branches.push(st.verdict === null || st.verdict === 'ACCEPT' ? postrouting(ctx, st) : st);
  }

  const outputs: string[] = [];
  for (const b of branches) if (b.dnat !== null) outputs.push(b.dnat);
  for (const b of branches) if (b.verdict !== null && !outputs.includes(b.verdict)) outputs.push(b.verdict);
  // Frozen: memoized answers are shared by every trace that asks the same question of the same rules.
  return Object.freeze({
    branches: Object.freeze(branches.map((b) => Object.freeze({ probability: b.prob, dnat: b.dnat, verdict: b.verdict, masquerade: b.masquerade, rules: Object.freeze(b.rules) }))),
    output: outputs.join(', '),
    masquerade: branches.some((b) => b.masquerade),
  });
}

/** A parsed rule set: chains by `table/chain`, the source tests it makes, and its answers by packet class (translate). */
interface Compiled {
  readonly chains: ReadonlyMap<string, IptablesChain>;
  /** The distinct `-s` values of every rule (negation ignored: it only flips the answer). */
  readonly sources: readonly IptablesValue[];
  /** Whether any rule tests `--src-type`. */
  readonly sourceLocal: boolean;
  readonly results: Map<string, TranslateResult>;
}

/**
 * The parsed dump, memoized per rendered rule set: a trace to a Service used to re-parse the node's whole dump (every
 * Service's rules) on each call — 31% of a pod → Service trace at 200 nodes / 400 Services, and it grows with the Services —
 * and looked chains up by a linear scan. The parse is a pure function of the text; nothing mutates it.
 */
const parsed = new WeakMap<IptablesRules, Compiled>();
function compiledOf(rules: IptablesRules | string, text: string): Compiled {
  let compiled = typeof rules === 'string' ? undefined : parsed.get(rules);
  if (compiled === undefined) {
    translateCounters.parses++;
    const chains = new Map<string, IptablesChain>();
    const sources = new Map<string, IptablesValue>();
    let sourceLocal = false;
    for (const table of parseIptablesDump(text).tables) {
      // The first chain of a name wins, as findChain's scan did.
      for (const chain of table.chains) {
        if (chains.has(`${table.name}/${chain.name}`)) continue;
        chains.set(`${table.name}/${chain.name}`, chain);
        for (const rule of chain.rules) {
          if (rule.sourceAddress !== undefined && !sources.has(rule.sourceAddress.value)) sources.set(rule.sourceAddress.value, { negated: false, value: rule.sourceAddress.value });
          if (rule.sourceType !== undefined) sourceLocal = true;
        }
      }
    }
    compiled = { chains, sources: [...sources.values()], sourceLocal, results: new Map() };
    if (typeof rules !== 'string') parsed.set(rules, compiled);
  }
  return compiled;
}

/** KUBE-POSTROUTING turns the mark into MASQUERADE; its rules are recorded only when it does. */
function postrouting(ctx: Ctx, st: State): State {
  const out = runChain(ctx, 'nat', 'KUBE-POSTROUTING', st)[0]?.state;
  return out !== undefined && out.masquerade ? out : st;
}

function fork(st: State, prob: number): State {
  return { ...st, prob, rules: [...st.rules] };
}

/** Runs `chain`; returns every branch, terminal (DNAT, verdict, MASQUERADE) or fallen through / RETURNed. */
function runChain(ctx: Ctx, table: string, chainName: string, start: State, depth = 0): Outcome[] {
  const chain = ctx.chains.get(`${table}/${chainName}`);
  if (chain === undefined || depth > 32) return [{ state: start, terminal: false }];
  const done: Outcome[] = [];
  let live: State[] = [start];
  for (const rule of chain.rules) {
    if (rule.jump === undefined || live.length === 0) continue;
    const next: State[] = [];
    for (const st of live) {
      if (!matches(ctx, rule, st)) {
        next.push(st);
        continue;
      }
      let taken = st;
      if (rule.probability !== undefined) {
        const p = Number(rule.probability.value);
        taken = fork(st, st.prob * p);
        if (p < 1) next.push(fork(st, st.prob * (1 - p)));
      } else {
        taken = fork(st, st.prob);
      }
      taken.rules.push(rule.raw);
      const target = rule.jump.value;
      switch (target) {
        case 'MARK':
          taken.mark = applyMark(taken.mark, rule);
          next.push(taken);
          break;
        case 'RETURN':
          done.push({ state: taken, terminal: false });
          break;
        case 'ACCEPT':
        case 'DROP':
        case 'REJECT':
          taken.verdict = target;
          done.push({ state: taken, terminal: true });
          break;
        case 'DNAT': {
          const to = rule.dnatDestination?.value ?? '';
          const [ip, port] = splitHostPort(to);
          Object.assign(taken, { dnat: to, daddr: ip, dport: port });
          done.push({ state: taken, terminal: true });
          break;
        }
        case 'MASQUERADE':
          taken.masquerade = true;
          done.push({ state: taken, terminal: true });
          break;
        default:
          for (const o of runChain(ctx, table, target, taken, depth + 1)) {
            if (o.terminal) done.push(o);
            else next.push(o.state);
          }
      }
    }
    live = next;
  }
  for (const st of live) done.push({ state: st, terminal: false });
  return done;
}

function matches(ctx: Ctx, rule: IptablesRule, st: State): boolean {
  if (rule.sourceAddress !== undefined && !addressMatches(rule.sourceAddress, ctx.saddr)) return false;
  if (rule.sourceType !== undefined && !typeMatches(rule.sourceType, ctx.local.has(ctx.saddr))) return false;
  if (rule.protocol !== undefined && !valueMatches(rule.protocol, ctx.protocol)) return false;
  if (rule.destinationAddress !== undefined && !addressMatches(rule.destinationAddress, st.daddr)) return false;
  if (rule.destinationType !== undefined && !typeMatches(rule.destinationType, ctx.local.has(st.daddr))) return false;
  if (rule.destinationPort !== undefined && !valueMatches(rule.destinationPort, String(st.dport))) return false;
  // A new connection: no conntrack state, no affinity entry.
  if (rule.affinityCheck !== undefined || rule.ctStateCheck !== undefined) return false;
  if (rule.markCheck !== undefined && !markMatches(rule.markCheck, st.mark)) return false;
  return true;
}

const valueMatches = (v: IptablesValue, actual: string): boolean => (v.value === actual) !== v.negated;
const typeMatches = (v: IptablesValue, isLocal: boolean): boolean => (v.value === (isLocal ? 'LOCAL' : 'not-matched')) !== v.negated;

/** A rule's address operand parsed once (per parsed rule set: the values belong to its rules). */
const operands = new WeakMap<IptablesValue, Prefix | IpAddress | null>();
function operandOf(v: IptablesValue): Prefix | IpAddress | null {
  let operand = operands.get(v);
  if (operand === undefined) operands.set(v, (operand = (v.value.includes('/') ? Prefix.tryParse(v.value) : IpAddress.tryParse(v.value)) ?? null));
  return operand;
}

function addressMatches(v: IptablesValue, ip: string): boolean {
  const addr = IpAddress.tryParse(ip);
  let match = false;
  if (addr !== undefined) {
    const operand = operandOf(v);
    if (operand instanceof Prefix) match = operand.family === addr.family && operand.contains(addr);
    else match = operand !== null && operand.equals(addr);
  }
  return match !== v.negated;
}

function markMatches(v: IptablesValue, mark: number): boolean {
  const [value, mask] = v.value.split('/');
  const want = Number(value);
  const m = mask === undefined ? 0xffffffff : Number(mask);
  return ((mark & m) >>> 0 === (want & m) >>> 0) !== v.negated;
}

function applyMark(mark: number, rule: IptablesRule): number {
  if (rule.orMark !== undefined) return (mark | Number(rule.orMark.value)) >>> 0;
  if (rule.xorMark !== undefined) return (mark ^ Number(rule.xorMark.value)) >>> 0;
  return mark;
}

function canonical(ip: string): string {
  return IpAddress.tryParse(ip)?.toString() ?? ip;
}

function splitHostPort(s: string): [string, number] {
  const m = /^\[(.*)\]:(\d+)$/.exec(s) ?? /^([^:]*):(\d+)$/.exec(s);
  return m === null ? [s, 0] : [canonical(m[1]!), Number(m[2])];
}

export interface NodeTranslation extends TranslateResult {
  readonly nodeName: string;
  readonly errors: readonly string[];
}

/** Rendered rule sets per topology object, node, family and options: rendering is the expensive part. */
const rendered = new WeakMap<object, Map<string, IptablesRules | null>>();

/**
 * The tracer's entry point: `packet` entering kube-proxy's rules on `nodeName` (the family is the
 * destination's). Renders that node's iptables rules once per topology object (memoized; the result is a
 * pure function of its inputs) and evaluates them. Errors (unknown node) come back as data.
 */
export function translateAt(source: KubeProxySource, nodeName: string, packet: Packet, options: KubeProxyOptions & TranslateOptions = {}): NodeTranslation {
  const topology = topologyOf(source);
  const family = packet.destination.includes(':') ? 'IPv6' : 'IPv4';
  // Each field as JSON would write it, joined by a character no node name, address or mark holds: this runs on every
  // trace to a Service, and JSON.stringify of the whole array was a visible share of it.
  const key = `${nodeName}\t${family}\t${options.randomFully}\t${options.nfacct}\t${options.conntrackTCPLiberal}\t${options.hostAddresses?.join('\t') ?? '-'}\t${options.hostAddresses?.length ?? '-'}\t${options.masqueradeMark}`;
  let perTopology = rendered.get(topology);
  if (perTopology === undefined) rendered.set(topology, (perTopology = new Map()));
  let rules = perTopology.get(key);
  let errors: readonly string[] = [];
  if (rules === undefined) {
    const answer = renderIptables(topology, nodeName, { ...options, family, mode: 'iptables' });
    rules = answer.families[0] ?? null;
    errors = answer.errors;
    if (errors.length === 0) perTopology.set(key, rules);
  }
  if (rules === null) return { nodeName, errors: errors.length > 0 ? errors : [`node "${nodeName}" has no ${family} rules`], branches: [], output: '', masquerade: false };
  const result = translate(rules, packet, options);
  // The same object for the same (memoized) evaluation, so callers can memoize what they derive from it.
  let answer = answers.get(result);
  if (answer === undefined || answer.nodeName !== nodeName) answers.set(result, (answer = Object.freeze({ nodeName, errors: [], ...result })));
  return answer;
}

const answers = new WeakMap<TranslateResult, NodeTranslation>();

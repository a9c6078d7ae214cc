import type { Topology, IpFamily, KubeProxyMode } from '../engine/model/topology';
import { buildDnsIndex, dnsServer, query, QUERY_TYPES, resolveFromPod, type DnsAnswer, type DnsIndex, type DnsServerLookup, type QueryType, type Resolution } from '../engine/services/dns';
import { renderIpvs, renderIptables, renderNftables, ruleCounts, type IptablesAnswer, type IpvsAnswer, type NftablesAnswer, type RuleCountsAnswer } from '../engine/services/kubeproxy';
import type { Problem } from '../io/problems';
import type { QuestionResult } from './problems';
import { familyNamed } from './families';

// A DNS index per topology object: topologies are immutable values, and the cache (src/app) keeps one object per version.
const dnsIndexes = new WeakMap<Topology, DnsIndex>();
function dnsIndexOf(topology: Topology): DnsIndex {
  let index = dnsIndexes.get(topology);
  if (!index) {
    index = buildDnsIndex(topology);
    dnsIndexes.set(topology, index);
  }
  return index;
}

export interface DnsInput {
  name: string;
  type?: string;
  /** `pod:<ns>/<name>` or `<ns>/<name>`: resolve as that pod's resolver would, through its search path. */
  from?: string;
  resolver?: string;
}

/** A DNS answer is one query to CoreDNS, or (with `from`) a pod's whole resolution. */
export const DNS_RESULT_KINDS = ['query', 'resolution'] as const;

export type DnsQuestionAnswer =
  | { kind: 'query'; server: DnsServerLookup; answer: DnsAnswer }
  | { kind: 'resolution'; server: DnsServerLookup; resolution: Resolution };

export function answerDns(topology: Topology, input: DnsInput): QuestionResult<DnsQuestionAnswer> {
  const problems: Problem[] = [];
  const type = (input.type ?? 'A').toUpperCase() as QueryType;
  if (!(QUERY_TYPES as readonly string[]).includes(type)) problems.push({ path: 'type', message: `"${input.type}" is not one of ${QUERY_TYPES.join(', ')}` });
  if (input.resolver !== undefined && input.resolver !== 'glibc' && input.resolver !== 'musl') problems.push({ path: 'resolver', message: `"${input.resolver}" is not glibc or musl` });
  if (!input.name) problems.push({ path: 'name', message: 'a name to look up is required' });
  if (problems.length > 0) return { ok: false, problems };
  const index = dnsIndexOf(topology);
  const server = dnsServer(topology);
  if (input.from === undefined) return { ok: true, answer: { kind: 'query', server, answer: query(index, input.name, type) } };
  const podRef = input.from.replace(/^pod:/, '');
  const resolution = resolveFromPod(index, topology, podRef, input.name, type, { resolver: input.resolver as 'glibc' | 'musl' | undefined });
  if (resolution.error) return { ok: false, problems: [{ path: 'from', message: resolution.error }] };
  return { ok: true, answer: { kind: 'resolution', server, resolution } };
}

export interface KubeProxyInput {
  node?: string;
  mode?: string;
  family?: string;
}

const MODES: readonly KubeProxyMode[] = ['iptables', 'nftables', 'ipvs'];
// Looked up with familyNamed: a plain index would answer "constructor" with Object's own property.
const FAMILIES: Record<string, IpFamily> = { ipv4: 'IPv4', ipv6: 'IPv6' };

export type KubeProxyRulesAnswer =
  | { mode: 'iptables'; rules: IptablesAnswer }
  | { mode: 'nftables'; rules: NftablesAnswer }
  | { mode: 'ipvs'; rules: IpvsAnswer };

function common(topology: Topology, input: KubeProxyInput): { problems: Problem[]; node: string; mode: KubeProxyMode; family?: IpFamily } {
  const problems: Problem[] = [];
  const node = input.node ?? topology.nodes[0]?.name ?? '';
  if (!topology.nodes.some((n) => n.name === node)) problems.push({ path: 'node', message: node ? `there is no node "${node}"` : 'the topology has no nodes' });
  const mode = (input.mode ?? (topology.kubeProxy.mode === 'none' ? 'iptables' : topology.kubeProxy.mode)) as KubeProxyMode;
  if (!MODES.includes(mode)) problems.push({ path: 'mode', message: `"${input.mode}" is not one of ${MODES.join(', ')}` });
  const family = input.family === undefined ? undefined : familyNamed(FAMILIES, input.family);
  if (input.family !== undefined && !family) problems.push({ path: 'family', message: `"${input.family}" is not ipv4 or ipv6` });
  return { problems, node, mode, family };
}

/** The rules kube-proxy would program on one node (default: the topology's mode, the first node). */
export function answerKubeProxyRules(topology: Topology, input: KubeProxyInput = {}): QuestionResult<KubeProxyRulesAnswer> {
  const c = common(topology, input);
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  const options = { family: c.family, mode: c.mode };
  const answer: KubeProxyRulesAnswer =
    c.mode === 'nftables'
      ? { mode: 'nftables', rules: renderNftables(topology, c.node, options) }
      : c.mode === 'ipvs'
        ? { mode: 'ipvs', rules: renderIpvs(topology, c.node, options) }
        : { mode: 'iptables', rules: renderIptables(topology, c.node, options) };
  if (answer.rules.errors.length > 0) return { ok: false, problems: answer.rules.errors.map((message) => ({ path: 'node', message })) };
  return { ok: true, answer };
}

export interface RuleCountsQuestionAnswer {
  node: string;
  /** One entry per proxy mode, so sync cost can be compared (iptables vs nftables at scale). */
  modes: RuleCountsAnswer[];
}

export function answerRuleCounts(topology: Topology, input: KubeProxyInput = {}): QuestionResult<RuleCountsQuestionAnswer> {
  const c = common(topology, input);
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  const modes = input.mode === undefined ? MODES : [c.mode];
  return { ok: true, answer: { node: c.node, modes: modes.map((m) => ruleCounts(topology, c.node, m, { family: c.family })) } };
}

/**
 * The rules as the node's tools would take them: iptables-restore / nft -f input; for IPVS the virtual
 * servers (one JSON object a line, with their real servers) and then the proxier's iptables-restore input.
 */
export function kubeProxyText(answer: KubeProxyRulesAnswer): string {
  if (answer.mode === 'iptables') return answer.rules.families.map((f) => `# ${f.command} input for ${f.nodeName} (${f.family})\n${f.text}`).join('\n');
  if (answer.mode === 'nftables') return answer.rules.families.map((f) => `# nft -f input for ${f.nodeName} (${f.family})\n${f.text}`).join('\n');
  return answer.rules.families
    .map((f) => {
      const servers = f.virtualServers.map((vs) => `${JSON.stringify(vs)}\n`).join('');
      return `# IPVS virtual servers for ${f.nodeName} (${f.family})\n${servers}# ${f.iptables.command} input for ${f.nodeName} (${f.family})\n${f.iptables.text}`;
    })
    .join('\n');
}

/**
 * kube-proxy on a node: the packet's first netfilter hook there — nat PREROUTING for packets arriving from a
 * pod or the network, nat OUTPUT for the node's own — jumps to KUBE-SERVICES (kubernetes/kubernetes
 * pkg/proxy/iptables/proxier.go `iptablesJumpChains`). When the destination is a Service address, or a
 * NodePort / health-check NodePort on an address of this node, the node's rules decide (translation.ts):
 *
 * - DNAT to an endpoint, one branch per endpoint with kube-proxy's `--probability` ladder;
 * - REJECT (the Service has no endpoints) → NO_ENDPOINTS; DROP (externalTrafficPolicy / internalTrafficPolicy
 *   Local without a local endpoint, a source outside loadBalancerSourceRanges) → DROPPED;
 * - ACCEPT (the health-check NodePort) → delivered to the node, where kube-proxy's health server answers;
 * - no rule (a port the Service does not have): iptables leaves the packet alone and it is routed as
 *   addressed; nftables' `cluster-ips-check` REJECTs other ports of a ClusterIP and DROPs addresses of the
 *   service CIDRs that no Service holds (pkg/proxy/nftables/proxier.go, "Reject traffic to invalid ports of
 *   ClusterIPs", "Drop traffic to unallocated ClusterIPs").
 *
 * A packet KUBE-MARK-MASQ marked is masqueraded by KUBE-POSTROUTING when it leaves the node (nat
 * POSTROUTING): `applyMasquerade`, called by the host hop once the route is known, because MASQUERADE takes
 * the egress device's address (Linux net/netfilter/nf_nat_masquerade.c: `inet_select_addr(out, nexthop,
 * RT_SCOPE_UNIVERSE)`). A packet delivered to the node itself (INPUT) is not masqueraded.
 */
import { addressOf, podCidrOf, type NodeInfo } from '../model/indexes';
import type { IpFamily } from '../model/topology';
import { IpAddress } from '../net';
import type { TranslateBranch } from '../services/kubeproxy';
import { deviceRole, gatewayAddress, tunnelAddress, type TableRoute } from '../routing';
import { isNodeAddress } from './facts';
import { findServicePort, serviceIndexOf, servicePortName } from './services';
import { translateService } from './translation';
import type { PacketHeaders } from './types';
import { end, fork, withInner, type Next, type Walk } from './walk';

export type Continue = (walk: Walk, packet: PacketHeaders) => Next;

export const IPVS_ASSUMPTION =
  'kube-proxy runs in IPVS mode: the endpoint choice (each endpoint equally, as the rr scheduler spreads connections) and the masquerade decisions are taken from the equivalent iptables rules; the IPVS virtual servers and ipsets themselves are listed by the kube-proxy question, not evaluated by the tracer';
export const NFTABLES_ASSUMPTION =
  'kube-proxy runs in nftables mode: the endpoint choice, masquerade and REJECT/DROP decisions are those of the equivalent iptables rules (the same logic, pkg/proxy/nftables), plus nftables\' cluster-ips-check for ports and addresses no Service defines';
export const MASQUERADE_SOURCE_ASSUMPTION =
  'MASQUERADE takes the egress device\'s primary address (inet_select_addr): the bridge or tunnel device\'s address on those devices, else the node\'s InternalIP (a veth without an address falls back to the first device that has one, eth0); a route\'s `src` is not used';
/** kubelet's HairpinMode (kubernetes/kubernetes pkg/kubelet/apis/config/types.go) or the CNI bridge plugin's hairpinMode. */
export const HAIRPIN_BRIDGE_ASSUMPTION =
  'Hairpin: the bridge lets the frame leave by the port it came in (kubelet --hairpin-mode: hairpin-veth sets the port\'s hairpin flag, promiscuous-bridge makes the bridge promiscuous; or the CNI bridge plugin\'s hairpinMode)';

function chainsOf(rules: readonly string[]): string[] {
  const chains: string[] = [];
  for (const r of rules) {
    const chain = /^-A (\S+)/.exec(r)?.[1];
    if (chain === undefined || chain === 'KUBE-MARK-MASQ' || chain === 'KUBE-POSTROUTING' || chains.includes(chain)) continue;
    chains.push(chain);
  }
  return chains;
}

/** Why KUBE-MARK-MASQ marked the packet, from the rule that did it (iptables proxier.go writes these rules). */
function markReason(rule: string): string {
  if (rule === '') return 'kube-proxy';
  if (/^-A KUBE-SEP-\S+ .*-s \S+ -j KUBE-MARK-MASQ$/.test(rule)) return 'the KUBE-SEP rule for traffic from the endpoint itself (hairpin)';
  if (/ ! -s \S+ -j KUBE-MARK-MASQ$/.test(rule)) return `the ${/^-A (\S+)/.exec(rule)?.[1] ?? ''} rule for sources outside the cluster CIDR`;
  if (rule.includes('masquerade LOCAL traffic')) return 'the KUBE-EXT rule for traffic from the node itself';
  if (rule.includes('external destinations')) return 'the KUBE-EXT rule for external traffic (externalTrafficPolicy Cluster)';
  return `\`${rule}\``;
}

const commentOf = (rule: string | undefined): string | null => (rule === undefined ? null : (/--comment ("[^"]*"|\S+)/.exec(rule)?.[1]?.replace(/^"|"$/g, '') ?? null));

function splitHostPort(s: string): [string, number] {
  const m = /^\[(.*)\]:(\d+)$/.exec(s) ?? /^([^:]*):(\d+)$/.exec(s);
  return m === null ? [s, 0] : [IpAddress.parse(m[1]!).toString(), Number(m[2])];
}

/** The Service port the packet is addressed to, as kube-proxy names it, or null. */
function serviceLabel(walk: Walk, packet: PacketHeaders, nodePort: boolean): string | null {
  const { dst, dstPort, protocol } = packet.inner;
  if (dstPort === null || protocol === 'IPIP' || protocol === 'ESP') return null;
  const idx = serviceIndexOf(walk.snap);
  const at = findServicePort((idx.byAddress.get(dst) ?? []).map((e) => e.service), dstPort, protocol);
  const np = nodePort ? findServicePort(idx.byNodePort.get(dstPort) ?? [], dstPort, protocol, 'nodePort') : null;
  const hit = at ?? np;
  return hit === null ? null : servicePortName(hit.service, hit.port);
}

function inServiceCidr(walk: Walk, ip: IpAddress): boolean {
  for (const m of walk.snap.clusterTrie.matches(ip)) if (m.value.kind === 'service-cidr') return true;
  return false;
}

/** Whether kube-proxy may have a rule for the packet's destination (a Service address, or a port that is some Service's NodePort). */
export function kubeProxyCandidate(walk: Walk, packet: PacketHeaders): boolean {
  const { dst, dstPort } = packet.inner;
  const idx = serviceIndexOf(walk.snap);
  return idx.byAddress.has(dst) || (dstPort !== null && (idx.byNodePort.has(dstPort) || idx.byHealthCheckPort.has(dstPort)));
}

const isLoopback = (ip: IpAddress): boolean => (ip.family === 'IPv4' ? ip.w0 >>> 24 === 127 : ip.toString() === '::1');

/**
 * kube-proxy's verdict for the packet at `node`, or null when no kube-proxy rule can concern it. `output`:
 * the node sends the packet itself (nat OUTPUT), so a loopback destination is a local address too
 * (kube-proxy's localhost NodePorts, `-d 127.0.0.0/8`).
 */
export function serviceHop(walk: Walk, node: NodeInfo, packet: PacketHeaders, cont: Continue, output = false): Next | null {
  const h = packet.inner;
  if (walk.dnatDone || packet.outer !== null || h.protocol === 'IPIP' || h.protocol === 'ESP') return null;
  const idx = serviceIndexOf(walk.snap);
  const atAddress = idx.byAddress.has(h.dst);
  const portCandidate = h.dstPort !== null && (idx.byNodePort.has(h.dstPort) || idx.byHealthCheckPort.has(h.dstPort));
  const mode = walk.snap.topology.kubeProxy.mode;
  if (!atAddress && !portCandidate && mode !== 'nftables') return null;
  const dst = IpAddress.parse(h.dst);
  const portHit = portCandidate && (isNodeAddress(walk, node, dst) || (output && isLoopback(dst)));
  const unallocated = !atAddress && !portHit && mode === 'nftables' && inServiceCidr(walk, dst);
  if (!atAddress && !portHit && !unallocated) return null;
  const who = `kube-proxy (${mode}) on ${node.name}`;
  if (mode === 'none') {
    walk.assume('kube-proxy mode none: Services are implemented by another component (e.g. Cilium\'s kube-proxy replacement) that the model does not simulate');
    walk.step('nat', 'INSUFFICIENT_INFO', { summary: `${h.dst}${h.dstPort === null ? '' : `:${h.dstPort}`} is a Service address, and kube-proxy does not run (mode none): the translation is unknown`, packetIn: packet, packetOut: null });
    return end('INSUFFICIENT_INFO');
  }
  if (mode === 'nftables') walk.assume(NFTABLES_ASSUMPTION);
  if (mode === 'ipvs') walk.assume(IPVS_ASSUMPTION);
  if (unallocated) {
    walk.step('filter', 'DROPPED', { summary: `${who}: DROP — ${h.dst} is in a service CIDR but no Service holds it (cluster-ips-check: "Drop traffic to unallocated ClusterIPs")`, chains: ['cluster-ips-check'], packetIn: packet, packetOut: null });
    return end('DROPPED');
  }
  if (h.dstPort === null) return null;
  const local = new Set(['127.0.0.1', '::1', ...node.node.internalIPs, ...node.node.externalIPs]);
  for (const a of [h.src, h.dst]) if (isNodeAddress(walk, node, IpAddress.parse(a))) local.add(a);
  const t = translateService(walk.snap, node.name, { source: h.src, destination: h.dst, port: h.dstPort, protocol: h.protocol }, [...local]);
  if (t.errors.length > 0 || t.branches.length === 0) {
    walk.step('nat', 'INSUFFICIENT_INFO', { summary: `${who}: no rules (${t.errors.join('; ') || 'none rendered'})`, packetIn: packet, packetOut: null });
    return end('INSUFFICIENT_INFO');
  }
  const service = serviceLabel(walk, packet, portHit);
  const ctx = { node, who, service, count: t.branches.length, cont };
  if (t.branches.length === 1) return apply(walk, packet, t.branches[0]!, ctx);
  return fork(t.branches.map((b) => ({ probability: b.probability, endpoint: b.dnat, resume: (w: Walk) => apply(w, packet, b, ctx) })));
}

interface Ctx {
  readonly node: NodeInfo;
  readonly who: string;
  readonly service: string | null;
  readonly count: number;
  readonly cont: Continue;
}

/** What a step reads from a kube-proxy branch, derived once per branch: translateService answers shared, frozen branches. */
interface BranchFacts {
  /** The chains the branch's rules went through (all of them; for a DNAT, those of the nat rules). */
  readonly chains: readonly string[];
  /** The comment of the last rule (the verdict's reason). */
  readonly lastComment: string | null;
  /** For a DNAT: the endpoint, the nat rules (KUBE-POSTROUTING's apart), the masquerade rules and the rule that marked. */
  readonly dnat: { readonly ip: string; readonly port: number; readonly nat: readonly string[]; readonly postrouting: readonly string[]; readonly markedBy: string } | null;
}

const branchFacts = new WeakMap<TranslateBranch, BranchFacts>();
function factsOf(b: TranslateBranch): BranchFacts {
  let facts = branchFacts.get(b);
  if (facts === undefined) {
    let dnat: BranchFacts['dnat'] = null;
    if (b.dnat !== null) {
      const [ip, port] = splitHostPort(b.dnat);
      const nat = b.rules.filter((r) => !r.startsWith('-A KUBE-POSTROUTING'));
      dnat = { ip, port, nat, postrouting: b.rules.filter((r) => r.startsWith('-A KUBE-POSTROUTING')), markedBy: nat.find((r) => r.endsWith('-j KUBE-MARK-MASQ')) ?? '' };
    }
    facts = { chains: chainsOf(dnat?.nat ?? b.rules), lastComment: commentOf(b.rules[b.rules.length - 1]), dnat };
    branchFacts.set(b, facts);
  }
  return facts;
}

function apply(walk: Walk, packet: PacketHeaders, b: TranslateBranch, ctx: Ctx): Next {
  const h = packet.inner;
  const { who } = ctx;
  const svc = ctx.service === null ? {} : { service: ctx.service };
  const to = `${h.dst}:${h.dstPort}/${h.protocol}`;
  const facts = factsOf(b);
  if (b.verdict === 'REJECT' || b.verdict === 'DROP') {
    const why = facts.lastComment ?? 'kube-proxy filter rule';
    const reject = b.verdict === 'REJECT';
    walk.step('filter', reject ? 'REJECTED' : 'DROPPED', {
      summary: `${who}: ${b.verdict} ${to} — "${why}"${reject ? ' (ICMP port unreachable to the sender)' : ''}`,
      rules: b.rules,
      chains: facts.chains,
      ...svc,
      packetIn: packet,
      packetOut: null,
    });
    return end(reject ? 'NO_ENDPOINTS' : 'DROPPED');
  }
  if (facts.dnat === null) {
    if (b.verdict === 'ACCEPT') {
      walk.step('filter', 'ACCEPTED', { summary: `${who}: ACCEPT ${to} — "${facts.lastComment ?? ''}" (kube-proxy's health server answers on it)`, rules: b.rules, chains: facts.chains, ...svc, packetIn: packet, packetOut: packet });
      return ctx.cont(walk, packet);
    }
    if (walk.snap.topology.kubeProxy.mode === 'nftables' && serviceIndexOf(walk.snap).byAddress.get(h.dst)?.some((e) => e.kind === 'clusterIP')) {
      walk.step('filter', 'REJECTED', { summary: `${who}: REJECT ${to} — no Service port there (cluster-ips-check: "Reject traffic to invalid ports of ClusterIPs")`, chains: ['cluster-ips-check'], packetIn: packet, packetOut: null });
      return end('DROPPED');
    }
    walk.step('nat', 'FORWARDED', { summary: `${who}: no rule matches ${to} (no Service port there): not DNAT-ed, routed as addressed`, rules: [], chains: ['KUBE-SERVICES'], packetIn: packet, packetOut: packet });
    return ctx.cont(walk, packet);
  }
  const { ip, port, nat, postrouting, markedBy } = facts.dnat;
  const out = withInner(packet, { dst: ip, dstPort: port });
  const share = ctx.count > 1 ? `, p=${Number(b.probability.toFixed(10))}` : '';
  walk.step('nat', 'TRANSFORMED', {
    summary: `${who}: DNAT ${h.dst}:${h.dstPort} → ${b.dnat}${ctx.service === null ? '' : ` (${ctx.service}${share})`} via ${facts.chains.join(' → ')}`,
    rules: nat,
    chains: facts.chains,
    ...svc,
    probability: b.probability,
    packetIn: packet,
    packetOut: out,
  });
  walk.dnatDone = true;
  if (b.masquerade) walk.masquerade = { node: ctx.node.name, rules: postrouting, markedBy };
  return ctx.cont(walk, out);
}

/** The address MASQUERADE picks on the egress device of `r` (see MASQUERADE_SOURCE_ASSUMPTION). */
function masqueradeAddress(walk: Walk, node: NodeInfo, r: TableRoute, family: IpFamily): IpAddress | null {
  const { plugin } = walk.snap.topology.cni;
  const cidr = podCidrOf(node, family);
  const role = deviceRole(walk.snap.topology.cni, r.route.dev);
  if (cidr !== null && role === 'bridge' && plugin !== 'calico' && plugin !== 'aws-vpc-cni') return gatewayAddress(cidr) ?? addressOf(node, family);
  if (cidr !== null && role === 'cilium-host') return gatewayAddress(cidr) ?? addressOf(node, family);
  if (cidr !== null && role === 'tunnel' && (plugin === 'flannel' || plugin === 'calico')) return tunnelAddress(cidr);
  return addressOf(node, family);
}

/** KUBE-POSTROUTING: SNAT a packet kube-proxy marked, now that `r` says how it leaves `node`. */
export function applyMasquerade(walk: Walk, node: NodeInfo, packet: PacketHeaders, r: TableRoute): PacketHeaders {
  const m = walk.masquerade;
  if (m === null || m.node !== node.name || packet.outer !== null) return packet;
  walk.masquerade = null;
  if (r.route.type === 'local' || deviceRole(walk.snap.topology.cni, r.route.dev) === 'loopback') return packet;
  const h = packet.inner;
  const to = masqueradeAddress(walk, node, r, h.family);
  if (to === null) return packet;
  const dev = r.route.dev ?? 'eth0';
  const hairpin = h.src === h.dst;
  if (hairpin && deviceRole(walk.snap.topology.cni, r.route.dev) === 'bridge') walk.assume(HAIRPIN_BRIDGE_ASSUMPTION);
  walk.assume(MASQUERADE_SOURCE_ASSUMPTION);
  const out = withInner(packet, { src: to.toString(), srcPort: null });
  walk.step('nat', 'TRANSFORMED', {
    summary: `${node.name}: SNAT ${h.src} → ${to.toString()} on ${dev} (KUBE-POSTROUTING MASQUERADE; marked by ${markReason(m.markedBy)})`,
    device: dev,
    rules: [m.markedBy, ...m.rules].filter((x) => x !== ''),
    packetIn: packet,
    packetOut: out,
  });
  return out;
}

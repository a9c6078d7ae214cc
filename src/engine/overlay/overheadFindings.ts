/**
 * The findings of an overhead report, derived from the computed parts (never recomputed here): modes and
 * families the plugin does not carry, pod MTUs larger than a path carries (with the numbers), explicit
 * MTUs that are inconsistent, subnets whose MTUs differ (the smallest wins), unresolved traffic.
 */
import type { Topology } from '../model/topology';
import { FindingList, type Finding } from './findings';
import { podMtu } from './mtu';
import type { EncapPlan } from './pairs';
import { offeredModes } from './plugins';
import type { ClassGroup, NodeClass, SubnetPairReport } from './subnetPairs';
import { underlayFamily } from './topologyFacts';
import type { TrafficReport } from './traffic';

export interface FindingInput {
  readonly topology: Topology;
  readonly plan: EncapPlan;
  readonly classes: readonly NodeClass[];
  readonly groups: readonly ClassGroup[];
  readonly subnetPairs: readonly SubnetPairReport[];
  readonly traffic: TrafficReport | null;
}

const label = (subnet: string | null): string => subnet ?? '(unknown subnet)';

function planFindings(f: FindingList, { plan, classes }: FindingInput): void {
  if (!plan.modeOffered) {
    f.add('warning', 'MODE_NOT_OFFERED', `${plan.plugin} does not offer overlay mode "${plan.mode}" (it offers ${offeredModes(plan.plugin).join(', ')}); nothing is computed for it.`, {
      plugin: plan.plugin,
      mode: plan.mode,
      offered: offeredModes(plan.plugin),
    });
  }
  if (classes.some((c) => c.podMtu === null)) {
    f.add('warning', 'MTU_RULE_UNKNOWN', `No upstream MTU rule is known for ${plan.plugin} "${plan.mode}" and cni.mtu is not set: pod MTU checks were skipped.`, { plugin: plan.plugin, mode: plan.mode });
  }
  for (const fp of plan.families) {
    if (fp.note === null) continue;
    f.add(fp.supported ? 'info' : 'error', 'FAMILY_NOT_ENCAPSULATED', `${fp.family}: ${fp.note}.`, { family: fp.family, mode: plan.mode, supported: fp.supported });
  }
  if (plan.crossSubnetRequested && !plan.crossSubnet && plan.families.some((fp) => fp.encapsulating)) {
    f.add('warning', 'CROSS_SUBNET_NOT_OFFERED', `crossSubnet is set, but ${plan.plugin} has no cross-subnet variant of "${plan.mode}": every node pair is encapsulated.`, { plugin: plan.plugin, mode: plan.mode });
  }
}

function pathFindings(f: FindingList, { plan, subnetPairs }: FindingInput): void {
  for (const sp of subnetPairs) {
    for (const fam of sp.families) {
      if (fam.worst === null) continue;
      const { podMtu: pm, overhead, pathMtu } = fam.worst;
      const how = fam.encapsulated ? `+ ${overhead} bytes of ${plan.mode} = ${pm + overhead}` : 'unencapsulated';
      f.add(
        'error',
        'POD_MTU_EXCEEDS_PATH',
        `${fam.family} ${label(sp.fromSubnet)} → ${label(sp.toSubnet)}: pods send up to ${pm} bytes (${how}) but the path carries ${pathMtu}: ${fam.worstExcess} bytes too many on ${fam.exceedingNodePairs} of ${sp.nodePairs} node pairs.`,
        { family: fam.family, fromSubnet: sp.fromSubnet, toSubnet: sp.toSubnet, podMtu: pm, overhead, pathMtu, excess: fam.worstExcess, nodePairs: fam.exceedingNodePairs },
      );
    }
  }
}

function explicitFindings(out: FindingList, f: FindingInput): void {
  const explicit = f.topology.cni.mtu;
  if (explicit === null) return;
  for (const fp of f.plan.families) {
    let smallest: number | null = null;
    let overhead = 0;
    for (const sp of f.subnetPairs) {
      const fam = sp.families.find((x) => x.family === fp.family);
      if (fam === undefined || !fam.encapsulated) continue;
      smallest = smallest === null ? sp.pathMtu.min : Math.min(smallest, sp.pathMtu.min);
      overhead = Math.max(overhead, fam.overheadBytes);
    }
    if (smallest !== null && explicit + overhead > smallest) {
      out.add('error', 'EXPLICIT_MTU_TOO_LARGE', `cni.mtu ${explicit} + ${overhead} bytes of ${fp.mode} over ${fp.outerFamily} = ${explicit + overhead}, more than the smallest underlay MTU on an encapsulated path (${smallest}); at most ${smallest - overhead} fits.`, {
        family: fp.family,
        explicitMtu: explicit,
        overhead,
        smallestPathMtu: smallest,
        excess: explicit + overhead - smallest,
      });
    }
  }
  const derived = f.classes.map((c) => c.pod.derivedMtu);
  if (derived.length > 0 && derived.every((d): d is number => d !== null)) {
    const least = Math.min(...derived);
    if (explicit < least) {
      out.add('info', 'EXPLICIT_MTU_BELOW_DERIVED', `cni.mtu ${explicit} is ${least - explicit} bytes below the smallest MTU ${f.plan.plugin} would derive (${least}): safe, but every full-size packet carries less.`, {
        explicitMtu: explicit,
        smallestDerivedMtu: least,
        unused: least - explicit,
      });
    }
  }
}

function mismatchFindings(out: FindingList, f: FindingInput): void {
  const mtus = new Map<string, number>();
  for (const g of f.groups) for (const c of g.classes) mtus.set(label(g.subnet), Math.min(mtus.get(label(g.subnet)) ?? Infinity, c.cls.hostMtu));
  const nodeCount = f.groups.reduce((s, g) => s + g.classes.reduce((t, c) => t + c.count, 0), 0);
  const hostMtus = new Set(f.classes.map((c) => c.hostMtu));
  if (hostMtus.size < 2 || nodeCount < 2) return;
  const min = Math.min(...hostMtus);
  const max = Math.max(...hostMtus);
  const safe = podMtu({
    plugin: f.plan.plugin,
    overlay: f.plan.mode,
    hostMtu: min,
    families: f.plan.families.map((x) => x.family),
    underlayFamily: underlayFamily(f.topology),
  }).derivedMtu;
  const list = [...mtus].map(([s, m]) => `${s} ${m}`);
  const advice = safe === null ? '' : ` A pod MTU of ${safe} (the ${f.plan.plugin} rule at ${min}) fits every path.`;
  out.add('warning', 'SUBNET_MTU_MISMATCH', `Underlay MTUs differ (${list.join(', ')}): a path carries the smaller of its two ends, so ${min} wins on every path that touches it.${advice}`, {
    subnets: list,
    smallestMtu: min,
    largestMtu: max,
    safePodMtu: safe,
  });
}

export function overheadFindings(input: FindingInput): Finding[] {
  const out = new FindingList();
  planFindings(out, input);
  pathFindings(out, input);
  explicitFindings(out, input);
  mismatchFindings(out, input);
  if (input.plan.families.some((fp) => fp.family === 'IPv6')) {
    const low = input.classes.filter((c) => c.podMtu !== null && c.podMtu < 1280);
    for (const c of low) {
      out.add('error', 'IPV6_MTU_BELOW_MINIMUM', `Pod MTU ${c.podMtu} on ${label(c.subnet)} is below 1280, the IPv6 minimum (RFC 8200 §5): the kernel disables IPv6 on such an interface.`, {
        subnet: c.subnet,
        podMtu: c.podMtu,
      });
    }
  }
  for (const e of input.traffic?.entries ?? []) {
    if (e.unresolved !== null) {
      out.add('warning', 'TRAFFIC_UNRESOLVED', `Traffic ${e.from.kind}:${e.from.name} → ${e.to.kind}:${e.to.name} counts no extra bytes: ${e.unresolved}.`, { from: `${e.from.kind}:${e.from.name}`, to: `${e.to.kind}:${e.to.name}`, reason: e.unresolved });
    }
  }
  return out.toArray();
}

/**
 * The per-subnet-pair part of the overhead report: path MTU, how much of it the encapsulation takes, how
 * many node pairs cannot carry a full pod packet, and what a packet of the chosen size costs.
 *
 * Nodes of one subnet are folded into classes of equal (host MTU, pod MTU), and a subnet pair is computed
 * over class pairs weighted by their node-pair counts — exact, and independent of the number of nodes.
 */
import type { IpFamily } from '../model/topology';
import { perPacketOverhead } from './encapsulation';
import { packetOutcome, type PacketFate, type PacketOutcome } from './fate';
import type { PodMtu } from './mtu';
import { encapsulates, type EncapPlan, type FamilyPlan } from './pairs';
import type { NodeClassInfo } from './traffic';

export interface NodeClass extends NodeClassInfo {
  readonly pod: PodMtu;
}

export interface ClassGroup {
  readonly subnet: string | null;
  /** Classes of this subnet with their node counts, in order of first node. */
  readonly classes: readonly { readonly cls: NodeClass; readonly count: number }[];
}

export interface PairPacket extends PacketOutcome {
  /** Node pairs of this subnet pair per fate at this packet size. */
  readonly nodePairsByFate: Readonly<Record<PacketFate, number>>;
}

export interface SubnetPairFamily {
  readonly family: IpFamily;
  readonly supported: boolean;
  readonly encapsulated: boolean;
  /** Bytes added to a full pod packet (largest over the classes); 0 when not encapsulated. */
  readonly overheadBytes: number;
  /** The largest pod packet every node pair of the group carries unfragmented; null when a pod MTU is unknown. */
  readonly largestUnfragmented: number | null;
  /** Node pairs whose sender's pod MTU (+ overhead) exceeds the path MTU. */
  readonly exceedingNodePairs: number;
  /** Largest excess in bytes over the path MTU (0 when none). */
  readonly worstExcess: number;
  /** The sender pod MTU, overhead and path MTU of the worst node pair (for findings); null when none exceeds. */
  readonly worst: { readonly podMtu: number; readonly overhead: number; readonly pathMtu: number } | null;
  /** The outcome of one packet of the report's packet size (worst class pair); null when it cannot be computed. */
  readonly packet: PairPacket | null;
}

export interface SubnetPairReport {
  readonly fromSubnet: string | null;
  readonly toSubnet: string | null;
  readonly nodePairs: number;
  /** Path MTU over the node pairs of the group (the smaller of the two nodes' MTUs). */
  readonly pathMtu: { readonly min: number; readonly max: number };
  readonly families: readonly SubnetPairFamily[];
}

const FATE_RANK: Readonly<Record<PacketFate, number>> = { fits: 0, fragmented: 1, MTU_EXCEEDED: 2 };

function worse(a: PacketOutcome | null, b: PacketOutcome): boolean {
  if (a === null) return true;
  if (FATE_RANK[b.fate] !== FATE_RANK[a.fate]) return FATE_RANK[b.fate] > FATE_RANK[a.fate];
  return b.wireBytes > a.wireBytes;
}

interface ClassPair {
  readonly from: NodeClass;
  readonly to: NodeClass;
  readonly count: number;
  readonly pathMtu: number;
}

function classPairs(a: ClassGroup, b: ClassGroup): ClassPair[] {
  const out: ClassPair[] = [];
  for (const x of a.classes) {
    for (const y of b.classes) {
      const count = a === b && x.cls === y.cls ? x.count * (x.count - 1) : x.count * y.count;
      if (count > 0) out.push({ from: x.cls, to: y.cls, count, pathMtu: Math.min(x.cls.hostMtu, y.cls.hostMtu) });
    }
  }
  return out;
}

function familyReport(fp: FamilyPlan, plan: EncapPlan, a: ClassGroup, b: ClassGroup, pairs: readonly ClassPair[], packetSize: number | null, dontFragment: boolean): SubnetPairFamily {
  const encapsulated = encapsulates(plan, fp.family, a.subnet, b.subnet);
  const byFate: Record<PacketFate, number> = { fits: 0, fragmented: 0, MTU_EXCEEDED: 0 };
  let overheadBytes = 0;
  let largest: number | null = Number.MAX_SAFE_INTEGER;
  let exceeding = 0;
  let worstExcess = 0;
  let worst: SubnetPairFamily['worst'] = null;
  let packet: PacketOutcome | null = null;
  for (const cp of pairs) {
    const podMtu = cp.from.podMtu;
    if (podMtu === null || !fp.supported) {
      largest = null;
      continue;
    }
    const overhead = encapsulated ? (cp.from.headroom ?? perPacketOverhead(fp.encapsulation, podMtu, podMtu)) : 0;
    overheadBytes = Math.max(overheadBytes, overhead);
    const path = { family: fp.family, podMtu, pathMtu: cp.pathMtu, encapsulated, encapsulation: fp.encapsulation, headroomOverride: cp.from.headroom, dontFragment };
    const full = packetOutcome({ ...path, packetSize: podMtu });
    if (largest !== null) largest = Math.min(largest, full.limit);
    const excess = podMtu + overhead - cp.pathMtu;
    if (excess > 0) {
      exceeding += cp.count;
      if (excess > worstExcess) {
        worstExcess = excess;
        worst = { podMtu, overhead, pathMtu: cp.pathMtu };
      }
    }
    if (packetSize !== null) {
      const o = packetOutcome({ ...path, packetSize });
      byFate[o.fate] += cp.count;
      if (worse(packet, o)) packet = o;
    }
  }
  return {
    family: fp.family,
    supported: fp.supported,
    encapsulated,
    overheadBytes,
    largestUnfragmented: largest === Number.MAX_SAFE_INTEGER ? null : largest,
    exceedingNodePairs: exceeding,
    worstExcess,
    worst,
    packet: packet === null ? null : { ...packet, nodePairsByFate: byFate },
  };
}

export function subnetPairReports(plan: EncapPlan, groups: readonly ClassGroup[], packetSize: number | null, dontFragment: boolean): SubnetPairReport[] {
  const out: SubnetPairReport[] = [];
  for (const a of groups) {
    for (const b of groups) {
      const pairs = classPairs(a, b);
      if (pairs.length === 0) continue;
      const nodePairs = pairs.reduce((s, p) => s + p.count, 0);
      const mtus = pairs.map((p) => p.pathMtu);
      out.push({
        fromSubnet: a.subnet,
        toSubnet: b.subnet,
        nodePairs,
        pathMtu: { min: Math.min(...mtus), max: Math.max(...mtus) },
        families: plan.families.map((fp) => familyReport(fp, plan, a, b, pairs, packetSize, dontFragment)),
      });
    }
  }
  return out;
}

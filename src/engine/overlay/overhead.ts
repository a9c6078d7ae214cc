/**
 * encapOverhead: the encapsulation-overhead and MTU report of one topology. It puts together the header
 * stack per family (encapsulation.ts), each node's pod MTU by its CNI's own rule (mtu.ts), which node
 * pairs encapsulate (pairs.ts), what a packet of a given size costs on each subnet pair (fate.ts,
 * subnetPairs.ts) and the extra bytes of a traffic matrix (traffic.ts), and derives the findings
 * (overheadFindings.ts). Pure, deterministic, plain data out.
 */
import type { CniPlugin, IpFamily, OverlayMode, Topology } from '../model/topology';
import type { EncapsulationOptions, HeaderLayer } from './encapsulation';
import type { Finding } from './findings';
import { podMtu, type PodMtu } from './mtu';
import { overheadFindings } from './overheadFindings';
import { encapPlan, nodeGroups, type EncapPlan } from './pairs';
import { subnetPairReports, type ClassGroup, type NodeClass, type SubnetPairReport } from './subnetPairs';
import { primaryFamily, subnetMtus, hostMtu, underlayFamily, podFamilies } from './topologyFacts';
import { trafficReport, type NodeClassInfo, type TrafficEntry, type TrafficReport } from './traffic';

export interface OverheadOptions {
  /** Inner (pod) IP packet size for the efficiency figures; default: the smallest pod MTU in the cluster. */
  readonly packetSize?: number;
  readonly trafficMatrix?: readonly TrafficEntry[];
  /** Whether packets carry DF (default true: TCP path-MTU discovery, and what IPv6 routers imply). */
  readonly dontFragment?: boolean;
  readonly geneveOptionBytes?: EncapsulationOptions['geneveOptionBytes'];
}

export interface FamilyOverhead {
  readonly family: IpFamily;
  readonly outerFamily: IpFamily;
  readonly mode: OverlayMode;
  readonly encapsulating: boolean;
  readonly supported: boolean;
  readonly bytes: number;
  readonly layers: readonly HeaderLayer[];
  readonly variable: string | null;
  readonly exact: boolean;
  readonly note: string | null;
}

export interface NodePodMtu {
  readonly node: string;
  readonly subnet: string | null;
  readonly hostMtu: number;
  readonly podMtu: number | null;
  readonly deviceMtu: number | null;
  readonly derivedMtu: number | null;
  readonly explicit: boolean;
  readonly rule: string;
  readonly sources: readonly string[];
  readonly exact: boolean;
}

export interface EncapOverheadReport {
  readonly plugin: CniPlugin;
  readonly mode: OverlayMode;
  readonly crossSubnet: { readonly requested: boolean; readonly effective: boolean };
  readonly families: readonly IpFamily[];
  readonly explicitMtu: number | null;
  readonly overhead: readonly FamilyOverhead[];
  readonly nodes: readonly NodePodMtu[];
  readonly subnetPairs: readonly SubnetPairReport[];
  /** The packet size the `packet` figures of subnetPairs use; null when no pod MTU is known. */
  readonly packetSize: number | null;
  readonly dontFragment: boolean;
  readonly traffic: TrafficReport | null;
  readonly findings: readonly Finding[];
  readonly assumptions: readonly string[];
  readonly notes: readonly string[];
}

interface Classified {
  readonly nodes: NodePodMtu[];
  readonly nodeInfo: Map<string, NodeClassInfo>;
  readonly classes: Map<number, NodeClass>;
  readonly groups: ClassGroup[];
}

/** Each node's pod MTU, folded into classes of equal (subnet, host MTU, pod MTU). */
function classify(topology: Topology, plan: EncapPlan): Classified {
  const families = plan.families.map((f) => f.family);
  const underlay = underlayFamily(topology);
  const bySubnet = subnetMtus(topology);
  const classIds = new Map<string, number>();
  const classes = new Map<number, NodeClass>();
  const nodeInfo = new Map<string, NodeClassInfo>();
  const nodes: NodePodMtu[] = [];
  const podFor = new Map<number, PodMtu>();
  const groups: ClassGroup[] = nodeGroups(topology).map((group) => {
    const counts = new Map<number, number>();
    for (const node of group.nodes) {
      const h = hostMtu(topology, node, bySubnet);
      let pod = podFor.get(h);
      if (pod === undefined) {
        pod = podMtu({ plugin: plan.plugin, overlay: plan.mode, hostMtu: h, families, underlayFamily: underlay, explicitMtu: topology.cni.mtu });
        podFor.set(h, pod);
      }
      const key = JSON.stringify([group.subnet, h, pod.mtu]);
      let id = classIds.get(key);
      if (id === undefined) {
        id = classIds.size;
        classIds.set(key, id);
        classes.set(id, { classId: id, subnet: group.subnet, hostMtu: h, podMtu: pod.mtu, headroom: pod.pathHeadroom, pod });
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
      nodeInfo.set(node.name, classes.get(id) as NodeClass);
      nodes.push({ node: node.name, subnet: node.subnet, hostMtu: h, podMtu: pod.mtu, deviceMtu: pod.deviceMtu, derivedMtu: pod.derivedMtu, explicit: pod.explicit, rule: pod.rule, sources: pod.sources, exact: pod.exact });
    }
    return { subnet: group.subnet, classes: [...counts].map(([id, count]) => ({ cls: classes.get(id) as NodeClass, count })) };
  });
  // Report nodes in topology order, not grouped by subnet.
  const order = new Map(topology.nodes.map((n, i) => [n.name, i]));
  nodes.sort((x, y) => (order.get(x.node) ?? 0) - (order.get(y.node) ?? 0));
  return { nodes, nodeInfo, classes, groups };
}

function assumptionsFor(topology: Topology, plan: EncapPlan, packetSize: number | null, given: boolean, dontFragment: boolean, traffic: boolean): string[] {
  const out = [
    'MTUs are IP-layer sizes: the outer Ethernet header is not counted, an inner Ethernet header carried by VXLAN/Geneve is (RFC 7348).',
    "A node's underlay MTU is node.mtu, else its subnet's MTU, else the underlay default; a path between two nodes carries the smaller of the two (routers between subnets are assumed to carry at least that).",
    dontFragment
      ? 'Packets carry DF: a packet over the limit is dropped with ICMP fragmentation-needed / packet-too-big (MTU_EXCEEDED).'
      : 'Packets do not carry DF: IPv4 packets over the limit are fragmented (20-byte headers, no options); IPv6 is only fragmented by the sending pod.',
  ];
  if (packetSize !== null && !given) out.push(`No packetSize given: packet figures use ${packetSize} bytes, the smallest pod MTU in the cluster.`);
  if (plan.crossSubnet && topology.nodes.some((n) => n.subnet === null)) out.push('Nodes with an unknown subnet are assumed to be in a different subnet from every other node (encapsulated).');
  if (plan.plugin === 'cilium') out.push(`Cilium tunnels every family over ${underlayFamily(topology)} (its underlayProtocol default follows the nodes' addresses).`);
  if (traffic) {
    out.push('Traffic: a namespace is spread evenly over its scheduled pods, a Service evenly over its ready endpoints, on their nodes; host-to-host and same-node traffic is never encapsulated.');
    out.push('Traffic: packets are the given packetSize, else full-size (the sender pod MTU); sizes a path cannot carry are assumed reduced by path-MTU discovery.');
  }
  return out;
}

export function encapOverhead(topology: Topology, options: OverheadOptions = {}): EncapOverheadReport {
  const dontFragment = options.dontFragment ?? true;
  const plan = encapPlan(topology, { geneveOptionBytes: options.geneveOptionBytes });
  const { nodes, nodeInfo, classes, groups } = classify(topology, plan);
  const known = nodes.map((n) => n.podMtu).filter((m): m is number => m !== null);
  const packetSize = options.packetSize ?? (known.length > 0 ? Math.min(...known) : null);
  const subnetPairs = subnetPairReports(plan, groups, packetSize, dontFragment);
  const traffic =
    options.trafficMatrix === undefined
      ? null
      : trafficReport({ topology, plan, nodes: nodeInfo, classes, packetSize: options.packetSize ?? null, defaultFamily: primaryFamily(topology) }, options.trafficMatrix);
  const notes = [...new Set([...classes.values()].flatMap((c) => c.pod.notes))];
  return {
    plugin: plan.plugin,
    mode: plan.mode,
    crossSubnet: { requested: plan.crossSubnetRequested, effective: plan.crossSubnet },
    families: podFamilies(topology),
    explicitMtu: topology.cni.mtu,
    overhead: plan.families.map((f) => ({
      family: f.family,
      outerFamily: f.outerFamily,
      mode: f.mode,
      encapsulating: f.encapsulating,
      supported: f.supported,
      bytes: f.encapsulating ? f.encapsulation.bytes : 0,
      layers: f.encapsulating ? f.encapsulation.layers : [],
      variable: f.encapsulating ? f.encapsulation.variable : null,
      exact: f.encapsulation.exact,
      note: f.note,
    })),
    nodes,
    subnetPairs,
    packetSize,
    dontFragment,
    traffic,
    findings: overheadFindings({ topology, plan, classes: [...classes.values()], groups, subnetPairs, traffic }),
    assumptions: assumptionsFor(topology, plan, packetSize, options.packetSize !== undefined, dontFragment, traffic !== null),
    notes,
  };
}

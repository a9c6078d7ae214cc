/**
 * Findings raised by two entries whose prefixes overlap. Each rule names the pair of kinds it judges;
 * pairs without a rule (a node podCIDR inside the cluster pod CIDR, a pod IP inside its node's podCIDR)
 * are how a healthy cluster looks. Severities are justified in README.md.
 */
import type { CniPlugin } from '../model/topology';
import { KIND_CODE, KIND_COUNT, KINDS, toObject, type Entry } from './entries';
import { capitalize, label, overlapClause } from './phrases';
import type { ConflictObjectKind, Finding, FindingKind, Severity } from './types';

export interface RuleContext {
  readonly plugin: CniPlugin;
}

type Rule = (first: Entry, second: Entry, ctx: RuleContext) => Finding | undefined;

function finding(kind: FindingKind, severity: Severity, objects: readonly Entry[], message: string): Finding {
  return { kind, severity, objects: objects.map(toObject), message };
}

/** aws-vpc-cni gives pods secondary addresses of the VPC subnets: overlap with the VPC is the design. */
const podsAreVpcAddresses = (ctx: RuleContext): boolean => ctx.plugin === 'aws-vpc-cni';

const byName = (a: Entry, b: Entry): [Entry, Entry] => (a.name <= b.name ? [a, b] : [b, a]);

/** Rules keyed by the two kinds in alphabetical order; the entries arrive in that order too. */
const RULES: Readonly<Record<string, Rule>> = {
  'podCIDR+serviceCIDR': (pod, svc) =>
    finding(
      'POD_SERVICE_OVERLAP',
      'error',
      [pod, svc],
      `${overlapClause(pod, svc)}: those addresses would be both pod IPs and ClusterIPs, and kube-proxy captures traffic to the service range before it can reach a pod. Choose non-overlapping pod and service CIDRs.`,
    ),
  'podCIDR+subnet': (pod, subnet, ctx) =>
    podsAreVpcAddresses(ctx)
      ? finding('POD_SUBNET_OVERLAP', 'info', [pod, subnet], `${overlapClause(pod, subnet)}: expected with aws-vpc-cni, which gives pods secondary addresses from the VPC subnets.`)
      : finding(
          'POD_SUBNET_OVERLAP',
          'error',
          [pod, subnet],
          `${overlapClause(pod, subnet)}: pod addresses collide with node addresses, and the pod network's routes shadow node-to-node traffic in the overlap. Move the pod CIDR out of the underlay.`,
        ),
  'serviceCIDR+subnet': (svc, subnet) =>
    finding(
      'SERVICE_SUBNET_OVERLAP',
      'error',
      [svc, subnet],
      `${overlapClause(svc, subnet)}: an underlay address in the overlap stops being reachable from pods once it is allocated as a ClusterIP, and the nftables proxy drops traffic to every unallocated service address. Move the service CIDR out of the underlay.`,
    ),
  'externalNetwork+podCIDR': (ext, pod, ctx) => {
    if (ext.externalKind === 'vpc' && podsAreVpcAddresses(ctx)) {
      return finding('POD_EXTERNAL_OVERLAP', 'info', [pod, ext], `${overlapClause(pod, ext)}: expected with aws-vpc-cni, where pod addresses are VPC addresses.`);
    }
    if (ext.externalKind === 'other') {
      return finding(
        'POD_EXTERNAL_OVERLAP',
        'warning',
        [pod, ext],
        `${overlapClause(pod, ext)}: if pods talk to "${ext.name}", destinations in the overlap are routed into the pod network instead. Choose a pod CIDR outside it, or confirm pods never reach it.`,
      );
    }
    return finding(
      'POD_EXTERNAL_OVERLAP',
      'error',
      [pod, ext],
      `${overlapClause(pod, ext)}: pods sending to the overlap are routed into the pod network instead of to "${ext.name}", so those destinations are unreachable from pods. Choose a pod CIDR outside it.`,
    );
  },
  'externalNetwork+serviceCIDR': (ext, svc) =>
    ext.externalKind === 'other'
      ? finding(
          'SERVICE_EXTERNAL_OVERLAP',
          'warning',
          [svc, ext],
          `${overlapClause(svc, ext)}: if the cluster talks to "${ext.name}", kube-proxy captures traffic to the overlap instead. Choose a service CIDR outside it, or confirm it is never reached.`,
        )
      : finding(
          'SERVICE_EXTERNAL_OVERLAP',
          'error',
          [svc, ext],
          `${overlapClause(svc, ext)}: traffic from pods and nodes to the overlap is captured by kube-proxy (DNAT to a Service, or dropped) instead of reaching "${ext.name}". Choose a service CIDR outside it.`,
        ),
  'subnet+subnet': (a, b) => {
    const [x, y] = byName(a, b);
    return finding('SUBNET_OVERLAP', 'error', [x, y], `${overlapClause(x, y)}: two subnets claim the same addresses, so the underlay cannot route between them consistently. Fix the subnet plan.`);
  },
  'externalNetwork+subnet': (ext, subnet) => {
    // Subnets are carved out of the cluster's VPC by design.
    if (ext.externalKind === 'vpc') return undefined;
    const severity: Severity = ext.externalKind === 'other' ? 'warning' : 'error';
    return finding(
      'SUBNET_EXTERNAL_OVERLAP',
      severity,
      [subnet, ext],
      `${overlapClause(subnet, ext)}: nodes treat the overlap as their own or a neighbor subnet and never route it to "${ext.name}". Renumber one of them.`,
    );
  },
  'nodePodCIDR+nodePodCIDR': (a, b) => {
    if (a.name === b.name) return undefined;
    const [x, y] = byName(a, b);
    return finding(
      'NODE_POD_CIDR_OVERLAP',
      'error',
      [x, y],
      `${overlapClause(x, y)}: both nodes own the overlapping pod addresses and routes to them are ambiguous. The range allocator never assigns overlapping blocks, so one was set by hand: give one node a free block.`,
    );
  },
  'externalIP+podCIDR': (ip, pod) =>
    finding(
      'EXTERNAL_IP_IN_POD_CIDR',
      'error',
      [ip, pod],
      `${capitalize(label(ip))} lies inside ${label(pod)}: inside the cluster that address belongs to the pod network and may be a pod's IP. Use an address outside the pod CIDR.`,
    ),
  'externalIP+serviceCIDR': (ip, svc) =>
    finding(
      'EXTERNAL_IP_IN_SERVICE_CIDR',
      'error',
      [ip, svc],
      `${capitalize(label(ip))} lies inside ${label(svc)}: the ClusterIP allocator may give the same address to another Service. Use an address outside the service CIDR.`,
    ),
  'loadBalancerIP+podCIDR': (ip, pod) =>
    finding(
      'LOAD_BALANCER_IP_IN_POD_CIDR',
      'error',
      [ip, pod],
      `${capitalize(label(ip))} lies inside ${label(pod)}: inside the cluster that address belongs to the pod network and may be a pod's IP. Give the load balancer an address outside the pod CIDR.`,
    ),
  'loadBalancerIP+serviceCIDR': (ip, svc) =>
    finding(
      'LOAD_BALANCER_IP_IN_SERVICE_CIDR',
      'error',
      [ip, svc],
      `${capitalize(label(ip))} lies inside ${label(svc)}: the ClusterIP allocator may give the same address to another Service. Give the load balancer an address outside the service CIDR.`,
    ),
};

/**
 * Kind code → mask of the kind codes it has a rule with (bit `1 << code`). The sweep walks from a row only
 * when its mask is non-zero, and looks only at containers of those kinds.
 */
export const PARTNER_MASK: readonly number[] = (() => {
  const masks: number[] = new Array<number>(KIND_COUNT).fill(0);
  for (const key of Object.keys(RULES)) {
    const [a, b] = key.split('+') as [ConflictObjectKind, ConflictObjectKind];
    masks[KIND_CODE[a]] = masks[KIND_CODE[a]]! | (1 << KIND_CODE[b]);
    masks[KIND_CODE[b]] = masks[KIND_CODE[b]]! | (1 << KIND_CODE[a]);
  }
  return masks;
})();

/** Kinds that take part in pair rules. */
export const PAIR_KINDS: ReadonlySet<ConflictObjectKind> = new Set(KINDS.filter((k) => PARTNER_MASK[KIND_CODE[k]] !== 0));

/** The finding for two overlapping entries, if their kinds have a rule. */
export function pairFinding(a: Entry, b: Entry, ctx: RuleContext): Finding | undefined {
  const [first, second] = a.kind <= b.kind ? [a, b] : [b, a];
  const rule = RULES[`${first.kind}+${second.kind}`];
  return rule ? rule(first, second, ctx) : undefined;
}

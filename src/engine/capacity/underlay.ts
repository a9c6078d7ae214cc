/**
 * Node addresses left in the underlay subnets. Reserved addresses follow the provider: Google Cloud keeps
 * 4 per subnet (network, gateway, second-to-last, broadcast), AWS and Azure 5 (the first four and the last);
 * elsewhere the network address, the IPv4 broadcast address and the gateway when one is given. Addresses
 * in use are node InternalIPs and — where pods take underlay addresses (aws-vpc-cni) — pod IPs.
 */
import type { IpFamily, Topology } from '../model/topology';
import { IpAddress, Prefix } from '../net';
import type { IpamKind } from './providerFacts';
import { count, figure, type Count, type Figure, type Provider } from './types';

export interface SubnetHeadroom {
  readonly name: string;
  readonly cidr: string;
  readonly family: IpFamily;
  readonly usable: Figure<Count>;
  readonly nodes: number;
  readonly podIPs: number;
  readonly free: Count;
}

const CLOUD_RESERVED: Partial<Record<Provider, { n: number; source: 'gcpSubnetReserved' | 'awsSubnetReserved' | 'azureSubnetReserved' }>> = {
  gke: { n: 4, source: 'gcpSubnetReserved' },
  eks: { n: 5, source: 'awsSubnetReserved' },
  aks: { n: 5, source: 'azureSubnetReserved' },
};

export function underlayHeadroom(t: Topology, provider: Provider, ipam: IpamKind): SubnetHeadroom[] {
  const nodeIPs = t.nodes.flatMap((n) => n.internalIPs.map((s) => IpAddress.parse(s)));
  const podIPs = ipam === 'aws-vpc-cni' ? t.pods.filter((p) => !p.hostNetwork).flatMap((p) => p.ips.map((s) => IpAddress.parse(s))) : [];
  return t.underlay.subnets.map((s) => {
    const cidr = Prefix.parse(s.cidr);
    const size = cidr.size();
    const cloud = CLOUD_RESERVED[provider];
    let reserved: bigint;
    let usable: Figure<Count>;
    if (cloud) {
      reserved = BigInt(cloud.n);
      usable = figure(count(size > reserved ? size - reserved : 0n), `subnet.usable.${provider}`, `${size} addresses − ${cloud.n} reserved`, cloud.source);
    } else {
      const gateway = s.gateway !== null && cidr.contains(IpAddress.parse(s.gateway)) ? 1n : 0n;
      reserved = 1n + (cidr.family === 'IPv4' ? 1n : 0n) + gateway;
      usable = figure(
        count(size > reserved ? size - reserved : 0n),
        'subnet.usable.generic',
        `${size} addresses − network${cidr.family === 'IPv4' ? ' − broadcast' : ''}${gateway ? ' − gateway' : ''}`,
        'hostLocal',
        false,
      );
    }
    const nodes = nodeIPs.filter((ip) => cidr.contains(ip)).length;
    const pods = podIPs.filter((ip) => cidr.contains(ip)).length;
    const free = BigInt(usable.value) - BigInt(nodes + pods);
    return { name: s.name, cidr: cidr.toString(), family: cidr.family, usable, nodes, podIPs: pods, free: count(free < 0n ? 0n : free) };
  });
}

/** Free node addresses per family, summed over subnets. */
export function freeNodeAddresses(subnets: readonly SubnetHeadroom[]): { family: IpFamily; free: bigint }[] {
  const out: { family: IpFamily; free: bigint }[] = [];
  for (const family of ['IPv4', 'IPv6'] as const) {
    const mine = subnets.filter((s) => s.family === family);
    if (mine.length > 0) out.push({ family, free: mine.reduce((a, s) => a + BigInt(s.free), 0n) });
  }
  return out;
}

/**
 * The underlay: node addresses and zone labels from the Node objects, plus optional files given with
 * `--underlay`:
 * - a node's routes, `NODE=FILE`: `ip route` text (iproute2 ip-route(8)) or `ip -j route` JSON (the same fields
 *   as keys: dst, gateway, dev, prefsrc, protocol, scope). The connected route that holds the node's InternalIP
 *   is its subnet; the default route's gateway, when inside it, its gateway.
 * - `aws ec2 describe-subnets` JSON (AWS CLI reference: Subnets[].SubnetId, CidrBlock, AvailabilityZone,
 *   Ipv6CidrBlockAssociationSet, Tags Name): the subnets holding a node's InternalIP; the gateway is the subnet's
 *   base + 1, which AWS reserves for the VPC router (Amazon VPC User Guide, "Subnet CIDR blocks").
 * - `aws ec2 describe-route-tables` JSON (RouteTables[].Routes[]: DestinationCidrBlock with
 *   VpcPeeringConnectionId, TransitGatewayId or a vgw- GatewayId): peered and on-premises networks.
 * Calico's projectcalico.org/IPv4Address annotation (readCalico.ts) is a subnet source too.
 */
import { parseIp, parsePrefix, prefixContains, type ParsedPrefix } from '../addresses';
import { parseIpRoute } from '../ipRoute';
import type { Route } from '../../engine/model/topology';
import { AUTHORITY, type Evidence } from './evidence';
import { field, isObj, labelsOf, str, type Dump } from './dump';
import { internalIPs } from './readFlannel';

export interface UnderlayInput {
  /** Where it came from (a file name), for sources. */
  readonly label: string;
  /** The node whose routes these are (`NODE=FILE`); null for cloud JSON. */
  readonly node: string | null;
  readonly text: string;
}

interface SubnetCandidate {
  cidr: string;
  name: string | null;
  gateway: string | null;
  zone: string | null;
  source: string;
}

export function readUnderlay(dump: Dump, evidence: Evidence, inputs: readonly UnderlayInput[]): void {
  const nodes = dump.ofKind('Node').map((n) => ({ name: n.name, label: n.label, ips: internalIPs(n.value), zone: labelsOf(n)['topology.kubernetes.io/zone'] ?? null }));
  const found: SubnetCandidate[] = [];
  const externals: Array<{ name: string; cidr: string; kind: string; source: string }> = [];
  for (const input of inputs) {
    const json = parseJson(input.text);
    if (input.node !== null) {
      const node = nodes.find((n) => n.name === input.node);
      if (node === undefined) {
        evidence.finding(`--underlay ${input.node}=${input.label}: no Node ${input.node} in the dump; ignored`, 'spec.underlay');
        continue;
      }
      const routes = Array.isArray(json) ? routesFromJson(json) : parseIpRoute(input.text).routes;
      const subnet = connectedSubnet(routes, node.ips);
      if (subnet === null) {
        evidence.finding(`--underlay ${input.node}=${input.label}: no connected route holds ${node.ips.join(', ') || 'the node\'s InternalIP'}`, 'spec.underlay.subnets');
        continue;
      }
      const gateway = routes.find((r) => (r.destination === '0.0.0.0/0' || r.destination === '::/0') && r.via !== null && inside(subnet, r.via))?.via ?? null;
      found.push({ cidr: subnet.prefix, name: null, gateway, zone: node.zone, source: `${input.label} (ip route of ${node.name}): ${subnet.prefix}${gateway === null ? '' : `, default via ${gateway}`}` });
    } else if (isObj(json) && Array.isArray(json.Subnets)) {
      json.Subnets.forEach((s, index) => {
        if (!isObj(s)) return;
        const cidrs = [str(s.CidrBlock), ...(Array.isArray(s.Ipv6CidrBlockAssociationSet) ? s.Ipv6CidrBlockAssociationSet.map((a) => str(field(a, 'Ipv6CidrBlock'))) : [])];
        const nameTag = Array.isArray(s.Tags) ? s.Tags.find((t) => isObj(t) && t.Key === 'Name') : undefined;
        const name = (isObj(nameTag) ? str(nameTag.Value) : null) ?? str(s.SubnetId);
        for (const cidr of cidrs) {
          const prefix = cidr === null ? null : parsePrefix(cidr);
          if (prefix === null || !prefix.ok) continue;
          if (!nodes.some((n) => n.ips.some((ip) => inside(prefix.value, ip)))) continue;
          const gateway = prefix.value.family === 'IPv4' ? plusOne(prefix.value) : null;
          found.push({ cidr: prefix.value.prefix, name: name === null ? null : `${name}${prefix.value.family === 'IPv6' ? '-v6' : ''}`, gateway, zone: str(s.AvailabilityZone), source: `${input.label}: Subnets[${index}] (${str(s.SubnetId) ?? '?'})` });
        }
      });
    } else if (isObj(json) && Array.isArray(json.RouteTables)) {
      json.RouteTables.forEach((table, t) => {
        const routes = field(table, 'Routes');
        if (!Array.isArray(routes)) return;
        routes.forEach((route, r) => {
          const cidr = str(field(route, 'DestinationCidrBlock'));
          if (cidr === null || cidr === '0.0.0.0/0') return;
          const peering = str(field(route, 'VpcPeeringConnectionId'));
          const tgw = str(field(route, 'TransitGatewayId'));
          const gatewayId = str(field(route, 'GatewayId')) ?? '';
          const kind = peering !== null ? 'peering' : tgw !== null || gatewayId.startsWith('vgw-') ? 'on-prem' : null;
          if (kind === null || externals.some((e) => e.cidr === cidr)) return;
          externals.push({ name: (peering ?? tgw ?? gatewayId).slice(0, 63), cidr, kind, source: `${input.label}: RouteTables[${t}].Routes[${r}]` });
        });
      });
    } else {
      evidence.finding(`--underlay ${input.label}: neither NODE=FILE routes nor aws ec2 describe-subnets/describe-route-tables JSON; ignored`, 'spec.underlay');
    }
  }
  // Calico's annotation per node, when no file named that node's subnet.
  for (const node of nodes) {
    for (const family of ['IPv4', 'IPv6']) {
      const key = `underlay.subnet.${node.name}.${family}`;
      if (!evidence.has(key)) continue;
      const cidr = evidence.peek(key);
      if (typeof cidr === 'string' && !found.some((f) => f.cidr === cidr)) found.push({ cidr, name: null, gateway: null, zone: node.zone, source: evidence.sourceOf(key) ?? key });
    }
  }
  const subnets = dedupe(found, nodes, evidence);
  if (subnets.length > 0) {
    const listed = subnets.map((s) => ({ name: s.name, cidr: s.cidr, ...(s.gateway === null ? {} : { gateway: s.gateway }), ...(s.zone === null ? {} : { zone: s.zone }) }));
    evidence.offer('spec.underlay.subnets', listed, subnets.map((s) => s.source).join('; '), AUTHORITY.config);
  }
  const uncovered = nodes.filter((n) => n.ips.length > 0 && !subnets.some((s) => n.ips.some((ip) => inside(parsePrefixOk(s.cidr), ip))));
  if (uncovered.length > 0) {
    evidence.lack(
      'spec.underlay.subnets',
      `the subnet of ${uncovered.map((n) => n.name).join(', ')}: --underlay NODE=FILE with \`ip -j route\` from the node, or --underlay FILE with \`aws ec2 describe-subnets\` JSON, or the node annotation k8s-netmodel.io/subnet`,
    );
  }
  const noGateway = subnets.filter((s) => s.gateway === null);
  if (subnets.length > 1 && noGateway.length > 0) {
    evidence.lack('spec.underlay.subnets[].gateway', `the gateway of ${noGateway.map((s) => s.cidr).join(', ')} (nodes in different subnets reach each other through it): --underlay NODE=FILE with the node's \`ip route\` (its default route)`);
  }
  if (externals.length > 0) evidence.offer('spec.externalNetworks', externals.map(({ source: _s, ...e }) => e), externals.map((e) => e.source).join('; '), AUTHORITY.config);
  const noAddress = nodes.filter((n) => n.ips.length === 0);
  if (noAddress.length > 0) evidence.lack('nodes.status.addresses', `an InternalIP for ${noAddress.map((n) => n.name).join(', ')} (Node status.addresses)`);
}

function dedupe(found: readonly SubnetCandidate[], nodes: ReadonlyArray<{ ips: string[]; zone: string | null; label: string }>, evidence: Evidence): Array<SubnetCandidate & { name: string }> {
  const out: Array<SubnetCandidate & { name: string }> = [];
  for (const candidate of found) {
    const same = out.find((s) => s.cidr === candidate.cidr);
    if (same !== undefined) {
      if (same.gateway === null) same.gateway = candidate.gateway;
      continue;
    }
    const prefix = parsePrefixOk(candidate.cidr);
    // The zone is the nodes' own label when they all agree on it.
    const zones = new Set(nodes.filter((n) => n.ips.some((ip) => inside(prefix, ip))).map((n) => n.zone));
    const zone = candidate.zone ?? (zones.size === 1 ? [...zones][0] ?? null : null);
    if (candidate.zone !== null && zones.size > 0 && ![...zones].every((z) => z === null || z === candidate.zone)) {
      evidence.finding(`${candidate.source}: subnet ${candidate.cidr} is in ${candidate.zone} but nodes in it are labelled ${[...zones].join(', ')} (topology.kubernetes.io/zone)`, 'spec.underlay.subnets');
    }
    out.push({ ...candidate, zone, name: candidate.name ?? `net-${candidate.cidr.replace(/[.:/]+/g, '-').replace(/-+$/, '')}` });
  }
  return out;
}

function parsePrefixOk(cidr: string): ParsedPrefix {
  const parsed = parsePrefix(cidr, { hostBits: 'mask' });
  if (!parsed.ok) throw new Error(`invariant: ${cidr} was parsed before`);
  return parsed.value;
}

function inside(prefix: ParsedPrefix, address: string): boolean {
  const ip = parseIp(address);
  return ip.ok && ip.value.family === prefix.family && prefixContains(prefix, ip.value);
}

function plusOne(prefix: ParsedPrefix): string | null {
  const parts = prefix.address.address.split('.').map(Number);
  const value = (((parts[0] ?? 0) << 24) >>> 0) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0) + 1;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

function connectedSubnet(routes: readonly Route[], ips: readonly string[]): ParsedPrefix | null {
  let best: ParsedPrefix | null = null;
  for (const route of routes) {
    if (route.via !== null || route.type !== 'unicast' || route.destination.endsWith('/0')) continue;
    const prefix = parsePrefix(route.destination);
    if (!prefix.ok || (prefix.value.family === 'IPv4' && prefix.value.length === 32) || prefix.value.length === 128) continue;
    if (ips.some((ip) => inside(prefix.value, ip)) && (best === null || prefix.value.length > best.length)) best = prefix.value;
  }
  return best;
}

/** `ip -j route` objects → routes (only what the subnet search needs). */
function routesFromJson(items: readonly unknown[]): Route[] {
  return items.flatMap((item) => {
    if (!isObj(item)) return [];
    const dst = str(item.dst) ?? '';
    const destination = dst === 'default' ? (str(item.gateway)?.includes(':') ? '::/0' : '0.0.0.0/0') : dst.includes('/') ? dst : dst.includes(':') ? `${dst}/128` : `${dst}/32`;
    const type = str(item.type) ?? 'unicast';
    return [{ destination, via: str(item.gateway), dev: str(item.dev), type: type === 'unicast' ? 'unicast' : 'local', metric: typeof item.metric === 'number' ? item.metric : null, src: str(item.prefsrc), onlink: false } as Route];
  });
}

function parseJson(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

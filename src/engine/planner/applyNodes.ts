/**
 * addNodes and removeNode.
 *
 * Pod CIDRs of new nodes are what kube-controller-manager's range allocator would assign
 * (src/engine/net simulateRangeAllocatorStartup: kubernetes/kubernetes pkg/controller/nodeipam/ipam/
 * range_allocator.go, cidrset/cidr_set.go): the service CIDRs are carved out, every existing node's
 * podCIDRs are occupied in node order, then each node without podCIDRs — existing ones first, as they
 * registered first — gets the next free block of every cluster CIDR. When a set runs out the operation is
 * refused with the allocator's own error text and how many of the new nodes fit.
 */
import type { ClusterNode, Topology, UnderlaySubnet } from '../model/topology';
import { DEFAULTS } from '../model/topology';
import { Prefix, rangeAllocatorParams, simulateRangeAllocatorStartup } from '../net';
import { dropEndpoints, reconcileSlices, servicesSelecting } from './endpointSlices';
import { ZONE_LABEL } from '../services/inferEndpointSlices';
import { dns1123SubdomainProblem } from '../model/names';
import type { AddNodes, RemoveNode } from './operations';
import { usedAddresses } from './placement';
import { done, knownNames, listed, plural, podKey, reject, type Step } from './step';

const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/** The next `count` free addresses of a subnet: not the network, gateway or IPv4 broadcast address, not a node's or pod's. */
function freeSubnetAddresses(t: Topology, subnet: UnderlaySubnet, count: number): string[] {
  const cidr = Prefix.parse(subnet.cidr);
  const used = usedAddresses(t);
  if (subnet.gateway !== null) used.add(subnet.gateway);
  const size = cidr.size();
  // RFC 3021: a /31 has no network or broadcast address; otherwise IPv4 reserves both, IPv6 the subnet-router anycast (offset 0).
  const first = cidr.family === 'IPv4' && size <= 2n ? 0n : 1n;
  const last = cidr.family === 'IPv4' && size > 2n ? size - 2n : size - 1n;
  const out: string[] = [];
  for (let o = first; o <= last && out.length < count; o++) {
    const ip = cidr.nth(o)!.toString();
    if (!used.has(ip)) out.push(ip);
  }
  return out;
}

function nodeNames(t: Topology, pattern: string, count: number): string[] {
  const taken = new Set(t.nodes.map((n) => n.name));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = pattern.replace('{n}', String(n));
    if (!taken.has(name)) out.push(name);
  }
  return out;
}

type Allocation = { ok: true; podCIDRs: string[][]; notes: string[] } | { ok: false; path: string; message: string };

function allocate(t: Topology, names: readonly string[], op: AddNodes, path: string): Allocation {
  if (op.podCIDRs !== undefined) return explicitPodCIDRs(t, op.podCIDRs, `${path}.podCIDRs`);
  if (t.podCIDRs.length === 0) {
    return { ok: true, podCIDRs: names.map(() => []), notes: ['the topology has no cluster CIDR, so the range allocator does not run (--allocate-node-cidrs needs --cluster-cidr): the new nodes get no podCIDR'] };
  }
  const pendingBefore = t.nodes.filter((n) => n.podCIDRs.length === 0).map((n) => n.name);
  const run = simulateRangeAllocatorStartup(rangeAllocatorParams(t), [...t.nodes, ...names.map((name) => ({ name, podCIDRs: [] }))]);
  if (!run.ok) return { ok: false, path, message: `the node IPAM range allocator cannot start on this cluster: ${run.message}` };
  const byName = new Map(run.nodes.map((o) => [o.node, o]));
  const podCIDRs: string[][] = [];
  for (const [i, name] of names.entries()) {
    const o = byName.get(name)!;
    if (o.status === 'failed') {
      const fit = i === 0 ? 'none of the new nodes fits' : `only ${i} of the ${names.length} new nodes fit`;
      return { ok: false, path: `${path}.count`, message: `${o.message} (node ${name}): ${fit} in cluster CIDR ${t.podCIDRs.join(', ')} with /${maskList(t)} node blocks` };
    }
    podCIDRs.push(o.podCIDRs.map((p) => p.toString()));
  }
  const notes: string[] = [];
  if (pendingBefore.length > 0) {
    const got = pendingBefore.map((n) => { const o = byName.get(n); return `${n} ${o?.status === 'allocated' ? o.podCIDRs.map((p) => p.toString()).join(',') : '(none left)'}`; });
    notes.push(`existing nodes without a podCIDR are allocated first, as they registered first: ${listed(got)} (not written: this operation adds nodes only)`);
  }
  for (const e of run.serviceFilterErrors) notes.push(`the allocator could not carve the service CIDR out of the cluster CIDR (logged, not fatal): ${e}`);
  return { ok: true, podCIDRs, notes };
}

function maskList(t: Topology): string {
  return t.podCIDRs.map((c) => (c.includes(':') ? t.nodeCIDRMaskSize.ipv6 : t.nodeCIDRMaskSize.ipv4)).join(', /');
}

/** Explicit podCIDRs: one per cluster CIDR, each inside it (range_allocator occupyCIDRs), none taken. */
function explicitPodCIDRs(t: Topology, lists: readonly (readonly string[])[], path: string): Allocation {
  const clusters = t.podCIDRs.map((c) => Prefix.parse(c));
  const owners: { prefix: Prefix; owner: string }[] = t.nodes.flatMap((n) => n.podCIDRs.map((c) => ({ prefix: Prefix.parse(c), owner: `node ${n.name}` })));
  for (const [i, list] of lists.entries()) {
    if (list.length !== clusters.length) return { ok: false, path: `${path}[${i}]`, message: `expected one podCIDR per cluster CIDR (${clusters.length}: ${t.podCIDRs.join(', ') || 'none'}), got ${list.length}` };
    for (const [j, text] of list.entries()) {
      const p = Prefix.parse(text);
      const cluster = clusters[j]!;
      if (!cluster.contains(p)) return { ok: false, path: `${path}[${i}][${j}]`, message: `cidr ${text} is out the range of cluster cidr ${cluster.toString()} (the range allocator would refuse to start)` };
      const clash = owners.find((o) => o.prefix.overlaps(p));
      if (clash !== undefined) return { ok: false, path: `${path}[${i}][${j}]`, message: `${text} overlaps ${clash.prefix.toString()} of ${clash.owner}` };
      owners.push({ prefix: p, owner: `new node #${i + 1}` });
    }
  }
  return { ok: true, podCIDRs: lists.map((l) => [...l]), notes: [] };
}

export function addNodes(t: Topology, op: AddNodes, path: string): Step {
  const subnets = t.underlay.subnets;
  const subnet = subnets.find((s) => s.name === op.subnet);
  if (subnet === undefined) return reject(`${path}.subnet`, `subnet ${JSON.stringify(op.subnet)} does not exist (subnets: ${knownNames(subnets.map((s) => s.name))})`);
  const second = op.secondarySubnet === undefined ? undefined : subnets.find((s) => s.name === op.secondarySubnet);
  if (op.secondarySubnet !== undefined) {
    if (second === undefined) return reject(`${path}.secondarySubnet`, `subnet ${JSON.stringify(op.secondarySubnet)} does not exist (subnets: ${knownNames(subnets.map((s) => s.name))})`);
    if (Prefix.parse(second.cidr).family === Prefix.parse(subnet.cidr).family) return reject(`${path}.secondarySubnet`, `${second.name} (${second.cidr}) is of the same IP family as ${subnet.name}; a node has one InternalIP per family`);
  }
  const names = nodeNames(t, op.namePattern ?? `${op.subnet}-node-{n}`, op.count);
  const badName = names.map((n) => [n, dns1123SubdomainProblem(n)] as const).find(([, p]) => p !== null);
  if (badName !== undefined) return reject(`${path}.namePattern`, `node name ${JSON.stringify(badName[0])} ${badName[1]}; give a namePattern`);
  const ips = freeSubnetAddresses(t, subnet, op.count);
  if (ips.length < op.count) return reject(`${path}.count`, `subnet ${subnet.name} (${subnet.cidr}) has ${plural(ips.length, 'free address', 'free addresses')} for ${plural(op.count, 'new node')}`);
  const ips2 = second === undefined ? [] : freeSubnetAddresses(t, second, op.count);
  if (second !== undefined && ips2.length < op.count) return reject(`${path}.count`, `subnet ${second.name} (${second.cidr}) has ${plural(ips2.length, 'free address', 'free addresses')} for ${plural(op.count, 'new node')}`);
  const alloc = allocate(t, names, op, path);
  if (!alloc.ok) return reject(alloc.path, alloc.message);

  const zone: Record<string, string> = subnet.zone === null ? {} : { [ZONE_LABEL]: subnet.zone };
  const nodes: ClusterNode[] = names.map((name, i) => ({
    name,
    internalIPs: second === undefined ? [ips[i]!] : [ips[i]!, ips2[i]!],
    externalIPs: [],
    subnet: subnet.name,
    podCIDRs: alloc.podCIDRs[i]!,
    labels: { [HOSTNAME_LABEL]: name, ...zone, ...op.labels },
    mtu: null,
    maxPods: op.maxPods ?? DEFAULTS.kubeletMaxPods,
  }));
  const notes = [
    `added ${plural(nodes.length, 'node')} in ${subnet.name}: ${listed(nodes.map((n) => `${n.name} ${n.internalIPs.join(',')}${n.podCIDRs.length > 0 ? ` podCIDRs ${n.podCIDRs.join(',')}` : ''}`), 6)}`,
    ...alloc.notes,
  ];
  if (subnet.zone !== null && op.labels?.[ZONE_LABEL] === undefined) notes.push(`labels ${HOSTNAME_LABEL} (kubelet) and ${ZONE_LABEL}=${subnet.zone} (the subnet's zone, as a cloud provider's node controller would set it)`);
  if (t.podCIDRs.length > 1 && second === undefined) notes.push('the cluster is dual-stack but the new nodes have one InternalIP: give secondarySubnet for the other family');
  return done({ ...t, nodes: [...t.nodes, ...nodes] }, notes);
}

export function removeNode(t: Topology, op: RemoveNode, path: string): Step {
  const node = t.nodes.find((n) => n.name === op.name);
  if (node === undefined) return reject(`${path}.name`, `node ${JSON.stringify(op.name)} does not exist (nodes: ${knownNames(t.nodes.map((n) => n.name))})`);
  const pods = t.pods.filter((p) => p.nodeName === node.name);
  if (op.drain === false && pods.length > 0) {
    return reject(`${path}.drain`, `node ${node.name} still runs ${plural(pods.length, 'pod')} (${listed(pods.map(podKey))}); drain it (drain: true) or remove them first — a pod bound to a deleted node is garbage-collected anyway (kubernetes/kubernetes pkg/controller/podgc/gc_controller.go gcOrphaned)`);
  }
  const removed = new Set(pods.map(podKey));
  const touched = servicesSelecting(t, pods);
  const { slices, dropped } = dropEndpoints(t, removed, node.name);
  const next: Topology = {
    ...t,
    nodes: t.nodes.filter((n) => n !== node),
    pods: t.pods.filter((p) => !removed.has(podKey(p))),
    nodeRoutes: t.nodeRoutes.filter((r) => r.node !== node.name),
    endpointSlices: slices,
  };
  const notes = [`removed node ${node.name} (${node.internalIPs.join(', ') || 'no InternalIP'})${pods.length > 0 ? ` and its ${plural(pods.length, 'pod')}: ${listed(pods.map(podKey))}` : ''}`];
  if (dropped.size > 0) notes.push(`endpoints removed: ${listed([...dropped].map(([svc, n]) => `${svc} (${n})`))}`);
  if (node.podCIDRs.length > 0) notes.push(`its podCIDRs ${node.podCIDRs.join(', ')} are released to the range allocator (ReleaseCIDR)`);
  const stale = [...t.underlay.routes.map((r) => ({ r, where: 'underlay' })), ...t.nodeRoutes.filter((x) => x.node !== node.name).flatMap((x) => x.routes.map((r) => ({ r, where: `node ${x.node}` })))].filter(({ r }) => r.via !== null && node.internalIPs.includes(r.via));
  for (const { r, where } of stale) notes.push(`${where} route ${r.destination} via ${r.via} now points at an address no node has`);
  return done(reconcileSlices(next, touched), notes);
}

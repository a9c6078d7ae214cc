/**
 * setClusterCIDRs, addClusterCIDR, setNodeMask, setServiceCIDRs.
 *
 * Two upstream facts decide what these do to existing nodes:
 * - Kubernetes never re-allocates a node's podCIDRs. The API server refuses any change once they are set
 *   (kubernetes/kubernetes pkg/apis/core/validation/validation.go ValidateNodeUpdate: "node updates may
 *   not change podCIDR except from \"\" to valid"), and the range allocator only *occupies* the CIDRs of
 *   nodes that have some (pkg/controller/nodeipam/ipam/range_allocator.go AllocateOrOccupyCIDR). So
 *   existing nodes keep theirs, a second cluster CIDR reaches new nodes only, and a new node mask applies
 *   to new nodes only — the misfits are reported.
 * - kube-controller-manager refuses to start when an existing allocation cannot be occupied in the new
 *   configuration (a podCIDR outside its cluster CIDR, a second podCIDR with no second cluster CIDR) or
 *   when the mask does not fit the cluster CIDR (node_ipam_controller.go, cidr_set.go). Such an operation
 *   does not apply: it is refused with the controller's own message.
 */
import { serviceRangeLimits } from '../capacity/serviceRange';
import type { IpFamily, Topology } from '../model/topology';
import { CidrSet, IpAddress, Prefix, rangeAllocatorParams, simulateRangeAllocatorStartup } from '../net';
import type { AddClusterCIDR, SetClusterCIDRs, SetNodeMask, SetServiceCIDRs } from './operations';
import { familyOfCidr } from './parseRoute';
import { done, listed, plural, reject, type Step } from './step';

const NEVER_REALLOCATED = 'existing nodes keep their podCIDRs: Kubernetes never re-allocates them (ValidateNodeUpdate refuses the change; the range allocator only occupies them)';

function maskFor(t: Topology, family: IpFamily): number {
  return family === 'IPv4' ? t.nodeCIDRMaskSize.ipv4 : t.nodeCIDRMaskSize.ipv6;
}

/** Checks that the allocator can be built and started on `next`; returns the refusal, or the startup's notes. */
function allocatorStarts(next: Topology, path: string): { ok: true; notes: string[]; sets: readonly CidrSet[] } | { ok: false; step: Step } {
  for (const [i, text] of next.podCIDRs.entries()) {
    const cidr = Prefix.parse(text);
    const made = CidrSet.create(cidr, maskFor(next, cidr.family));
    if (!made.ok) return { ok: false, step: reject(path, `${made.error.message} (cluster CIDR ${text} with node mask /${maskFor(next, cidr.family)}, podCIDRs[${i}])`) };
  }
  if (next.podCIDRs.length === 0) return { ok: true, notes: [], sets: [] };
  const run = simulateRangeAllocatorStartup(rangeAllocatorParams(next), next.nodes);
  if (!run.ok) return { ok: false, step: reject(path, `kube-controller-manager's node IPAM controller would not start: ${run.message}`) };
  const notes = run.serviceFilterErrors.map((e) => `the allocator could not carve the service CIDR out of the cluster CIDR (logged, not fatal): ${e}`);
  return { ok: true, notes, sets: run.sets };
}

function blockNote(sets: readonly CidrSet[]): string[] {
  return sets.map((s) => `${s.clusterCIDR.toString()} holds ${s.maxCIDRs} /${s.nodeMaskSize} node blocks; ${s.allocatedCount} are occupied (node podCIDRs and any overlapping service CIDR)`);
}

export function setClusterCIDRs(t: Topology, op: SetClusterCIDRs, path: string): Step {
  const next: Topology = { ...t, podCIDRs: [...op.cidrs] };
  const started = allocatorStarts(next, `${path}.cidrs`);
  if (!started.ok) return started.step;
  const notes = [`cluster CIDRs ${t.podCIDRs.join(', ') || 'none'} → ${op.cidrs.join(', ')}`, NEVER_REALLOCATED, ...blockNote(started.sets), ...started.notes];
  if (t.kubeProxy.clusterCIDRs.length > 0 && t.kubeProxy.clusterCIDRs.join() !== op.cidrs.join()) notes.push(`kube-proxy's --cluster-cidr still says ${t.kubeProxy.clusterCIDRs.join(', ')}`);
  return done(next, notes);
}

export function addClusterCIDR(t: Topology, op: AddClusterCIDR, path: string): Step {
  const family = familyOfCidr(op.cidr);
  const same = t.podCIDRs.find((c) => familyOfCidr(c) === family);
  if (same !== undefined) return reject(`${path}.cidr`, `the cluster already has an ${family} cluster CIDR (${same}); a cluster has one per family — use setClusterCIDRs to replace it`);
  const next: Topology = { ...t, podCIDRs: [...t.podCIDRs, op.cidr] };
  const started = allocatorStarts(next, `${path}.cidr`);
  if (!started.ok) return started.step;
  const notes = [
    `cluster CIDR ${op.cidr} added (${family}, /${maskFor(t, family)} node blocks)`,
    t.nodes.length > 0 ? `${plural(t.nodes.length, 'existing node')} stay single-stack: spec.podCIDRs can only go from empty to set (ValidateNodeUpdate), so only nodes registered from now on get a ${family} podCIDR` : 'new nodes get a podCIDR from every cluster CIDR',
    ...started.notes,
  ];
  if (!t.serviceCIDRs.some((c) => familyOfCidr(c) === family)) notes.push(`there is no ${family} service CIDR: Services stay single-stack until one is added`);
  return done(next, notes);
}

export function setNodeMask(t: Topology, op: SetNodeMask, path: string): Step {
  const key = op.family === 'IPv4' ? 'ipv4' : 'ipv6';
  const next: Topology = { ...t, nodeCIDRMaskSize: { ...t.nodeCIDRMaskSize, [key]: op.size } };
  const idx = t.podCIDRs.findIndex((c) => familyOfCidr(c) === op.family);
  const change = `node CIDR mask (${op.family}) /${maskFor(t, op.family)} → /${op.size}`;
  if (idx < 0) return done(next, [`${change}; the cluster has no ${op.family} cluster CIDR, so it takes effect when one is added`]);
  const started = allocatorStarts(next, `${path}.size`);
  if (!started.ok) return started.step;
  const set = started.sets[idx]!;
  const misfits: string[] = [];
  const byBlock = new Map<string, string[]>();
  for (const n of t.nodes) {
    const text = n.podCIDRs.find((c) => familyOfCidr(c) === op.family);
    if (text === undefined) continue;
    const p = Prefix.parse(text);
    if (p.length !== op.size) misfits.push(`${n.name} (${text})`);
    const r = set.beginningAndEndIndices(p);
    if (r.ok && r.value.begin === r.value.end) {
      const block = set.indexToCidrBlock(r.value.begin).toString();
      byBlock.set(block, [...(byBlock.get(block) ?? []), n.name]);
    }
  }
  const notes = [change, NEVER_REALLOCATED, ...blockNote([set]), ...started.notes];
  if (misfits.length > 0) notes.push(`${plural(misfits.length, 'existing node')} no longer fit${misfits.length === 1 ? 's' : ''} the new mask (their podCIDR is not a /${op.size}): ${listed(misfits)}`);
  const shared = [...byBlock].filter(([, names]) => names.length > 1).map(([block, names]) => `${block} (${names.join(', ')})`);
  if (shared.length > 0) notes.push(`several existing nodes' podCIDRs lie in one new /${op.size} block, which counts once: ${listed(shared, 4)}`);
  return done(next, notes);
}

export function setServiceCIDRs(t: Topology, op: SetServiceCIDRs, path: string): Step {
  const next: Topology = { ...t, serviceCIDRs: [...op.cidrs] };
  const notes = [`service CIDRs ${t.serviceCIDRs.join(', ') || 'none'} → ${op.cidrs.join(', ')}`];
  for (const [i, text] of op.cidrs.entries()) {
    const cidr = Prefix.parse(text);
    const refusals = [
      ...serviceRangeLimits(cidr, i, 'bitmap').filter((l) => !l.ok).map((l) => `kube-apiserver before 1.33 (bitmap allocator) refuses it: "${l.message}"`),
      ...serviceRangeLimits(cidr, i, 'ipaddress').filter((l) => !l.ok).map((l) => `kube-apiserver 1.34+ (IPAddress allocator) refuses it: "${l.message}"`),
    ];
    notes.push(...refusals.map((r) => `${text}: ${r}`));
  }
  const ranges = op.cidrs.map((c) => Prefix.parse(c));
  const outside = t.services.flatMap((s) => s.clusterIPs.filter((ip) => !ranges.some((r) => r.contains(IpAddress.parse(ip)))).map((ip) => `${s.namespace}/${s.name} ${ip}`));
  if (outside.length > 0) {
    notes.push(`${plural(outside.length, 'ClusterIP')} fall outside the new ranges and keep their address until the Service is recreated (the API server's repair loop reports them, pkg/registry/core/service/ipallocator/controller/repair.go): ${listed(outside)}`);
  }
  if (t.podCIDRs.length > 0) {
    const started = allocatorStarts(next, `${path}.cidrs`);
    if (started.ok) notes.push(...started.notes);
  }
  return done(next, notes);
}

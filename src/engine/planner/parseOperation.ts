/**
 * parseOperation: the boundary for operations. Every field is checked (types, ranges, enums, name
 * syntaxes, CIDRs and addresses) and canonicalized; every problem is reported with its field path.
 * What needs the topology (does the subnet exist, does the CIDR fit) is checked when applying (apply.ts).
 */
import { CNI_PLUGINS, EXTERNAL_NETWORK_KINDS, KUBE_PROXY_MODES, OVERLAY_MODES, type IpFamily } from '../model/topology';
import { cidrProblem, compact, describe, Fields } from './fields';
import { dns1123SubdomainProblem, interfaceNameProblem, localNameProblem } from '../model/names';
import { OPERATION_KINDS, type Operation, type OperationContext, type OperationKind, type Problem } from './operations';
import { familyOfCidr, parseRouteSpec, readDestination, routeSpecOf } from './parseRoute';
import { parsePolicyManifestOp, parseRemoveAdminNetworkPolicy, parseRemoveNetworkPolicy, parseSetNamespaceLabels, parseSetPodLabels } from './parsePolicy';
import { parseAddPods, parseAddService, parseRemovePods, parseScaleService, parseServiceRef } from './parseWorkloads';

export type ParsedOperation = { readonly ok: true; readonly operation: Operation } | { readonly ok: false; readonly problems: readonly Problem[] };
export type ParsedOperations = { readonly ok: true; readonly operations: readonly Operation[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Problems reported at most; past that the last entry counts the rest (docs/ARCHITECTURE.md "Error handling": capped). */
export const MAX_PROBLEMS = 100;
export const MAX_NEW_NODES = 5000;
export const MIN_MTU = 68;
export const MAX_MTU = 65535;
const FAMILIES: readonly IpFamily[] = ['IPv4', 'IPv6'];

type Parser = (f: Fields, problems: Problem[], ctx: OperationContext) => Operation | undefined;

const nodeName = dns1123SubdomainProblem;

/** `{n}` must appear once: it is what makes the names distinct. */
function namePatternProblem(pattern: string): string | null {
  if (pattern.split('{n}').length !== 2) return 'must contain "{n}" exactly once';
  return nodeName(pattern.replace('{n}', '1'));
}

function nodeMtu(f: Fields, key: string): number | null | undefined {
  return f.intOrNull(key, MIN_MTU, MAX_MTU);
}

function parsePodCIDRLists(f: Fields, count: number | undefined, problems: Problem[]): string[][] | undefined {
  const lists = f.list('podCIDRs', 1, MAX_NEW_NODES);
  if (lists === undefined) return undefined;
  if (count !== undefined && lists.length !== count) return f.fail('podCIDRs', `expected one list per new node (${count}), got ${lists.length}`);
  const out: string[][] = [];
  for (const [i, entry] of lists.entries()) {
    const path = `${f.at('podCIDRs')}[${i}]`;
    if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) {
      problems.push({ path, message: `expected a list of one or two CIDRs, got ${describe(entry)}` });
      continue;
    }
    const cidrs: string[] = [];
    for (const [j, text] of entry.entries()) {
      const r = typeof text === 'string' ? cidrProblem(text) : { problem: `expected a CIDR string, got ${describe(text)}` };
      if ('problem' in r) problems.push({ path: `${path}[${j}]`, message: r.problem });
      else cidrs.push(r.cidr);
    }
    out.push(cidrs);
  }
  return out;
}

const PARSERS: Readonly<Record<OperationKind, { fields: readonly string[]; parse: Parser }>> = {
  addNodes: {
    fields: ['count', 'subnet', 'secondarySubnet', 'namePattern', 'labels', 'podCIDRs', 'maxPods'],
    parse: (f, problems) => {
      const count = f.required('count', (k) => f.int(k, 1, MAX_NEW_NODES));
      const op = compact({
        op: 'addNodes' as const,
        count: count ?? 0,
        subnet: f.required('subnet', (k) => f.string(k, localNameProblem)) ?? '',
        secondarySubnet: f.string('secondarySubnet', localNameProblem),
        namePattern: f.string('namePattern', namePatternProblem),
        labels: f.labels('labels'),
        podCIDRs: parsePodCIDRLists(f, count, problems),
        maxPods: f.int('maxPods', 1, 100000),
      });
      return op;
    },
  },
  removeNode: {
    fields: ['name', 'drain'],
    parse: (f) => compact({ op: 'removeNode' as const, name: f.required('name', (k) => f.string(k, nodeName)) ?? '', drain: f.bool('drain') }),
  },
  setClusterCIDRs: {
    fields: ['cidrs'],
    parse: (f) => ({ op: 'setClusterCIDRs', cidrs: f.required('cidrs', (k) => f.cidrsOnePerFamily(k, 1)) ?? [] }),
  },
  addClusterCIDR: {
    fields: ['cidr'],
    parse: (f) => ({ op: 'addClusterCIDR', cidr: f.required('cidr', (k) => f.cidr(k)) ?? '' }),
  },
  setNodeMask: {
    fields: ['family', 'size'],
    parse: (f) => {
      const family = f.required('family', (k) => f.oneOf(k, FAMILIES));
      const size = f.required('size', (k) => f.int(k, 0, family === 'IPv4' ? 32 : 128));
      return { op: 'setNodeMask', family: family ?? 'IPv4', size: size ?? 0 };
    },
  },
  setServiceCIDRs: {
    fields: ['cidrs'],
    parse: (f) => ({ op: 'setServiceCIDRs', cidrs: f.required('cidrs', (k) => f.cidrsOnePerFamily(k, 1)) ?? [] }),
  },
  setCni: {
    fields: ['plugin', 'overlay', 'crossSubnet', 'bridge', 'vni', 'port'],
    parse: (f) => {
      const op = compact({
        op: 'setCni' as const,
        plugin: f.oneOf('plugin', CNI_PLUGINS),
        overlay: f.oneOf('overlay', OVERLAY_MODES),
        crossSubnet: f.bool('crossSubnet'),
        bridge: f.string('bridge', interfaceNameProblem),
        vni: f.intOrNull('vni', 0, 16777215),
        port: f.intOrNull('port', 1, 65535),
      });
      if (Object.keys(op).length === 1) f.fail('plugin', 'setCni changes nothing: give at least one of plugin, overlay, crossSubnet, bridge, vni, port');
      return op;
    },
  },
  setUnderlayMtu: {
    fields: ['subnet', 'mtu'],
    parse: (f) => {
      const subnet = f.string('subnet', localNameProblem);
      const mtu = f.required('mtu', (k) => (subnet === undefined ? f.int(k, MIN_MTU, MAX_MTU) : nodeMtu(f, k)));
      return compact({ op: 'setUnderlayMtu' as const, subnet, mtu: mtu ?? null });
    },
  },
  setPodMtu: {
    fields: ['mtu'],
    parse: (f) => ({ op: 'setPodMtu', mtu: f.required('mtu', (k) => nodeMtu(f, k)) ?? null }),
  },
  addSubnet: {
    fields: ['name', 'cidr', 'gateway', 'zone', 'mtu'],
    parse: (f) => {
      const cidr = f.required('cidr', (k) => f.cidr(k));
      const gateway = f.ipOrNull('gateway');
      if (cidr !== undefined && gateway) {
        if (gateway.family !== familyOfCidr(cidr)) f.fail('gateway', `${gateway.ip} is ${gateway.family} but the subnet ${cidr} is ${familyOfCidr(cidr)}`);
      }
      return compact({
        op: 'addSubnet' as const,
        name: f.required('name', (k) => f.string(k, localNameProblem)) ?? '',
        cidr: cidr ?? '',
        gateway: gateway === null ? null : gateway?.ip,
        zone: f.raw('zone') === null ? null : f.string('zone', localNameProblem),
        mtu: nodeMtu(f, 'mtu'),
      });
    },
  },
  removeSubnet: {
    fields: ['name'],
    parse: (f) => ({ op: 'removeSubnet', name: f.required('name', (k) => f.string(k, localNameProblem)) ?? '' }),
  },
  addUnderlayRoute: {
    fields: ['route'],
    parse: (f, problems) => {
      const route = f.required('route', (k) => parseRouteSpec(f.raw(k), f.at(k), problems));
      return { op: 'addUnderlayRoute', route: route === undefined ? { destination: '' } : routeSpecOf(route) };
    },
  },
  removeUnderlayRoute: {
    fields: ['destination', 'via'],
    parse: (f) => {
      const via = f.ipOrNull('via');
      return compact({ op: 'removeUnderlayRoute' as const, destination: readDestination(f, 'destination', via?.family ?? null) ?? '', via: via === null ? null : via?.ip });
    },
  },
  addNodeRoute: {
    fields: ['node', 'route'],
    parse: (f, problems) => {
      const node = f.required('node', (k) => f.string(k, nodeName)) ?? '';
      const route = f.required('route', (k) => parseRouteSpec(f.raw(k), f.at(k), problems));
      return { op: 'addNodeRoute', node, route: route === undefined ? { destination: '' } : routeSpecOf(route) };
    },
  },
  removeNodeRoute: {
    fields: ['node', 'destination', 'via'],
    parse: (f) => {
      const via = f.ipOrNull('via');
      const node = f.required('node', (k) => f.string(k, nodeName)) ?? '';
      return compact({ op: 'removeNodeRoute' as const, node, destination: readDestination(f, 'destination', via?.family ?? null) ?? '', via: via === null ? null : via?.ip });
    },
  },
  addExternalNetwork: {
    fields: ['name', 'cidr', 'kind'],
    parse: (f) =>
      compact({
        op: 'addExternalNetwork' as const,
        name: f.required('name', (k) => f.string(k, localNameProblem)) ?? '',
        cidr: f.required('cidr', (k) => f.cidr(k)) ?? '',
        kind: f.oneOf('kind', EXTERNAL_NETWORK_KINDS),
      }),
  },
  removeExternalNetwork: {
    fields: ['name'],
    parse: (f) => ({ op: 'removeExternalNetwork', name: f.required('name', (k) => f.string(k, localNameProblem)) ?? '' }),
  },
  setKubeProxy: {
    fields: ['mode', 'masqueradeBit', 'masqueradeAll', 'localhostNodePorts', 'nodePortAddresses', 'clusterCIDRs'],
    parse: (f) => {
      const op = compact({
        op: 'setKubeProxy' as const,
        mode: f.oneOf('mode', KUBE_PROXY_MODES),
        masqueradeBit: f.int('masqueradeBit', 0, 31),
        masqueradeAll: f.bool('masqueradeAll'),
        localhostNodePorts: f.bool('localhostNodePorts'),
        nodePortAddresses: readNodePortAddresses(f),
        clusterCIDRs: f.cidrsOnePerFamily('clusterCIDRs', 0),
      });
      if (Object.keys(op).length === 1) f.fail('mode', 'setKubeProxy changes nothing: give at least one setting');
      return op;
    },
  },
  addService: { fields: ['namespace', 'name', 'type', 'clusterIP', 'ports', 'selector', 'replicas', 'nodeSelector', 'externalTrafficPolicy', 'internalTrafficPolicy'], parse: parseAddService },
  removeService: { fields: ['namespace', 'name'], parse: (f) => ({ op: 'removeService', ...parseServiceRef(f) }) },
  scaleService: { fields: ['namespace', 'name', 'replicas', 'nodeSelector'], parse: parseScaleService },
  addPods: { fields: ['namespace', 'namePrefix', 'count', 'labels', 'node', 'nodeSelector', 'ports', 'hostNetwork'], parse: parseAddPods },
  removePods: { fields: ['namespace', 'names', 'selector'], parse: parseRemovePods },
  addNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('addNetworkPolicy', f, problems, ctx) },
  replaceNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('replaceNetworkPolicy', f, problems, ctx) },
  removeNetworkPolicy: { fields: ['namespace', 'name'], parse: parseRemoveNetworkPolicy },
  addAdminNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('addAdminNetworkPolicy', f, problems, ctx) },
  replaceAdminNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('replaceAdminNetworkPolicy', f, problems, ctx) },
  removeAdminNetworkPolicy: { fields: ['name'], parse: parseRemoveAdminNetworkPolicy },
  addBaselineAdminNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('addBaselineAdminNetworkPolicy', f, problems, ctx) },
  replaceBaselineAdminNetworkPolicy: { fields: ['policy'], parse: (f, problems, ctx) => parsePolicyManifestOp('replaceBaselineAdminNetworkPolicy', f, problems, ctx) },
  removeBaselineAdminNetworkPolicy: { fields: [], parse: () => ({ op: 'removeBaselineAdminNetworkPolicy' }) },
  setNamespaceLabels: { fields: ['namespace', 'labels'], parse: parseSetNamespaceLabels },
  setPodLabels: { fields: ['namespace', 'name', 'labels'], parse: parseSetPodLabels },
};

/** kube-proxy --nodeport-addresses: CIDRs, or the single word "primary". */
function readNodePortAddresses(f: Fields): string[] | undefined {
  const list = f.list('nodePortAddresses', 0, 16);
  if (list === undefined) return undefined;
  if (list.length === 1 && list[0] === 'primary') return ['primary'];
  const out: string[] = [];
  for (const [i, v] of list.entries()) {
    const r = typeof v === 'string' ? cidrProblem(v) : { problem: `expected a CIDR or "primary", got ${describe(v)}` };
    if ('problem' in r) f.fail('nodePortAddresses', `entry ${i}: ${r.problem}${v === 'primary' ? ' ("primary" must be the only entry)' : ''}`);
    else out.push(r.cidr);
  }
  return out;
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS - 1);
  kept.push({ path: problems[MAX_PROBLEMS - 1]!.path, message: `… and ${problems.length - kept.length} more problems` });
  return kept;
}

export function parseOperation(value: unknown, path = 'operation', ctx: OperationContext = {}): ParsedOperation {
  const problems: Problem[] = [];
  const operation = parseInto(value, path, problems, ctx);
  return operation === undefined || problems.length > 0 ? { ok: false, problems: cap(problems) } : { ok: true, operation };
}

/** A list of operations, paths `operations[i].…`. */
export function parseOperations(value: unknown, path = 'operations', ctx: OperationContext = {}): ParsedOperations {
  if (!Array.isArray(value)) return { ok: false, problems: [{ path, message: `expected a list of operations, got ${describe(value)}` }] };
  const problems: Problem[] = [];
  const operations: Operation[] = [];
  for (const [i, v] of value.entries()) {
    const op = parseInto(v, `${path}[${i}]`, problems, ctx);
    if (op !== undefined) operations.push(op);
  }
  return problems.length > 0 ? { ok: false, problems: cap(problems) } : { ok: true, operations };
}

function parseInto(value: unknown, path: string, problems: Problem[], ctx: OperationContext): Operation | undefined {
  const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).op : undefined;
  if (typeof kind !== 'string' || !(OPERATION_KINDS as readonly string[]).includes(kind)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push({ path, message: `expected an operation object, got ${describe(value)}` });
    else problems.push({ path: `${path}.op`, message: `${kind === undefined ? 'is required' : `unknown operation ${describe(kind)}`} (expected one of: ${OPERATION_KINDS.join(', ')})` });
    return undefined;
  }
  const parser = PARSERS[kind as OperationKind];
  const f = Fields.of(value, path, problems, ['op', ...parser.fields]);
  if (f === undefined) return undefined;
  const op = parser.parse(f, problems, ctx);
  return f.ok ? op : undefined;
}

/**
 * Validates generator options and fills in defaults. Every problem is reported (not just the first), each
 * naming the option, so the CLI / API can show them all at once.
 */
import { CNI_PLUGINS, DEFAULTS, OVERLAY_MODES, type CniPlugin, type OverlayMode } from '../model/topology';
import { crossSubnetOffered, familyCarriage, modeOffered } from '../overlay/plugins';
import { MAX_NODES, underlayPlan } from './addressPlan';
import type { GenerateProblem, ResolvedOptions } from './types';

/**
 * The plugin each overlay mode gets when none is named: the plugin best known for that mode. flannel's
 * default backend is VXLAN and its host-gw is the classic routed setup; Calico is the BGP / IP-in-IP / WireGuard
 * plugin; Geneve is Cilium's (Calico offers neither Geneve nor IPsec). flannel's IPsec tunnels between nodes in any
 * subnet, where Cilium's IPsec keeps native (on-link) routing; only flannel has a `udp` backend besides Weave.
 */
export const DEFAULT_PLUGIN: Readonly<Record<OverlayMode, CniPlugin>> = {
  vxlan: 'flannel',
  none: 'flannel',
  'host-gw': 'flannel',
  udp: 'flannel',
  bgp: 'calico',
  ipip: 'calico',
  wireguard: 'calico',
  ipsec: 'flannel',
  geneve: 'cilium',
};

/** Plugins the generator cannot model with node pod CIDRs: aws-vpc-cni gives pods VPC subnet addresses. */
const UNSUPPORTED_PLUGINS: ReadonlySet<CniPlugin> = new Set(['aws-vpc-cni']);

const KNOWN = ['name', 'nodes', 'podsPerNode', 'services', 'endpointsPerService', 'subnets', 'overlay', 'plugin', 'crossSubnet', 'dualStack', 'seed', 'policies'];

/** At most this many endpoints per EndpointSlice (the controller's --max-endpoints-per-slice default). */
export const MAX_ENDPOINTS_PER_SLICE = 100;

/** apimachinery IsValidLabelValue, as src/io checks topology names. */
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export type OptionsResult = { readonly ok: true; readonly options: ResolvedOptions } | { readonly ok: false; readonly errors: GenerateProblem[] };

export function resolveOptions(input: unknown): OptionsResult {
  const errors: GenerateProblem[] = [];
  const fail = (path: string, message: string): undefined => {
    errors.push({ path, message });
    return undefined;
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'options must be an object with at least `nodes`' }] };
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KNOWN.includes(key)) fail(key, `unknown option; the options are ${KNOWN.join(', ')}`);
  }
  // fallback: the default; undefined = required; null = defaults from an option that is itself invalid (reported there).
  const int = (key: string, min: number, max: number, fallback: number | null | undefined, why = ''): number | undefined => {
    const value = raw[key];
    if (value === undefined) return fallback === null ? undefined : (fallback ?? fail(key, 'is required'));
    if (typeof value !== 'number' || !Number.isInteger(value)) return fail(key, `must be an integer, got ${JSON.stringify(value)}`);
    if (value < min || value > max) return fail(key, `must be between ${min} and ${max}${why}, got ${value}`);
    return value;
  };
  const bool = (key: string): boolean | undefined => {
    const value = raw[key];
    if (value === undefined) return false;
    if (typeof value !== 'boolean') return fail(key, `must be true or false, got ${JSON.stringify(value)}`);
    return value;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T | undefined): T | undefined => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return fail(key, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value as T;
  };

  const nodes = int('nodes', 1, MAX_NODES, undefined, ` (the pod range 10.128.0.0/9 holds ${MAX_NODES} /24 node blocks)`);
  const podsPerNode = int('podsPerNode', 0, DEFAULTS.kubeletMaxPods, 30, ` (kubelet's default --max-pods is ${DEFAULTS.kubeletMaxPods}, and every node has maxPods ${DEFAULTS.kubeletMaxPods})`);
  const services = int('services', 2, Number.MAX_SAFE_INTEGER, nodes === undefined ? null : Math.max(2, nodes), ' (default/kubernetes and kube-system/kube-dns are always generated)');
  const endpointsPerService = int('endpointsPerService', 1, MAX_ENDPOINTS_PER_SLICE, 3, ' (one EndpointSlice per family holds at most 100 endpoints)');
  const subnets = int('subnets', 1, nodes ?? MAX_NODES, nodes === undefined ? null : Math.ceil(nodes / 250), ' (at most one subnet per node)');
  const seed = int('seed', 0, 0xffff_ffff, 1, ' (an unsigned 32-bit integer)');
  const policies = int('policies', 0, 1_000_000, 0);
  const overlay = oneOf('overlay', OVERLAY_MODES, 'vxlan');
  const plugin = oneOf('plugin', CNI_PLUGINS, overlay === undefined ? undefined : DEFAULT_PLUGIN[overlay]);
  const crossSubnet = bool('crossSubnet');
  const dualStack = bool('dualStack');
  let name: string | undefined = nodes === undefined ? undefined : `generated-${nodes}`;
  if (raw.name !== undefined) {
    if (typeof raw.name !== 'string' || raw.name === '' || raw.name.length > 63 || !LABEL_VALUE.test(raw.name)) {
      fail('name', `must be 1–63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, got ${JSON.stringify(raw.name)}`);
    } else name = raw.name;
  }

  if (plugin !== undefined && overlay !== undefined) {
    if (UNSUPPORTED_PLUGINS.has(plugin)) {
      fail('plugin', `${plugin} is not generated: its pods take addresses from the VPC subnets, not from node pod CIDRs`);
    } else if (!modeOffered(plugin, overlay)) {
      fail('plugin', `${plugin} does not offer overlay ${overlay}; use another plugin or overlay`);
    } else {
      if (crossSubnet === true && !crossSubnetOffered(plugin, overlay)) {
        fail('crossSubnet', `${plugin} has no cross-subnet variant of ${overlay} (only Calico ipip/vxlan and flannel vxlan/ipip do)`);
      }
      const v6 = familyCarriage(plugin, overlay, 'IPv6');
      if (dualStack === true && !v6.supported) fail('dualStack', v6.note ?? `${plugin} ${overlay} does not carry IPv6`);
    }
  }
  if (nodes !== undefined && subnets !== undefined && underlayPlan(nodes, subnets) === null) {
    fail('subnets', `${subnets} subnets of at least /24 do not fit the underlay range 172.16.0.0/12; use fewer subnets`);
  }
  if (nodes !== undefined && podsPerNode !== undefined && services !== undefined && endpointsPerService !== undefined) {
    const needed = 2 + (services - 2) * endpointsPerService;
    if (needed > nodes * podsPerNode) {
      fail(
        'podsPerNode',
        `${nodes} nodes × ${podsPerNode} pods = ${nodes * podsPerNode} pods, but the Services need ${needed} (2 CoreDNS pods + ${services - 2} Services × ${endpointsPerService} endpoints); raise podsPerNode or nodes, or lower services or endpointsPerService`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      name: name!,
      nodes: nodes!,
      podsPerNode: podsPerNode!,
      services: services!,
      endpointsPerService: endpointsPerService!,
      subnets: subnets!,
      overlay: overlay!,
      plugin: plugin!,
      crossSubnet: crossSubnet!,
      dualStack: dualStack!,
      seed: seed!,
      policies: policies!,
    },
  };
}

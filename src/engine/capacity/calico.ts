/**
 * Calico IPAM block arithmetic (calico-ipam, which ignores node.spec.podCIDR):
 * - An IPPool is cut into blocks of `blockSize` bits (IPv4 20–32, default 26; IPv6 116–128, default 122 —
 *   projectcalico/calico IPPool reference). Nodes claim blocks on demand ("affinity"); every address of a
 *   block is allocatable on Linux (libcalico-go/lib/ipam/ipam_block.go newBlock; only Windows hosts reserve
 *   the first 3 and the last address, cni-plugin/pkg/ipamplugin/ipam_plugin.go).
 * - A node holds at most `maxBlocksPerHost` blocks (IPAMConfiguration, default 20; 0 = no limit). When it
 *   has no free address in its blocks and may claim no more, it borrows from another node's block unless
 *   `strictAffinity` is true (default false).
 * - With IPIP, VXLAN or WireGuard enabled, calico-node takes one tunnel address per node and family from
 *   IPAM (node/pkg/allocateip/allocateip.go), from the node's block like a pod address.
 */
import type { IpFamily, Topology } from '../model/topology';
import { Prefix } from '../net';
import { count, figure, pow2, type Count, type Figure } from './types';

export interface CalicoOptions {
  readonly blockSize?: { readonly ipv4?: number; readonly ipv6?: number };
  readonly strictAffinity?: boolean;
  /** 0 = no limit. */
  readonly maxBlocksPerHost?: number;
}

export const CALICO_DEFAULT_BLOCK_SIZE: Readonly<Record<IpFamily, number>> = { IPv4: 26, IPv6: 122 };
export const CALICO_BLOCK_SIZE_RANGE: Readonly<Record<IpFamily, readonly [number, number]>> = { IPv4: [20, 32], IPv6: [116, 128] };
export const CALICO_DEFAULT_MAX_BLOCKS_PER_HOST = 20;

export interface CalicoPoolReport {
  readonly pool: string;
  readonly family: IpFamily;
  readonly blockSize: Figure<number>;
  readonly blockAddresses: Count;
  readonly blocks: Figure<Count>;
  readonly strictAffinity: boolean;
  readonly maxBlocksPerHost: number;
  /** Addresses one node can hold in its own blocks: maxBlocksPerHost × block size (null = no limit). */
  readonly perNodeAddressLimit: Figure<Count | null>;
  /** Nodes that can each own a block: the block count with strict affinity; null (address-bound) otherwise. */
  readonly maxNodes: Figure<Count | null>;
  /** Addresses taken per node for tunnel devices in this family (0, or 1 with IPIP/VXLAN/WireGuard). */
  readonly tunnelAddressesPerNode: number;
  readonly problems: readonly string[];
}

export function calicoBlockSize(family: IpFamily, options: CalicoOptions): number {
  return (family === 'IPv4' ? options.blockSize?.ipv4 : options.blockSize?.ipv6) ?? CALICO_DEFAULT_BLOCK_SIZE[family];
}

/** Tunnel addresses calico-node allocates per node for `family` under the topology's overlay mode. */
export function calicoTunnelAddresses(t: Pick<Topology, 'cni'>, family: IpFamily): number {
  const mode = t.cni.overlay;
  if (mode === 'ipip') return family === 'IPv4' ? 1 : 0; // Calico's IPIP is IPv4-only.
  return mode === 'vxlan' || mode === 'wireguard' ? 1 : 0;
}

export function calicoPoolReport(pool: Prefix, options: CalicoOptions, tunnelAddressesPerNode: number): CalicoPoolReport {
  const family = pool.family;
  const size = calicoBlockSize(family, options);
  const [lo, hi] = CALICO_BLOCK_SIZE_RANGE[family];
  const problems: string[] = [];
  if (!Number.isInteger(size) || size < lo || size > hi) problems.push(`blockSize ${size} is outside ${lo}–${hi} for ${family} pools`);
  if (size < pool.length) problems.push(`${pool.toString()} is smaller than one /${size} block`);
  const strict = options.strictAffinity ?? false;
  const maxBlocks = options.maxBlocksPerHost ?? CALICO_DEFAULT_MAX_BLOCKS_PER_HOST;
  const blockAddresses = pow2(pool.bits - Math.min(Math.max(size, 0), pool.bits));
  const blocks = problems.length > 0 ? 0n : pow2(size - pool.length);
  const perNode = maxBlocks > 0 ? BigInt(maxBlocks) * blockAddresses : null;
  return {
    pool: pool.toString(),
    family,
    blockSize: figure(size, 'calico.blockSize', `/${size} blocks (${blockAddresses} addresses, all allocatable)`, ['calicoIpPool', 'calicoBlocks']),
    blockAddresses: count(blockAddresses),
    blocks: figure(count(blocks), 'calico.blocks', `2^(${size} − ${pool.length}) blocks in ${pool.toString()}`, 'calicoIpPool'),
    strictAffinity: strict,
    maxBlocksPerHost: maxBlocks,
    perNodeAddressLimit: figure(
      perNode === null ? null : count(perNode),
      'calico.perNodeAddresses',
      perNode === null
        ? 'maxBlocksPerHost 0: a node may claim any number of blocks'
        : `${maxBlocks} blocks × ${blockAddresses} addresses${strict ? '' : '; with strictAffinity false the node borrows beyond it from other blocks'}`,
      'calicoIpamConfig',
    ),
    maxNodes: figure(
      strict ? count(blocks) : null,
      'calico.maxNodes',
      strict
        ? `strictAffinity: every node needs a block of its own → ${blocks} nodes`
        : 'borrowing allowed: nodes without a block borrow addresses, so only the pool size bounds pods',
      'calicoIpamConfig',
    ),
    tunnelAddressesPerNode,
    problems,
  };
}

/** Blocks a node needs for `pods` pod addresses plus its tunnel addresses. */
export function calicoBlocksPerNode(pods: number, blockAddresses: bigint, tunnelAddresses: number): number {
  const need = BigInt(pods + tunnelAddresses);
  return Number((need + blockAddresses - 1n) / blockAddresses);
}

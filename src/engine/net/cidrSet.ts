/**
 * Port of kube-controller-manager's node CIDR bitmap:
 *   kubernetes/kubernetes pkg/controller/nodeipam/ipam/cidrset/cidr_set.go
 * The cluster CIDR is cut into 2^(nodeMask − clusterMask) blocks; bit i of `used` says whether block i is
 * taken. Names, arithmetic, error texts and edge cases follow upstream, including its quirks (noted where
 * they show). Errors are returned as data carrying upstream's message text.
 */
import { AddressArith } from './cidrSetArith';
import type { IpAddress } from './ipAddress';
import { Prefix } from './prefix';

/** cidr_set.go: the bitmap is uncompressed, so an IPv6 cluster may be cut into at most 2^16 node blocks. */
export const CLUSTER_SUBNET_MAX_DIFF = 16;

export const ERR_CIDR_RANGE_NO_CIDRS_REMAINING =
  'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range';
export const ERR_CIDR_SET_SUBNET_TOO_BIG = 'New CIDR set failed; the node CIDR size is too big';
/** pkg/controller/nodeipam/node_ipam_controller.go refuses to start before NewCIDRSet is reached. */
export const ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK =
  'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family';

export type CidrSetErrorCode =
  | 'NO_CIDRS_REMAINING'
  | 'SUBNET_TOO_BIG'
  | 'CLUSTER_MASK_LONGER_THAN_NODE_MASK'
  | 'OUT_OF_CLUSTER_RANGE'
  | 'OUT_OF_ALLOCATOR_RANGE';

export interface CidrSetError {
  readonly code: CidrSetErrorCode;
  /** Upstream's error text, byte for byte. */
  readonly message: string;
}

export type CidrSetResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CidrSetError };

const ok = <T>(value: T): CidrSetResult<T> => ({ ok: true, value });
const fail = <T>(code: CidrSetErrorCode, message: string): CidrSetResult<T> => ({ ok: false, error: { code, message } });

export class CidrSet {
  private readonly used = new Bitmap();
  private allocatedCIDRs = 0;
  private nextCandidate = 0;
  private readonly arith: AddressArith;

  private constructor(
    readonly clusterCIDR: Prefix,
    readonly nodeMaskSize: number,
    readonly maxCIDRs: number,
  ) {
    this.arith = new AddressArith(clusterCIDR, nodeMaskSize, maxCIDRs);
  }

  /** NewCIDRSet, preceded by the node IPAM controller's mask check (without it upstream would build an empty set). */
  static create(clusterCIDR: Prefix, nodeMaskSize: number): CidrSetResult<CidrSet> {
    if (!Number.isInteger(nodeMaskSize) || nodeMaskSize < 0 || nodeMaskSize > clusterCIDR.bits) {
      throw new RangeError(`node mask size ${nodeMaskSize} is not valid for ${clusterCIDR.family}`);
    }
    const clusterMaskSize = clusterCIDR.length;
    if (clusterMaskSize > nodeMaskSize) {
      return fail('CLUSTER_MASK_LONGER_THAN_NODE_MASK', ERR_CLUSTER_MASK_LONGER_THAN_NODE_MASK);
    }
    if (clusterCIDR.family === 'IPv6' && nodeMaskSize - clusterMaskSize > CLUSTER_SUBNET_MAX_DIFF) {
      return fail('SUBNET_TOO_BIG', ERR_CIDR_SET_SUBNET_TOO_BIG);
    }
    return ok(new CidrSet(clusterCIDR, nodeMaskSize, 2 ** (nodeMaskSize - clusterMaskSize)));
  }

  get allocatedCount(): number {
    return this.allocatedCIDRs;
  }

  isUsed(index: number): boolean {
    return this.used.get(index);
  }

  /** The used block indices as inclusive [begin, end] runs, ascending. */
  usedRanges(): Array<[number, number]> {
    return this.used.runs();
  }

  /**
   * AllocateNext: the first free block at or after `nextCandidate`, wrapping around once; the search then
   * resumes after the block it returned. Blocks released behind the cursor are reused only after the
   * cursor wraps — upstream's "rotating" order, which is why a re-created node rarely gets its old CIDR.
   */
  allocateNext(): CidrSetResult<Prefix> {
    if (this.allocatedCIDRs === this.maxCIDRs) {
      return fail('NO_CIDRS_REMAINING', ERR_CIDR_RANGE_NO_CIDRS_REMAINING);
    }
    let candidate = this.nextCandidate;
    for (let i = 0; i < this.maxCIDRs; i++) {
      if (!this.used.get(candidate)) break;
      // Skipping a full word is the same as 32 failed bit tests (maxCIDRs is a power of two ≥ 32 here).
      if (candidate % 32 === 0 && this.maxCIDRs >= 32 && this.used.fullWord(candidate)) {
        i += 31;
        candidate = (candidate + 32) % this.maxCIDRs;
        continue;
      }
      candidate = (candidate + 1) % this.maxCIDRs;
    }
    this.nextCandidate = (candidate + 1) % this.maxCIDRs;
    this.used.set(candidate);
    this.allocatedCIDRs++;
    return ok(this.indexToCidrBlock(candidate));
  }

  /** Occupy: marks every block `cidr` touches; succeeds even when they were already used. */
  occupy(cidr: Prefix): CidrSetResult<undefined> {
    const r = this.beginningAndEndIndices(cidr);
    if (!r.ok) return r;
    for (let i = r.value.begin; i <= r.value.end; i++) {
      if (!this.used.get(i)) {
        this.used.set(i);
        this.allocatedCIDRs++;
      }
    }
    return ok(undefined);
  }

  /** Release: frees every block `cidr` touches; releasing a free block changes nothing. */
  release(cidr: Prefix): CidrSetResult<undefined> {
    const r = this.beginningAndEndIndices(cidr);
    if (!r.ok) return r;
    for (let i = r.value.begin; i <= r.value.end; i++) {
      if (this.used.get(i)) {
        this.used.clear(i);
        this.allocatedCIDRs--;
      }
    }
    return ok(undefined);
  }

  /**
   * getBeginningAndEndIndices: the block range `cidr` covers. A CIDR as large as the cluster CIDR (or
   * larger) covers all blocks; a smaller one covers the blocks holding its first and last address — so a
   * /26 inside /24 blocks occupies its whole /24. A CIDR that does not overlap the cluster is an error.
   */
  beginningAndEndIndices(cidr: Prefix): CidrSetResult<{ begin: number; end: number }> {
    if (!this.clusterCIDR.overlaps(cidr)) {
      return fail('OUT_OF_CLUSTER_RANGE', `cidr ${cidr.toString()} is out the range of cluster cidr ${this.clusterCIDR.toString()}`);
    }
    if (this.clusterCIDR.length >= cidr.length) return ok({ begin: 0, end: this.maxCIDRs - 1 });
    const begin = this.indexForAddress(Prefix.of(cidr.first(), this.nodeMaskSize).address);
    if (!begin.ok) return begin;
    const end = this.indexForAddress(Prefix.of(cidr.last(), this.nodeMaskSize).address);
    if (!end.ok) return end;
    return ok({ begin: begin.value, end: end.value });
  }

  /** getIndexForIP: (clusterIP XOR ip) >> host bits, rejected when it is not below maxCIDRs. */
  indexForAddress(ip: IpAddress): CidrSetResult<number> {
    const index = this.arith.index(ip);
    if (index === undefined) {
      return fail('OUT_OF_ALLOCATOR_RANGE', `CIDR: ${ip.toString()}/${this.nodeMaskSize} is out of the range of CIDR allocator`);
    }
    return ok(index);
  }

  /** indexToCIDRBlock: the node CIDR of block `index`. */
  indexToCidrBlock(index: number): Prefix {
    return Prefix.of(this.arith.block(index), this.nodeMaskSize);
  }
}

/** A bit set over block indices that grows like Go's big.Int: only as far as the highest bit ever set. */
class Bitmap {
  private words = new Uint32Array(0);

  get(i: number): boolean {
    const w = Math.floor(i / 32);
    return w < this.words.length && ((this.words[w]! >>> (i % 32)) & 1) === 1;
  }

  fullWord(i: number): boolean {
    const w = Math.floor(i / 32);
    return w < this.words.length && this.words[w] === 0xffff_ffff;
  }

  set(i: number): void {
    const w = Math.floor(i / 32);
    if (w >= this.words.length) {
      const grown = new Uint32Array(Math.max(w + 1, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    this.words[w] = (this.words[w]! | (1 << (i % 32))) >>> 0;
  }

  clear(i: number): void {
    const w = Math.floor(i / 32);
    if (w < this.words.length) this.words[w] = (this.words[w]! & ~(1 << (i % 32))) >>> 0;
  }

  runs(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let start = -1;
    const total = this.words.length * 32;
    for (let i = 0; i <= total; i++) {
      const bit = i < total && this.get(i);
      if (bit && start < 0) start = i;
      if (!bit && start >= 0) {
        out.push([start, i - 1]);
        start = -1;
      }
    }
    return out;
  }
}

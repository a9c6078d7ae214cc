/**
 * A map from prefixes to values with longest-prefix match: a path-compressed binary trie (PATRICIA-style),
 * one root per family.
 *
 * Every node holds a key prefix; a child's key extends its parent's. Nodes without a value exist only where
 * two branches diverge, so the trie has at most 2n−1 nodes and a lookup visits at most one node per stored
 * prefix length on the way down — 32 for IPv4, 128 for IPv6, far fewer in practice. Keys are kept as int32
 * words because every step is an XOR-and-mask on them.
 */
import type { IpFamily } from '../model/topology';
import type { IpAddress } from './ipAddress';
import { Prefix } from './prefix';

export interface TrieEntry<V> {
  readonly prefix: Prefix;
  readonly value: V;
}

/** Top-n-bits masks as int32 (the form XOR results take). */
const M: readonly number[] = Array.from({ length: 33 }, (_, n) => (n === 0 ? 0 : (0xffff_ffff << (32 - n)) | 0));

class Node<V> {
  entry: TrieEntry<V> | undefined = undefined;
  c0: Node<V> | undefined = undefined;
  c1: Node<V> | undefined = undefined;
  constructor(
    readonly k0: number,
    readonly k1: number,
    readonly k2: number,
    readonly k3: number,
    readonly len: number,
  ) {}
}

function matches<V>(n: Node<V>, a0: number, a1: number, a2: number, a3: number): boolean {
  const l = n.len;
  if (l <= 32) return ((a0 ^ n.k0) & M[l]!) === 0;
  if (a0 !== n.k0) return false;
  if (l <= 64) return ((a1 ^ n.k1) & M[l - 32]!) === 0;
  if (a1 !== n.k1) return false;
  if (l <= 96) return ((a2 ^ n.k2) & M[l - 64]!) === 0;
  if (a2 !== n.k2) return false;
  return ((a3 ^ n.k3) & M[l - 96]!) === 0;
}

function bitAt(a0: number, a1: number, a2: number, a3: number, i: number): number {
  const w = i < 32 ? a0 : i < 64 ? a1 : i < 96 ? a2 : a3;
  return (w >>> (31 - (i & 31))) & 1;
}

function childAt<V>(n: Node<V>, bit: number): Node<V> | undefined {
  return bit === 0 ? n.c0 : n.c1;
}

function setChild<V>(n: Node<V>, bit: number, child: Node<V> | undefined): void {
  if (bit === 0) n.c0 = child;
  else n.c1 = child;
}

/** Length of the common leading bits of node `n` and key `k`, capped at `max`. */
function commonLength<V>(n: Node<V>, k: readonly number[], max: number): number {
  const nk = [n.k0, n.k1, n.k2, n.k3];
  for (let w = 0; w < 4 && 32 * w < max; w++) {
    const x = nk[w]! ^ k[w]!;
    if (x !== 0) return Math.min(max, 32 * w + Math.clz32(x));
  }
  return max;
}

function keyOf(p: Prefix): number[] {
  const a = p.address;
  return [a.w0 | 0, a.w1 | 0, a.w2 | 0, a.w3 | 0];
}

function nodeFor<V>(k: readonly number[], len: number): Node<V> {
  const m = (w: number): number => {
    const b = Math.max(0, Math.min(32, len - 32 * w));
    return k[w]! & M[b]!;
  };
  return new Node<V>(m(0), m(1), m(2), m(3), len);
}

export class PrefixTrie<V> {
  private readonly v4 = new Node<V>(0, 0, 0, 0, 0);
  private readonly v6 = new Node<V>(0, 0, 0, 0, 0);
  private count = 0;

  get size(): number {
    return this.count;
  }

  set(prefix: Prefix, value: V): this {
    const k = keyOf(prefix);
    const L = prefix.length;
    const entry: TrieEntry<V> = { prefix, value };
    let node = this.root(prefix.family);
    for (;;) {
      if (node.len === L) {
        if (!node.entry) this.count++;
        node.entry = entry;
        return this;
      }
      const b = bitAt(k[0]!, k[1]!, k[2]!, k[3]!, node.len);
      const child = childAt(node, b);
      if (!child) {
        const leaf = nodeFor<V>(k, L);
        leaf.entry = entry;
        setChild(node, b, leaf);
        this.count++;
        return this;
      }
      const c = commonLength(child, k, Math.min(child.len, L));
      if (c === child.len) {
        node = child;
        continue;
      }
      // The new key and the child part ways (or the new key is a prefix of the child): insert a node at c.
      const mid = nodeFor<V>(k, c);
      setChild(mid, bitAt(child.k0, child.k1, child.k2, child.k3, c), child);
      setChild(node, b, mid);
      if (c === L) {
        mid.entry = entry;
      } else {
        const leaf = nodeFor<V>(k, L);
        leaf.entry = entry;
        setChild(mid, bitAt(k[0]!, k[1]!, k[2]!, k[3]!, c), leaf);
      }
      this.count++;
      return this;
    }
  }

  get(prefix: Prefix): V | undefined {
    return this.find(prefix)?.entry?.value;
  }

  has(prefix: Prefix): boolean {
    return this.find(prefix)?.entry !== undefined;
  }

  delete(prefix: Prefix): boolean {
    const k = keyOf(prefix);
    const path: Node<V>[] = [];
    let node: Node<V> | undefined = this.root(prefix.family);
    while (node && node.len < prefix.length) {
      path.push(node);
      node = childAt(node, bitAt(k[0]!, k[1]!, k[2]!, k[3]!, node.len));
      if (node && !matches(node, k[0]!, k[1]!, k[2]!, k[3]!)) node = undefined;
    }
    if (!node || node.len !== prefix.length || !node.entry) return false;
    node.entry = undefined;
    this.count--;
    // Splice out nodes that no longer hold a value or separate two branches; roots (path[0]) always stay.
    let current: Node<V> = node;
    while (path.length > 0 && !current.entry && !(current.c0 && current.c1)) {
      const parent = path.pop()!;
      const only = current.c0 ?? current.c1;
      setChild(parent, parent.c0 === current ? 0 : 1, only);
      if (only) break;
      current = parent; // the parent lost a child and may now be a pass-through itself
    }
    return true;
  }

  /** The entry with the longest prefix containing `address`, or undefined when no prefix does. */
  lookup(address: IpAddress): TrieEntry<V> | undefined {
    return this.longest(this.root(address.family), address.w0 | 0, address.w1 | 0, address.w2 | 0, address.w3 | 0, address.bits);
  }

  /** `lookup` for an IPv4 address already held as a uint32 (hot paths that avoid allocating). */
  lookupV4(address: number): TrieEntry<V> | undefined {
    return this.longest(this.v4, address | 0, 0, 0, 0, 32);
  }

  /** Every entry whose prefix contains `address`, longest first (route fallback, explanations). */
  matches(address: IpAddress): TrieEntry<V>[] {
    const a0 = address.w0 | 0;
    const a1 = address.w1 | 0;
    const a2 = address.w2 | 0;
    const a3 = address.w3 | 0;
    const out: TrieEntry<V>[] = [];
    let node: Node<V> | undefined = this.root(address.family);
    while (node) {
      if (node.entry) out.push(node.entry);
      if (node.len >= address.bits) break;
      const child: Node<V> | undefined = childAt(node, bitAt(a0, a1, a2, a3, node.len));
      node = child && matches(child, a0, a1, a2, a3) ? child : undefined;
    }
    return out.reverse();
  }

  /** Entries whose prefix lies inside `within` (including `within` itself), in prefix order. */
  *within(within: Prefix): Generator<TrieEntry<V>> {
    const k = keyOf(within);
    const L = within.length;
    const target = nodeFor<V>(k, L);
    let node = this.root(within.family);
    while (node.len < L) {
      const child = childAt(node, bitAt(k[0]!, k[1]!, k[2]!, k[3]!, node.len));
      if (!child) return;
      if (child.len >= L) {
        if (matches(target, child.k0, child.k1, child.k2, child.k3)) yield* walk(child);
        return;
      }
      if (!matches(child, k[0]!, k[1]!, k[2]!, k[3]!)) return;
      node = child;
    }
    yield* walk(node);
  }

  /** Every entry in prefix order (IPv4 first, then by address, shorter before longer). */
  *entries(): Generator<TrieEntry<V>> {
    yield* walk(this.v4);
    yield* walk(this.v6);
  }

  [Symbol.iterator](): Generator<TrieEntry<V>> {
    return this.entries();
  }

  private root(family: IpFamily): Node<V> {
    return family === 'IPv4' ? this.v4 : this.v6;
  }

  private find(prefix: Prefix): Node<V> | undefined {
    const k = keyOf(prefix);
    let node: Node<V> | undefined = this.root(prefix.family);
    while (node && node.len < prefix.length) {
      const child: Node<V> | undefined = childAt(node, bitAt(k[0]!, k[1]!, k[2]!, k[3]!, node.len));
      node = child && matches(child, k[0]!, k[1]!, k[2]!, k[3]!) ? child : undefined;
    }
    return node && node.len === prefix.length ? node : undefined;
  }

  private longest(root: Node<V>, a0: number, a1: number, a2: number, a3: number, bits: number): TrieEntry<V> | undefined {
    let best = root.entry;
    let node = root;
    for (;;) {
      const l = node.len;
      if (l >= bits) return best;
      const w = l < 32 ? a0 : l < 64 ? a1 : l < 96 ? a2 : a3;
      const child = ((w >>> (31 - (l & 31))) & 1) === 0 ? node.c0 : node.c1;
      if (child === undefined || !matches(child, a0, a1, a2, a3)) return best;
      node = child;
      if (node.entry !== undefined) best = node.entry;
    }
  }
}

function* walk<V>(root: Node<V>): Generator<TrieEntry<V>> {
  const stack: Node<V>[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.entry) yield n.entry;
    if (n.c1) stack.push(n.c1);
    if (n.c0) stack.push(n.c0);
  }
}

/**
 * Address-layer benchmark: parse throughput, representation choice for IPv6, longest-prefix match on a
 * 10k-route table, and the sort-and-sweep overlap finder over 1,000,000 prefixes against the naive
 * pairwise baseline on a sample. Inputs come from a seeded PRNG, so runs are comparable.
 *   npx tsx bench/net.bench.ts
 */
import ipaddr from 'ipaddr.js';
import { findConflicts } from '../src/engine/conflicts/findConflicts';
import { buildContainmentForest, containsRow } from '../src/engine/net/containmentForest';
import { IpAddress } from '../src/engine/net/ipAddress';
import { parseIpv4 } from '../src/engine/net/ipv4';
import { overlapPairs } from '../src/engine/net/overlaps';
import { Prefix } from '../src/engine/net/prefix';
import { PrefixColumns } from '../src/engine/net/prefixColumns';
import { PrefixTrie } from '../src/engine/net/prefixTrie';
import { makeNode, makePod, makeService, makeTopology } from '../tests/engine/conflicts/builder';
import { rng } from '../tests/engine/net/helpers';

const next = rng(20261126);
let sink = 0;

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Fastest of `runs` timings (the first run also warms the JIT up). */
function best<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let out = time(fn);
  for (let r = 1; r < runs; r++) {
    const t = time(fn);
    if (t.ms < out.ms) out = t;
  }
  return out;
}

/** Best of `runs` after one warm-up, as operations per second. */
function opsPerSecond(ops: number, fn: () => void, runs = 3): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < runs; r++) best = Math.min(best, time(fn).ms);
  return (ops / best) * 1000;
}

const fmt = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : n.toFixed(0));
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(46)} ${value}`);

function v4Text(): string {
  const n = next();
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

function v6Words(): [number, number, number, number] {
  return [0x20010db8, (next() & 0xffff0000) >>> 0, next() % 7 === 0 ? 0 : next(), next()];
}

function parseSection(): void {
  console.log('\nParse (ops/s)');
  const N = 200_000;
  const v4 = Array.from({ length: N }, v4Text);
  const v4p = v4.map((s) => `${s}/${8 + (next() % 25)}`);
  const v6 = Array.from({ length: N }, () => IpAddress.v6(...v6Words()).toString());
  const v6p = v6.map((s) => `${s}/${32 + (next() % 97)}`);
  row('IPv4 text → uint32 (parseIpv4)', fmt(opsPerSecond(N, () => v4.forEach((s) => (sink += parseIpv4(s))))));
  row('IPv4 text → IpAddress', fmt(opsPerSecond(N, () => v4.forEach((s) => (sink += IpAddress.parse(s).w0)))));
  row('IPv4 text → Prefix', fmt(opsPerSecond(N, () => v4p.forEach((s) => (sink += Prefix.parse(s).length)))));
  row('IPv6 text → IpAddress', fmt(opsPerSecond(N, () => v6.forEach((s) => (sink += IpAddress.parse(s).w3)))));
  row('IPv6 text → Prefix', fmt(opsPerSecond(N, () => v6p.forEach((s) => (sink += Prefix.parse(s).length)))));
  const v6a = v6.map((s) => IpAddress.parse(s));
  row('IPv6 IpAddress → RFC 5952 text', fmt(opsPerSecond(N, () => v6a.forEach((a) => (sink += a.toString().length)))));
  row('baseline: ipaddr.js parse IPv4', fmt(opsPerSecond(N, () => v4.forEach((s) => (sink += ipaddr.parse(s).kind().length)))));
  row('baseline: ipaddr.js parseCIDR IPv4', fmt(opsPerSecond(N, () => v4p.forEach((s) => (sink += ipaddr.parseCIDR(s)[1])))));
  row('baseline: ipaddr.js parse IPv6', fmt(opsPerSecond(N, () => v6.forEach((s) => (sink += ipaddr.parse(s).kind().length)))));
}

function representationSection(): void {
  console.log('\nIPv6 representation: compare + mask /64 (ops/s)');
  const N = 500_000;
  const a = Array.from({ length: N }, () => IpAddress.v6(...v6Words()));
  const big = a.map((x) => x.toBigInt());
  const mask64 = ((1n << 64n) - 1n) << 64n;
  row('4 × uint32 words', fmt(opsPerSecond(N, () => {
    for (let i = 1; i < N; i++) {
      const x = a[i]!;
      sink += x.compare(a[i - 1]!) + ((x.w0 ^ a[i - 1]!.w0) === 0 && x.w1 === a[i - 1]!.w1 ? 1 : 0);
    }
  })));
  row('bigint', fmt(opsPerSecond(N, () => {
    for (let i = 1; i < N; i++) {
      const x = big[i]!;
      const y = big[i - 1]!;
      sink += (x < y ? -1 : x > y ? 1 : 0) + ((x & mask64) === (y & mask64) ? 1 : 0);
    }
  })));
}

function lpmSection(): void {
  console.log('\nLongest-prefix match, 10,000-route tables (lookups/s)');
  const Q = 1_000_000;
  const t4 = new PrefixTrie<number>();
  while (t4.size < 10_000) t4.set(Prefix.of(IpAddress.v4(next()), 8 + (next() % 25)), t4.size);
  t4.set(Prefix.parse('0.0.0.0/0'), -1);
  const t6 = new PrefixTrie<number>();
  while (t6.size < 10_000) t6.set(Prefix.of(IpAddress.v6(...v6Words()), 32 + (next() % 97)), t6.size);
  const q4 = Array.from({ length: Q }, () => IpAddress.v4(next()));
  const q4n = Uint32Array.from(q4, (x) => x.w0);
  const q6 = Array.from({ length: Q }, () => IpAddress.v6(...v6Words()));
  row('IPv4 lookup(IpAddress)', fmt(opsPerSecond(Q, () => q4.forEach((x) => (sink += t4.lookup(x)?.value ?? 0)))));
  row('IPv4 lookupV4(uint32)', fmt(opsPerSecond(Q, () => q4n.forEach((x) => (sink += t4.lookupV4(x)?.value ?? 0)))));
  row('IPv6 lookup(IpAddress)', fmt(opsPerSecond(Q, () => q6.forEach((x) => (sink += t6.lookup(x)?.value ?? 0)))));
}

/** 70% IPv4 (/20–/32 anywhere), 30% IPv6 (/40–/128 in 2001:db8::/32), 5% re-used as exact duplicates. */
function prefixColumns(n: number): PrefixColumns {
  const cols = new PrefixColumns(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && next() % 20 === 0) {
      cols.add(cols.prefixAt(next() % i));
    } else if (next() % 10 < 7) {
      cols.addV4(next(), 20 + (next() % 13));
    } else {
      const [w0, w1, w2, w3] = v6Words();
      cols.addV6(w0, w1, w2, w3, 40 + (next() % 89));
    }
  }
  return cols;
}

function naivePairCount(cols: PrefixColumns): number {
  let k = 0;
  for (let i = 0; i < cols.count; i++) {
    for (let j = i + 1; j < cols.count; j++) if (containsRow(cols, i, j) || containsRow(cols, j, i)) k++;
  }
  return k;
}

function sweepSection(): void {
  console.log('\nOverlap sweep (both families)');
  const N = 1_000_000;
  const built = time(() => prefixColumns(N));
  row(`build columns for ${fmt(N)} prefixes`, `${built.ms.toFixed(0)} ms`);
  const cols = built.value;
  const forest = best(3, () => buildContainmentForest(cols));
  const pairs = best(3, () => overlapPairs(forest.value));
  row('sort + sweep → containment forest', `${forest.ms.toFixed(0)} ms (${fmt(forest.value.groupCount)} distinct prefixes)`);
  row('enumerate overlapping pairs', `${pairs.ms.toFixed(0)} ms (k = ${fmt(pairs.value.count)})`);
  const total = forest.ms + pairs.ms;
  row('total for 1,000,000 prefixes (best of 3)', `${total.toFixed(0)} ms = ${fmt((N / total) * 1000)} prefixes/s`);

  const S = 10_000;
  const sample = prefixColumns(S);
  const sweep = best(5, () => overlapPairs(buildContainmentForest(sample)).count);
  const naive = time(() => naivePairCount(sample));
  if (sweep.value !== naive.value) throw new Error(`sweep found ${sweep.value} pairs, pairwise ${naive.value}`);
  row(`pairwise on a ${fmt(S)} sample`, `${naive.ms.toFixed(0)} ms, ${sweep.value} pairs (sweep agrees)`);
  row(`sweep on the same sample`, `${sweep.ms.toFixed(1)} ms → pairwise/sweep = ${(naive.ms / sweep.ms).toFixed(0)}×`);
  const extrapolated = naive.ms * (N / S) ** 2;
  row('pairwise extrapolated to 1,000,000 (n²)', `${(extrapolated / 3_600_000).toFixed(1)} h → ${(extrapolated / total).toExponential(1)}× the sweep`);
}

function conflictsSection(): void {
  console.log('\nfindConflicts on a generated cluster');
  const nodes = 5_000;
  const podsPerNode = 20;
  const t = makeTopology((d) => {
    d.podCIDRs = ['10.0.0.0/8', 'fd00:10::/48'];
    d.serviceCIDRs = ['172.20.0.0/16', 'fd00:20::/112'];
    d.underlay.subnets = [{ name: 'nodes', cidr: '192.168.0.0/16', gateway: null, zone: null, mtu: null }];
    d.externalNetworks = [];
    d.nodes = [];
    d.pods = [];
    d.services = [];
    for (let i = 0; i < 2_000; i++) d.services.push(makeService('load', `s${i}`, [`172.20.${i >> 8}.${i & 255}`, `fd00:20::${i.toString(16)}`]));
    for (let n = 0; n < nodes; n++) {
      d.nodes.push(makeNode(`n${n}`, [`192.168.${n >> 8}.${n & 255}`], [`10.${n >> 8}.${n & 255}.0/24`, `fd00:10:0:${n.toString(16)}::/64`], (x) => (x.subnet = 'nodes')));
      for (let p = 0; p < podsPerNode; p++) d.pods.push(makePod('load', `p${n}-${p}`, `n${n}`, [`10.${n >> 8}.${n & 255}.${p + 2}`, `fd00:10:0:${n.toString(16)}::${(p + 2).toString(16)}`]));
    }
  });
  const r = best(3, () => findConflicts(t));
  row(`${fmt(nodes)} nodes, ${fmt(nodes * podsPerNode)} dual-stack pods, 2k Services`, `${r.ms.toFixed(0)} ms, ${r.value.findings.length} findings`);
}

console.log(`node ${process.version}, ${process.arch}`);
parseSection();
representationSection();
lpmSection();
sweepSection();
conflictsSection();
if (sink === 42) console.log('');

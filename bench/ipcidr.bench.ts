/**
 * Why the engine keeps its packed address form: the same operations through ip-cidr (the boundary's library,
 * src/io/addresses.ts) and through the engine's IpAddress/Prefix (four uint32 words). Seeded inputs.
 *   npx tsx bench/ipcidr.bench.ts
 * Measured here (Node 20, 2 shared cores, 2026-12): parse IPv4 ip-cidr 213k/s vs engine 15.3M/s (×72); parse
 * IPv6 94k/s vs 715k/s (×8); contains on parsed values 82k/s vs 14.5M/s (×177). So ip-cidr stays at the
 * document boundary (a few thousand values per document) and the engine's hot paths keep the packed words.
 */
import IPCIDR from 'ip-cidr';
import { IpAddress } from '../src/engine/net/ipAddress';
import { Prefix } from '../src/engine/net/prefix';
import { rng } from '../tests/engine/net/helpers';

const next = rng(20261206);
let sink = 0;

function opsPerSecond(ops: number, fn: () => void, runs = 3): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return (ops / best) * 1000;
}

const fmt = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`);
const row = (label: string, library: number, engine: number): void =>
  console.log(`  ${label.padEnd(28)} ip-cidr ${fmt(library).padStart(7)}   engine ${fmt(engine).padStart(7)}   ×${(engine / library).toFixed(0)}`);

const N = 20_000;
const v4 = Array.from({ length: N }, () => {
  const n = next();
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
});
const v6 = Array.from({ length: N }, () => IpAddress.v6(0x20010db8, (next() & 0xffff0000) >>> 0, next(), next()).toString());
const cidrs = v4.map((s, i) => `${s}/${8 + (i % 25)}`);

console.log('ops/s, best of 3');
row('parse IPv4', opsPerSecond(N, () => v4.forEach((s) => (sink += IPCIDR.createAddress(s).subnetMask))), opsPerSecond(N, () => v4.forEach((s) => (sink += IpAddress.parse(s).w0))));
row('parse IPv6', opsPerSecond(N, () => v6.forEach((s) => (sink += IPCIDR.createAddress(s).subnetMask))), opsPerSecond(N, () => v6.forEach((s) => (sink += IpAddress.parse(s).w3))));
const libraryCidrs = cidrs.map((c) => new IPCIDR(c));
const engineCidrs = cidrs.map((c) => Prefix.parse(c));
const probes = v4.map((s) => IPCIDR.createAddress(s));
const engineProbes = v4.map((s) => IpAddress.parse(s));
row(
  'contains (parsed values)',
  opsPerSecond(N, () => libraryCidrs.forEach((c, i) => (sink += c.contains(probes[(i * 7) % N]!) ? 1 : 0))),
  opsPerSecond(N, () => engineCidrs.forEach((c, i) => (sink += c.contains(engineProbes[(i * 7) % N]!) ? 1 : 0))),
);
console.log(sink > 0 ? '' : ' ');

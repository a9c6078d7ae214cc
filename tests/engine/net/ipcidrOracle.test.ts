/**
 * The engine's address layer against ip-cidr (the library the document boundary uses, src/io/addresses.ts):
 * random IPv4 and IPv6 prefixes and addresses must get the same answers from both for containment, overlap,
 * first and last address, the next prefix of the same length and the canonical text.
 *
 * ip-cidr is given full, uncompressed text (eight hex groups or a dotted quad) so that its own parser's
 * shortcuts (it reads `::ffff:1.2.3.4` as the IPv4 address) are never in play. The only place the two differ
 * on purpose is the text of IPv4-mapped addresses (::ffff:0:0/96): ip-address prints them in hex, the engine
 * in the mixed notation RFC 5952 §5 recommends for that prefix; that case is checked on its own.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import IPCIDR from 'ip-cidr';
import { IpAddress } from '../../../src/engine/net/ipAddress';
import { Prefix } from '../../../src/engine/net/prefix';

const RUNS = { numRuns: 500, seed: 15 };

/** Zero-heavy groups make RFC 5952 compression, ties and the special ranges common. */
const group = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0xffff), fc.integer({ min: 0, max: 0xffff }));
const v6Value = fc.array(group, { minLength: 8, maxLength: 8 }).map((g) => g.reduce((n, x) => (n << 16n) | BigInt(x), 0n));
const v4Value = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 0xffffffff, 0x0a000000)).map(BigInt);
const address = fc.oneof(
  v4Value.map((n) => IpAddress.fromBigInt('IPv4', n)),
  v6Value.map((n) => IpAddress.fromBigInt('IPv6', n)),
);
const prefix = address.chain((a) => fc.integer({ min: 0, max: a.bits }).map((length) => Prefix.of(a, length)));

/** Two prefixes of one family, often nested: the second starts inside the first with a random length. */
const prefixPair = prefix.chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.oneof(
      fc.bigInt({ min: 0n, max: p.size() - 1n }).chain((offset) =>
        fc.integer({ min: 0, max: p.bits }).map((length) => Prefix.of(p.nth(offset)!, length)),
      ),
      (p.family === 'IPv4' ? v4Value : v6Value).chain((n) =>
        fc.integer({ min: 0, max: p.bits }).map((length) => Prefix.of(IpAddress.fromBigInt(p.family, n), length)),
      ),
    ),
  ),
);

/** Full text ip-cidr reads without shortcuts. */
function longText(a: IpAddress): string {
  if (a.family === 'IPv4') return a.toString();
  const n = a.toBigInt();
  return Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

const oracle = (p: Prefix): IPCIDR => new IPCIDR(`${longText(p.address)}/${p.length}`);
const oracleAddress = (a: IpAddress): IPCIDR.Address => IPCIDR.createAddress(longText(a));
const value = (a: IPCIDR.Address): bigint => BigInt(a.bigInteger().toString());
const overlapsByOracle = (a: IPCIDR, b: IPCIDR): boolean => a.contains(b.addressStart) || b.contains(a.addressStart);

describe('engine address layer agrees with ip-cidr', () => {
  test('first and last address of a prefix', () => {
    fc.assert(
      fc.property(prefix, (p) => {
        const o = oracle(p);
        expect(p.first().toBigInt()).toBe(value(o.addressStart));
        expect(p.last().toBigInt()).toBe(value(o.addressEnd));
        expect(p.size()).toBe(BigInt(o.size.toString()));
      }),
      RUNS,
    );
  });

  test('an address is contained in a prefix', () => {
    const probe = prefix.chain((p) =>
      fc.tuple(fc.constant(p), fc.oneof(fc.bigInt({ min: 0n, max: p.size() - 1n }).map((o) => p.nth(o)!), address)),
    );
    fc.assert(
      fc.property(probe, ([p, a]) => {
        expect(p.contains(a)).toBe(a.family === p.family && oracle(p).contains(oracleAddress(a)));
      }),
      RUNS,
    );
  });

  test('a prefix contains another, and two prefixes overlap', () => {
    fc.assert(
      fc.property(prefixPair, ([p, q]) => {
        const [op, oq] = [oracle(p), oracle(q)];
        expect(p.contains(q)).toBe(oq.address.isInSubnet(op.address));
        expect(p.overlaps(q)).toBe(overlapsByOracle(op, oq));
        expect(q.overlaps(p)).toBe(p.overlaps(q));
      }),
      RUNS,
    );
  });

  test('the next prefix of the same length starts right after the last address', () => {
    fc.assert(
      fc.property(prefix, (p) => {
        const after = p.last().next();
        const end = value(oracle(p).addressEnd);
        if (after === undefined) {
          expect(end).toBe((1n << BigInt(p.bits)) - 1n);
          return;
        }
        const next = Prefix.of(after, p.length);
        const o = oracle(next);
        expect(value(o.addressStart)).toBe(end + 1n);
        expect(next.first().toBigInt()).toBe(value(o.addressStart));
        expect(next.overlaps(p)).toBe(false);
        expect(overlapsByOracle(o, oracle(p))).toBe(false);
      }),
      RUNS,
    );
  });

  test('canonical text: the engine prints what ip-cidr prints, and parses it back to the same value', () => {
    fc.assert(
      fc.property(address, (a) => {
        fc.pre(!a.isIPv4Mapped());
        const o = oracleAddress(a);
        const text = a.toString();
        expect(text).toBe(o.correctForm());
        expect(IpAddress.parse(text).equals(a)).toBe(true);
        expect(value(IPCIDR.createAddress(text))).toBe(a.toBigInt());
      }),
      RUNS,
    );
  });

  test('canonical prefix text is the start address and the length', () => {
    fc.assert(
      fc.property(prefix, (p) => {
        fc.pre(!p.address.isIPv4Mapped());
        expect(p.toString()).toBe(`${oracle(p).addressStart.correctForm()}/${p.length}`);
      }),
      RUNS,
    );
  });

  test('IPv4-mapped addresses: same value, mixed notation in the engine (RFC 5952 §5)', () => {
    const mapped = fc.integer({ min: 0, max: 0xffffffff }).map((n) => IpAddress.v4(n).toIPv4Mapped());
    fc.assert(
      fc.property(mapped, (a) => {
        const o = oracleAddress(a);
        expect(value(o)).toBe(a.toBigInt());
        expect(a.toString()).toBe(`::ffff:${a.unmap().toString()}`);
        expect(o.correctForm()).toMatch(/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/);
      }),
      RUNS,
    );
  });
});

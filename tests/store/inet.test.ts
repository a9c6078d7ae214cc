import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IpAddress } from '../../src/engine/net/ipAddress';
import { Prefix } from '../../src/engine/net/prefix';
import { addressFromPg, formatIPv6, prefixFromPg } from '../../src/store/inet';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

// Postgres's inet output (postgres/postgres src/port/inet_net_ntop.c, src/backend/utils/adt/network.c):
// host prefixes print without /32 or /128, IPv6 is compressed, and a value whose first 80 bits are zero
// (then 0000 or ffff) prints its last 32 bits as a dotted quad.
describe('inet text from Postgres → canonical model strings', () => {
  const cases: { name: string; kind: 'address' | 'prefix'; pg: string; canonical: string }[] = [
    { name: 'IPv4 address', kind: 'address', pg: '10.96.0.10', canonical: '10.96.0.10' },
    { name: 'IPv4 network', kind: 'prefix', pg: '10.244.0.0/16', canonical: '10.244.0.0/16' },
    { name: 'IPv4 default route', kind: 'prefix', pg: '0.0.0.0/0', canonical: '0.0.0.0/0' },
    { name: 'IPv4 host prefix loses /32 in Postgres', kind: 'prefix', pg: '10.0.0.1', canonical: '10.0.0.1/32' },
    { name: 'IPv6 address', kind: 'address', pg: 'fd00:10:96::a', canonical: 'fd00:10:96::a' },
    { name: 'IPv6 network', kind: 'prefix', pg: '2001:db8::/64', canonical: '2001:db8::/64' },
    { name: 'IPv6 default route', kind: 'prefix', pg: '::/0', canonical: '::/0' },
    { name: 'IPv6 host prefix loses /128 in Postgres', kind: 'prefix', pg: '2001:db8::1', canonical: '2001:db8::1/128' },
    { name: 'IPv6 loopback', kind: 'address', pg: '::1', canonical: '::1' },
    { name: 'IPv6 unspecified', kind: 'address', pg: '::', canonical: '::' },
    { name: 'low 32 bits printed as dotted quad', kind: 'address', pg: '::0.2.0.3', canonical: '::2:3' },
    { name: 'IPv4-compatible form', kind: 'address', pg: '::1.2.3.4', canonical: '::102:304' },
    { name: 'IPv4-mapped form stays mixed (RFC 5952 §5)', kind: 'address', pg: '::ffff:1.2.3.4', canonical: '::ffff:1.2.3.4' },
    { name: 'host prefix of a dotted-quad value', kind: 'prefix', pg: '::0.2.0.3', canonical: '::2:3/128' },
    { name: 'explicit /32 on an address column', kind: 'address', pg: '10.0.0.1/32', canonical: '10.0.0.1' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(c.kind === 'address' ? addressFromPg(c.pg) : prefixFromPg(c.pg), c.canonical);
    });
  }

  const rejected: { name: string; kind: 'address' | 'prefix'; pg: string }[] = [
    { name: 'a word', kind: 'address', pg: 'hello' },
    { name: 'IPv4 octet past 255', kind: 'address', pg: '10.0.0.256' },
    { name: 'two ::', kind: 'address', pg: '1::2::3' },
    { name: 'IPv6 group of five digits', kind: 'address', pg: '2001:db8::12345' },
    { name: 'prefix in an address column', kind: 'address', pg: '10.0.0.0/24' },
    { name: 'IPv4 length past 32', kind: 'prefix', pg: '10.0.0.0/33' },
  ];
  for (const c of rejected) {
    test(`refuses ${c.name}`, () => {
      assert.throws(() => (c.kind === 'address' ? addressFromPg(c.pg) : prefixFromPg(c.pg)));
    });
  }
});

// RFC 5952 §4.2: shorten the longest run of two or more zero groups, the first one on a tie, never one group.
describe('formatIPv6 (RFC 5952 §4)', () => {
  const cases: { name: string; groups: number[]; text: string }[] = [
    { name: 'longest run wins', groups: [0x2001, 0xdb8, 0, 0, 1, 0, 0, 0], text: '2001:db8:0:0:1::' },
    { name: 'first run on a tie', groups: [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], text: '2001:db8::1:0:0:1' },
    { name: 'a single zero group is not shortened', groups: [0x2001, 0xdb8, 0, 1, 1, 1, 1, 1], text: '2001:db8:0:1:1:1:1:1' },
    { name: 'leading zeros dropped, lowercase', groups: [0xfd00, 0x10, 0x96, 0, 0, 0, 0, 0xa], text: 'fd00:10:96::a' },
    { name: 'run at the start', groups: [0, 0, 0, 0, 0, 0, 0, 1], text: '::1' },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(formatIPv6(c.groups), c.text));
  }
});

describe('round trip through a real inet column', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await tdb.close();
  });

  async function throughInet(values: string[]): Promise<string[]> {
    const rows = await tdb.db.sql.query<{ text: string }>('SELECT v::inet::text AS text FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i) ORDER BY i', [values]);
    return rows.map((r) => r.text);
  }

  // The oracle is what src/io stores: the engine's canonical text (IpAddress.toString, used by
  // src/io/addresses.ts). Zero-heavy groups make compression, ties and Postgres's dotted-quad forms common.
  const group = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0xffff), fc.integer({ min: 0, max: 0xffff }));
  const ipv6 = fc.array(group, { minLength: 8, maxLength: 8 }).map((groups) => {
    return IpAddress.fromBigInt('IPv6', groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n)).toString();
  });
  const ipv4 = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((b) => b.join('.'));

  test('addresses come back as the canonical text that was stored', async () => {
    const values = [...fc.sample(ipv6, { numRuns: 400, seed: 5952 }), ...fc.sample(ipv4, { numRuns: 100, seed: 791 })];
    const returned = await throughInet(values);
    assert.deepEqual(returned.map(addressFromPg), values);
  });

  test('prefixes (host bits clear) come back as the canonical text that was stored', async () => {
    const prefix = fc.tuple(fc.oneof(ipv6, ipv4), fc.integer({ min: 0, max: 128 })).map(([address, wanted]) => {
      const ip = IpAddress.parse(address);
      const length = Math.min(wanted, ip.bits);
      const network = Prefix.of(ip, length);
      return `${network.address.toString()}/${length}`;
    });
    const values = [...fc.sample(prefix, { numRuns: 400, seed: 4632 }), '10.0.0.1/32', '2001:db8::1/128', '0.0.0.0/0', '::/0'];
    const returned = await throughInet(values);
    assert.deepEqual(returned.map(prefixFromPg), values);
  });
});

// free-cidr: first free aligned prefixes of a length inside supernets, avoiding the topology's ranges.
// Default supernets: RFC 1918 §3 for IPv4, fd00::/8 (RFC 4193 locally assigned) for IPv6.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { freeCidr, knownRanges } from '../../../src/engine/capacity';
import { dualStack, makeTopology } from '../fixtures/cluster';

const found = (r: ReturnType<typeof freeCidr>) => {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
};

describe('freeCidr', () => {
  test('first free /16s in RFC 1918 around the seed cluster (10.96/16 services, 10.100.0/24 nodes, 172.17/16 pods)', () => {
    const a = found(freeCidr(makeTopology(), { length: 16, count: 3 }));
    assert.deepEqual(a.found, ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16']);
    assert.equal(a.complete, true);
    assert.ok(a.citations.rfc1918);
  });

  test('blocks are skipped where any known range takes an address', () => {
    const a = found(freeCidr(makeTopology(), { length: 12, within: ['10.96.0.0/11'], count: 2 }));
    // 10.96.0.0/12 holds the service range and 10.100.0.0/24; 10.112.0.0/12 is free.
    assert.deepEqual(a.found, ['10.112.0.0/12']);
    assert.equal(a.complete, false);
    assert.equal(a.supernets[0]!.reason, 'only 1 free /12 block(s) left');
  });

  test('when nothing fits: the blockers and the largest free block', () => {
    const a = found(freeCidr(makeTopology(), { length: 17, within: ['172.17.0.0/16'] }));
    assert.deepEqual(a.found, []);
    const v = a.supernets[0]!;
    assert.equal(v.reason, '172.17.0.0/16 is fully taken by the ranges below');
    assert.deepEqual(
      v.blockers.map((b) => `${b.cidr} ${b.source} ${b.name}`),
      ['172.17.0.0/16 podCIDR podCIDRs[0]', '172.17.0.0/24 nodePodCIDR node-1', '172.17.1.0/24 nodePodCIDR node-2'],
    );
    assert.equal(v.largestFree, null);

    const b = found(freeCidr(makeTopology(), { length: 24, within: ['10.100.0.0/23'], avoid: ['10.100.1.0/25'] }));
    assert.deepEqual(b.found, []);
    assert.equal(b.supernets[0]!.reason, 'no free /24: the largest free block left is 10.100.1.128/25; the ranges below take the rest');
    assert.deepEqual(b.supernets[0]!.blockers.map((x) => x.source), ['subnet', 'avoid']);
  });

  test('a request larger than the supernet', () => {
    const a = found(freeCidr(null, { length: 8, within: ['192.168.0.0/16'] }));
    assert.equal(a.supernets[0]!.reason, 'a /8 is larger than the supernet 192.168.0.0/16');
  });

  test('IPv6 defaults to fd00::/8 and avoids the IPv6 ranges only', () => {
    const t = makeTopology(dualStack);
    const a = found(freeCidr(t, { length: 48, family: 'IPv6' }));
    // The fixture's IPv6 ranges live in fd00:96::/32, fd00:100::/32 and fd00:172::/32, not in fd00::/48.
    assert.deepEqual(a.found, ['fd00::/48']);
    assert.ok(a.citations.rfc4193);
    assert.ok(knownRanges(t, 'IPv6').every((r) => r.cidr.includes(':')));
    const b = found(freeCidr(t, { length: 32, family: 'IPv6', within: ['fd00:100::/31'], count: 2 }));
    // fd00:100::/32 holds the node subnet fd00:100::/64; fd00:101::/32 is free.
    assert.deepEqual(b.found, ['fd00:101::/32']);
    assert.deepEqual(b.supernets[0]!.blockers.map((x) => x.name), ['node-net-v6']);
  });

  test('bad requests are refused with a reason', () => {
    assert.deepEqual(freeCidr(null, { length: 33 }), { ok: false, message: 'prefix length must be an integer from 0 to 32 for IPv4, got 33' });
    assert.equal(freeCidr(null, { length: 24, within: ['10.0.0.0/8', 'fd00::/8'] }).ok, false);
    assert.deepEqual(freeCidr(null, { length: 24, avoid: ['nope'] }), { ok: false, message: '"nope" is not a CIDR' });
  });
});

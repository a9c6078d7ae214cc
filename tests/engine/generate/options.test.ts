/**
 * Option validation and defaults: every problem comes back as data naming the option (never an exception),
 * and the defaults are the ones the brief and README.md state.
 */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { OVERLAY_MODES } from '../../../src/engine/model/topology';
import { DEFAULT_PLUGIN, generateTopology, resolveOptions, type GenerateOptions } from '../../../src/engine/generate';
import { crossSubnetOffered, modeOffered } from '../../../src/engine/overlay';
import { errorPaths } from './harness';

describe('defaults', () => {
  test('only nodes given', () => {
    const r = resolveOptions({ nodes: 600 });
    assert.ok(r.ok);
    assert.deepEqual(r.options, {
      name: 'generated-600',
      nodes: 600,
      podsPerNode: 30,
      services: 600, // = nodes
      endpointsPerService: 3,
      subnets: 3, // ceil(600 / 250)
      overlay: 'vxlan',
      plugin: 'flannel',
      crossSubnet: false,
      dualStack: false,
      seed: 1,
    });
  });

  test('one node still gets the two system Services', () => {
    const r = resolveOptions({ nodes: 1 });
    assert.ok(r.ok);
    assert.equal(r.options.services, 2);
    assert.equal(r.options.subnets, 1);
  });

  // The table the README documents; each default must be a combination the plugin offers (overlay/plugins.ts).
  const expected: Record<string, string> = {
    vxlan: 'flannel', none: 'flannel', 'host-gw': 'flannel', udp: 'flannel', ipsec: 'flannel',
    bgp: 'calico', ipip: 'calico', wireguard: 'calico', geneve: 'cilium',
  };
  for (const overlay of OVERLAY_MODES) {
    test(`plugin for overlay ${overlay}`, () => {
      assert.equal(DEFAULT_PLUGIN[overlay], expected[overlay]);
      assert.ok(modeOffered(DEFAULT_PLUGIN[overlay], overlay));
      const r = resolveOptions({ nodes: 3, overlay });
      assert.ok(r.ok);
      assert.equal(r.options.plugin, expected[overlay]);
    });
  }
});

describe('problems name the option', () => {
  const cases: Array<{ name: string; options: unknown; paths: string[]; says?: RegExp }> = [
    { name: 'nodes missing', options: {}, paths: ['nodes'], says: /required/ },
    { name: 'nodes 0', options: { nodes: 0 }, paths: ['nodes'] },
    { name: 'nodes fractional', options: { nodes: 1.5 }, paths: ['nodes'], says: /integer/ },
    { name: 'nodes as a string', options: { nodes: '5' }, paths: ['nodes'], says: /integer/ },
    { name: 'nodes NaN', options: { nodes: Number.NaN }, paths: ['nodes'] },
    { name: 'nodes beyond the /9 pod range', options: { nodes: 32769 }, paths: ['nodes'], says: /32768/ },
    { name: 'podsPerNode over maxPods', options: { nodes: 10, podsPerNode: 111 }, paths: ['podsPerNode'], says: /110/ },
    { name: 'podsPerNode negative', options: { nodes: 10, podsPerNode: -1 }, paths: ['podsPerNode'] },
    { name: 'services below the system two', options: { nodes: 10, services: 1 }, paths: ['services'], says: /kube-dns/ },
    { name: 'endpointsPerService 0', options: { nodes: 10, endpointsPerService: 0 }, paths: ['endpointsPerService'] },
    { name: 'endpointsPerService over a slice', options: { nodes: 10, endpointsPerService: 101 }, paths: ['endpointsPerService'], says: /100/ },
    { name: 'more subnets than nodes', options: { nodes: 10, subnets: 11 }, paths: ['subnets'] },
    { name: 'subnets beyond 172.16.0.0/12', options: { nodes: 32768, subnets: 4097 }, paths: ['subnets'], says: /172\.16\.0\.0\/12/ },
    { name: 'unknown overlay', options: { nodes: 10, overlay: 'gre' }, paths: ['overlay'] },
    { name: 'unknown plugin', options: { nodes: 10, plugin: 'kube-router' }, paths: ['plugin'] },
    { name: 'plugin without the mode', options: { nodes: 10, plugin: 'flannel', overlay: 'bgp' }, paths: ['plugin'], says: /does not offer/ },
    { name: 'aws-vpc-cni', options: { nodes: 10, plugin: 'aws-vpc-cni', overlay: 'none' }, paths: ['plugin'], says: /VPC/ },
    { name: 'crossSubnet where none exists', options: { nodes: 10, overlay: 'wireguard', crossSubnet: true }, paths: ['crossSubnet'] },
    { name: 'crossSubnet not a boolean', options: { nodes: 10, crossSubnet: 'yes' }, paths: ['crossSubnet'] },
    { name: 'dual-stack over an IPv4-only backend', options: { nodes: 10, overlay: 'udp', dualStack: true }, paths: ['dualStack'], says: /IPv4 only/ },
    { name: 'dual-stack over Weave', options: { nodes: 10, plugin: 'weave', overlay: 'vxlan', dualStack: true }, paths: ['dualStack'] },
    { name: 'seed negative', options: { nodes: 10, seed: -1 }, paths: ['seed'] },
    { name: 'seed past 32 bits', options: { nodes: 10, seed: 2 ** 32 }, paths: ['seed'] },
    { name: 'name with a space', options: { nodes: 10, name: 'my cluster' }, paths: ['name'] },
    { name: 'name starting with a dash', options: { nodes: 10, name: '-x' }, paths: ['name'] },
    { name: 'name of 64 characters', options: { nodes: 10, name: 'a'.repeat(64) }, paths: ['name'] },
    { name: 'unknown option', options: { nodes: 10, pods: 5 }, paths: ['pods'], says: /unknown option/ },
    { name: 'pods cannot hold the endpoints', options: { nodes: 2, podsPerNode: 1, services: 10 }, paths: ['podsPerNode'], says: /need 26/ },
    { name: 'every problem at once', options: { nodes: 0, seed: 'a', overlay: 'x' }, paths: ['nodes', 'seed', 'overlay'] },
    { name: 'not an object', options: null, paths: [''] },
    { name: 'an array', options: [5], paths: [''] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(errorPaths(c.options), c.paths);
      if (c.says) {
        const r = generateTopology(c.options as GenerateOptions);
        assert.ok(!r.ok && r.errors.some((e) => c.says!.test(e.message)), JSON.stringify(r));
      }
    });
  }

  test('the boundaries themselves are accepted', () => {
    for (const options of [
      { nodes: 1, podsPerNode: 2, services: 2 },
      { nodes: 10, podsPerNode: 110 },
      { nodes: 3, endpointsPerService: 100, podsPerNode: 110, services: 4 },
      { nodes: 10, subnets: 10, seed: 2 ** 32 - 1, name: 'a'.repeat(63) },
      { nodes: 10, overlay: 'vxlan' as const, crossSubnet: true },
    ]) {
      assert.ok(resolveOptions(options).ok, JSON.stringify(options));
    }
  });

  test('crossSubnet is accepted exactly where the plugin offers it', () => {
    for (const overlay of OVERLAY_MODES) {
      const plugin = DEFAULT_PLUGIN[overlay];
      assert.equal(resolveOptions({ nodes: 3, overlay, crossSubnet: true }).ok, crossSubnetOffered(plugin, overlay), overlay);
    }
  });
});

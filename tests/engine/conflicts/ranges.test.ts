/** Cluster ranges against each other, the underlay and external networks: one named case per finding kind. */
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { findConflicts } from '../../../src/engine/conflicts/findConflicts';
import type { Topology } from '../../../src/engine/model/topology';
import { makeTopology, type Draft } from './builder';
import { o, POD4, POD6, run, SVC4, SVC6 } from './harness';

describe('clean topology', () => {
  test('the dual-stack fixture has no findings at all', () => {
    assert.deepEqual(findConflicts(makeTopology()), { findings: [], counts: { error: 0, warning: 0, info: 0 } });
  });
  test('a topology with nothing in it has no findings', () => {
    const empty = makeTopology((t) => {
      t.podCIDRs = [];
      t.serviceCIDRs = [];
      t.underlay.subnets = [];
      t.externalNetworks = [];
      t.nodes = [];
      t.pods = [];
      t.services = [];
    });
    assert.deepEqual(findConflicts(empty).findings, []);
  });
});

describe('cluster ranges against each other and the underlay', () => {
  run([
    {
      name: 'POD_SERVICE_OVERLAP IPv4: pod CIDR contains the service CIDR',
      edit: (t) => (t.podCIDRs[0] = '10.0.0.0/8'),
      want: [{ kind: 'POD_SERVICE_OVERLAP', severity: 'error', objects: [o('podCIDR', 'podCIDRs[0]', '10.0.0.0/8'), SVC4], message: /^Pod CIDR 10\.0\.0\.0\/8 contains service CIDR 10\.96\.0\.0\/12: .*non-overlapping/ },
      ],
    },
    {
      name: 'POD_SERVICE_OVERLAP IPv6: pod CIDR contains the service CIDR',
      edit: (t) => (t.podCIDRs[1] = 'fd00:10::/32'),
      want: [{ kind: 'POD_SERVICE_OVERLAP', severity: 'error', objects: [o('podCIDR', 'podCIDRs[1]', 'fd00:10::/32'), SVC6], message: /contains service CIDR fd00:10:96::\/112/ }],
    },
    {
      name: 'POD_SERVICE_OVERLAP identical ranges',
      edit: (t) => (t.serviceCIDRs = ['10.244.0.0/16', 'fd00:10:96::/112']),
      want: [
        { kind: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR', severity: 'error', objects: [o('clusterIP', 'default/web', '10.96.0.20/32'), o('serviceCIDR', 'serviceCIDRs[0]', '10.244.0.0/16')], message: /outside the service CIDR 10\.244\.0\.0\/16/ },
        { kind: 'CLUSTER_IP_OUTSIDE_SERVICE_CIDR', severity: 'error', objects: [o('clusterIP', 'kube-system/kube-dns', '10.96.0.10/32'), o('serviceCIDR', 'serviceCIDRs[0]', '10.244.0.0/16')], message: /kube-dns ClusterIP 10\.96\.0\.10/ },
        { kind: 'POD_SERVICE_OVERLAP', severity: 'error', objects: [POD4, o('serviceCIDR', 'serviceCIDRs[0]', '10.244.0.0/16')], message: /is the same range as service CIDR/ },
      ],
    },
    {
      name: 'POD_SUBNET_OVERLAP IPv4',
      edit: (t) => t.underlay.subnets.push({ name: 'legacy', cidr: '10.244.200.0/24', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'POD_SUBNET_OVERLAP', severity: 'error', objects: [POD4, o('subnet', 'legacy', '10.244.200.0/24')], message: /contains underlay subnet "legacy" \(10\.244\.200\.0\/24\): .*Move the pod CIDR/ }],
    },
    {
      name: 'POD_SUBNET_OVERLAP IPv6',
      edit: (t) => t.underlay.subnets.push({ name: 'legacy6', cidr: 'fd00:10:244:ff::/64', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'POD_SUBNET_OVERLAP', severity: 'error', objects: [POD6, o('subnet', 'legacy6', 'fd00:10:244:ff::/64')], message: /shadow node-to-node traffic/ }],
    },
    {
      name: 'POD_SUBNET_OVERLAP is expected (info) with aws-vpc-cni',
      edit: (t) => {
        t.cni.plugin = 'aws-vpc-cni';
        t.underlay.subnets.push({ name: 'vpc-a', cidr: '10.244.0.0/18', gateway: null, zone: null, mtu: null });
      },
      want: [{ kind: 'POD_SUBNET_OVERLAP', severity: 'info', objects: [POD4, o('subnet', 'vpc-a', '10.244.0.0/18')], message: /expected with aws-vpc-cni/ }],
    },
    {
      name: 'SERVICE_SUBNET_OVERLAP IPv4',
      edit: (t) => t.underlay.subnets.push({ name: 'mgmt', cidr: '10.100.0.0/24', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'SERVICE_SUBNET_OVERLAP', severity: 'error', objects: [SVC4, o('subnet', 'mgmt', '10.100.0.0/24')], message: /nftables proxy drops/ }],
    },
    {
      name: 'SERVICE_SUBNET_OVERLAP IPv6',
      edit: (t) => t.underlay.subnets.push({ name: 'mgmt6', cidr: 'fd00:10:96::/120', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'SERVICE_SUBNET_OVERLAP', severity: 'error', objects: [SVC6, o('subnet', 'mgmt6', 'fd00:10:96::/120')], message: /^Service CIDR fd00:10:96::\/112 contains underlay subnet "mgmt6"/ }],
    },
    {
      name: 'SUBNET_OVERLAP IPv4 (objects ordered by name)',
      edit: (t) => t.underlay.subnets.push({ name: 'nodes-b', cidr: '192.168.10.128/25', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'SUBNET_OVERLAP', severity: 'error', objects: [o('subnet', 'nodes-a', '192.168.10.0/24'), o('subnet', 'nodes-b', '192.168.10.128/25')], message: /two subnets claim the same addresses/ }],
    },
    {
      name: 'SUBNET_OVERLAP IPv6 identical subnets',
      edit: (t) => t.underlay.subnets.push({ name: 'copy-v6', cidr: 'fd00:192:168:10::/64', gateway: null, zone: null, mtu: null }),
      want: [{ kind: 'SUBNET_OVERLAP', severity: 'error', objects: [o('subnet', 'copy-v6', 'fd00:192:168:10::/64'), o('subnet', 'nodes-a-v6', 'fd00:192:168:10::/64')], message: /is the same range as/ }],
    },
  ]);
});

describe('external and reserved networks', () => {
  const ext = (name: string, cidr: string, kind: 'vpc' | 'on-prem' | 'peering' | 'reserved' | 'other') => (t: Draft<Topology>) =>
    t.externalNetworks.push({ name, cidr, kind });
  run([
    { name: 'POD_EXTERNAL_OVERLAP on-prem IPv4 is an error', edit: ext('branch', '10.244.128.0/17', 'on-prem'), want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD4, o('externalNetwork', 'branch', '10.244.128.0/17')], message: /contains on-prem network "branch".*unreachable from pods/ }] },
    { name: 'POD_EXTERNAL_OVERLAP peering IPv6 is an error', edit: ext('peer6', 'fd00:10:244:80::/57', 'peering'), want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD6, o('externalNetwork', 'peer6', 'fd00:10:244:80::/57')], message: /peered network "peer6"/ }] },
    { name: 'POD_EXTERNAL_OVERLAP reserved is an error', edit: ext('link-local', '10.0.0.0/8', 'reserved'), want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD4, o('externalNetwork', 'link-local', '10.0.0.0/8')], message: /lies inside reserved network/ }, { kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'error', objects: [SVC4, o('externalNetwork', 'link-local', '10.0.0.0/8')], message: /captured by kube-proxy/ }] },
    { name: 'POD_EXTERNAL_OVERLAP with the VPC is an error for an overlay CNI', edit: ext('other-vpc', '10.244.0.0/16', 'vpc'), want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'error', objects: [POD4, o('externalNetwork', 'other-vpc', '10.244.0.0/16')], message: /is the same range as VPC network/ }] },
    {
      name: 'POD_EXTERNAL_OVERLAP with the VPC is info for aws-vpc-cni',
      edit: (t) => {
        t.cni.plugin = 'aws-vpc-cni';
        t.externalNetworks.push({ name: 'eks-vpc', cidr: '10.244.0.0/16', kind: 'vpc' });
      },
      want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'info', objects: [POD4, o('externalNetwork', 'eks-vpc', '10.244.0.0/16')], message: /expected with aws-vpc-cni/ }],
    },
    { name: 'POD_EXTERNAL_OVERLAP other is a warning', edit: ext('internet-range', '10.244.7.0/24', 'other'), want: [{ kind: 'POD_EXTERNAL_OVERLAP', severity: 'warning', objects: [POD4, o('externalNetwork', 'internet-range', '10.244.7.0/24')], message: /if pods talk to "internet-range"/ }] },
    { name: 'SERVICE_EXTERNAL_OVERLAP peering IPv4 is an error', edit: ext('peer', '10.96.0.0/16', 'peering'), want: [{ kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'error', objects: [SVC4, o('externalNetwork', 'peer', '10.96.0.0/16')], message: /instead of reaching "peer"/ }] },
    { name: 'SERVICE_EXTERNAL_OVERLAP on-prem IPv6 is an error', edit: ext('dc6', 'fd00:10:96::/64', 'on-prem'), want: [{ kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'error', objects: [SVC6, o('externalNetwork', 'dc6', 'fd00:10:96::/64')], message: /lies inside on-prem network "dc6"/ }] },
    { name: 'SERVICE_EXTERNAL_OVERLAP other is a warning', edit: ext('somewhere', '10.111.0.0/16', 'other'), want: [{ kind: 'SERVICE_EXTERNAL_OVERLAP', severity: 'warning', objects: [SVC4, o('externalNetwork', 'somewhere', '10.111.0.0/16')], message: /confirm it is never reached/ }] },
    { name: 'SUBNET_EXTERNAL_OVERLAP on-prem IPv4 is an error', edit: ext('office', '192.168.10.0/23', 'on-prem'), want: [{ kind: 'SUBNET_EXTERNAL_OVERLAP', severity: 'error', objects: [o('subnet', 'nodes-a', '192.168.10.0/24'), o('externalNetwork', 'office', '192.168.10.0/23')], message: /never route it to "office"/ }] },
    { name: 'SUBNET_EXTERNAL_OVERLAP reserved IPv6 is an error', edit: ext('ula-reserved', 'fd00:192:168::/48', 'reserved'), want: [{ kind: 'SUBNET_EXTERNAL_OVERLAP', severity: 'error', objects: [o('subnet', 'nodes-a-v6', 'fd00:192:168:10::/64'), o('externalNetwork', 'ula-reserved', 'fd00:192:168::/48')], message: /reserved network "ula-reserved"/ }] },
    { name: 'SUBNET_EXTERNAL_OVERLAP other is a warning', edit: ext('misc', '192.168.10.0/28', 'other'), want: [{ kind: 'SUBNET_EXTERNAL_OVERLAP', severity: 'warning', objects: [o('subnet', 'nodes-a', '192.168.10.0/24'), o('externalNetwork', 'misc', '192.168.10.0/28')], message: /contains external network "misc"/ }] },
    { name: 'a VPC containing the subnets is how it should be (no finding)', edit: ext('second-vpc-view', '192.168.10.0/24', 'vpc'), want: [] },
  ]);
});


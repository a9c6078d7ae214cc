/**
 * IPVS mode against upstream's IPVS proxier tests (kubernetes/kubernetes pkg/proxy/ipvs/proxier_test.go,
 * v1.31–v1.32 line): the virtual servers, their real servers, the ipset entries and the addresses bound to
 * kube-ipvs0 that TestClusterIPNoEndpoint, TestClusterIP, TestNodePortNoEndpoint, TestExternalIPsNoEndpoint,
 * TestExternalIPs, TestLoadBalanceSourceRanges, TestOnlyLocalNodePorts, TestOnlyLocalLoadBalancing,
 * TestTestInternalTrafficPolicyE2E, TestEndpointSliceE2E, Test_EndpointSlice*Terminating*, TestOnlyLocalExternalIPs,
 * TestSessionAffinity, TestIPv4Proxier, TestIPv6Proxier, TestNodePortIPv4/IPv6 and TestMultiPortServiceBindAddr expect. kube-proxy runs one proxier per family, so each case is checked on the IPv4
 * proxier and its IPv6 addresses are left out; ClusterIPs move into the harness service range. The iptables
 * rules of the same tests are in ipvsIptables.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import { renderIpvs, type IpvsPlan } from '../../../../src/engine/services/kubeproxy/ipvs';
import { ep, epPort, harnessTopology, makeTestEndpointSlice, makeTestService, port, testNodeIP, testNodeName } from './harness';

const svcIP = '172.30.0.41';
const epIP = '10.180.0.1';

function plan(edit: Parameters<typeof makeTestService>[2], endpoints: string[], nodePortAddresses: string[] = []): IpvsPlan {
  const topology = harnessTopology(
    [makeTestService('ns1', 'svc1', edit)],
    endpoints.length === 0
      ? []
      : [
          makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
            s.endpoints = endpoints.map((ip) => ep(ip));
            s.ports = [epPort('p80', 80)];
          }),
        ],
    (t) => (t.kubeProxy.nodePortAddresses = nodePortAddresses),
  );
  const answer = renderIpvs(topology, testNodeName, { family: 'IPv4' });
  expect(answer.errors).toEqual([]);
  return answer.families[0]!;
}

/** `address:port/protocol → real servers`, the shape of upstream's ExpectedVirtualServer. */
const servers = (p: IpvsPlan) => Object.fromEntries(p.virtualServers.map((v) => [`${v.address}:${v.port}/${v.protocol}`, v.realServers.map((r) => `${r.address}:${r.port}`)]));
const set = (p: IpvsPlan, name: string) => p.ipsets.find((s) => s.name === name)?.entries;

describe('IPVS proxier, upstream expectations', () => {
  test('TestClusterIPNoEndpoint: one virtual server, no real servers', () => {
    const p = plan((s) => {
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80)];
    }, []);
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [] });
    expect(set(p, 'KUBE-CLUSTER-IP')).toEqual([`${svcIP},tcp:80`]);
  });

  test('TestClusterIP: the ClusterIP virtual server balances to the endpoint', () => {
    const p = plan((s) => {
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80)];
    }, [epIP]);
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [`${epIP}:80`] });
    expect(p.boundAddresses).toEqual([svcIP]);
  });

  test('TestNodePortNoEndpoint: ClusterIP and one NodePort virtual server per node address, none with real servers', () => {
    const p = plan((s) => {
      s.type = 'NodePort';
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80, 'TCP', 3001)];
    }, [], ['192.168.0.0/24']);
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [], [`${testNodeIP}:3001/TCP`]: [] });
    expect(set(p, 'KUBE-NODE-PORT-TCP')).toEqual(['3001']);
  });

  test('TestExternalIPsNoEndpoint: the external IP gets a virtual server without real servers', () => {
    const p = plan((s) => {
      s.type = 'ClusterIP';
      s.clusterIPs = [svcIP];
      s.externalIPs = ['50.60.70.81'];
      s.ports = [port('p80', 80)];
    }, []);
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [], '50.60.70.81:80/TCP': [] });
    expect(set(p, 'KUBE-EXTERNAL-IP')).toEqual(['50.60.70.81,tcp:80']);
    expect(p.boundAddresses).toEqual([svcIP, '50.60.70.81']);
  });

  test('TestExternalIPs: the external IP balances to the endpoint', () => {
    const p = plan((s) => {
      s.type = 'ClusterIP';
      s.clusterIPs = [svcIP];
      s.externalIPs = ['50.60.70.81'];
      s.ports = [port('p80', 80)];
    }, [epIP]);
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [`${epIP}:80`], '50.60.70.81:80/TCP': [`${epIP}:80`] });
  });

  test('TestLoadBalanceSourceRanges: the LB IP virtual server and the source-CIDR ipset entry', () => {
    const p = plan((s) => {
      s.type = 'LoadBalancer';
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80)];
      s.loadBalancerIPs = ['1.2.3.4'];
      s.loadBalancerSourceRanges = ['10.0.0.0/8'];
    }, [epIP]);
    // VSNum 2: the ClusterIP and the load-balancer IP (the test's Service has no NodePort).
    expect(servers(p)).toEqual({ [`${svcIP}:80/TCP`]: [`${epIP}:80`], '1.2.3.4:80/TCP': [`${epIP}:80`] });
    expect(set(p, 'KUBE-LOAD-BALANCER')).toEqual(['1.2.3.4,tcp:80']);
    expect(set(p, 'KUBE-LOAD-BALANCER-SOURCE-CIDR')).toEqual(['1.2.3.4,tcp:80,10.0.0.0/8']);
  });

  test('TestOnlyLocalNodePorts: the NodePort is in both the NodePort and the local NodePort sets', () => {
    const p = plan((s) => {
      s.type = 'NodePort';
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80, 'TCP', 3001)];
      s.externalTrafficPolicy = 'Local';
    }, [epIP], ['192.168.0.0/24']);
    expect(Object.keys(servers(p))).toEqual([`${svcIP}:80/TCP`, `${testNodeIP}:3001/TCP`]);
    expect(set(p, 'KUBE-NODE-PORT-TCP')).toEqual(['3001']);
    expect(set(p, 'KUBE-NODE-PORT-LOCAL-TCP')).toEqual(['3001']);
  });

  test('TestOnlyLocalLoadBalancing: the LB IP is in the load-balancer and the local load-balancer sets', () => {
    const p = plan((s) => {
      s.type = 'LoadBalancer';
      s.clusterIPs = [svcIP];
      s.ports = [port('p80', 80, 'TCP', 3001)];
      s.loadBalancerIPs = ['1.2.3.4'];
      s.externalTrafficPolicy = 'Local';
    }, [epIP], ['100.101.102.0/24']);
    // No node address inside --nodeport-addresses (upstream's fake proxier had none): VSNum 2.
    expect(Object.keys(servers(p))).toEqual([`${svcIP}:80/TCP`, '1.2.3.4:80/TCP']);
    expect(set(p, 'KUBE-LOAD-BALANCER')).toEqual(['1.2.3.4,tcp:80']);
    expect(set(p, 'KUBE-LOAD-BALANCER-LOCAL')).toEqual(['1.2.3.4,tcp:80']);
  });
});

/** The IPv4 proxier's plan for `services` and one slice per entry of `slices` (name → endpoints). */
function planOf(services: Parameters<typeof harnessTopology>[0], slices: Parameters<typeof harnessTopology>[1], nodePortAddresses: string[] = []): IpvsPlan {
  const answer = renderIpvs(
    harnessTopology(services, slices, (t) => (t.kubeProxy.nodePortAddresses = nodePortAddresses)),
    testNodeName,
    { family: 'IPv4' },
  );
  expect(answer.errors).toEqual([]);
  return answer.families[0]!;
}

const realServers = (p: IpvsPlan, address: string) => p.virtualServers.find((v) => v.address === address)?.realServers.map((r) => `${r.address}:${r.port}`);

/** Upstream's E2E tests' Service: ClusterIP 172.20.1.1 (here 172.30.1.1), one unnamed TCP port 80. */
const e2eService = (edit: Parameters<typeof makeTestService>[2] = () => {}) =>
  makeTestService('ns1', 'svc1', (s) => {
    s.clusterIPs = ['172.30.1.1'];
    s.ports = [port('', 80)];
    edit(s);
  });
const e2eSlice = (endpoints: ReturnType<typeof ep>[]) =>
  makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
    s.endpoints = endpoints;
    s.ports = [epPort('', 80)];
  });
type Cond = 'ready' | 'servingTerminating' | 'terminating';
const at = (ip: string, nodeName: string, cond: Cond = 'ready') =>
  ep(ip, { nodeName, ready: cond === 'ready', serving: cond !== 'terminating', terminating: cond !== 'ready' });

describe('IPVS real servers, upstream E2E expectations (pkg/proxy/ipvs/proxier_test.go)', () => {
  test.each([
    { name: 'internalTrafficPolicy is cluster with non-zero local endpoints', policy: 'Cluster', nodes: [testNodeName, 'node1', 'node2'], loopBack: 1, rs: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.3:80'] },
    { name: 'internalTrafficPolicy is cluster with zero local endpoints', policy: 'Cluster', nodes: ['node0', 'node1', 'node2'], loopBack: 0, rs: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.3:80'] },
    { name: 'internalTrafficPolicy is local with non-zero local endpoints', policy: 'Local', nodes: [testNodeName, 'node1', 'node2'], loopBack: 1, rs: ['10.0.1.1:80'] },
    { name: 'internalTrafficPolicy is local with zero local endpoints', policy: 'Local', nodes: ['node0', 'node1', 'node2'], loopBack: 0, rs: [] },
  ] as const)('TestTestInternalTrafficPolicyE2E: $name', ({ policy, nodes, loopBack, rs }) => {
    const p = planOf([e2eService((s) => (s.internalTrafficPolicy = policy))], [e2eSlice(nodes.map((n, i) => at(`10.0.1.${i + 1}`, n)))]);
    expect(p.virtualServers).toHaveLength(1);
    expect(set(p, 'KUBE-LOOP-BACK')).toHaveLength(loopBack);
    expect(realServers(p, '172.30.1.1')).toEqual(rs);
  });

  test('TestEndpointSliceE2E: three ready endpoints, the local one in KUBE-LOOP-BACK, the not-ready one left out', () => {
    const p = planOf([e2eService()], [e2eSlice([at('10.0.1.1', testNodeName), at('10.0.1.2', 'node2'), at('10.0.1.3', 'node3'), ep('10.0.1.4', { nodeName: 'node3', ready: false, serving: false })])]);
    expect(set(p, 'KUBE-LOOP-BACK')).toEqual(['10.0.1.1,tcp:80,10.0.1.1']);
    expect(realServers(p, '172.30.1.1')).toEqual(['10.0.1.1:80', '10.0.1.2:80', '10.0.1.3:80']);
  });

  // Test_EndpointSlice{ReadyAndTerminating,OnlyReadyAndTerminating}{Cluster,Local}: a NodePort Service with
  // external IP 1.2.3.4 and five endpoints 10.0.1.1-5 on this node or another; KUBE-LOOP-BACK takes every
  // local endpoint whatever its conditions.
  const fourLocal = [testNodeName, testNodeName, testNodeName, testNodeName, 'another-node'];
  const threeLocal = [testNodeName, testNodeName, testNodeName, 'another-node', 'another-node'];
  test.each([
    {
      name: 'Test_EndpointSliceReadyAndTerminatingCluster',
      nodes: fourLocal,
      eTP: 'Cluster',
      conds: ['ready', 'ready', 'servingTerminating', 'terminating', 'ready'],
      clusterIP: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.5:80'],
      externalIP: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.5:80'],
      loopBack: 4,
    },
    {
      name: 'Test_EndpointSliceReadyAndTerminatingLocal',
      nodes: fourLocal,
      eTP: 'Local',
      conds: ['ready', 'ready', 'servingTerminating', 'terminating', 'ready'],
      clusterIP: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.5:80'],
      externalIP: ['10.0.1.1:80', '10.0.1.2:80'],
      loopBack: 4,
    },
    {
      name: 'Test_EndpointSliceOnlyReadyAndTerminatingCluster',
      nodes: threeLocal,
      eTP: 'Cluster',
      conds: ['servingTerminating', 'servingTerminating', 'terminating', 'servingTerminating', 'notReady'],
      clusterIP: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.4:80'],
      externalIP: ['10.0.1.1:80', '10.0.1.2:80', '10.0.1.4:80'],
      loopBack: 3,
    },
    {
      name: 'Test_EndpointSliceOnlyReadyAndTerminatingLocal',
      nodes: threeLocal,
      eTP: 'Local',
      conds: ['servingTerminating', 'servingTerminating', 'terminating', 'servingTerminating', 'ready'],
      clusterIP: ['10.0.1.5:80'],
      externalIP: ['10.0.1.1:80', '10.0.1.2:80'],
      loopBack: 3,
    },
  ] as const)('$name', ({ nodes, eTP, conds, clusterIP, externalIP, loopBack }) => {
    const endpoints = conds.map((c, i) => (c === 'notReady' ? ep(`10.0.1.${i + 1}`, { nodeName: nodes[i]!, ready: false, serving: false }) : at(`10.0.1.${i + 1}`, nodes[i]!, c)));
    const p = planOf(
      [
        e2eService((s) => {
          s.type = 'NodePort';
          s.externalTrafficPolicy = eTP;
          s.externalIPs = ['1.2.3.4'];
        }),
      ],
      [e2eSlice(endpoints)],
      // The upstream proxier has no node address: two virtual servers (ClusterIP and external IP).
      ['100.101.102.0/24'],
    );
    expect(p.virtualServers.map((v) => v.address)).toEqual(['172.30.1.1', '1.2.3.4']);
    expect(set(p, 'KUBE-LOOP-BACK')).toHaveLength(loopBack);
    expect(realServers(p, '172.30.1.1')).toEqual(clusterIP);
    expect(realServers(p, '1.2.3.4')).toEqual(externalIP);
  });

  test('TestOnlyLocalExternalIPs: an external IP with externalTrafficPolicy Local balances to the local endpoint only', () => {
    const p = planOf(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'NodePort';
          s.clusterIPs = [svcIP];
          s.externalIPs = ['50.60.70.81', '2012::51', '127.0.0.1'];
          s.ports = [port('p80', 80)];
          s.externalTrafficPolicy = 'Local';
        }),
      ],
      [
        makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
          s.endpoints = [ep(epIP, { nodeName: testNodeName }), ep('10.180.1.1', { nodeName: 'other-node' })];
          s.ports = [epPort('p80', 80)];
        }),
      ],
      ['100.101.102.0/24'],
    );
    // "ipvs filters out by IPFamily": ClusterIP and the two IPv4 external IPs.
    expect(p.virtualServers).toHaveLength(3);
    expect(realServers(p, '50.60.70.81')).toEqual([`${epIP}:80`]);
    expect(set(p, 'KUBE-EXTERNAL-IP-LOCAL')).toEqual(['50.60.70.81,tcp:80', '127.0.0.1,tcp:80']);
  });

  test('TestSessionAffinity: every virtual server of a ClientIP Service is persistent with the default timeout', () => {
    const p = planOf(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'NodePort';
          s.clusterIPs = [svcIP];
          s.externalIPs = ['50.60.70.81'];
          s.sessionAffinity = 'ClientIP';
          s.ports = [port('p80', 80, 'TCP', 3001)];
        }),
      ],
      [],
      ['192.168.0.0/24'],
    );
    expect(p.virtualServers.map((v) => [v.address, v.persistenceTimeoutSeconds])).toEqual([
      [svcIP, 10800],
      ['50.60.70.81', 10800],
      [testNodeIP, 10800],
    ]);
  });
});

// From proxier.go itself (no upstream test pins these).
describe('IPVS decisions read from proxier.go syncProxyRules / syncEndpoint', () => {
  test('externalTrafficPolicy Local without a local endpoint: the external virtual servers take the cluster endpoints (#97081)', () => {
    const p = planOf(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'NodePort';
          s.clusterIPs = [svcIP];
          s.externalIPs = ['50.60.70.81'];
          s.ports = [port('p80', 80, 'TCP', 3001)];
          s.externalTrafficPolicy = 'Local';
        }),
      ],
      [
        makeTestEndpointSlice('ns1', 'svc1', 1, (s) => {
          s.endpoints = [ep('10.180.1.1', { nodeName: 'other-node' })];
          s.ports = [epPort('p80', 80)];
        }),
      ],
      ['192.168.0.0/24'],
    );
    expect(p.virtualServers.map((v) => [v.address, realServers(p, v.address)])).toEqual([
      [svcIP, ['10.180.1.1:80']],
      ['50.60.70.81', ['10.180.1.1:80']],
      [testNodeIP, ['10.180.1.1:80']],
    ]);
  });

  test('an external or load-balancer IP that another interface has is not bound to kube-ipvs0 (shouldBind)', () => {
    const p = planOf(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'LoadBalancer';
          s.clusterIPs = [svcIP];
          s.externalIPs = ['192.168.99.11', '50.60.70.81'];
          s.loadBalancerIPs = ['192.168.1.2'];
          s.ports = [port('p80', 80)];
        }),
      ],
      [],
    );
    expect(p.virtualServers.map((v) => v.address)).toEqual([svcIP, '192.168.99.11', '50.60.70.81', '192.168.1.2']);
    expect(p.boundAddresses).toEqual([svcIP, '50.60.70.81']);
    expect(set(p, 'KUBE-IPVS-IPS')).toEqual([svcIP, '50.60.70.81']);
  });

  test('a NodePort with no node address skips the port’s node-port and health-check entries', () => {
    const p = planOf(
      [
        makeTestService('ns1', 'svc1', (s) => {
          s.type = 'LoadBalancer';
          s.clusterIPs = [svcIP];
          s.loadBalancerIPs = ['1.2.3.4'];
          s.ports = [port('p80', 80, 'TCP', 3001)];
          s.externalTrafficPolicy = 'Local';
          s.healthCheckNodePort = 30000;
        }),
      ],
      [],
      ['100.101.102.0/24'],
    );
    expect([set(p, 'KUBE-NODE-PORT-TCP'), set(p, 'KUBE-HEALTH-CHECK-NODE-PORT')]).toEqual([[], []]);
  });
});

describe('IPVS virtual servers per family, upstream table tests', () => {
  const planFamily = (family: 'IPv4' | 'IPv6', services: Parameters<typeof harnessTopology>[0], slices: Parameters<typeof harnessTopology>[1], nodePortAddresses: string[] = []) => {
    const answer = renderIpvs(
      harnessTopology(services, slices, (t) => (t.kubeProxy.nodePortAddresses = nodePortAddresses)),
      testNodeName,
      { family },
    );
    expect(answer.errors).toEqual([]);
    return answer.families[0]!;
  };
  const servers = (p: IpvsPlan) => Object.fromEntries(p.virtualServers.map((v) => [`${v.address}:${v.port}/${v.protocol}`, v.realServers.map((r) => `${r.address}:${r.port}`)]));
  const twoFamilies = () => [
    makeTestService('ns1', 'svc1', (s) => ((s.clusterIPs = ['172.30.0.41']), (s.ports = [port('p80', 80)]))),
    makeTestService('ns2', 'svc2', (s) => ((s.clusterIPs = ['fd00:10:96::2:1']), (s.ipFamilies = ['IPv6']), (s.ports = [port('p8080', 8080)]))),
  ];
  const twoSlices = () => [
    makeTestEndpointSlice('ns1', 'svc1', 1, (s) => ((s.endpoints = [ep('10.180.0.1')]), (s.ports = [epPort('p80', 80)]))),
    makeTestEndpointSlice('ns2', 'svc2', 1, (s) => ((s.addressType = 'IPv6'), (s.endpoints = [ep('fd00:10::5:6')]), (s.ports = [epPort('p8080', 8080)]))),
  ];

  test('TestIPv4Proxier "2 services with Cluster IP, each with endpoints": the IPv4 proxier takes the IPv4 Service only', () => {
    expect(servers(planFamily('IPv4', twoFamilies(), twoSlices()))).toEqual({ '172.30.0.41:80/TCP': ['10.180.0.1:80'] });
  });

  test('TestIPv6Proxier "2 services with Cluster IP, each with endpoints": the IPv6 proxier takes the IPv6 Service only', () => {
    expect(servers(planFamily('IPv6', twoFamilies(), twoSlices()))).toEqual({ 'fd00:10:96::2:1:8080/TCP': ['fd00:10::5:6:8080'] });
  });

  test('TestNodePortIPv6 "1 service with node port, has 2 endpoints": one NodePort virtual server on the IPv6 node address, the IPv6 endpoint', () => {
    const p = planFamily(
      'IPv6',
      [makeTestService('ns1', 'svc1', (s) => ((s.type = 'NodePort'), (s.clusterIPs = ['fd00:10:96::1']), (s.ipFamilies = ['IPv6']), (s.ports = [port('p80', 80, 'TCP', 3001)])))],
      [
        makeTestEndpointSlice('ns1', 'svc1', 1, (s) => ((s.endpoints = [ep('10.180.0.1')]), (s.ports = [epPort('p80', 80)]))),
        makeTestEndpointSlice('ns1', 'svc1', 2, (s) => ((s.addressType = 'IPv6'), (s.endpoints = [ep('fd00:10::2:10')]), (s.ports = [epPort('p80', 80)]))),
      ],
      ['2001:db8::/64'],
    );
    expect(servers(p)).toEqual({ 'fd00:10:96::1:80/TCP': ['fd00:10::2:10:80'], '2001:db8::1:3001/TCP': ['fd00:10::2:10:80'] });
  });

  test('TestNodePortIPv4 "node port service with protocol sctp on a node with multiple nodeIPs": one virtual server and one hash:ip,port entry per node address', () => {
    const p = planFamily(
      'IPv4',
      [makeTestService('ns1', 'svc1', (s) => ((s.type = 'NodePort'), (s.clusterIPs = [svcIP]), (s.ports = [port('p80', 80, 'SCTP', 3001)])))],
      [makeTestEndpointSlice('ns1', 'svc1', 1, (s) => ((s.endpoints = [ep(epIP)]), (s.ports = [epPort('p80', 80, 'SCTP')])))],
    );
    // The harness node's IPv4 addresses stand for upstream's 100.101.102.103-105.
    expect(servers(p)).toEqual({
      [`${svcIP}:80/SCTP`]: [`${epIP}:80`],
      '192.168.0.2:3001/SCTP': [`${epIP}:80`],
      '192.168.1.2:3001/SCTP': [`${epIP}:80`],
      '192.168.99.11:3001/SCTP': [`${epIP}:80`],
    });
    expect(set(p, 'KUBE-NODE-PORT-SCTP-HASH')).toEqual(['192.168.0.2,sctp:3001', '192.168.1.2,sctp:3001', '192.168.99.11,sctp:3001']);
  });

  test('TestExternalIPs: a loopback external IP gets a virtual server too ("ipvs filters out by ipfamily": 3)', () => {
    const p = planFamily(
      'IPv4',
      [makeTestService('ns1', 'svc1', (s) => ((s.clusterIPs = [svcIP]), (s.externalIPs = ['50.60.70.81', '2012::51', '127.0.0.1']), (s.ports = [port('p80', 80)])))],
      [makeTestEndpointSlice('ns1', 'svc1', 1, (s) => ((s.endpoints = [ep(epIP)]), (s.ports = [epPort('p80', 80)])))],
    );
    expect(Object.keys(servers(p))).toEqual([`${svcIP}:80/TCP`, '50.60.70.81:80/TCP', '127.0.0.1:80/TCP']);
  });

  test('TestMultiPortServiceBindAddr: a multi-port Service binds its ClusterIP once', () => {
    const p = planFamily('IPv4', [makeTestService('ns1', 'svc1', (s) => ((s.clusterIPs = ['172.30.55.4']), (s.ports = [port('port1', 1234), port('port2', 1235)])))], []);
    expect(p.virtualServers).toHaveLength(2);
    expect(p.boundAddresses).toEqual(['172.30.55.4']);
  });
});

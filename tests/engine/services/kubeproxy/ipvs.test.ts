/**
 * IPVS mode against upstream's IPVS proxier tests (kubernetes/kubernetes pkg/proxy/ipvs/proxier_test.go:
 * TestClusterIPNoEndpoint, TestClusterIP, TestNodePortNoEndpoint, TestExternalIPsNoEndpoint, TestExternalIPs,
 * TestLoadBalanceSourceRanges, TestOnlyLocalNodePorts, TestOnlyLocalLoadBalancing): the virtual servers, their
 * real servers and the ipset entries those tests expect. Upstream's fake proxier served both families at once
 * in the version these come from; kube-proxy now runs one proxier per family, so each case is checked on the
 * IPv4 proxier and its IPv6 addresses are left out. Upstream's expected iptables jump chains are not ported:
 * the chains were renamed since (KUBE-FIREWALL → KUBE-PROXY-FIREWALL / KUBE-SOURCE-RANGES-FIREWALL).
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

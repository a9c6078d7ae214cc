/**
 * The body of the per-service loop of kubernetes/kubernetes pkg/proxy/iptables/proxier.go `syncProxyRules`,
 * and `writeServiceToEndpointRules`, ported statement by statement: the same rules, in the same order,
 * with the same comments and argument order (`iptables-restore` takes them verbatim).
 */
import { cidrContainsIp } from './addr';
import { categorizeEndpoints } from './categorize';
import type { ProxierConfig } from './config';
import { iptablesChainNames, iptablesEndpointChain } from './names';
import { formatFixed } from './probability';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './types';

type Arg = string | readonly string[];

/** proxyutil.LineBuffer: arguments (and string slices) joined by single spaces, one line per Write. */
export class LineBuffer {
  readonly lines: string[] = [];
  write(...args: Arg[]): void {
    const words: string[] = [];
    for (const a of args) {
      if (typeof a === 'string') words.push(a);
      else words.push(...a);
    }
    this.lines.push(words.join(' '));
  }
}

export interface IptablesBuffers {
  readonly filterRules: LineBuffer;
  readonly natChains: LineBuffer;
  readonly natRules: LineBuffer;
}

export const KUBE_SERVICES = 'KUBE-SERVICES';
export const KUBE_EXTERNAL_SERVICES = 'KUBE-EXTERNAL-SERVICES';
export const KUBE_NODEPORTS = 'KUBE-NODEPORTS';
export const KUBE_POSTROUTING = 'KUBE-POSTROUTING';
export const KUBE_MARK_MASQ = 'KUBE-MARK-MASQ';
export const KUBE_FORWARD = 'KUBE-FORWARD';
export const KUBE_PROXY_FIREWALL = 'KUBE-PROXY-FIREWALL';
export const KUBE_FIREWALL = 'KUBE-FIREWALL';
export const NFACCT_INVALID = 'ct_state_invalid_dropped_pkts'; // metrics.IPTablesCTStateInvalidDroppedNFAcctCounter
export const NFACCT_LOCALHOST_NODEPORTS = 'localhost_nps_accepted_pkts'; // metrics.LocalhostNodePortAcceptedNFAcctCounter

export const chainLine = (chain: string): string => `:${chain} - [0:0]`;

/** One service port's contribution to the ruleset. */
export function writeServicePort(
  cfg: ProxierConfig,
  buf: IptablesBuffers,
  svc: ServicePortInfo,
  allEndpoints: readonly EndpointInfo[] | undefined,
  largeClusterMode: boolean,
): void {
  const { filterRules, natChains, natRules } = buf;
  const protocol = svc.protocol.toLowerCase();
  const name = svc.nameString;
  const port = String(svc.port);
  const chains = iptablesChainNames(svc);
  const sepNames = new Map<EndpointInfo, string>();
  const sep = (ep: EndpointInfo): string => {
    let name = sepNames.get(ep);
    if (name === undefined) sepNames.set(ep, (name = iptablesEndpointChain(svc, ep)));
    return name;
  };
  const { clusterEndpoints, localEndpoints, allReachable, hasAnyEndpoints: hasEndpoints } = categorizeEndpoints(allEndpoints, svc);

  const usesClusterPolicyChain = clusterEndpoints.length > 0 && usesClusterEndpoints(svc);
  const usesLocalPolicyChain = localEndpoints.length > 0 && usesLocalEndpoints(svc);

  let internalTrafficChain = chains.cluster;
  let hasInternalEndpoints = hasEndpoints;
  if (svc.internalPolicyLocal) {
    internalTrafficChain = chains.local;
    if (localEndpoints.length === 0) hasInternalEndpoints = false;
  }
  let externalPolicyChain = chains.cluster;
  let hasExternalEndpoints = hasEndpoints;
  if (svc.externalPolicyLocal) {
    externalPolicyChain = chains.local;
    if (localEndpoints.length === 0) hasExternalEndpoints = false;
  }
  const externalTrafficChain = chains.external;
  // Needed for the local-traffic short circuit even when no endpoint is externally usable.
  const usesExternalTrafficChain = hasEndpoints && externallyAccessible(svc);
  const usesFWChain = hasEndpoints && svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
  const loadBalancerTrafficChain = usesFWChain ? chains.firewall : externalTrafficChain;

  let internalFilterTarget = '';
  let internalFilterComment = '';
  let externalFilterTarget = '';
  let externalFilterComment = '';
  if (!hasEndpoints) {
    internalFilterTarget = externalFilterTarget = 'REJECT';
    internalFilterComment = externalFilterComment = `"${name} has no endpoints"`;
  } else {
    if (!hasInternalEndpoints) {
      internalFilterTarget = 'DROP';
      internalFilterComment = `"${name} has no local endpoints"`;
    }
    if (!hasExternalEndpoints) {
      externalFilterTarget = 'DROP';
      externalFilterComment = `"${name} has no local endpoints"`;
    }
  }

  // Capture the clusterIP.
  const clusterIPMatch = ['-m', protocol, '-p', protocol, '-d', svc.clusterIP, '--dport', port];
  if (hasInternalEndpoints) {
    natRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', `"${name} cluster IP"`, clusterIPMatch, '-j', internalTrafficChain);
  } else {
    filterRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', internalFilterComment, clusterIPMatch, '-j', internalFilterTarget);
  }

  // Capture externalIPs.
  for (const externalIP of svc.externalIPs) {
    const match = ['-m', protocol, '-p', protocol, '-d', externalIP, '--dport', port];
    if (hasEndpoints) natRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', `"${name} external IP"`, match, '-j', externalTrafficChain);
    if (!hasExternalEndpoints) filterRules.write('-A', KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilterComment, match, '-j', externalFilterTarget);
  }

  // Capture load-balancer ingress.
  for (const lbip of svc.loadBalancerVIPs) {
    const match = ['-m', protocol, '-p', protocol, '-d', lbip, '--dport', port];
    if (hasEndpoints) natRules.write('-A', KUBE_SERVICES, '-m', 'comment', '--comment', `"${name} loadbalancer IP"`, match, '-j', loadBalancerTrafficChain);
    if (usesFWChain) {
      filterRules.write('-A', KUBE_PROXY_FIREWALL, '-m', 'comment', '--comment', `"${name} traffic not accepted by ${chains.firewall}"`, match, '-j', 'DROP');
    }
  }
  if (!hasExternalEndpoints) {
    for (const lbip of svc.loadBalancerVIPs) {
      filterRules.write('-A', KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilterComment, '-m', protocol, '-p', protocol, '-d', lbip, '--dport', port, '-j', externalFilterTarget);
    }
  }

  // Capture nodeports ("nodeports are not subject to loadBalancerSourceRanges, and we can't change that").
  if (svc.nodePort !== 0) {
    const nodePort = String(svc.nodePort);
    if (hasEndpoints) {
      if (cfg.localhostNodePorts && cfg.node.family === 'IPv4' && cfg.nfacct) {
        natRules.write('-A', KUBE_NODEPORTS, '-m', 'comment', '--comment', name, '-m', protocol, '-p', protocol, '-d', '127.0.0.0/8', '--dport', nodePort, '-m', 'nfacct', '--nfacct-name', NFACCT_LOCALHOST_NODEPORTS, '-j', externalTrafficChain);
      }
      natRules.write('-A', KUBE_NODEPORTS, '-m', 'comment', '--comment', name, '-m', protocol, '-p', protocol, '--dport', nodePort, '-j', externalTrafficChain);
    }
    if (!hasExternalEndpoints) {
      filterRules.write('-A', KUBE_EXTERNAL_SERVICES, '-m', 'comment', '--comment', externalFilterComment, '-m', 'addrtype', '--dst-type', 'LOCAL', '-m', protocol, '-p', protocol, '--dport', nodePort, '-j', externalFilterTarget);
    }
  }

  // Capture healthCheckNodePorts: accepted whether or not the node has local endpoints.
  if (svc.healthCheckNodePort !== 0) {
    filterRules.write('-A', KUBE_NODEPORTS, '-m', 'comment', '--comment', `"${name} health check node port"`, '-m', 'tcp', '-p', 'tcp', '--dport', String(svc.healthCheckNodePort), '-j', 'ACCEPT');
  }

  // Internal traffic: masquerade off-cluster sources (or everything with --masquerade-all).
  if (hasInternalEndpoints) {
    const args = ['-m', 'comment', '--comment', `"${name} cluster IP"`, ...clusterIPMatch];
    if (cfg.masqueradeAll) natRules.write('-A', internalTrafficChain, args, '-j', KUBE_MARK_MASQ);
    else if (cfg.localCIDR !== null) natRules.write('-A', internalTrafficChain, args, '!', '-s', cfg.localCIDR, '-j', KUBE_MARK_MASQ);
  }

  if (usesExternalTrafficChain) {
    natChains.write(chainLine(externalTrafficChain));
    if (!svc.externalPolicyLocal) {
      natRules.write('-A', externalTrafficChain, '-m', 'comment', '--comment', `"masquerade traffic for ${name} external destinations"`, '-j', KUBE_MARK_MASQ);
    } else {
      if (cfg.localCIDR !== null) {
        // Pod → external destination is short-circuited to all endpoints, as if it had gone out and back in.
        natRules.write('-A', externalTrafficChain, '-m', 'comment', '--comment', `"pod traffic for ${name} external destinations"`, '-s', cfg.localCIDR, '-j', chains.cluster);
      }
      natRules.write('-A', externalTrafficChain, '-m', 'comment', '--comment', `"masquerade LOCAL traffic for ${name} external destinations"`, '-m', 'addrtype', '--src-type', 'LOCAL', '-j', KUBE_MARK_MASQ);
      natRules.write('-A', externalTrafficChain, '-m', 'comment', '--comment', `"route LOCAL traffic for ${name} external destinations"`, '-m', 'addrtype', '--src-type', 'LOCAL', '-j', chains.cluster);
    }
    if (hasExternalEndpoints) natRules.write('-A', externalTrafficChain, '-j', externalPolicyChain);
  }

  if (usesFWChain) {
    natChains.write(chainLine(chains.firewall));
    const args = ['-A', chains.firewall, '-m', 'comment', '--comment', `"${name} loadbalancer IP"`];
    let allowFromNode = false;
    for (const cidr of svc.loadBalancerSourceRanges) {
      natRules.write(args, '-s', cidr, '-j', externalTrafficChain);
      if (cfg.node.nodeIP !== null && cidrContainsIp(cidr, cfg.node.nodeIP)) allowFromNode = true;
    }
    // A node connecting to a VIP bound locally arrives with the VIP as its source.
    if (allowFromNode) for (const lbip of svc.loadBalancerVIPs) natRules.write(args, '-s', lbip, '-j', externalTrafficChain);
    natRules.write('-A', chains.firewall, '-m', 'comment', '--comment', `"other traffic to ${name} will be dropped by KUBE-PROXY-FIREWALL"`);
  }

  if (usesClusterPolicyChain) {
    natChains.write(chainLine(chains.cluster));
    writeServiceToEndpointRules(natRules, svc, chains.cluster, clusterEndpoints, largeClusterMode, sep);
  }
  if (usesLocalPolicyChain) {
    natChains.write(chainLine(chains.local));
    writeServiceToEndpointRules(natRules, svc, chains.local, localEndpoints, largeClusterMode, sep);
  }

  for (const ep of allReachable) {
    const chain = sep(ep);
    natChains.write(chainLine(chain));
    const args = ['-A', chain, ...(largeClusterMode ? [] : ['-m', 'comment', '--comment', name])];
    // Traffic that loops back to its own endpoint is masqueraded (hairpin).
    natRules.write(args, '-s', ep.ip, '-j', KUBE_MARK_MASQ);
    if (svc.sessionAffinityClientIP) args.push('-m', 'recent', '--name', chain, '--set');
    args.push('-m', protocol, '-p', protocol, '-j', 'DNAT', '--to-destination', ep.endpoint);
    natRules.write(args);
  }
}

/** `computeProbability`: Go's `fmt.Sprintf("%0.10f", 1.0/float64(n))`. */
export function computeProbability(n: number): string {
  return formatFixed(1 / n, 10);
}

function writeServiceToEndpointRules(
  natRules: LineBuffer,
  svc: ServicePortInfo,
  svcChain: string,
  endpoints: readonly EndpointInfo[],
  largeClusterMode: boolean,
  sep: (ep: EndpointInfo) => string,
): void {
  const comment = (ep: EndpointInfo): string[] => (largeClusterMode ? [] : ['-m', 'comment', '--comment', `"${svc.nameString} -> ${ep.endpoint}"`]);
  if (svc.sessionAffinityClientIP) {
    for (const ep of endpoints) {
      const chain = sep(ep);
      natRules.write('-A', svcChain, comment(ep), '-m', 'recent', '--name', chain, '--rcheck', '--seconds', String(svc.stickyMaxAgeSeconds), '--reap', '-j', chain);
    }
  }
  const n = endpoints.length;
  endpoints.forEach((ep, i) => {
    const chain = sep(ep);
    // Each rule but the last is a probabilistic match; the last always matches.
    const statistic = i < n - 1 ? ['-m', 'statistic', '--mode', 'random', '--probability', computeProbability(n - i)] : [];
    natRules.write('-A', svcChain, comment(ep), statistic, '-j', chain);
  });
}

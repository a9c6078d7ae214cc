/** kube-proxy's rules for one node, rendered exactly (iptables, nftables) or summarized (IPVS); see README.md. */
export type { KubeProxyOptions, ProxierConfig } from './config';
export type { KubeProxySource } from './prepare';
export type { EndpointInfo, ServicePortInfo } from './types';
export { renderIptables, renderIptablesFamily, jumpRules, tableChains, type IptablesAnswer, type IptablesRules, type IptablesTable } from './iptables';
export { computeProbability } from './iptablesService';
export { formatFixed } from './probability';
export { iptablesChainNames, iptablesEndpointChain, nftablesChainNames, nftablesEndpointNames } from './names';
export { parseIptablesDump, parseIptablesRule, formatIptablesDump, findChain, type IptablesDump, type IptablesRule, type IptablesChain, type IptablesValue } from './parse';
export { base32, sha256 } from './hash';
export { translate, translateAt, type Packet, type TranslateOptions, type TranslateResult, type TranslateBranch, type Verdict, type NodeTranslation } from './translate';
export { renderNftables, renderNftablesFamily, type NftablesAnswer, type NftablesRules } from './nftables';
export { renderIpvs, planIpvsFamily, type IpvsAnswer, type IpvsPlan, type IpvsVirtualServer, type IpvsRealServer, type IpvsSet } from './ipvs';
export { ruleCounts, nodeRuleCounts, ruleCountsDirect, type RuleCountsAnswer, type FamilyCounts, type TableCount } from './counts';
export { healthChecks, type HealthCheck } from './healthCheck';
export { work as kubeProxyWork } from './shared';

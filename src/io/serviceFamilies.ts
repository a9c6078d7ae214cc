/**
 * What the API server puts in spec.ipFamilies when a Service is created, so a document may leave it out and
 * export can leave it out again when it equals this default.
 *
 * Mirrors initIPFamilyFields in kubernetes/kubernetes pkg/registry/core/service/storage/alloc.go:
 *  - ExternalName Services get no families.
 *  - ipFamilyPolicy, when unset, is RequireDualStack for a headless Service without selector, else SingleStack.
 *  - families are taken from clusterIPs, in order; with none, the cluster's default family
 *    (--service-cluster-ip-range[0], here serviceCIDRs[0]; IPv4 when the topology names no service CIDR).
 *  - a policy other than SingleStack adds the other family when the cluster is dual-stack, and always for a
 *    headless Service without selector.
 */
import type { IpFamily, Labels, ServiceType } from '../engine/model/topology';
import { familyOfAddress } from './addresses';

export interface FamilyInputs {
  readonly type: ServiceType;
  readonly clusterIPs: readonly string[];
  readonly headless: boolean;
  readonly selector: Labels | null;
  readonly ipFamilyPolicy: string | null;
}

export function completeIpFamilies(given: readonly IpFamily[], service: FamilyInputs, clusterFamilies: readonly IpFamily[]): IpFamily[] {
  if (service.type === 'ExternalName') return [];
  const headlessSelectorless = service.headless && service.selector === null;
  const policy = service.ipFamilyPolicy ?? (headlessSelectorless ? 'RequireDualStack' : 'SingleStack');
  const families = [...given];
  service.clusterIPs.forEach((ip, index) => {
    if (index >= families.length) families.push(familyOfAddress(ip));
  });
  if (families.length === 0) families.push(clusterFamilies[0] ?? 'IPv4');
  const canAddOther = headlessSelectorless || clusterFamilies.length === 2;
  if (policy !== 'SingleStack' && families.length === 1 && canAddOther) {
    families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
  }
  return families;
}

/**
 * `aws ec2 describe-instance-types` JSON (AWS CLI reference; the fields max-pods-calculator.sh reads):
 * InstanceTypes[].InstanceType, NetworkInfo.MaximumNetworkInterfaces, NetworkInfo.Ipv4AddressesPerInterface,
 * VCpuInfo.DefaultVCpus, Hypervisor (nitro | xen; absent on bare metal), BareMetal. A user's own account data:
 * authoritative over the built-in table.
 */
import type { Problem } from '../problems';
import type { InstanceTypeLimits } from './readAwsVpcCni';
import { field, isObj, str } from './dump';

export type InstanceTypesResult = { ok: true; types: Map<string, InstanceTypeLimits> } | { ok: false; errors: Problem[] };

export function parseInstanceTypes(text: string, label = '--instance-types'): InstanceTypesResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: label, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const list = field(json, 'InstanceTypes');
  if (!Array.isArray(list)) return { ok: false, errors: [{ path: `${label}.InstanceTypes`, message: 'expected the output of `aws ec2 describe-instance-types` (an InstanceTypes list)' }] };
  const types = new Map<string, InstanceTypeLimits>();
  const errors: Problem[] = [];
  list.forEach((entry, index) => {
    const at = `${label}.InstanceTypes[${index}]`;
    const type = isObj(entry) ? str(entry.InstanceType) : null;
    const enis = field(entry, 'NetworkInfo', 'MaximumNetworkInterfaces');
    const ips = field(entry, 'NetworkInfo', 'Ipv4AddressesPerInterface');
    const vcpus = field(entry, 'VCpuInfo', 'DefaultVCpus');
    if (type === null) return errors.push({ path: `${at}.InstanceType`, message: 'missing' });
    if (!Number.isInteger(enis) || (enis as number) < 1) return errors.push({ path: `${at}.NetworkInfo.MaximumNetworkInterfaces`, message: 'expected a positive whole number' });
    if (!Number.isInteger(ips) || (ips as number) < 1) return errors.push({ path: `${at}.NetworkInfo.Ipv4AddressesPerInterface`, message: 'expected a positive whole number' });
    const hypervisor = str(field(entry, 'Hypervisor'));
    types.set(type, {
      enis: enis as number,
      ipv4PerEni: ips as number,
      vcpus: Number.isInteger(vcpus) ? (vcpus as number) : null,
      // Bare metal reports no hypervisor; the calculator treats it as not Nitro (no prefix delegation).
      hypervisor: hypervisor === 'nitro' ? 'nitro' : hypervisor === 'xen' ? 'xen' : 'unknown',
    });
    return undefined;
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, types };
}

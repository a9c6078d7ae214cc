/** Address helpers over the canonical strings of the model. */
import { IpAddress, Prefix } from '../../net';

/** `cidr.Contains(ip)` with Go semantics: false across families. */
export function cidrContainsIp(cidr: string, ip: string): boolean {
  const p = Prefix.parse(cidr);
  const a = IpAddress.parse(ip);
  return p.family === a.family && p.contains(a);
}

import type { IpFamily } from '../engine/model/topology';

/**
 * The family a user named (`ipv4`, `IPv6`, `4`…), or undefined when `text` names none. Own keys only: a plain index
 * into the table would answer "constructor" or "__proto__" with Object's own properties and let them through.
 */
export function familyNamed(table: Readonly<Record<string, IpFamily>>, text: string): IpFamily | undefined {
  const key = text.toLowerCase();
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

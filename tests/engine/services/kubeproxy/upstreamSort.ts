/**
 * The normalization upstream's iptables tests apply before comparing (kubernetes/kubernetes
 * pkg/proxy/iptables/proxier_test.go `assertIPTablesRulesEqual` → `sortIPTablesRules`), ported as is:
 * the expected text is only left-trimmed; the result is left-trimmed, parsed, tables sorted by name, chains
 * sorted (KUBE-NODEPORTS, KUBE-SERVICES, other KUBE-* alphabetically, then the rest), the rules of
 * KUBE-NODEPORTS and KUBE-SERVICES in both tables stably sorted by the service name in their comment (the
 * nat KUBE-SERVICES "must be the last rule" rule kept last), and printed back with `IPTablesDump.String()`.
 * Nothing else (counters, rule text, order inside other chains) is touched.
 */
import assert from 'node:assert/strict';
import { findChain, formatIptablesDump, parseIptablesDump, type IptablesRule } from '../../../../src/engine/services/kubeproxy';

const trimLeft = (s: string): string => s.replace(/^[ \t\n]+/, '');

function toCompare<T>(less: (a: T, b: T) => boolean): (a: T, b: T) => number {
  return (a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0);
}

/** orderByCommentServiceName: the comment up to the first space or colon; undefined order without comments. */
function orderByCommentServiceName(r1: IptablesRule, r2: IptablesRule): boolean {
  if (r1.comment === undefined || r2.comment === undefined) return false;
  const cut = (s: string): string => {
    const i = s.search(/[ :]/);
    return i === -1 ? s : s.slice(0, i);
  };
  return cut(r1.comment.value) < cut(r2.comment.value);
}

export function sortIPTablesRules(ruleData: string): string {
  const dump = parseIptablesDump(ruleData);
  dump.tables.sort(toCompare((a, b) => a.name < b.name));
  for (const table of dump.tables) {
    table.chains.sort(
      toCompare((a, b) => {
        if (a.name === 'KUBE-NODEPORTS') return true;
        if (b.name === 'KUBE-NODEPORTS') return false;
        if (a.name === 'KUBE-SERVICES') return true;
        if (b.name === 'KUBE-SERVICES') return false;
        const ak = a.name.startsWith('KUBE-');
        const bk = b.name.startsWith('KUBE-');
        if (ak && !bk) return true;
        if (!ak && bk) return false;
        return a.name < b.name;
      }),
    );
  }
  for (const t of ['filter', 'nat']) findChain(dump, t, 'KUBE-NODEPORTS')?.rules.sort(toCompare(orderByCommentServiceName));
  findChain(dump, 'filter', 'KUBE-SERVICES')?.rules.sort(toCompare(orderByCommentServiceName));
  const isLast = (r: IptablesRule): boolean => r.comment !== undefined && r.comment.value.includes('must be the last rule');
  findChain(dump, 'nat', 'KUBE-SERVICES')?.rules.sort(
    toCompare((a, b) => {
      if (isLast(a)) return false;
      if (isLast(b)) return true;
      return orderByCommentServiceName(a, b);
    }),
  );
  return formatIptablesDump(dump);
}

/** assertIPTablesRulesEqual without its optional consistency check (done separately by checkIPTablesRuleJumps). */
export function assertIPTablesRulesEqual(expected: string, result: string, message?: string): void {
  assert.equal(sortIPTablesRules(trimLeft(result)), trimLeft(expected), message);
}

/** assertIPTablesChainEqual: the chain's rules, in order, one per line. */
export function assertIPTablesChainEqual(table: string, chain: string, expected: string, result: string): void {
  const dump = parseIptablesDump(trimLeft(result));
  const rules = findChain(dump, table, chain)?.rules ?? [];
  assert.equal(rules.map((r) => r.raw + '\n').join(''), trimLeft(expected), `${table}/${chain}`);
}

/** Go's dedent.Dedent for the template literals copied from upstream: drop the common leading whitespace. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(cut))).join('\n');
}

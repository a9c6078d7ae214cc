/**
 * A reader for `iptables-save` / `iptables-restore` text, ported from kubernetes/kubernetes
 * pkg/util/iptables/testing/parse.go (`ParseIPTablesDump`, `ParseRule`): tables, chains (with counters and
 * `-X` deletions) and rules split into the parameters kube-proxy uses. `-m MODULE` is skipped, a quoted
 * string is one word, `!` negates the next parameter, unknown parameters are ignored (non-strict mode).
 */

export interface IptablesValue {
  readonly negated: boolean;
  readonly value: string;
}

export interface IptablesRule {
  readonly raw: string;
  readonly chain: string;
  readonly comment?: IptablesValue;
  readonly protocol?: IptablesValue;
  readonly sourceAddress?: IptablesValue;
  readonly sourceType?: IptablesValue;
  readonly sourcePort?: IptablesValue;
  readonly destinationAddress?: IptablesValue;
  readonly destinationType?: IptablesValue;
  readonly destinationPort?: IptablesValue;
  readonly matchSet?: IptablesValue;
  readonly jump?: IptablesValue;
  readonly randomFully?: boolean;
  readonly probability?: IptablesValue;
  readonly dnatDestination?: IptablesValue;
  readonly affinityCheck?: boolean;
  readonly markCheck?: IptablesValue;
  readonly ctStateCheck?: IptablesValue;
  readonly affinityName?: IptablesValue;
  readonly affinitySeconds?: IptablesValue;
  readonly affinitySet?: boolean;
  readonly affinityReap?: boolean;
  readonly statisticMode?: IptablesValue;
  /** Not in upstream's parser: the MARK target's operands, needed to evaluate KUBE-MARK-MASQ / KUBE-POSTROUTING. */
  readonly orMark?: IptablesValue;
  readonly xorMark?: IptablesValue;
}

export interface IptablesChain {
  readonly name: string;
  readonly packets: number;
  readonly bytes: number;
  readonly rules: IptablesRule[];
  deleted: boolean;
}

export interface IptablesDumpTable {
  readonly name: string;
  readonly chains: IptablesChain[];
}

export interface IptablesDump {
  readonly tables: IptablesDumpTable[];
}

type Kind = 'value' | 'bool' | 'chain';
const PARAMS: Readonly<Record<string, readonly [field: keyof IptablesRule, kind: Kind, negatable: boolean]>> = {
  '-A': ['chain', 'chain', false],
  '--comment': ['comment', 'value', false],
  '-p': ['protocol', 'value', true],
  '-s': ['sourceAddress', 'value', true],
  '--src-type': ['sourceType', 'value', true],
  '--sport': ['sourcePort', 'value', true],
  '-d': ['destinationAddress', 'value', true],
  '--dst-type': ['destinationType', 'value', true],
  '--dport': ['destinationPort', 'value', true],
  '--match-set': ['matchSet', 'value', true],
  '-j': ['jump', 'value', false],
  '--random-fully': ['randomFully', 'bool', false],
  '--probability': ['probability', 'value', false],
  '--to-destination': ['dnatDestination', 'value', false],
  '--rcheck': ['affinityCheck', 'bool', true],
  '--mark': ['markCheck', 'value', true],
  '--ctstate': ['ctStateCheck', 'value', true],
  '--name': ['affinityName', 'value', false],
  '--seconds': ['affinitySeconds', 'value', false],
  '--set': ['affinitySet', 'bool', true],
  '--reap': ['affinityReap', 'bool', false],
  '--mode': ['statisticMode', 'value', false],
  '--or-mark': ['orMark', 'value', false],
  '--xor-mark': ['xorMark', 'value', false],
};

/** wordRegex: a word, or a quoted string, at the start or after whitespace. */
const WORD = /(?:^|\s)("[^"]*"|[^"]\S*)/g;

export function parseIptablesRule(rule: string): IptablesRule {
  const words: string[] = [];
  for (const m of rule.matchAll(WORD)) words.push(m[1]!.replace(/^"+|"+$/g, ''));
  if (words.length < 2 || words[0] !== '-A') throw new Error('bad iptables rule (does not start with "-A CHAIN")');
  if (words.length < 3) throw new Error('bad iptables rule (no match rules)');
  const parsed: Record<string, unknown> = { raw: rule };
  let negated = false;
  for (let w = 0; w < words.length; ) {
    const word = words[w]!;
    if (word === '-m' && w < words.length - 1) {
      w += 2; // "-m MODULE" is skipped: parameter names are unique enough without it
      continue;
    }
    if (word === '!') {
      negated = true;
      w++;
      continue;
    }
    const param = PARAMS[word];
    if (param !== undefined) {
      const [field, kind, negatable] = param;
      if (negated && !negatable) throw new Error(`cannot negate parameter "${word}"`);
      if (kind !== 'bool' && w === words.length - 1) throw new Error(`parameter "${word}" requires an argument`);
      if (kind === 'bool') {
        parsed[field] = !negated;
        w++;
      } else if (kind === 'value') {
        parsed[field] = { negated, value: words[w + 1]! };
        w += 2;
      } else {
        parsed[field] = words[w + 1]!;
        w += 2;
      }
    } else {
      w++;
    }
    negated = false;
  }
  return parsed as unknown as IptablesRule;
}

const TABLE = /^\*(.*)$/;
const CHAIN = /^:([^ ]*) - \[([0-9]*):([0-9]*)\]$/;
const ADD = /^-A ([^ ]*) (.*)$/;
const DELETE = /^-X (.*)$/;

export function parseIptablesDump(data: string): IptablesDump {
  const dump: IptablesDump = { tables: [] };
  let state: 'table' | 'chains' | 'rules' = 'table';
  let table: IptablesDumpTable | undefined;
  for (const rawLine of data.replace(/^\n+|\n+$/g, '').split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (state === 'table') {
      const m = TABLE.exec(line);
      if (m === null) throw new Error(`could not parse iptables data (table ${dump.tables.length + 1} starts with "${line}" not a table name)`);
      table = { name: m[1]!, chains: [] };
      dump.tables.push(table);
      state = 'chains';
      continue;
    }
    if (state === 'chains') {
      const m = CHAIN.exec(line);
      if (m !== null) {
        table!.chains.push({ name: m[1]!, packets: Number(m[2]), bytes: Number(m[3]), rules: [], deleted: false });
        continue;
      }
      state = 'rules';
    }
    const add = ADD.exec(line);
    const del = DELETE.exec(line);
    if (add !== null) {
      const chain = table!.chains.find((c) => c.name === add[1]);
      if (chain === undefined) throw new Error(`error parsing rule "${line}": no such chain "${add[1]}"`);
      if (chain.deleted) throw new Error(`cannot add rules to deleted chain "${add[1]}"`);
      chain.rules.push(parseIptablesRule(line));
    } else if (del !== null) {
      const chain = table!.chains.find((c) => c.name === del[1]);
      if (chain === undefined) throw new Error(`error parsing rule "${line}": no such chain "${del[1]}"`);
      if (chain.rules.length !== 0) throw new Error(`cannot delete chain "${del[1]}" after adding rules`);
      chain.deleted = true;
    } else if (line === 'COMMIT') {
      state = 'table';
    } else {
      throw new Error(`error parsing rule "${line}"`);
    }
  }
  if (state !== 'table') throw new Error('could not parse iptables data (no COMMIT line?)');
  return dump;
}

/** `IPTablesDump.String()`: per table its chain lines, then every chain's rules in chain order, then `-X` lines. */
export function formatIptablesDump(dump: IptablesDump): string {
  let out = '';
  for (const t of dump.tables) {
    out += `*${t.name}\n`;
    for (const c of t.chains) out += `:${c.name} - [${c.packets}:${c.bytes}]\n`;
    for (const c of t.chains) for (const r of c.rules) out += `${r.raw}\n`;
    for (const c of t.chains) if (c.deleted) out += `-X ${c.name}\n`;
    out += 'COMMIT\n';
  }
  return out;
}

export function findChain(dump: IptablesDump, table: string, chain: string): IptablesChain | undefined {
  return dump.tables.find((t) => t.name === table)?.chains.find((c) => c.name === chain);
}

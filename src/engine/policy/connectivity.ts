/**
 * `connectivity(compiled, options)`: every allowed connection between workloads (or pods) and external address
 * ranges — netpol-analyzer's connectivity list — computed on equivalence classes so it scales.
 *
 * Classes. Two subjects that every selector, named port and ipBlock sees alike are interchangeable: same namespace,
 * same values for the label keys some pod selector reads, same container ports (only when a named port is used),
 * same hostNetwork flag, same ipBlock atoms for their IPs (only when ipBlocks select pod IPs). Connectivity is
 * computed once per class pair and shared by the members: 150,000 pods of a generated cluster fall in a few
 * thousand classes.
 *
 * Cells. allowed(S, D) = egress(S → D) ∩ ingress(D ← S). Classes no policy restricts in a direction ("open") make
 * one block: every open-egress class to every open-ingress class is `All Connections`, kept as one group, never
 * enumerated. The other cells are found from the rules' side (NetworkPolicy only): for an ingress-isolated D, only
 * the classes its rules' peers select can reach it; for an egress-isolated S, only the classes its rules select.
 * Peers resolve to classes through an index by namespace and label pair. With AdminNetworkPolicies or a
 * BaselineAdminNetworkPolicy present, every class pair is evaluated with the three-tier evaluator instead
 * (O(classes²), exact).
 *
 * External peers are the atoms of the address space cut by the ipBlocks of ingress rules (sources) and of egress
 * rules and ANP networks (destinations), as netpol-analyzer lists them; with no ipBlock, the whole space.
 */
import { IpAddress } from '../net';
import type { IpFamily } from '../model/topology';
import type { CompiledNpRule, CompiledPeer, CompiledPolicies, PeerView } from './compile';
import { ConnectionSet } from './connectionSet';
import { policyAssumptions } from './decide';
import { evaluateDirection, npPortSet, npRuleMatches } from './evaluate';
import { parseIpv4 } from '../net/ipv4';
import { atomize, atomOf, formatRange, rangesContain, rangesCover, type IpRange } from './ipRanges';
import { matchesSelector } from './selectors';
import type { LabelSelector, PolicyDirection, PolicySubject } from './types';

export const CONNECTIVITY_LEVELS = ['workload', 'pod'] as const;
export type ConnectivityLevel = (typeof CONNECTIVITY_LEVELS)[number];

export interface ConnectivityOptions {
  readonly level?: ConnectivityLevel;
  /** Families of the external ranges; default IPv4, plus IPv6 when a policy or a pod uses it. */
  readonly families?: readonly IpFamily[];
}

export interface ConnectivityPeer {
  /** `ns/name`, or `first-last` for an external range. */
  readonly name: string;
  /** Pod, a workload kind, or External. */
  readonly kind: string;
  readonly namespace: string | null;
}

export interface Connection {
  readonly from: ConnectivityPeer;
  readonly to: ConnectivityPeer;
  readonly allowed: ConnectionSet;
}

/** Every `from` peer to every `to` peer (a peer never to itself) has `allowed`. */
export interface ConnectionGroup {
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly allowed: ConnectionSet;
}

export interface ConnectivityResult {
  readonly level: ConnectivityLevel;
  /** Whether the data plane enforces the policies; when not, the list still says what they would allow. */
  readonly enforced: boolean;
  readonly assumptions: readonly string[];
  readonly peers: readonly ConnectivityPeer[];
  /** Non-empty connections, grouped; the groups' pairs are disjoint. */
  readonly groups: readonly ConnectionGroup[];
  /** Number of subject equivalence classes the computation used. */
  readonly classCount: number;
  /** Ordered pairs of distinct peers with at least one allowed connection. */
  readonly pairCount: number;
  /** The allowed set between two peers (by index), `No Connections` when none. */
  allowed(from: number, to: number): ConnectionSet;
  /** Every ordered pair with a non-empty set (or every pair of distinct peers with `includeEmpty`), in group order. */
  connections(options?: { readonly includeEmpty?: boolean; readonly namespace?: string }): Iterable<Connection>;
}

interface Unit {
  readonly peer: number;
  readonly classes: number[];
}


export function connectivity(c: CompiledPolicies, options: ConnectivityOptions = {}): ConnectivityResult {
  const level = options.level ?? 'workload';
  const subjects = c.model.subjects;

  // --- label keys and values, named ports and ipBlocks that matter ----------------------------------------------
  // Per key: the values some selector names (matchLabels, In, NotIn); every other value of the key reads alike.
  const keys = new Map<string, Set<string>>();
  const addKeys = (s: LabelSelector): void => {
    for (const [k, v] of Object.entries(s.matchLabels)) valuesOf(keys, k).add(v);
    for (const e of s.matchExpressions) {
      const set = valuesOf(keys, e.key);
      for (const v of e.values) set.add(v);
    }
  };
  let namedPorts = false;
  const ingressCuts: IpRange[] = [];
  const egressCuts: IpRange[] = [];
  const addPeerKeys = (p: CompiledPeer, cuts: IpRange[]): void => {
    if (p.podSelector) addKeys(p.podSelector);
    if (p.ranges) cuts.push(...p.ranges);
  };
  for (const np of c.networkPolicies) {
    addKeys(np.policy.podSelector);
    for (const d of ['Ingress', 'Egress'] as const) {
      for (const r of np.rules[d]) {
        for (const p of r.peers) addPeerKeys(p, d === 'Ingress' ? ingressCuts : egressCuts);
        if (r.ports.some((p) => typeof p.port === 'string')) namedPorts = true;
      }
    }
  }
  const admin = [...c.adminPolicies, ...(c.baseline ? [c.baseline] : [])];
  for (const a of admin) {
    if (a.subject.kind === 'pods') addKeys(a.subject.podSelector);
    for (const d of ['Ingress', 'Egress'] as const) {
      for (const r of a.rules[d]) {
        for (const p of r.peers) {
          if (p.kind === 'pods') addKeys(p.podSelector);
          if (p.kind === 'networks') (d === 'Ingress' ? ingressCuts : egressCuts).push(...p.ranges);
        }
        if (r.rule.ports.some((p) => p.kind === 'named')) namedPorts = true;
      }
    }
  }
  const families: IpFamily[] = options.families
    ? [...options.families]
    : [...ingressCuts, ...egressCuts].some((r) => r.first.family === 'IPv6') || subjects.some((s) => s.ips.some((ip) => ip.includes(':')))
      ? ['IPv4', 'IPv6']
      : ['IPv4'];
  const inAtoms = atomize(ingressCuts, families);
  const egAtoms = atomize(egressCuts, families);
  const allCuts = atomize([...ingressCuts, ...egressCuts], families);
  const ipMatters = c.settings.ipBlockSelectsPodIPs && (ingressCuts.length > 0 || egressCuts.length > 0);
  const sortedKeys = [...keys.keys()].sort();

  // --- classes -------------------------------------------------------------------------------------------
  const classOf = new Map<string, number>();
  const reps: PolicySubject[] = [];
  const subjectClass: number[] = [];
  // Pods of one workload share their labels and ports objects (src/io and the generator do): their signature
  // parts are computed once per object, not once per pod (150,000 pods: ~0.3 s saved on this machine).
  const labelSig = new WeakMap<object, string>();
  const portSig = new WeakMap<object, string>();
  const atoms = new AtomFinder(allCuts);
  // Fast path: subjects sharing a labels object and a ports object differ only by namespace, hostNetwork and atoms.
  const byShared = new WeakMap<object, WeakMap<object, Map<string, number>>>();
  for (const s of subjects) {
    let byPorts = byShared.get(s.labels);
    if (byPorts === undefined) byShared.set(s.labels, (byPorts = new WeakMap()));
    let quick = byPorts.get(s.ports);
    if (quick === undefined) byPorts.set(s.ports, (quick = new Map()));
    let qk = c.asNode(s) ? `h${s.namespace}` : s.namespace;
    if (ipMatters || c.asNode(s)) for (const ip of s.ips) qk += `\u0001${atoms.of(ip)}`;
    const known = quick.get(qk);
    if (known !== undefined) {
      subjectClass.push(known);
      continue;
    }
    let ls = labelSig.get(s.labels);
    if (ls === undefined) {
      ls = '';
      for (const k of sortedKeys) {
        const v = s.labels[k];
        ls += v === undefined ? '\u0001' : keys.get(k)!.has(v) ? `\u0001=${v}` : '\u0001*';
      }
      labelSig.set(s.labels, ls);
    }
    let sig = `${s.namespace}\u0001${c.asNode(s) ? 'h' : ''}${ls}`;
    if (namedPorts) {
      let ps = portSig.get(s.ports);
      if (ps === undefined) portSig.set(s.ports, (ps = s.ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).join(',')));
      sig += `\u0001${ps}`;
    }
    if (ipMatters || c.asNode(s)) for (const ip of s.ips) sig += `\u0001${atoms.of(ip)}`;
    let id = classOf.get(sig);
    if (id === undefined) {
      id = reps.length;
      classOf.set(sig, id);
      reps.push(s);
    }
    quick.set(qk, id);
    subjectClass.push(id);
  }
  const C = reps.length;
  const views: PeerView[] = reps.map((s) => classView(c, s));
  /** Named ports resolve on a destination pod; a hostNetwork pod judged as its node has none. */
  const dstPod: (PolicySubject | null)[] = reps.map((s) => (c.asNode(s) ? null : s));

  // --- peers (units) ---------------------------------------------------------------------------------------
  const peers: ConnectivityPeer[] = [];
  const units: Unit[] = [];
  // namespace → kind → name → unit: no key string per pod (150,000 of them).
  const unitIndex = new Map<string, Map<string, Map<string, Unit>>>();
  // Pods grouped by their controller ownerReference vs. by the label guess, for the assumptions.
  let podsByReference = 0;
  let podsByGuess = 0;
  subjects.forEach((s, i) => {
    if (s.kind === 'Pod') {
      if (s.ownerFromReference === true) podsByReference++;
      else podsByGuess++;
    }
    const asWorkload = level === 'workload' && s.kind === 'Pod' && s.owner !== null;
    const kind = asWorkload ? s.owner!.kind : s.kind;
    const short = asWorkload ? s.owner!.name : s.name;
    let byKind = unitIndex.get(s.namespace);
    if (byKind === undefined) unitIndex.set(s.namespace, (byKind = new Map()));
    let byName = byKind.get(kind);
    if (byName === undefined) byKind.set(kind, (byName = new Map()));
    let u = byName.get(short);
    if (u === undefined) {
      u = { peer: peers.length, classes: [] };
      peers.push({ name: `${s.namespace}/${short}`, kind, namespace: s.namespace });
      units.push(u);
      byName.set(short, u);
    }
    const k = subjectClass[i]!;
    if (u.classes.length === 0 || (u.classes[0] !== k && !u.classes.includes(k))) u.classes.push(k);
  });
  const firstExternal = peers.length;
  const inExt = new Map<string, number>();
  const egExt = new Map<string, number>();
  const extPeer = (r: IpRange, map: Map<string, number>): number => {
    const name = formatRange(r);
    let i = map.get(name) ?? inExt.get(name) ?? egExt.get(name);
    if (i === undefined) {
      i = peers.length;
      peers.push({ name, kind: 'External', namespace: null });
    }
    map.set(name, i);
    return i;
  };
  const inExtPeers = inAtoms.map((a) => extPeer(a, inExt));
  const egExtPeers = egAtoms.map((a) => extPeer(a, egExt));

  // --- class cells -------------------------------------------------------------------------------------------
  const openEg = new Uint8Array(C);
  const openIn = new Uint8Array(C);
  const adminPresent = admin.length > 0;
  for (let k = 0; k < C; k++) {
    const s = reps[k]!;
    if (c.asNode(s)) {
      openEg[k] = 1;
      openIn[k] = 1;
      continue;
    }
    const sel = c.selecting(s);
    const touchedByAdmin = adminPresent && (c.selectingAdmin(s).length > 0 || c.baseline !== null);
    openEg[k] = !touchedByAdmin && !sel.some((p) => p.isolates.Egress) ? 1 : 0;
    openIn[k] = !touchedByAdmin && !sel.some((p) => p.isolates.Ingress) ? 1 : 0;
  }
  // Sparse cells: key S * C + D (C ≤ 2^26 keeps keys exact).
  const cells = new Map<number, ConnectionSet>();
  const extIn = new Map<number, ConnectionSet>(); // atom * C + D
  const extEg = new Map<number, ConnectionSet>(); // S * atoms + atom
  const put = (m: Map<number, ConnectionSet>, key: number, set: ConnectionSet): void => {
    if (set.isEmpty()) return;
    const old = m.get(key);
    m.set(key, old === undefined ? set : old.union(set));
  };

  if (adminPresent) {
    for (let s = 0; s < C; s++) {
      for (let d = 0; d < C; d++) {
        if (openEg[s] && openIn[d]) continue;
        put(cells, s * C + d, pairSet(c, reps[s]!, views[s]!, reps[d]!, views[d]!));
      }
    }
  } else {
    const index = new ClassIndex(reps, c);
    // Per rule, once. ipBlock peers scan every class, so they are shared by their ranges (a generated cluster repeats
    // one "internet except RFC 1918" block in hundreds of policies: 10,000 policies went from ~2 s to ~0.1 s here).
    const ruleMemo = new WeakMap<CompiledNpRule, readonly number[] | 'all'>();
    const rangeMemo = new Map<string, readonly number[]>();
    const peerClasses = (rule: CompiledNpRule, ns: string): readonly number[] | 'all' => {
      if (rule.peers.length === 0) return 'all';
      let out = ruleMemo.get(rule);
      if (out === undefined) {
        const set = new Set<number>();
        for (const p of rule.peers) {
          let found: readonly number[];
          if (p.ranges !== null) {
            const key = p.ranges.map(formatRange).join(',');
            found = rangeMemo.get(key) ?? index.match(c, p, ns, views);
            rangeMemo.set(key, found);
          } else found = index.match(c, p, ns, views);
          for (const k of found) set.add(k);
        }
        out = set.size === 0 ? [] : [...set];
        ruleMemo.set(rule, out);
      }
      return out;
    };
    // Egress side of S towards class D (S egress-isolated).
    const egressTo = (s: number, d: number): ConnectionSet => {
      let set = ConnectionSet.NONE;
      for (const np of c.selecting(reps[s]!)) {
        if (!np.isolates.Egress) continue;
        for (const r of np.rules.Egress) if (npRuleMatches(c, r, np.policy.namespace, views[d]!)) set = set.union(npPortSet(r.ports, dstPod[d]!));
      }
      return set;
    };
    const all = Array.from({ length: C }, (_, k) => k);
    for (let d = 0; d < C; d++) {
      if (openIn[d]) continue;
      const from = new Map<number, ConnectionSet>();
      for (const np of c.selecting(reps[d]!)) {
        if (!np.isolates.Ingress) continue;
        for (const r of np.rules.Ingress) {
          const ports = npPortSet(r.ports, reps[d]!);
          if (ports.isEmpty()) continue;
          const cls = peerClasses(r, np.policy.namespace);
          for (const s of cls === 'all' ? all : cls) from.set(s, (from.get(s) ?? ConnectionSet.NONE).union(ports));
          inAtoms.forEach((atom, a) => {
            if (r.peers.length === 0 || r.peers.some((p) => p.ranges !== null && rangesCover(p.ranges, atom))) put(extIn, a * C + d, ports);
          });
        }
      }
      for (const [s, ing] of from) put(cells, s * C + d, openEg[s] ? ing : ing.intersect(egressTo(s, d)));
    }
    for (let s = 0; s < C; s++) {
      if (openEg[s]) continue;
      const to = new Set<number>();
      for (const np of c.selecting(reps[s]!)) {
        if (!np.isolates.Egress) continue;
        for (const r of np.rules.Egress) {
          const cls = peerClasses(r, np.policy.namespace);
          for (const d of cls === 'all' ? all : cls) if (openIn[d]) to.add(d);
          const ports = npPortSet(r.ports, null);
          if (ports.isEmpty()) continue;
          egAtoms.forEach((atom, a) => {
            if (r.peers.length === 0 || r.peers.some((p) => p.ranges !== null && rangesCover(p.ranges, atom))) put(extEg, s * egAtoms.length + a, ports);
          });
        }
      }
      for (const d of to) put(cells, s * C + d, egressTo(s, d));
    }
  }
  if (adminPresent) {
    for (let d = 0; d < C; d++) {
      if (openIn[d]) continue;
      inAtoms.forEach((atom, a) => put(extIn, a * C + d, evaluateDirection(c, 'Ingress', reps[d]!, atomView(atom), reps[d]!, ConnectionSet.ALL).allowed));
    }
    for (let s = 0; s < C; s++) {
      if (openEg[s]) continue;
      egAtoms.forEach((atom, a) => put(extEg, s * egAtoms.length + a, evaluateDirection(c, 'Egress', reps[s]!, atomView(atom), null, ConnectionSet.ALL).allowed));
    }
  }

  const classCell = (s: number, d: number): ConnectionSet => (openEg[s] && openIn[d] ? ConnectionSet.ALL : (cells.get(s * C + d) ?? ConnectionSet.NONE));
  const unitCell = (a: Unit, b: Unit): ConnectionSet => {
    if (a.classes.length === 1 && b.classes.length === 1) return classCell(a.classes[0]!, b.classes[0]!);
    let set = ConnectionSet.NONE;
    for (const s of a.classes) for (const d of b.classes) set = set.union(classCell(s, d));
    return set;
  };
  const extToUnit = (a: number, u: Unit): ConnectionSet => {
    let set = ConnectionSet.NONE;
    for (const d of u.classes) set = set.union(openIn[d] ? ConnectionSet.ALL : (extIn.get(a * C + d) ?? ConnectionSet.NONE));
    return set;
  };
  const unitToExt = (u: Unit, a: number): ConnectionSet => {
    let set = ConnectionSet.NONE;
    for (const s of u.classes) set = set.union(openEg[s] ? ConnectionSet.ALL : (extEg.get(s * egAtoms.length + a) ?? ConnectionSet.NONE));
    return set;
  };

  // --- groups: units sharing one class are listed together ---------------------------------------------------
  const single: number[][] = Array.from({ length: C }, () => []);
  const multi: Unit[] = [];
  for (const u of units) if (u.classes.length === 1) single[u.classes[0]!]!.push(u.peer);
  else multi.push(u);
  const groups: ConnectionGroup[] = [];
  let pairCount = 0;
  const addGroup = (from: readonly number[], to: readonly number[], allowed: ConnectionSet, same: boolean): void => {
    if (from.length === 0 || to.length === 0 || allowed.isEmpty()) return;
    const n = from.length * to.length - (same ? from.length : 0);
    if (n === 0) return;
    pairCount += n;
    groups.push({ from, to, allowed });
  };
  const openEgPeers = single.flatMap((p, k) => (openEg[k] ? p : []));
  const openInPeers = single.flatMap((p, k) => (openIn[k] ? p : []));
  // The open block, minus its overlap with itself (a peer never to itself).
  if (openEgPeers.length > 0 && openInPeers.length > 0) {
    const inSet = new Set(openInPeers);
    const both = openEgPeers.filter((p) => inSet.has(p)).length;
    pairCount += openEgPeers.length * openInPeers.length - both;
    groups.push({ from: openEgPeers, to: openInPeers, allowed: ConnectionSet.ALL });
  }
  for (const [key, set] of cells) {
    const s = Math.floor(key / C);
    const d = key - s * C;
    if (openEg[s] && openIn[d]) continue;
    addGroup(single[s]!, single[d]!, set, s === d);
  }
  for (const m of multi) {
    for (const u of units) {
      if (u === m) continue;
      addGroup([m.peer], [u.peer], unitCell(m, u), false);
      if (u.classes.length === 1) addGroup([u.peer], [m.peer], unitCell(u, m), false);
    }
  }
  // Externals.
  const openInSingle = single.flatMap((p, k) => (openIn[k] ? p : []));
  const openEgSingle = single.flatMap((p, k) => (openEg[k] ? p : []));
  for (const peer of inExtPeers) addGroup([peer], openInSingle, ConnectionSet.ALL, false);
  for (const [key, set] of extIn) {
    const a = Math.floor(key / C);
    addGroup([inExtPeers[a]!], single[key - a * C]!, set, false);
  }
  for (const peer of egExtPeers) addGroup(openEgSingle, [peer], ConnectionSet.ALL, false);
  for (const [key, set] of extEg) {
    const s = Math.floor(key / egAtoms.length);
    addGroup(single[s]!, [egExtPeers[key - s * egAtoms.length]!], set, false);
  }
  for (const m of multi) {
    inExtPeers.forEach((peer, a) => addGroup([peer], [m.peer], extToUnit(a, m), false));
    egExtPeers.forEach((peer, a) => addGroup([m.peer], [peer], unitToExt(m, a), false));
  }

  const unitOfPeer = new Map<number, Unit>(units.map((u) => [u.peer, u]));
  const inAtomOfPeer = new Map<number, number>(inExtPeers.map((p, a) => [p, a]));
  const egAtomOfPeer = new Map<number, number>(egExtPeers.map((p, a) => [p, a]));
  const allowed = (from: number, to: number): ConnectionSet => {
    if (from === to) return ConnectionSet.NONE;
    const a = unitOfPeer.get(from);
    const b = unitOfPeer.get(to);
    if (a && b) return unitCell(a, b);
    if (b && inAtomOfPeer.has(from)) return extToUnit(inAtomOfPeer.get(from)!, b);
    if (a && egAtomOfPeer.has(to)) return unitToExt(a, egAtomOfPeer.get(to)!);
    return ConnectionSet.NONE;
  };

  return {
    level,
    enforced: c.enforcement.enforced,
    assumptions: [
      ...policyAssumptions(c),
      level === 'workload' ? workloadAssumption(podsByReference, podsByGuess) : 'every ordered pair of distinct pods is listed',
      `external peers are the ${families.join(' and ')} ranges cut by the policies' ipBlocks`,
    ],
    peers,
    groups,
    classCount: C,
    pairCount,
    allowed,
    *connections(opts = {}) {
      const keep = (f: number, t: number): boolean => opts.namespace === undefined || peers[f]!.namespace === opts.namespace || peers[t]!.namespace === opts.namespace;
      if (opts.includeEmpty) {
        const cluster = peers.slice(0, firstExternal).map((_, i) => i);
        for (const f of cluster) for (const t of cluster) if (f !== t && keep(f, t)) yield { from: peers[f]!, to: peers[t]!, allowed: allowed(f, t) };
        for (const [, f] of inExt) for (const t of cluster) if (keep(f, t)) yield { from: peers[f]!, to: peers[t]!, allowed: allowed(f, t) };
        for (const f of cluster) for (const [, t] of egExt) if (keep(f, t)) yield { from: peers[f]!, to: peers[t]!, allowed: allowed(f, t) };
        return;
      }
      for (const g of groups) for (const f of g.from) for (const t of g.to) if (f !== t && keep(f, t)) yield { from: peers[f]!, to: peers[t]!, allowed: g.allowed };
    },
  };
}

/** The atom holding an address: IPv4 by integer binary search (no object per pod), IPv6 through IpAddress. */
class AtomFinder {
  private readonly v4: number[] = [];
  private readonly v4Index: number[] = [];
  constructor(private readonly atoms: readonly IpRange[]) {
    atoms.forEach((a, i) => {
      if (a.first.family === 'IPv4') {
        this.v4.push(a.first.w0);
        this.v4Index.push(i);
      }
    });
  }
  of(ip: string): number {
    const n = ip.includes(':') ? -1 : parseIpv4(ip);
    if (n < 0) return atomOf(this.atoms, IpAddress.tryParse(ip) ?? IpAddress.v4(0));
    let lo = 0;
    let hi = this.v4.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.v4[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    return this.v4Index[lo] ?? -1;
  }
}

function classView(c: CompiledPolicies, s: PolicySubject): PeerView {
  if (c.asNode(s)) {
    const node = s.node === null ? null : (c.nodeByName.get(s.node) ?? null);
    const ip = s.ips[0] ?? node?.ips[0];
    return { subject: null, namespaceLabels: null, ip: ip === undefined ? null : (IpAddress.tryParse(ip) ?? null), node };
  }
  return { subject: s, namespaceLabels: c.labelsOf(s.namespace), ip: null, node: null };
}

function atomView(atom: IpRange): PeerView {
  return { subject: null, namespaceLabels: null, ip: atom.first, node: null };
}

/** allowed(S, D) for two class representatives with the full evaluator (used when admin policies exist). */
function pairSet(c: CompiledPolicies, s: PolicySubject, sv: PeerView, d: PolicySubject, dv: PeerView): ConnectionSet {
  const eg = c.asNode(s) ? ConnectionSet.ALL : evaluateDirection(c, 'Egress', s, dv, c.asNode(d) ? null : d, ConnectionSet.ALL).allowed;
  if (eg.isEmpty() || c.asNode(d)) return eg;
  return evaluateDirection(c, 'Ingress', d, sv, d, eg).allowed;
}

/** Classes by namespace and by (namespace, label pair), to resolve peers without scanning every class. */
class ClassIndex {
  private readonly byNs = new Map<string, number[]>();
  private readonly byPair = new Map<string, number[]>();

  constructor(
    private readonly reps: readonly PolicySubject[],
    c: CompiledPolicies,
  ) {
    reps.forEach((s, k) => {
      if (c.asNode(s)) return;
      push(this.byNs, s.namespace, k);
      for (const key in s.labels) push(this.byPair, `${s.namespace}\u0000${key}\u0000${s.labels[key]}`, k);
    });
  }

  /** Classes a NetworkPolicy peer selects (selector peers; ipBlock peers when they select pod IPs). */
  match(c: CompiledPolicies, p: CompiledPeer, policyNs: string, views: readonly PeerView[]): number[] {
    if (p.ranges !== null) {
      // A hostNetwork pod judged as its node is matched by its (node) address whatever the setting says about pod IPs.
      const out: number[] = [];
      this.reps.forEach((s, k) => {
        if (!c.asNode(s) && !c.settings.ipBlockSelectsPodIPs) return;
        const v = views[k]!;
        const ips = v.subject === null && v.ip !== null ? [v.ip] : s.ips.map((ip) => IpAddress.tryParse(ip)).filter((a) => a !== undefined);
        if (ips.some((a) => rangesContain(p.ranges!, a))) out.push(k);
      });
      return out;
    }
    const namespaces = p.namespaceSelector === null ? [policyNs] : [...this.byNs.keys()].filter((ns) => matchesSelector(p.namespaceSelector!, c.labelsOf(ns)));
    const out: number[] = [];
    const pod = p.podSelector;
    for (const ns of namespaces) {
      const first = pod === null ? undefined : Object.entries(pod.matchLabels)[0];
      const candidates = first === undefined ? (this.byNs.get(ns) ?? []) : (this.byPair.get(`${ns}\u0000${first[0]}\u0000${first[1]}`) ?? []);
      for (const k of candidates) if (pod === null || matchesSelector(pod, this.reps[k]!.labels)) out.push(k);
    }
    return out;
  }
}

function valuesOf(m: Map<string, Set<string>>, k: string): Set<string> {
  let set = m.get(k);
  if (set === undefined) m.set(k, (set = new Set()));
  return set;
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const l = m.get(k);
  if (l === undefined) m.set(k, [v]);
  else l.push(v);
}

/** netpol-analyzer's txt lines `src => dst : set`, sorted; a peer is `ns/name[Kind]` or `first-last[External]`. */
export function formatConnectivityTxt(result: ConnectivityResult, options: { readonly includeEmpty?: boolean; readonly namespace?: string } = {}): string {
  const lines: string[] = [];
  for (const conn of result.connections(options)) lines.push(`${peerLabel(conn.from)} => ${peerLabel(conn.to)} : ${conn.allowed.format()}`);
  lines.sort();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function peerLabel(p: ConnectivityPeer): string {
  return `${p.name}[${p.kind}]`;
}

export type { PolicyDirection };

/** How pods were grouped (fromTopology.ts ownerOf): by their controller ownerReference, by the label guess, or both. */
function workloadAssumption(byReference: number, byGuess: number): string {
  const reference = 'under their controller ownerReference as written (the kind and name of metadata.ownerReferences[controller: true], so a Deployment\'s pods under its ReplicaSet, as netpol-analyzer; a Node controller: the pod itself)';
  const guess = 'under the workload their controller\'s labels and names show (pod-template-hash: Deployment, statefulset.kubernetes.io/pod-name: StatefulSet, pod-template-generation: DaemonSet, job-name: Job; else the pod itself)';
  const how =
    byReference > 0 && byGuess > 0
      ? `${byReference} pods with a controller ownerReference are grouped ${reference}; ${byGuess} without one ${guess}`
      : byReference > 0
        ? `pods are grouped ${reference}`
        : `pods (none has a controller ownerReference) are grouped ${guess}`;
  return `${how}; a workload pair lists what any of its pods (or its pod template) may open; replicas of one workload are not listed`;
}


/**
 * The rows of a topology, swept once into a containment forest (src/engine/net/containmentForest.ts).
 * Every question the rules ask — "what contains this?", "who else has this exact address?" — is answered
 * by walking one row's group and its ancestors, so the whole report costs O(n log n + pairs reported).
 *
 * All of it is typed arrays: group members are kept sorted by (kind, row), so "the rows of kind k in group
 * g" is a slice found by binary search, and two 16-bit masks per group (kinds in the group; kinds in the
 * group or any ancestor) answer "is there a container of kind k?" in O(1) and cut walks short.
 */
import { buildContainmentForest } from '../net/containmentForest';
import { NODE_POD_CIDR, type EntryTable } from './entries';

export class EntryIndex {
  readonly groupCount: number;
  /** Row → its group. */
  readonly groupOf: Uint32Array;
  /** Group → the group of its immediate container, or -1; a parent always precedes its children. */
  readonly parent: Int32Array;
  /** Members of group g are members[groupStart[g] .. groupStart[g+1]). */
  readonly groupStart: Uint32Array;
  /** Rows grouped by group, within a group sorted by (kind, row). */
  readonly members: Uint32Array;
  /** Group → bit k set when the group has a row of kind k. */
  readonly kinds: Uint16Array;
  /** Group → bit k set when the group or one of its ancestors has a row of kind k. */
  readonly chainKinds: Uint16Array;
  /**
   * Group → the node id (EntryTable.node) of the nearest node podCIDR at or above the group, when the
   * nearest group holding node podCIDRs holds exactly one; -1 when no node podCIDR contains the group, -3
   * when the nearest holds several. The pod IP check compares one number here with the pod's node id
   * instead of walking the chain: a million pod IPs against their nodes' blocks is the bulk of the work
   * on a large cluster.
   */
  readonly nodePodCIDROwner: Int32Array;
  private readonly kind: Uint8Array;

  constructor(readonly table: EntryTable) {
    const forest = buildContainmentForest(table.columns);
    const kind = table.kind;
    const { groupCount, groupStart, parent, groupOf } = forest;
    // The forest's order is (prefix, row); re-sort only the groups with several members by (kind, row).
    const members = forest.order;
    const byKindThenRow = (a: number, b: number): number => kind[a]! - kind[b]! || a - b;
    const kinds = new Uint16Array(groupCount);
    const chainKinds = new Uint16Array(groupCount);
    const nodeOwner = new Int32Array(groupCount);
    const nodeId = table.node;
    const nodePodCIDR = NODE_POD_CIDR; // a local: an imported binding is a getter call under the CommonJS transform
    const npc = 1 << nodePodCIDR;
    for (let g = 0; g < groupCount; g++) {
      const start = groupStart[g]!;
      const end = groupStart[g + 1]!;
      let mask = 1 << kind[members[start]!]!;
      if (end - start > 1) {
        members.subarray(start, end).sort(byKindThenRow);
        for (let k = start + 1; k < end; k++) mask |= 1 << kind[members[k]!]!;
      }
      kinds[g] = mask;
      const p = parent[g]!;
      chainKinds[g] = p < 0 ? mask : mask | chainKinds[p]!;
      if ((mask & npc) === 0) nodeOwner[g] = p < 0 ? -1 : nodeOwner[p]!;
      else {
        let found = -1;
        for (let k = start; k < end; k++) {
          const row = members[k]!;
          if (kind[row] !== nodePodCIDR) continue;
          if (found >= 0) {
            found = -3;
            break;
          }
          found = nodeId[row]!;
        }
        nodeOwner[g] = found;
      }
    }
    this.groupCount = groupCount;
    this.groupOf = groupOf;
    this.parent = parent;
    this.groupStart = groupStart;
    this.members = members;
    this.kinds = kinds;
    this.chainKinds = chainKinds;
    this.nodePodCIDROwner = nodeOwner;
    this.kind = kind;
  }

  /** Position in `members` of group g's first row of kind ≥ k; the rows of kind k are [kindStart(g, k), kindStart(g, k + 1)). */
  kindStart(g: number, k: number): number {
    let lo = this.groupStart[g]!;
    let hi = this.groupStart[g + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.kind[this.members[mid]!]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some other row of kind k has a prefix equal to or containing row i's. */
  hasContainerOfKind(i: number, k: number): boolean {
    const bit = 1 << k;
    const g = this.groupOf[i]!;
    if ((this.chainKinds[g]! & bit) === 0) return false;
    if (this.kind[i] !== k || this.kindStart(g, k + 1) - this.kindStart(g, k) > 1) return true;
    const p = this.parent[g]!;
    return p >= 0 && (this.chainKinds[p]! & bit) !== 0;
  }

  /** True when a row of kind k named `name` (EntryTable.name) has a prefix equal to or containing row i's, i excluded. */
  hasNamedContainer(i: number, k: number, name: string): boolean {
    const bit = 1 << k;
    for (let g = this.groupOf[i]!; g >= 0; g = this.parent[g]!) {
      if ((this.chainKinds[g]! & bit) === 0) return false;
      if ((this.kinds[g]! & bit) === 0) continue;
      const end = this.kindStart(g, k + 1);
      for (let pos = this.kindStart(g, k); pos < end; pos++) {
        const row = this.members[pos]!;
        if (row !== i && this.table.name(row) === name) return true;
      }
    }
    return false;
  }
}

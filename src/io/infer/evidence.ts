/**
 * What the readers found, field by field, and how one value is chosen. Every reader offers candidate values
 * for Topology fields (`spec.podCIDRs`, `spec.cni.overlay`…) with the object and key they came from and how
 * authoritative that source is; the highest authority wins (the first offered on a tie), and every other
 * candidate with a different value becomes a finding. Fields nobody offered stay unset, and the readers say
 * which flag or field would supply them (`missing`).
 */

/**
 * How much a source is believed. A running process's own flags or the configuration it reads beat what an
 * installer recorded: kubeadm-config is what kubeadm was told at `init`, the controller-manager's flags are what
 * runs now (the rule: the running component wins).
 */
export const AUTHORITY = {
  /** What objects imply (a mask length seen on every node, a Service's ClusterIP). */
  derived: 1,
  /** An installer's or operator's record (kubeadm-config, Calico Installation). */
  recorded: 2,
  /** The configuration a running component reads (kube-proxy, CoreDNS, flannel, cilium-config ConfigMaps, IPPools). */
  config: 3,
  /** A running process's command-line flags or environment. */
  running: 4,
  /**
   * The allocator pods really get addresses from, when the CNI runs its own IPAM (Calico IPPools, Cilium's
   * cluster pool): for pod CIDRs and per-node block sizes it beats the controller-manager's --cluster-cidr,
   * which then only feeds node spec.podCIDRs that the CNI ignores.
   */
  ipam: 5,
} as const;

export interface Candidate {
  readonly field: string;
  readonly value: unknown;
  /** `ConfigMap kube-system/kubeadm-config: ClusterConfiguration.networking.podSubnet`. */
  readonly source: string;
  readonly authority: number;
}

export interface Finding {
  readonly severity: 'warning' | 'info';
  readonly field: string | null;
  readonly message: string;
}

export interface Missing {
  readonly field: string;
  /** The exact flag or field that would supply it. */
  readonly supplyWith: string;
}

export class Evidence {
  private readonly candidates: Candidate[] = [];
  readonly findings: Finding[] = [];
  readonly missing: Missing[] = [];
  /** Sources of edits to the Kubernetes objects (a Node's podCIDRs from a CiliumNode): path → source. */
  readonly objectSources = new Map<string, string>();
  /** Pod CIDRs a CNI assigned to a node itself (CiliumNode, Calico BlockAffinity): node → CIDRs and source. */
  readonly nodePodCIDRs = new Map<string, { cidrs: string[]; source: string }>();

  offer(field: string, value: unknown, source: string, authority: number): void {
    if (value === undefined || value === null) return;
    this.candidates.push({ field, value, source, authority });
  }

  finding(message: string, field: string | null = null, severity: Finding['severity'] = 'warning'): void {
    this.findings.push({ severity, field, message });
  }

  lack(field: string, supplyWith: string): void {
    if (!this.missing.some((m) => m.field === field)) this.missing.push({ field, supplyWith });
  }

  /** The first value offered for a field (the readers' own hand-over, e.g. Calico's node subnets to readUnderlay). */
  peek(field: string): unknown {
    return this.candidates.find((c) => c.field === field)?.value;
  }

  sourceOf(field: string): string | null {
    return this.candidates.find((c) => c.field === field)?.source ?? null;
  }

  has(field: string): boolean {
    return this.candidates.some((c) => c.field === field);
  }

  /** The winning candidate per field, in the order fields were first offered; disagreements become findings. */
  resolve(): Map<string, Candidate> {
    const byField = new Map<string, Candidate[]>();
    for (const candidate of this.candidates) {
      const list = byField.get(candidate.field);
      if (list === undefined) byField.set(candidate.field, [candidate]);
      else list.push(candidate);
    }
    const chosen = new Map<string, Candidate>();
    for (const [field, list] of byField) {
      let best = list[0] as Candidate;
      for (const candidate of list) if (candidate.authority > best.authority) best = candidate;
      chosen.set(field, best);
      const seen = new Set<string>([JSON.stringify(best.value)]);
      for (const candidate of list) {
        const text = JSON.stringify(candidate.value);
        if (seen.has(text)) continue;
        seen.add(text);
        this.finding(
          `${field}: ${best.source} says ${JSON.stringify(best.value)} but ${candidate.source} says ${text}; using ${JSON.stringify(best.value)} (${best.authority > candidate.authority ? 'the running component wins' : 'the first source read wins on equal footing'})`,
          field,
        );
      }
    }
    for (const field of chosen.keys()) {
      const index = this.missing.findIndex((m) => m.field === field);
      if (index >= 0) this.missing.splice(index, 1);
    }
    return chosen;
  }
}

/**
 * Whether a cluster's data plane enforces NetworkPolicy, inferred from its CNI plugin, when the topology's
 * `spec.networkPolicy.enforced` does not say. The answer carries the sentence an answer's assumptions show.
 *
 * Sources (each plugin's own documentation):
 * - Calico, Cilium, Antrea, Weave Net (weave-npc), kube-router, OVN-Kubernetes and Canal (flannel + Calico's
 *   policy engine) implement the NetworkPolicy API.
 * - flannel "is focused on networking. For network policy, other projects such as Calico can be used"
 *   (flannel-io/flannel README): flannel alone does not enforce.
 * - The AWS VPC CNI enforces through its network policy agent (aws-network-policy-agent, VPC CNI ≥ 1.14,
 *   `enableNetworkPolicy: "true"`); the model has no field for the agent, so it is assumed on and said so.
 * - kubenet and the reference `bridge` plugin have no policy engine.
 * - `generic` (a plugin the model does not know): assumed to enforce, since a document that carries
 *   policies means them; the assumption says how to turn it off.
 */

export type EnforcementSource = 'setting' | 'cni';

export interface Enforcement {
  readonly enforced: boolean;
  readonly source: EnforcementSource;
  /** One sentence for the answer's assumptions. */
  readonly assumption: string;
}

const ENFORCING: Readonly<Record<string, string>> = {
  calico: 'Calico enforces NetworkPolicy (Felix)',
  cilium: 'Cilium enforces NetworkPolicy (its eBPF datapath)',
  antrea: 'Antrea enforces NetworkPolicy (its OVS pipeline)',
  weave: 'Weave Net enforces NetworkPolicy (weave-npc)',
  canal: 'Canal enforces NetworkPolicy (Calico policy over flannel networking)',
  'kube-router': 'kube-router enforces NetworkPolicy (its network policy controller)',
  'ovn-kubernetes': 'OVN-Kubernetes enforces NetworkPolicy (OVN ACLs)',
  'aws-vpc-cni':
    'the AWS VPC CNI enforces NetworkPolicy through its network policy agent (VPC CNI ≥ 1.14 with enableNetworkPolicy: "true"); assumed enabled — set spec.networkPolicy.enforced: false if it is not',
  generic: 'the CNI plugin is not one the model knows; it is assumed to enforce NetworkPolicy — set spec.networkPolicy.enforced: false if it does not',
};

const NOT_ENFORCING: Readonly<Record<string, string>> = {
  flannel: 'flannel does not enforce NetworkPolicy: the policies are present but not enforced (add Calico as Canal, or set spec.networkPolicy.enforced: true if another agent enforces them)',
  kubenet: 'kubenet does not enforce NetworkPolicy: the policies are present but not enforced (set spec.networkPolicy.enforced: true if another agent enforces them)',
  bridge: 'the bridge plugin does not enforce NetworkPolicy: the policies are present but not enforced (set spec.networkPolicy.enforced: true if another agent enforces them)',
};

/**
 * `enforced` from the setting when it is a boolean, else from the plugin name (case-insensitive; names the
 * model does not list are treated as `generic`).
 */
export function inferEnforcement(plugin: string, setting?: boolean | undefined): Enforcement {
  if (setting !== undefined) {
    return {
      enforced: setting,
      source: 'setting',
      assumption: setting ? 'NetworkPolicy is enforced (spec.networkPolicy.enforced: true)' : 'NetworkPolicy is not enforced (spec.networkPolicy.enforced: false): policies are reported but never deny',
    };
  }
  const name = plugin.toLowerCase();
  const no = NOT_ENFORCING[name];
  if (no !== undefined) return { enforced: false, source: 'cni', assumption: no };
  return { enforced: true, source: 'cni', assumption: ENFORCING[name] ?? ENFORCING.generic! };
}

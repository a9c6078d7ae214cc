/** The generator's contract: options in, a Topology or problems out (data, never exceptions). */
import type { CniPlugin, OverlayMode, Topology } from '../model/topology';
import type { GeneratedPolicies } from './policies';

export interface GenerateOptions {
  /** Topology name (a label value: ≤ 63 characters, alphanumerics and `-_.`); default `generated-<nodes>`. */
  readonly name?: string;
  readonly nodes: number;
  /** Default 30; at most kubelet's default --max-pods, 110. */
  readonly podsPerNode?: number;
  /** Total Services, default/kubernetes and kube-system/kube-dns included; default = nodes (at least 2). */
  readonly services?: number;
  /** Pods selected by (and listed in the EndpointSlice of) every application Service; default 3. */
  readonly endpointsPerService?: number;
  /** Underlay subnets; default ceil(nodes / 250). */
  readonly subnets?: number;
  /** Default vxlan. */
  readonly overlay?: OverlayMode;
  /** Default by overlay (see DEFAULT_PLUGIN). */
  readonly plugin?: CniPlugin;
  /** Calico CrossSubnet / flannel DirectRouting; default false. */
  readonly crossSubnet?: boolean;
  /** IPv4 + IPv6 everywhere; default false. */
  readonly dualStack?: boolean;
  /** Unsigned 32-bit seed; default 1. */
  readonly seed?: number;
  /** NetworkPolicies to generate (policies.ts); default 0. */
  readonly policies?: number;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly name: string;
  readonly nodes: number;
  readonly podsPerNode: number;
  readonly services: number;
  readonly endpointsPerService: number;
  readonly subnets: number;
  readonly overlay: OverlayMode;
  readonly plugin: CniPlugin;
  readonly crossSubnet: boolean;
  readonly dualStack: boolean;
  readonly seed: number;
  readonly policies: number;
}

/** One problem with the options; `path` names the option (`nodes`, `podsPerNode`…). */
export interface GenerateProblem {
  readonly path: string;
  readonly message: string;
}

export type GenerateResult =
  | {
      readonly ok: true;
      readonly topology: Topology;
      readonly options: ResolvedOptions;
      readonly warnings: readonly GenerateProblem[];
      /** With `policies > 0`: the namespaces and NetworkPolicies, also set on `topology`; null otherwise. */
      readonly policies: GeneratedPolicies | null;
    }
  | { readonly ok: false; readonly errors: readonly GenerateProblem[] };

/**
 * Shapes of the policy-related Kubernetes objects, checked with zod before any domain check runs: v1 Namespace,
 * networking.k8s.io/v1 NetworkPolicy, policy.networking.k8s.io/v1alpha1 AdminNetworkPolicy and
 * BaselineAdminNetworkPolicy, and the pod-owning workloads (apps/v1 Deployment, StatefulSet, DaemonSet,
 * ReplicaSet; batch/v1 Job, CronJob). Loose like the other Kubernetes shapes (kubectl prints many fields the
 * model does not use); the rules between fields (endPort needs a numeric port, one ANP peer kind per peer…)
 * are checked by the converters, with paths.
 *
 * Sources: kubernetes/kubernetes staging/src/k8s.io/api/networking/v1/types.go, staging/src/k8s.io/apimachinery
 * /pkg/apis/meta/v1/types.go (LabelSelector); kubernetes-sigs/network-policy-api apis/v1alpha1
 * (adminnetworkpolicy_types.go, baselineadminnetworkpolicy_types.go, shared_types.go).
 */
import { z } from 'zod';
import { PROTOCOLS } from '../engine/model/topology';
import { containerPortSchema, int, metadataSchema, PORT } from './schemas';

const str = z.string();
const stringMap = z.record(z.string(), z.string());
const list = <T extends z.ZodType>(item: T) => z.array(item);


export const labelSelectorSchema = z.object({
  matchLabels: stringMap.nullish(),
  matchExpressions: list(z.object({ key: str, operator: str, values: list(str).nullish() })).nullish(),
});

export const namespaceSchema = z.object({ metadata: metadataSchema.nullish() });

// ---- networking.k8s.io/v1 NetworkPolicy ---------------------------------------------------------------------

const ipBlockSchema = z.object({ cidr: str, except: list(str).nullish() });

const networkPolicyPeerSchema = z.object({
  podSelector: labelSelectorSchema.nullish(),
  namespaceSelector: labelSelectorSchema.nullish(),
  ipBlock: ipBlockSchema.nullish(),
});

const networkPolicyPortSchema = z.object({
  protocol: z.enum(PROTOCOLS).nullish(),
  port: z.union([PORT, str], { error: 'expected a port number or a port name' }).nullish(),
  endPort: PORT.nullish(),
});

export const networkPolicySchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({
    podSelector: labelSelectorSchema.nullish(),
    policyTypes: list(z.enum(['Ingress', 'Egress'])).nullish(),
    ingress: list(z.object({ from: list(networkPolicyPeerSchema).nullish(), ports: list(networkPolicyPortSchema).nullish() })).nullish(),
    egress: list(z.object({ to: list(networkPolicyPeerSchema).nullish(), ports: list(networkPolicyPortSchema).nullish() })).nullish(),
  }),
});

// ---- policy.networking.k8s.io/v1alpha1 AdminNetworkPolicy / BaselineAdminNetworkPolicy ----------------------

const anpPodsSchema = z.object({ namespaceSelector: labelSelectorSchema, podSelector: labelSelectorSchema });

const anpSubjectSchema = z.object({ namespaces: labelSelectorSchema.nullish(), pods: anpPodsSchema.nullish() });

const anpPeerSchema = z.object({
  namespaces: labelSelectorSchema.nullish(),
  pods: anpPodsSchema.nullish(),
  nodes: labelSelectorSchema.nullish(),
  networks: list(str).nullish(),
});

const anpPortSchema = z.object({
  portNumber: z.object({ protocol: z.enum(PROTOCOLS).nullish(), port: PORT }).nullish(),
  namedPort: str.nullish(),
  portRange: z.object({ protocol: z.enum(PROTOCOLS).nullish(), start: PORT, end: PORT }).nullish(),
});

const anpRule = (actions: readonly [string, ...string[]]) =>
  z.object({
    name: str.nullish(),
    action: z.enum(actions),
    ports: list(anpPortSchema).max(100, { error: 'at most 100 allowed' }).nullish(),
  });

const anpRules = (actions: readonly [string, ...string[]]) => ({
  ingress: list(anpRule(actions).extend({ from: list(anpPeerSchema).min(1, { error: 'needs at least 1 peer' }).max(100, { error: 'at most 100 allowed' }) }))
    .max(100, { error: 'at most 100 allowed' })
    .nullish(),
  egress: list(anpRule(actions).extend({ to: list(anpPeerSchema).min(1, { error: 'needs at least 1 peer' }).max(100, { error: 'at most 100 allowed' }) }))
    .max(100, { error: 'at most 100 allowed' })
    .nullish(),
});

export const adminNetworkPolicySchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({
    // adminnetworkpolicy_types.go: +kubebuilder:validation:Minimum=0, Maximum=1000.
    priority: int(0, 1000),
    subject: anpSubjectSchema,
    ...anpRules(['Allow', 'Deny', 'Pass']),
  }),
});

export const baselineAdminNetworkPolicySchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({ subject: anpSubjectSchema, ...anpRules(['Allow', 'Deny']) }),
});

// ---- workloads ------------------------------------------------------------------------------------------------


const podTemplateSchema = z.object({
  metadata: z.object({ labels: stringMap.nullish() }).nullish(),
  spec: z
    .object({
      hostNetwork: z.boolean().nullish(),
      containers: list(z.object({ name: str.nullish(), ports: list(containerPortSchema).nullish() })).nullish(),
    })
    .nullish(),
});

/** Deployment, StatefulSet, DaemonSet, ReplicaSet and Job: `spec.template`. */
export const workloadSchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({ replicas: int(0, 1_000_000).nullish(), template: podTemplateSchema }),
});

/** CronJob: `spec.jobTemplate.spec.template`. */
export const cronJobSchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({ jobTemplate: z.object({ spec: z.object({ template: podTemplateSchema }) }) }),
});

export type LabelSelectorObject = z.infer<typeof labelSelectorSchema>;
export type NetworkPolicyObject = z.infer<typeof networkPolicySchema>;
export type NetworkPolicyPeerObject = z.infer<typeof networkPolicyPeerSchema>;
export type NetworkPolicyPortObject = z.infer<typeof networkPolicyPortSchema>;
export type AdminNetworkPolicyObject = z.infer<typeof adminNetworkPolicySchema>;
export type AnpSubjectObject = z.infer<typeof anpSubjectSchema>;
export type AnpPeerObject = z.infer<typeof anpPeerSchema>;
export type AnpPortObject = z.infer<typeof anpPortSchema>;
export type PodTemplateObject = z.infer<typeof podTemplateSchema>;

/**
 * Pod-owning workloads declared without their pods (apps/v1 Deployment, StatefulSet, DaemonSet, ReplicaSet;
 * batch/v1 Job, CronJob) → Workload: identity, the pod template's labels (what policy selectors see), its
 * container ports (named ports) and host networking. Manifests from a repository can so be checked before
 * anything runs.
 */
import type { Workload, WorkloadKind } from '../engine/model/policy';
import { dns1123SubdomainProblem } from '../engine/model/names';
import { containerPortsOf, namespaceField } from './convertPod';
import { labelsField, nameField } from './fields';
import type { PathSegment, Scope } from './problems';
import { cronJobSchema, workloadSchema, type PodTemplateObject } from './policySchemas';
import { checkShape } from './shapeProblems';

export function convertWorkload(kind: WorkloadKind, raw: unknown, scope: Scope): Workload | null {
  const errorsBefore = scope.sink.errorCount;
  let template: PodTemplateObject;
  let metadata: { name?: string | null; namespace?: string | null } | null | undefined;
  let replicas: number | null = null;
  let at: PathSegment[];
  if (kind === 'CronJob') {
    const cronJob = checkShape(cronJobSchema, raw, scope);
    if (cronJob === null) return null;
    template = cronJob.spec.jobTemplate.spec.template;
    metadata = cronJob.metadata;
    at = ['spec', 'jobTemplate', 'spec', 'template'];
  } else {
    const workload = checkShape(workloadSchema, raw, scope);
    if (workload === null) return null;
    template = workload.spec.template;
    metadata = workload.metadata;
    replicas = workload.spec.replicas ?? null;
    at = ['spec', 'template'];
  }
  const namespace = namespaceField(metadata?.namespace, scope);
  const name = nameField(metadata?.name, scope, ['metadata', 'name'], `a ${kind}`, dns1123SubdomainProblem);
  const labels = labelsField(template.metadata?.labels, scope, [...at, 'metadata', 'labels']);
  const ports = containerPortsOf(template.spec?.containers ?? [], scope, [...at, 'spec']);
  if (name === null || scope.sink.errorCount > errorsBefore) return null;
  return { kind, namespace, name, labels, ports, hostNetwork: template.spec?.hostNetwork ?? false, replicas };
}

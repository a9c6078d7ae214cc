/**
 * A v1 Pod → Pod. Only what networking needs: identity, labels (for selectors), node, host networking, IPs,
 * named container ports (for string targetPorts), readiness and the controller ownerReference (the workload the
 * connectivity list groups the pod under).
 */
import type { ContainerPort, Pod, PodOwner } from '../engine/model/topology';
import { DuplicateTracker, ipField, labelsField, nameField, perFamilyList } from './fields';
import { dns1123LabelProblem, dns1123SubdomainProblem, portNameProblem } from '../engine/model/names';
import type { PathSegment, Scope } from './problems';
import { podSchema, type PodObject } from './schemas';
import { checkShape } from './shapeProblems';

export type PodConversion = { kind: 'pod'; pod: Pod } | { kind: 'terminal' } | { kind: 'invalid' };

export function convertPod(raw: unknown, scope: Scope): PodConversion {
  // Before the shape check: an object with shape errors is checked further (checkShape), never returned.
  const errorsBefore = scope.sink.errorCount;
  const pod = checkShape(podSchema, raw, scope);
  if (pod === null) return { kind: 'invalid' };
  const namespace = namespaceField(pod.metadata?.namespace, scope);
  const name = nameField(pod.metadata?.name, scope, ['metadata', 'name'], 'a Pod', dns1123SubdomainProblem);
  const labels = labelsField(pod.metadata?.labels, scope, ['metadata', 'labels']);
  const phase = pod.status?.phase ?? null;
  // Terminal pods hold no IP and are never endpoints (ShouldPodBeInEndpoints in
  // kubernetes/kubernetes staging/src/k8s.io/endpointslice/util/controller_utils.go), so they are left out.
  if (phase === 'Succeeded' || phase === 'Failed') {
    scope.warn(['status', 'phase'], `the pod has terminated (phase ${phase}); it is left out of the model`);
    return { kind: 'terminal' };
  }
  const nodeName = pod.spec?.nodeName ?? null;
  const ports = containerPorts(pod, scope);
  const ips = podIPs(pod, scope);
  const ready = readiness(pod, scope);
  const owner = controllerOwner(pod.metadata?.ownerReferences ?? [], scope);
  if (name === null || scope.sink.errorCount > errorsBefore) return { kind: 'invalid' };
  return {
    kind: 'pod',
    pod: {
      namespace,
      name,
      nodeName: nodeName === '' ? null : nodeName,
      ips,
      hostNetwork: pod.spec?.hostNetwork ?? false,
      labels,
      ports,
      ready,
      ...(owner === null ? {} : { owner }),
    },
  };
}

type OwnerReferenceObject = NonNullable<NonNullable<NonNullable<PodObject['metadata']>['ownerReferences']>[number]>;

/**
 * The entry with `controller: true`, checked as the API server does (kubernetes/kubernetes
 * staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go validateOwnerReference and
 * ValidateOwnerReferences): apiVersion with a non-empty version, kind and name not empty, at most one controller.
 * `uid` is required there too but the model keeps no uids, so a hand-written manifest may leave it out. References
 * not marked controller are validated and dropped: netpol-analyzer ignores them too
 * (np-guard/netpol-analyzer pkg/netpol/eval/internal/k8s/pod.go PodFromCoreObject).
 */
function controllerOwner(refs: readonly OwnerReferenceObject[], scope: Scope): PodOwner | null {
  let owner: PodOwner | null = null;
  let first: string | null = null;
  refs.forEach((ref, i) => {
    const at: PathSegment[] = ['metadata', 'ownerReferences', i];
    const apiVersion = ref.apiVersion ?? '';
    const parts = apiVersion.split('/');
    // schema.ParseGroupVersion: "v1" or "group/version"; anything else, or an empty version, has no version.
    const version = parts.length === 1 ? parts[0]! : parts.length === 2 ? parts[1]! : '';
    if (version === '') scope.error([...at, 'apiVersion'], `apiVersion ${JSON.stringify(apiVersion)}: version must not be empty (expected "v1" or "group/version")`);
    const kind = ref.kind ?? '';
    if (kind === '') scope.error([...at, 'kind'], 'an ownerReference needs a kind');
    const name = ref.name ?? '';
    if (name === '') scope.error([...at, 'name'], 'an ownerReference needs a name');
    if (ref.controller !== true) return;
    const label = `${kind}/${name}`;
    if (first !== null) {
      scope.error([...at, 'controller'], `only one ownerReference can have controller set to true; found it for ${first} and ${label}`);
      return;
    }
    first = label;
    if (version !== '' && kind !== '' && name !== '') owner = { apiVersion, kind, name };
  });
  return owner;
}

export function namespaceField(value: string | null | undefined, scope: Scope): string {
  const namespace = value === undefined || value === null || value === '' ? 'default' : value;
  const problem = dns1123LabelProblem(namespace);
  if (problem !== null) scope.error(['metadata', 'namespace'], `namespace ${JSON.stringify(namespace)} ${problem}`);
  return namespace;
}

function containerPorts(pod: PodObject, scope: Scope): ContainerPort[] {
  return containerPortsOf(pod.spec?.containers ?? [], scope, ['spec']);
}

type ContainerObject = NonNullable<NonNullable<PodObject['spec']>['containers']>[number];

/** The ports of a pod spec's containers (a Pod's, or a workload's pod template at `spec`). */
export function containerPortsOf(containers: readonly ContainerObject[], scope: Scope, spec: readonly PathSegment[]): ContainerPort[] {
  const out: ContainerPort[] = [];
  const containerNames = new DuplicateTracker();
  containers.forEach((container, c) => {
    const at: PathSegment[] = [...spec, 'containers', c];
    const name = nameField(container.name, scope, [...at, 'name'], 'a container', dns1123LabelProblem);
    if (name === null) return;
    containerNames.check(name, scope, [...at, 'name'], `container name ${JSON.stringify(name)}`);
    const portNames = new DuplicateTracker();
    (container.ports ?? []).forEach((port, p) => {
      const portName = port.name === undefined || port.name === null || port.name === '' ? null : port.name;
      if (portName !== null) {
        const problem = portNameProblem(portName);
        if (problem !== null) scope.error([...at, 'ports', p, 'name'], `port name ${JSON.stringify(portName)} ${problem}`);
        portNames.check(portName, scope, [...at, 'ports', p, 'name'], `port name ${JSON.stringify(portName)}`);
      }
      // hostPort 0 is the API's "not set".
      const hostPort = port.hostPort === undefined || port.hostPort === null || port.hostPort === 0 ? null : port.hostPort;
      out.push({ container: name, name: portName, containerPort: port.containerPort, protocol: port.protocol ?? 'TCP', hostPort });
    });
  });
  return out;
}

/**
 * status.podIPs, or status.podIP alone. As for Node podCIDRs, the API requires podIPs[0] == podIP and at most one
 * IP per family (kubernetes/kubernetes staging/src/k8s.io/api/core/v1/types.go, PodStatus.PodIPs).
 */
function podIPs(pod: PodObject, scope: Scope): string[] {
  const listed = pod.status?.podIPs ?? null;
  const single = pod.status?.podIP ?? null;
  const parse = (text: string, path: readonly PathSegment[]) => ipField(text, scope, path);
  if (listed === null) {
    if (single === null || single === '') return [];
    return (perFamilyList([single], parse, scope, () => ['status', 'podIP'], 'pod IPs') ?? []).map((ip) => ip.address);
  }
  const texts = listed.map((entry) => entry.ip);
  const parsed = perFamilyList(texts, parse, scope, (i) => ['status', 'podIPs', i, 'ip'], 'pod IPs') ?? [];
  if (single !== null && single !== '' && parsed[0] !== undefined) {
    const first = ipField(single, scope, ['status', 'podIP']);
    if (first !== null && first.address !== parsed[0].address) {
      scope.error(['status', 'podIP'], `podIP ${first.address} differs from podIPs[0] ${parsed[0].address}; they must be equal`);
    }
  }
  return parsed.map((ip) => ip.address);
}

/** Ready unless the document says otherwise: a hand-written pod without conditions is assumed up. */
function readiness(pod: PodObject, scope: Scope): boolean {
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((condition) => condition.type === 'Ready');
  const condition = conditions[index];
  if (condition === undefined) return true;
  if (condition.status === 'True') return true;
  if (condition.status === 'False' || condition.status === 'Unknown') return false;
  scope.error(['status', 'conditions', index, 'status'], `${JSON.stringify(condition.status)} is not one of: True, False, Unknown`);
  return true;
}

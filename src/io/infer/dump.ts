/**
 * A `kubectl get … -o yaml` dump, indexed: every object by kind, with a label naming it (`ConfigMap
 * kube-system/kube-proxy`) that the inferred fields' sources use. Lists are flattened as collectObjects does.
 * Read-only helpers for the readers: find a ConfigMap, a DaemonSet or static Pod by component, a container's
 * flags, an env var.
 */

export type Obj = Record<string, unknown>;

export interface DumpObject {
  readonly kind: string;
  readonly apiVersion: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly value: Obj;
  /** `ConfigMap kube-system/kube-proxy`, `Node node-a`. */
  readonly label: string;
}

export interface Dump {
  readonly objects: readonly DumpObject[];
  ofKind(kind: string): DumpObject[];
  find(kind: string, namespace: string | null, name: string): DumpObject | null;
}

export function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function field(value: unknown, ...path: string[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (!isObj(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const NAMESPACED_NONE = new Set(['Node', 'Namespace', 'IPPool', 'FelixConfiguration', 'Installation', 'CiliumNode', 'BlockAffinity', 'BGPConfiguration']);

export function indexDump(documents: readonly unknown[]): Dump {
  const objects: DumpObject[] = [];
  const take = (item: unknown) => {
    if (!isObj(item)) return;
    const kind = str(item.kind);
    const apiVersion = str(item.apiVersion) ?? '';
    const name = str(field(item, 'metadata', 'name'));
    if (kind === null || name === null) return;
    const ns = str(field(item, 'metadata', 'namespace'));
    const namespace = NAMESPACED_NONE.has(kind) ? null : (ns ?? 'default');
    objects.push({ kind, apiVersion, namespace, name, value: item, label: `${kind} ${namespace === null ? '' : `${namespace}/`}${name}` });
  };
  for (const document of documents) {
    if (isObj(document) && typeof document.kind === 'string' && document.kind.endsWith('List') && Array.isArray(document.items)) {
      const itemKind = document.kind === 'List' ? null : document.kind.slice(0, -4);
      for (const item of document.items) take(itemKind !== null && isObj(item) && item.kind === undefined ? { ...item, kind: itemKind } : item);
    } else take(document);
  }
  return {
    objects,
    ofKind: (kind) => objects.filter((o) => o.kind === kind),
    find: (kind, namespace, name) => objects.find((o) => o.kind === kind && o.namespace === namespace && o.name === name) ?? null,
  };
}

/** A ConfigMap's data key. */
export function configData(object: DumpObject | null, key: string): string | null {
  return object === null ? null : str(field(object.value, 'data', key));
}

export interface Container {
  readonly owner: DumpObject;
  readonly name: string;
  readonly value: Obj;
  /** `ConfigMap`-style label for sources: `Pod kube-system/kube-controller-manager-cp1 container kube-controller-manager`. */
  readonly label: string;
}

function podSpecOf(object: DumpObject): Obj | null {
  const spec = object.kind === 'Pod' ? field(object.value, 'spec') : field(object.value, 'spec', 'template', 'spec');
  return isObj(spec) ? spec : null;
}

export function containersOf(object: DumpObject): Container[] {
  const spec = podSpecOf(object);
  const list = spec === null ? [] : [...(Array.isArray(spec.initContainers) ? spec.initContainers : []), ...(Array.isArray(spec.containers) ? spec.containers : [])];
  return list.filter(isObj).map((value) => {
    const name = str(value.name) ?? '(unnamed)';
    return { owner: object, name, value, label: `${object.label} container ${name}` };
  });
}

/**
 * The workload running a component in kube-system: a static Pod (`<component>-<node>`, label
 * `component=<component>` as kubeadm writes it), a DaemonSet or a Deployment named after it. Static Pods first:
 * they are the running processes.
 */
export function componentWorkloads(dump: Dump, component: string): DumpObject[] {
  const pods = dump
    .ofKind('Pod')
    .filter((p) => p.namespace === 'kube-system' && (str(field(p.value, 'metadata', 'labels', 'component')) === component || str(field(p.value, 'metadata', 'labels', 'k8s-app')) === component || p.name.startsWith(`${component}-`)));
  const sets = [...dump.ofKind('DaemonSet'), ...dump.ofKind('Deployment')].filter((d) => d.namespace === 'kube-system' && d.name === component);
  return [...pods, ...sets];
}

/**
 * A container's command-line flags (`--name=value`, `--name value`, a bare `--name` = "true"), from command and
 * args in order; a later flag wins, as pflag does. Shell-wrapped commands (`sh -c "kube-proxy --x=y"`) are split on spaces.
 */
export function flagsOf(container: Container): Map<string, string> {
  const words: string[] = [];
  for (const key of ['command', 'args']) {
    const list = container.value[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) if (typeof item === 'string') words.push(...(item.includes(' --') ? item.split(/\s+/) : [item]));
  }
  const flags = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const match = /^--?([A-Za-z0-9][A-Za-z0-9-]*)(?:=(.*))?$/.exec(word);
    if (match === null) continue;
    const name = match[1] as string;
    if (match[2] !== undefined) flags.set(name, match[2]);
    else if (i + 1 < words.length && !(words[i + 1] as string).startsWith('-')) flags.set(name, words[++i] as string);
    else flags.set(name, 'true');
  }
  return flags;
}

/** A container's env var by name (literal values only; valueFrom is reported as unknown). */
export function envOf(container: Container, name: string): string | null {
  const env = container.value.env;
  if (!Array.isArray(env)) return null;
  for (const entry of env) if (isObj(entry) && entry.name === name) return str(entry.value);
  return null;
}

export function labelsOf(object: DumpObject): Record<string, string> {
  const labels = field(object.value, 'metadata', 'labels');
  return isObj(labels) ? (Object.fromEntries(Object.entries(labels).filter(([, v]) => typeof v === 'string')) as Record<string, string>) : {};
}

export function annotationsOf(object: DumpObject): Record<string, string> {
  const annotations = field(object.value, 'metadata', 'annotations');
  return isObj(annotations) ? (Object.fromEntries(Object.entries(annotations).filter(([, v]) => typeof v === 'string')) as Record<string, string>) : {};
}

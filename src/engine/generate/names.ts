/**
 * Names as Kubernetes' controllers make them, and the catalog of applications the generator draws from.
 *
 * A Deployment's pods are named `<deployment>-<pod-template-hash>-<5 characters>`:
 * - the ReplicaSet is `<deployment>-<hash>` (pkg/controller/deployment/sync.go getNewReplicaSet), where the
 *   hash is the decimal FNV-32a of the pod template passed through SafeEncodeString
 *   (pkg/controller/deployment/util/deployment_util.go ComputeHash);
 * - the ReplicaSet creates pods with generateName `<replicaset>-` (pkg/controller/controller_utils.go
 *   getPodsPrefix), to which the API server appends 5 random characters
 *   (staging/src/k8s.io/apiserver/pkg/storage/names/generate.go, randomLength = 5).
 * Both use the vowel-free alphabet of staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go. EndpointSlices
 * get `<service>-` + 5 characters the same way (getEndpointSlicePrefix in staging/src/k8s.io/endpointslice/utils.go).
 */
import type { Protocol } from '../model/topology';
import type { Prng } from './prng';

/** apimachinery util/rand: "We omit vowels from the set of available characters to reduce the chances of bad words". */
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.SafeEncodeString: each character c becomes alphanums[c % 27] (for a decimal hash: 0–9 → 4–9, b, c, d, f). */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.codePointAt(0)! % ALPHANUMS.length];
  return out;
}

/** rand.String(n). */
export function randomString(rng: Prng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMS[rng.int(ALPHANUMS.length)];
  return out;
}

/** A pod-template-hash: the encoding of a 32-bit hash in decimal (the hash itself is drawn, not computed). */
export function podTemplateHash(rng: Prng): string {
  return safeEncodeString(String(rng.next()));
}

/** Namespaces applications are spread over, round-robin (kube-system holds CoreDNS only). */
export const NAMESPACES = ['default', 'shop', 'payments', 'search', 'identity', 'platform', 'data'] as const;

const WORDS = [
  'cart', 'checkout', 'catalog', 'search', 'auth', 'billing', 'orders', 'payments', 'inventory', 'shipping',
  'reviews', 'users', 'notifications', 'pricing', 'profile', 'gateway', 'ledger', 'media', 'reports', 'sessions',
  'tickets', 'wallet', 'analytics', 'recommendations',
] as const;

export interface ServedKind {
  readonly kind: string;
  /** Service port name = container port name. */
  readonly portName: string;
  readonly port: number;
  /** The container's port; the Service's targetPort is this number, or the port name when `namedTarget`. */
  readonly containerPort: number;
  readonly namedTarget: boolean;
  readonly protocol: Protocol;
}

/** What application Services look like: the common shapes of Helm charts' Services. */
export const SERVED_KINDS: readonly ServedKind[] = [
  { kind: 'web', portName: 'http', port: 80, containerPort: 8080, namedTarget: true, protocol: 'TCP' },
  { kind: 'api', portName: 'http', port: 8080, containerPort: 8080, namedTarget: false, protocol: 'TCP' },
  { kind: 'grpc', portName: 'grpc', port: 9090, containerPort: 9090, namedTarget: false, protocol: 'TCP' },
  { kind: 'cache', portName: 'redis', port: 6379, containerPort: 6379, namedTarget: false, protocol: 'TCP' },
  { kind: 'db', portName: 'postgres', port: 5432, containerPort: 5432, namedTarget: false, protocol: 'TCP' },
  { kind: 'queue', portName: 'amqp', port: 5672, containerPort: 5672, namedTarget: false, protocol: 'TCP' },
];

/** Deployments no Service selects (they expose no ports). */
export const BACKGROUND_KINDS = ['worker', 'consumer', 'cron', 'exporter', 'sync'] as const;

/**
 * The i-th name of a catalog: word × kind, then a numeric suffix from the second round on. A bijection of i,
 * so names never repeat; service and background kinds differ, so the two catalogs never collide.
 */
export function catalogName(i: number, kinds: readonly string[]): { name: string; kindIndex: number } {
  const word = WORDS[i % WORDS.length]!;
  const kindIndex = Math.floor(i / WORDS.length) % kinds.length;
  const round = Math.floor(i / (WORDS.length * kinds.length));
  return { name: `${word}-${kinds[kindIndex]!}${round === 0 ? '' : `-${round + 1}`}`, kindIndex };
}

export function nodeName(i: number, nodes: number): string {
  return `node-${String(i).padStart(String(nodes - 1).length, '0')}`;
}

export const ZONES = ['zone-a', 'zone-b', 'zone-c'] as const;
export const REGION = 'region-1';
/** A handful of instance types (node.kubernetes.io/instance-type); AWS names, as the label is a cloud's. */
export const INSTANCE_TYPES = ['m5.xlarge', 'm5.2xlarge', 'c5.2xlarge', 'r5.xlarge'] as const;

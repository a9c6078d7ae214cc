/**
 * Shapes of the documents, checked with zod before any domain check runs: types, required fields, enums,
 * numeric ranges. Values stay as written (strings for addresses); conversion canonicalizes them.
 *
 * Our Topology document is strict (an unknown field is a typo to report); Kubernetes objects are loose, since
 * `kubectl get -o yaml` prints many fields the model does not use (managedFields, uid, status.phase…).
 * `nullish` where kubectl may print `null` or omit a field.
 */
import { z } from 'zod';
import {
  CNI_PLUGINS,
  EXTERNAL_NETWORK_KINDS,
  KUBE_PROXY_MODES,
  OVERLAY_MODES,
  PROTOCOLS,
  ROUTE_TYPES,
  SERVICE_TYPES,
} from '../engine/model/topology';

export const int = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, { error: `is out of range (${min}–${max})` })
    .max(max, { error: `is out of range (${min}–${max})` });

export const PORT = int(1, 65535);
/** 68 is the smallest MTU an IPv4 host must accept (RFC 791); 65535 the largest an IPv4 packet can be. */
export const MTU = int(68, 65535);
const str = z.string();
const stringMap = z.record(z.string(), z.string());
const list = <T extends z.ZodType>(item: T) => z.array(item);

// ---- the Topology document -------------------------------------------------------------------------------

export const routeObjectSchema = z.strictObject({
  destination: str,
  via: str.nullish(),
  dev: str.nullish(),
  type: z.enum(ROUTE_TYPES).nullish(),
  metric: int(0, 4294967295).nullish(),
  src: str.nullish(),
  onlink: z.boolean().nullish(),
});

export const topologySpecSchema = z.strictObject({
  clusterDomain: str.nullish(),
  podCIDRs: list(str).max(2, { error: 'at most 2 allowed (one per IP family)' }).nullish(),
  serviceCIDRs: list(str).max(2, { error: 'at most 2 allowed (one per IP family)' }).nullish(),
  nodeCIDRMaskSize: z.strictObject({ ipv4: int(1, 32).nullish(), ipv6: int(1, 128).nullish() }).nullish(),
  cni: z
    .strictObject({
      plugin: z.enum(CNI_PLUGINS).nullish(),
      overlay: z.enum(OVERLAY_MODES).nullish(),
      crossSubnet: z.boolean().nullish(),
      bridge: str.nullish(),
      // VXLAN and Geneve identifiers are 24-bit (RFC 7348 §5, RFC 8926 §3.4).
      vni: int(0, 16777215).nullish(),
      port: PORT.nullish(),
      mtu: MTU.nullish(),
    })
    .nullish(),
  kubeProxy: z
    .strictObject({
      mode: z.enum(KUBE_PROXY_MODES).nullish(),
      clusterCIDR: str.nullish(),
      masqueradeBit: int(0, 31).nullish(),
      masqueradeAll: z.boolean().nullish(),
      localhostNodePorts: z.boolean().nullish(),
      nodePortAddresses: list(str).nullish(),
    })
    .nullish(),
  underlay: z
    .strictObject({
      mtu: MTU.nullish(),
      subnets: list(
        z.strictObject({ name: str, cidr: str, gateway: str.nullish(), zone: str.nullish(), mtu: MTU.nullish() }),
      ).nullish(),
      routes: list(routeObjectSchema).nullish(),
    })
    .nullish(),
  externalNetworks: list(
    z.strictObject({ name: str, cidr: str, kind: z.enum(EXTERNAL_NETWORK_KINDS).nullish() }),
  ).nullish(),
  nodeRoutes: z.record(z.string(), z.union([str, list(routeObjectSchema)], { error: 'expected a list of routes or `ip route` text' })).nullish(),
  // CoreDNS's Corefile (coredns/coredns plugin/kubernetes README: `pods`, `ttl` 0–3600, `fallthrough`,
  // `endpoint_pod_names`; plugin/forward README: `forward FROM TO...`).
  dns: z
    .strictObject({
      podMode: z.enum(['disabled', 'insecure', 'verified']).nullish(),
      ttl: int(0, 3600).nullish(),
      reverseZones: z.boolean().nullish(),
      fallthroughReverse: z.boolean().nullish(),
      endpointPodNames: z.boolean().nullish(),
      forward: list(z.strictObject({ zone: str, to: list(str).min(1, { error: 'needs at least 1 upstream' }) })).nullish(),
    })
    .nullish(),
  networkPolicy: z
    .strictObject({
      ipBlockSelectsPodIPs: z.boolean().nullish(),
      enforced: z.boolean().nullish(),
      podToItself: z.enum(['allowed', 'policy']).nullish(),
      ownNode: z.enum(['allowed', 'policy']).nullish(),
      hostNetworkPods: z.enum(['node', 'pod']).nullish(),
    })
    .nullish(),
});

export const topologyDocumentSchema = z.strictObject({
  apiVersion: str,
  kind: z.literal('Topology'),
  metadata: z.strictObject({ name: str.nullish(), description: str.nullish() }).nullish(),
  spec: topologySpecSchema.nullish(),
});

// ---- Kubernetes objects ----------------------------------------------------------------------------------

export const metadataSchema = z.object({
  name: str.nullish(),
  namespace: str.nullish(),
  labels: stringMap.nullish(),
  annotations: stringMap.nullish(),
});

export const nodeSchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z.object({ podCIDR: str.nullish(), podCIDRs: list(str).nullish() }).nullish(),
  status: z
    .object({
      addresses: list(z.object({ type: str, address: str })).nullish(),
      // A resource.Quantity: kubectl prints it as a string ("110").
      capacity: z.object({ pods: z.union([str, z.number()]).nullish() }).nullish(),
    })
    .nullish(),
});

export const containerPortSchema = z.object({
  name: str.nullish(),
  containerPort: PORT,
  protocol: z.enum(PROTOCOLS).nullish(),
  hostPort: int(0, 65535).nullish(),
});

/** meta/v1 OwnerReference; required-ness is checked by convertPod, with apimachinery's messages. */
const ownerReferenceSchema = z.object({
  apiVersion: str.nullish(),
  kind: str.nullish(),
  name: str.nullish(),
  uid: str.nullish(),
  controller: z.boolean().nullish(),
  blockOwnerDeletion: z.boolean().nullish(),
});

export const podSchema = z.object({
  metadata: metadataSchema.extend({ ownerReferences: list(ownerReferenceSchema).nullish() }).nullish(),
  spec: z
    .object({
      nodeName: str.nullish(),
      hostNetwork: z.boolean().nullish(),
      containers: list(z.object({ name: str.nullish(), ports: list(containerPortSchema).nullish() })).nullish(),
    })
    .nullish(),
  status: z
    .object({
      phase: str.nullish(),
      podIP: str.nullish(),
      podIPs: list(z.object({ ip: str })).nullish(),
      conditions: list(z.object({ type: str, status: str })).nullish(),
    })
    .nullish(),
});

const servicePortSchema = z.object({
  name: str.nullish(),
  protocol: z.enum(PROTOCOLS).nullish(),
  port: PORT,
  targetPort: z.union([PORT, str], { error: 'expected a port number or a port name' }).nullish(),
  nodePort: int(0, 65535).nullish(),
  appProtocol: str.nullish(),
});

export const serviceSchema = z.object({
  metadata: metadataSchema.nullish(),
  spec: z
    .object({
      type: z.enum(SERVICE_TYPES).nullish(),
      clusterIP: str.nullish(),
      clusterIPs: list(str).max(2, { error: 'at most 2 allowed (one per IP family)' }).nullish(),
      ports: list(servicePortSchema).nullish(),
      selector: stringMap.nullish(),
      externalIPs: list(str).nullish(),
      loadBalancerSourceRanges: list(str).nullish(),
      externalName: str.nullish(),
      sessionAffinity: z.enum(['None', 'ClientIP']).nullish(),
      sessionAffinityConfig: z
        .object({ clientIP: z.object({ timeoutSeconds: int(1, 86400).nullish() }).nullish() })
        .nullish(),
      externalTrafficPolicy: z.enum(['Cluster', 'Local']).nullish(),
      internalTrafficPolicy: z.enum(['Cluster', 'Local']).nullish(),
      healthCheckNodePort: PORT.nullish(),
      ipFamilies: list(z.enum(['IPv4', 'IPv6'])).max(2, { error: 'at most 2 allowed' }).nullish(),
      ipFamilyPolicy: z.enum(['SingleStack', 'PreferDualStack', 'RequireDualStack']).nullish(),
      publishNotReadyAddresses: z.boolean().nullish(),
    })
    .nullish(),
  status: z
    .object({
      loadBalancer: z.object({ ingress: list(z.object({ ip: str.nullish(), hostname: str.nullish() })).nullish() }).nullish(),
    })
    .nullish(),
});

export const endpointSliceSchema = z.object({
  metadata: metadataSchema.nullish(),
  addressType: z.enum(['IPv4', 'IPv6', 'FQDN']),
  endpoints: list(
    z.object({
      // discovery/v1 validation: 1 to 100 addresses per endpoint (pkg/apis/discovery/validation/validation.go).
      addresses: list(str).min(1, { error: 'needs at least 1 address' }).max(100, { error: 'at most 100 allowed' }),
      conditions: z
        .object({ ready: z.boolean().nullish(), serving: z.boolean().nullish(), terminating: z.boolean().nullish() })
        .nullish(),
      nodeName: str.nullish(),
      zone: str.nullish(),
      hostname: str.nullish(),
      targetRef: z.object({ kind: str.nullish(), namespace: str.nullish(), name: str.nullish() }).nullish(),
    }),
  )
    .max(1000, { error: 'at most 1000 allowed per EndpointSlice' })
    .nullish(),
  ports: list(
    z.object({ name: str.nullish(), protocol: z.enum(PROTOCOLS).nullish(), port: PORT.nullish(), appProtocol: str.nullish() }),
  )
    .max(100, { error: 'at most 100 allowed per EndpointSlice' })
    .nullish(),
});

export type TopologyDocument = z.infer<typeof topologyDocumentSchema>;
export type TopologySpec = z.infer<typeof topologySpecSchema>;
export type RouteObject = z.infer<typeof routeObjectSchema>;
export type NodeObject = z.infer<typeof nodeSchema>;
export type PodObject = z.infer<typeof podSchema>;
export type ServiceObject = z.infer<typeof serviceSchema>;
export type EndpointSliceObject = z.infer<typeof endpointSliceSchema>;
export type Metadata = z.infer<typeof metadataSchema>;

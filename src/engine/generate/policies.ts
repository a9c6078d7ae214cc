/**
 * `--policies N`: a realistic NetworkPolicy set for a generated cluster, the same for the same seed, drawn from its
 * own PRNG stream so that asking for policies never changes the rest of the topology.
 *
 * The mix, in order, until N policies exist (each kind is the shape the Kubernetes docs and the common recipe
 * collections — ahmetb/kubernetes-network-policy-recipes — show):
 * 1. per application namespace, `default-deny`: podSelector {} with policyTypes Ingress and Egress;
 * 2. per namespace, `allow-dns`: egress to kube-system's `k8s-app: kube-dns` pods on UDP and TCP 53;
 * 3. per namespace, `allow-from-ingress`: ingress from the ingress controller (namespace `platform`,
 *    `app: ingress-controller`) — allow-from-namespace narrowed to the controller's pods — and the controller's
 *    own egress to every namespace (`ingress-controller-egress`);
 * 4. per application Deployment, in turn: `allow-<app>` (ingress from one drawn client Deployment on the app's
 *    named port), `<client>-to-<app>` (the client's egress to it, by number), and every fifth app an ipBlock egress
 *    (`<app>-egress-external`: 0.0.0.0/0 except the RFC 1918 ranges, TCP 443) — until N.
 * kube-system gets none: its pods stay unrestricted, as in most clusters.
 */
import { defaultPolicyTypes, namespaceLabels, NAMESPACE_NAME_LABEL, type LabelSelector, type NetworkPolicy, type PolicyNamespace } from '../policy/types';
import { NAMESPACES } from './names';
import { Prng } from './prng';
import type { Deployment } from './workloads';

export interface GeneratedPolicies {
  readonly namespaces: readonly PolicyNamespace[];
  readonly networkPolicies: readonly NetworkPolicy[];
}

/** The Deployment that plays the ingress controller (added to `platform` when policies are asked for). */
export const INGRESS_CONTROLLER_APP = 'ingress-controller';

const sel = (matchLabels: Record<string, string> = {}): LabelSelector => ({ matchLabels, matchExpressions: [] });
const ns = (name: string): LabelSelector => sel({ [NAMESPACE_NAME_LABEL]: name });

function policy(namespace: string, name: string, p: Omit<NetworkPolicy, 'namespace' | 'name' | 'policyTypes'> & { policyTypes?: NetworkPolicy['policyTypes'] }): NetworkPolicy {
  return { namespace, name, podSelector: p.podSelector, policyTypes: defaultPolicyTypes(p.policyTypes, p.egress.length), ingress: p.ingress, egress: p.egress };
}

export function generatePolicies(count: number, deployments: readonly Deployment[], seed: number): GeneratedPolicies {
  const rng = new Prng((seed ^ 0x5eed_0010) >>> 0);
  const out: NetworkPolicy[] = [];
  const add = (p: NetworkPolicy): boolean => {
    if (out.length >= count) return false;
    out.push(p);
    return true;
  };
  for (const n of NAMESPACES) add(policy(n, 'default-deny', { podSelector: sel(), policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [] }));
  for (const n of NAMESPACES) {
    add(
      policy(n, 'allow-dns', {
        podSelector: sel(),
        policyTypes: ['Egress'],
        ingress: [],
        egress: [
          {
            peers: [{ namespaceSelector: ns('kube-system'), podSelector: sel({ 'k8s-app': 'kube-dns' }), ipBlock: null }],
            ports: [
              { protocol: 'UDP', port: 53, endPort: null },
              { protocol: 'TCP', port: 53, endPort: null },
            ],
          },
        ],
      }),
    );
  }
  for (const n of NAMESPACES) {
    add(policy(n, 'allow-from-ingress', { podSelector: sel(), ingress: [{ peers: [{ namespaceSelector: ns('platform'), podSelector: sel({ app: INGRESS_CONTROLLER_APP }), ipBlock: null }], ports: [] }], egress: [] }));
  }
  // The controller itself may open connections to every pod (its own namespace is default-deny too).
  add(policy('platform', 'ingress-controller-egress', { podSelector: sel({ app: INGRESS_CONTROLLER_APP }), policyTypes: ['Egress'], ingress: [], egress: [{ peers: [{ namespaceSelector: sel(), podSelector: null, ipBlock: null }], ports: [] }] }));
  const apps = deployments.filter((d) => d.served !== null);
  const clients = deployments.filter((d) => d.namespace !== 'kube-system' && d.labels.app !== INGRESS_CONTROLLER_APP);
  for (let i = 0; out.length < count && apps.length > 0 && clients.length > 0; i++) {
    const app = apps[i % apps.length]!;
    const round = Math.floor(i / apps.length);
    const client = clients[rng.int(clients.length)]!;
    const port = app.ports[0]!;
    const suffix = round === 0 ? '' : `-${round}`;
    const from = client.namespace === app.namespace ? { namespaceSelector: null, podSelector: sel({ app: client.name }), ipBlock: null } : { namespaceSelector: ns(client.namespace), podSelector: sel({ app: client.name }), ipBlock: null };
    const to = client.namespace === app.namespace ? { namespaceSelector: null, podSelector: sel({ app: app.name }), ipBlock: null } : { namespaceSelector: ns(app.namespace), podSelector: sel({ app: app.name }), ipBlock: null };
    add(policy(app.namespace, `allow-${app.name}${suffix}`, { podSelector: sel({ app: app.name }), policyTypes: ['Ingress'], ingress: [{ peers: [from], ports: [{ protocol: port.protocol, port: port.name ?? port.containerPort, endPort: null }] }], egress: [] }));
    add(policy(client.namespace, `${client.name}-to-${app.name}${suffix}`, { podSelector: sel({ app: client.name }), policyTypes: ['Egress'], ingress: [], egress: [{ peers: [to], ports: [{ protocol: port.protocol, port: port.containerPort, endPort: null }] }] }));
    if (i % 5 === 0) {
      add(
        policy(app.namespace, `${app.name}-egress-external${suffix}`, {
          podSelector: sel({ app: app.name }),
          policyTypes: ['Egress'],
          ingress: [],
          egress: [{ peers: [{ podSelector: null, namespaceSelector: null, ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] } }], ports: [{ protocol: 'TCP', port: 443, endPort: null }] }],
        }),
      );
    }
  }
  return { namespaces: ['kube-system', ...NAMESPACES].map((n) => ({ name: n, labels: namespaceLabels(n) })), networkPolicies: out };
}

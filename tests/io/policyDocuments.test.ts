/**
 * Namespaces, NetworkPolicies, AdminNetworkPolicies, BaselineAdminNetworkPolicies and pod-less workloads in
 * documents: one named case per validation rule (exact path + message fragment), the API server's defaulting,
 * and lossless export. Sources beside each table: kubernetes/kubernetes pkg/apis/networking/validation/validation.go
 * (ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock),
 * pkg/apis/networking/v1/defaults.go (SetDefaults_NetworkPolicy), apimachinery meta/v1/validation
 * (ValidateLabelSelector), kubernetes-sigs/network-policy-api apis/v1alpha1.
 */
import { describe, expect, test } from '@jest/globals';
import type { Topology } from '../../src/engine/model/topology';
import { exportTopology } from '../../src/io/exportTopology';
import { parseTopologyDocument, parseTopologyObjects } from '../../src/io/parseTopology';
import { set, smallCluster, type Obj } from './fixtures';

function netpol(namespace: string, name: string, spec: Obj): Obj {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { namespace, name }, spec };
}

function anp(name: string, spec: Obj): Obj {
  return { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'AdminNetworkPolicy', metadata: { name }, spec };
}

const ALLOW_WEB: Obj = {
  podSelector: { matchLabels: { app: 'web' } },
  ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'ops' } } }], ports: [{ port: 8080 }] }],
};

function parsed(objects: Obj[]): Topology {
  const result = parseTopologyObjects(objects);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result.topology;
}

interface Case {
  name: string;
  object: Obj;
  path: string;
  message: string;
}

/** Each case edits a copy of ALLOW_WEB (objects[5], the first NetworkPolicy: networkPolicies[0]). */
const np = (path: (string | number)[], value: unknown): Obj => {
  const spec = structuredClone(ALLOW_WEB);
  set(spec, path, value);
  return netpol('shop', 'allow-web', spec);
};

const NETWORK_POLICY_CASES: Case[] = [
  // ValidateNetworkPolicyPort: endPort needs a numeric port, not smaller than it.
  { name: 'endPort without port', object: np(['ingress', 0, 'ports', 0], { endPort: 9000 }), path: 'networkPolicies[0].spec.ingress[0].ports[0].endPort', message: 'endPort needs port to be set' },
  { name: 'endPort with a named port', object: np(['ingress', 0, 'ports', 0], { port: 'http', endPort: 9000 }), path: 'networkPolicies[0].spec.ingress[0].ports[0].endPort', message: 'needs a numeric port' },
  { name: 'endPort below port', object: np(['ingress', 0, 'ports', 0], { port: 9000, endPort: 8000 }), path: 'networkPolicies[0].spec.ingress[0].ports[0].endPort', message: 'must be greater than or equal to port 9000' },
  { name: 'port out of range', object: np(['ingress', 0, 'ports', 0, 'port'], 70000), path: 'networkPolicies[0].spec.ingress[0].ports[0].port', message: '70000 (a number) is out of range (1–65535)' },
  { name: 'invalid port name', object: np(['ingress', 0, 'ports', 0, 'port'], 'HTTP_PORT'), path: 'networkPolicies[0].spec.ingress[0].ports[0].port', message: 'port name "HTTP_PORT"' },
  { name: 'unknown protocol', object: np(['ingress', 0, 'ports', 0, 'protocol'], 'ICMP'), path: 'networkPolicies[0].spec.ingress[0].ports[0].protocol', message: 'is not one of: TCP, UDP, SCTP' },
  // ValidateNetworkPolicyPeer.
  { name: 'empty peer', object: np(['ingress', 0, 'from', 0], {}), path: 'networkPolicies[0].spec.ingress[0].from[0]', message: 'must specify a peer' },
  { name: 'ipBlock with a selector', object: np(['ingress', 0, 'from', 0, 'ipBlock'], { cidr: '10.0.0.0/8' }), path: 'networkPolicies[0].spec.ingress[0].from[0]', message: 'may not specify both ipBlock and another peer' },
  // ValidateIPBlock.
  { name: 'ipBlock cidr that is not a CIDR', object: np(['ingress', 0, 'from', 0], { ipBlock: { cidr: '10.0.0.300/8' } }), path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.cidr', message: 'is not a CIDR' },
  { name: 'except outside cidr', object: np(['ingress', 0, 'from', 0], { ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }), path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.except[0]', message: 'must be a strict subset of cidr 10.0.0.0/16' },
  { name: 'except equal to cidr', object: np(['ingress', 0, 'from', 0], { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.0.0/16'] } }), path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.except[0]', message: 'strict subset' },
  { name: 'except of the other family', object: np(['ingress', 0, 'from', 0], { ipBlock: { cidr: '10.0.0.0/16', except: ['fd00::/64'] } }), path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.except[0]', message: 'is IPv6 but the ipBlock\'s cidr 10.0.0.0/16 is IPv4' },
  { name: 'malformed except', object: np(['ingress', 0, 'from', 0], { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.x.0/24'] } }), path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.except[0]', message: 'is not a CIDR' },
  // ValidateLabelSelector.
  { name: 'In without values', object: np(['podSelector'], { matchExpressions: [{ key: 'app', operator: 'In' }] }), path: 'networkPolicies[0].spec.podSelector.matchExpressions[0].values', message: 'must be specified when operator is In' },
  { name: 'Exists with values', object: np(['podSelector'], { matchExpressions: [{ key: 'app', operator: 'Exists', values: ['x'] }] }), path: 'networkPolicies[0].spec.podSelector.matchExpressions[0].values', message: 'may not be specified when operator is Exists' },
  { name: 'unknown operator', object: np(['podSelector'], { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }] }), path: 'networkPolicies[0].spec.podSelector.matchExpressions[0].operator', message: '"Equals" is not one of: In, NotIn, Exists, DoesNotExist' },
  { name: 'bad label key in matchLabels', object: np(['ingress', 0, 'from', 0, 'namespaceSelector', 'matchLabels'], { 'bad key': 'x' }), path: 'networkPolicies[0].spec.ingress[0].from[0].namespaceSelector.matchLabels["bad key"]', message: 'label key "bad key"' },
  // ValidateNetworkPolicySpec: policyTypes.
  { name: 'three policyTypes', object: np(['policyTypes'], ['Ingress', 'Egress', 'Ingress']), path: 'networkPolicies[0].spec.policyTypes', message: 'may not specify more than two policyTypes' },
  { name: 'unknown policy type', object: np(['policyTypes'], ['Inbound']), path: 'networkPolicies[0].spec.policyTypes[0]', message: 'is not one of: Ingress, Egress' },
  { name: 'policy without spec', object: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'x', namespace: 'shop' } }, path: 'networkPolicies[0].spec', message: 'spec is required' },
  { name: 'wrong apiVersion', object: { ...netpol('shop', 'allow-web', ALLOW_WEB), apiVersion: 'extensions/v1beta1' }, path: 'networkPolicies[0].apiVersion', message: 'expected "networking.k8s.io/v1"' },
];

const anpWith = (path: (string | number)[], value: unknown): Obj => {
  const spec: Obj = { priority: 10, subject: { namespaces: {} }, egress: [{ name: 'deny-all', action: 'Deny', to: [{ networks: ['0.0.0.0/0'] }] }] };
  set(spec, path, value);
  return anp('cluster-guard', spec);
};

// kubernetes-sigs/network-policy-api apis/v1alpha1: +kubebuilder validation markers and CEL rules.
const ADMIN_CASES: Case[] = [
  { name: 'priority above 1000', object: anpWith(['priority'], 1001), path: 'adminNetworkPolicies[0].spec.priority', message: 'out of range (0–1000)' },
  { name: 'subject with both namespaces and pods', object: anpWith(['subject', 'pods'], { namespaceSelector: {}, podSelector: {} }), path: 'adminNetworkPolicies[0].spec.subject', message: 'must set exactly one of namespaces, pods (got namespaces, pods)' },
  { name: 'unknown action', object: anpWith(['egress', 0, 'action'], 'Reject'), path: 'adminNetworkPolicies[0].spec.egress[0].action', message: 'is not one of: Allow, Deny, Pass' },
  { name: 'nodes peer in ingress', object: anpWith(['ingress'], [{ action: 'Allow', from: [{ nodes: {} }] }]), path: 'adminNetworkPolicies[0].spec.ingress[0].from[0].nodes', message: 'only allowed in egress rules' },
  { name: 'bad network CIDR', object: anpWith(['egress', 0, 'to', 0, 'networks', 0], '0.0.0.0/33'), path: 'adminNetworkPolicies[0].spec.egress[0].to[0].networks[0]', message: 'prefix length 33 is out of range' },
  { name: 'port with two kinds', object: anpWith(['egress', 0, 'ports'], [{ portNumber: { port: 53 }, namedPort: 'dns' }]), path: 'adminNetworkPolicies[0].spec.egress[0].ports[0]', message: 'must set exactly one of portNumber, namedPort, portRange' },
  { name: 'port range start not below end', object: anpWith(['egress', 0, 'ports'], [{ portRange: { start: 9000, end: 9000 } }]), path: 'adminNetworkPolicies[0].spec.egress[0].ports[0].portRange', message: 'start 9000 must be less than end 9000' },
  { name: 'rule without peers', object: anpWith(['egress', 0, 'to'], []), path: 'adminNetworkPolicies[0].spec.egress[0].to', message: 'needs at least 1 peer' },
  {
    name: 'baseline not named default',
    object: { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'BaselineAdminNetworkPolicy', metadata: { name: 'base' }, spec: { subject: { namespaces: {} } } },
    path: 'baselineAdminNetworkPolicies[0].metadata.name',
    message: 'named "default"',
  },
  {
    name: 'Pass in a baseline',
    object: { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'BaselineAdminNetworkPolicy', metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ action: 'Pass', from: [{ namespaces: {} }] }] } },
    path: 'baselineAdminNetworkPolicies[0].spec.ingress[0].action',
    message: 'is not one of: Allow, Deny',
  },
];

const OTHER_CASES: Case[] = [
  {
    name: 'namespace name label that disagrees with the name',
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { 'kubernetes.io/metadata.name': 'other' } } },
    path: 'namespaces[0].metadata.labels["kubernetes.io/metadata.name"]',
    message: 'must be the namespace\'s name "shop"',
  },
  { name: 'namespace with upper case', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'Shop' } }, path: 'namespaces[0].metadata.name', message: '"Shop" must consist of lower case' },
  {
    name: 'deployment without a template',
    object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' }, spec: {} },
    path: 'workloads[0].spec.template',
    message: 'template is required',
  },
  {
    name: 'cronjob container port out of range',
    object: {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report', namespace: 'shop' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'r', ports: [{ containerPort: 0 }] }] } } } } },
    },
    path: 'workloads[0].spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort',
    message: 'out of range (1–65535)',
  },
  {
    name: 'duplicate NetworkPolicy in a namespace',
    object: netpol('shop', 'allow-web', ALLOW_WEB),
    path: 'networkPolicies[1].metadata.name',
    message: 'duplicate NetworkPolicy "shop/allow-web" (first defined at networkPolicies[0].metadata.name)',
  },
  { name: 'unknown spec.networkPolicy field', object: {}, path: 'topology.spec.networkPolicy.enforce', message: 'unknown field "enforce" (did you mean "enforced"?)' },
];

describe('policy objects are validated with field paths', () => {
  const cases = [
    ...NETWORK_POLICY_CASES.map((c) => ({ ...c, objects: [...smallCluster(), c.object] })),
    ...ADMIN_CASES.map((c) => ({ ...c, objects: [...smallCluster(), c.object] })),
    ...OTHER_CASES.slice(0, 4).map((c) => ({ ...c, objects: [...smallCluster(), c.object] })),
    { ...OTHER_CASES[4]!, objects: [...smallCluster(), netpol('shop', 'allow-web', ALLOW_WEB), OTHER_CASES[4]!.object] },
    {
      ...OTHER_CASES[5]!,
      objects: smallCluster().map((o, i) => {
        if (i === 0) set(o, ['spec', 'networkPolicy'], { enforce: false });
        return o;
      }),
    },
  ];
  test.each(cases)('$name', ({ objects, path, message }) => {
    const result = parseTopologyObjects(objects);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((e) => e.path === path);
    expect({ path: hit?.path, errors: result.errors }).toMatchObject({ path });
    expect(hit?.message).toContain(message);
  });
});

describe('defaulting as the API server does it', () => {
  // SetDefaults_NetworkPolicy (pkg/apis/networking/v1/defaults.go): policyTypes [Ingress], plus Egress when there are egress rules.
  test.each([
    { name: 'ingress rules only', spec: ALLOW_WEB, policyTypes: ['Ingress'] },
    { name: 'egress rules present', spec: { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] }, policyTypes: ['Ingress', 'Egress'] },
    { name: 'no rules at all (deny ingress)', spec: { podSelector: {} }, policyTypes: ['Ingress'] },
    { name: 'explicit Egress only is kept', spec: { podSelector: {}, policyTypes: ['Egress'] }, policyTypes: ['Egress'] },
    { name: 'explicit order normalized', spec: { podSelector: {}, policyTypes: ['Egress', 'Ingress'] }, policyTypes: ['Ingress', 'Egress'] },
  ])('policyTypes: $name', ({ spec, policyTypes }) => {
    const t = parsed([...smallCluster(), netpol('shop', 'p', spec)]);
    expect(t.networkPolicies?.[0]?.policyTypes).toEqual(policyTypes);
  });

  test('protocol defaults to TCP; a missing from/ports is every peer/port', () => {
    const t = parsed([...smallCluster(), netpol('shop', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }, {}] })]);
    expect(t.networkPolicies?.[0]?.ingress).toEqual([
      { peers: [], ports: [{ protocol: 'TCP', port: 80, endPort: null }] },
      { peers: [], ports: [] },
    ]);
  });

  test('a namespace always carries kubernetes.io/metadata.name (the API server sets it)', () => {
    const t = parsed([...smallCluster(), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'a' } } }]);
    expect(t.namespaces).toEqual([{ name: 'shop', labels: { team: 'a', 'kubernetes.io/metadata.name': 'shop' } }]);
  });

  test('an ipBlock with host bits means its network, with a warning (Kubernetes accepts it)', () => {
    const result = parseTopologyObjects([...smallCluster(), netpol('shop', 'p', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.1.2.3/16' } }] }] })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.topology.networkPolicies?.[0]?.ingress[0]?.peers[0]?.ipBlock).toEqual({ cidr: '10.1.0.0/16', except: [] });
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: 'networkPolicies[0].spec.ingress[0].from[0].ipBlock.cidr' }));
  });

  test('workloads keep their pod template labels and container ports', () => {
    const t = parsed([
      ...smallCluster(),
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db', namespace: 'shop' },
        spec: { replicas: 3, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', ports: [{ name: 'pg', containerPort: 5432 }] }] } } },
      },
    ]);
    expect(t.workloads).toEqual([
      { kind: 'StatefulSet', namespace: 'shop', name: 'db', labels: { app: 'db' }, ports: [{ container: 'pg', name: 'pg', containerPort: 5432, protocol: 'TCP', hostPort: null }], hostNetwork: false, replicas: 3 },
    ]);
  });

  test('settings default to ipBlockSelectsPodIPs true, enforcement inferred, pod-to-itself and own node allowed (left out when default)', () => {
    expect(parsed(smallCluster()).networkPolicy).toBeUndefined();
    const objects = smallCluster();
    set(objects[0]!, ['spec', 'networkPolicy'], { ipBlockSelectsPodIPs: false, enforced: true });
    expect(parsed(objects).networkPolicy).toEqual({ ipBlockSelectsPodIPs: false, enforced: true, podToItself: 'allowed', ownNode: 'allowed', hostNetworkPods: 'node' });
  });
});

describe('export is lossless', () => {
  const everything: Obj[] = [
    ...smallCluster().map((o, i) => {
      if (i === 0) set(o, ['spec', 'networkPolicy'], { ipBlockSelectsPodIPs: false, enforced: false, podToItself: 'policy', ownNode: 'policy', hostNetworkPods: 'pod' });
      return o;
    }),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'a' } } },
    netpol('shop', 'allow-web', ALLOW_WEB),
    netpol('shop', 'egress', {
      podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }, { key: 'app', operator: 'Exists' }] },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ protocol: 'UDP', port: 53 }, { port: 30000, endPort: 32767 }, { protocol: 'SCTP' }] }],
    }),
    anp('guard', {
      priority: 5,
      subject: { pods: { namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: {} } },
      ingress: [{ name: 'pass-monitoring', action: 'Pass', from: [{ namespaces: { matchLabels: { role: 'monitoring' } } }], ports: [{ namedPort: 'metrics' }] }],
      egress: [
        { action: 'Deny', to: [{ nodes: { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }] } }] },
        { action: 'Allow', to: [{ networks: ['192.168.0.0/16', 'fd00::/8'] }], ports: [{ portRange: { protocol: 'UDP', start: 1000, end: 2000 } }, { portNumber: { port: 443 } }] },
      ],
    }),
    { apiVersion: 'policy.networking.k8s.io/v1alpha1', kind: 'BaselineAdminNetworkPolicy', metadata: { name: 'default' }, spec: { subject: { namespaces: {} }, ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }] } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' }, spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', ports: [{ name: 'http', containerPort: 8080 }] }] } } } },
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'report', namespace: 'shop' }, spec: { jobTemplate: { spec: { template: { spec: { hostNetwork: true } } } } } },
  ];

  test.each(['yaml', 'json'] as const)('%s: parse(export(t)) equals t, and export is stable', (format) => {
    const t = parsed(everything);
    expect(t.networkPolicies).toHaveLength(2);
    expect(t.workloads).toHaveLength(2);
    const text = exportTopology(t, format);
    const again = parseTopologyDocument(text, { format });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.topology).toEqual(t);
    expect(exportTopology(again.topology, format)).toBe(text);
  });
});

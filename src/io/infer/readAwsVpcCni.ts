/**
 * Amazon VPC CNI (aws/amazon-vpc-cni-k8s README "Environment variables"; docs/prefix-and-ip-target.md): the
 * `aws-node` DaemonSet's container env — ENABLE_PREFIX_DELEGATION, AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG,
 * WARM_ENI_TARGET (default 1), WARM_IP_TARGET, MINIMUM_IP_TARGET, WARM_PREFIX_TARGET, AWS_VPC_ENI_MTU (default
 * 9001), ENABLE_IPv6. Pods take secondary addresses (or /28 prefixes) of the node's own VPC subnet: no overlay,
 * no pod CIDR of the cluster's own. Node labels node.kubernetes.io/instance-type and topology.kubernetes.io/zone
 * give each node's max-pods figure, compared with its status.capacity.pods.
 */
import { awsMaxPods } from '../../engine/capacity/awsMaxPods';
import { AUTHORITY, type Evidence } from './evidence';
import { containersOf, envOf, field, labelsOf, type Dump } from './dump';

export interface InstanceTypeLimits {
  readonly enis: number;
  readonly ipv4PerEni: number;
  readonly vcpus: number | null;
  readonly hypervisor: 'nitro' | 'xen' | 'unknown';
}

export function readAwsVpcCni(dump: Dump, evidence: Evidence, instanceTypes: ReadonlyMap<string, InstanceTypeLimits>): void {
  const ds = dump.find('DaemonSet', 'kube-system', 'aws-node');
  if (ds === null) return;
  const container = containersOf(ds).find((c) => c.name === 'aws-node');
  evidence.offer('spec.cni.plugin', 'aws-vpc-cni', ds.label, AUTHORITY.running);
  evidence.offer('spec.cni.overlay', 'none', `${ds.label} (the VPC routes pod addresses natively)`, AUTHORITY.running);
  if (container === undefined) return;
  const env = (name: string) => envOf(container, name);
  const at = (name: string) => `${container.label}: env ${name}`;
  const mtu = env('AWS_VPC_ENI_MTU');
  evidence.offer('spec.underlay.mtu', mtu !== null && /^\d+$/.test(mtu) ? Number(mtu) : 9001, mtu !== null ? at('AWS_VPC_ENI_MTU') : `${container.label} (no AWS_VPC_ENI_MTU: the CNI's default 9001)`, AUTHORITY.running);
  const prefixDelegation = env('ENABLE_PREFIX_DELEGATION') === 'true';
  const customNetworking = env('AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG') === 'true';
  const warm = ['WARM_ENI_TARGET', 'WARM_IP_TARGET', 'MINIMUM_IP_TARGET', 'WARM_PREFIX_TARGET'].flatMap((name) => (env(name) === null ? [] : [`${name}=${env(name)}`]));
  evidence.finding(
    `${container.label}: prefix delegation ${prefixDelegation ? 'on' : 'off'}, custom networking ${customNetworking ? 'on' : 'off'}${warm.length > 0 ? `, ${warm.join(', ')}` : ''} (warm targets change how many addresses a node holds in advance, not which pods can talk)`,
    'spec.cni',
    'info',
  );
  if (customNetworking) evidence.finding(`${at('AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG')} is true: pods take addresses from ENIConfig subnets, not the node's; supply those subnets with --underlay (aws ec2 describe-subnets)`, 'spec.underlay.subnets');
  const image = typeof container.value.image === 'string' ? container.value.image : '';
  const version = /:v?(\d+\.\d+\.\d+)/.exec(image)?.[1];
  for (const node of dump.ofKind('Node')) {
    const labels = labelsOf(node);
    const type = labels['node.kubernetes.io/instance-type'] ?? labels['beta.kubernetes.io/instance-type'];
    if (type === undefined) continue;
    const given = instanceTypes.get(type);
    const result = awsMaxPods({
      instanceType: type,
      ...(given === undefined ? {} : { enis: given.enis, ipv4PerEni: given.ipv4PerEni, hypervisor: given.hypervisor, ...(given.vcpus === null ? {} : { vcpus: given.vcpus }) }),
      prefixDelegation,
      customNetworking,
      ...(version === undefined ? {} : { cniVersion: version }),
    });
    const capacity = field(node.value, 'status', 'capacity', 'pods');
    const pods = typeof capacity === 'string' || typeof capacity === 'number' ? Number(capacity) : null;
    if (!result.ok) {
      evidence.finding(`${node.label}: ${result.message} (--instance-types FILE with aws ec2 describe-instance-types output)`, `nodes.${node.name}.maxPods`, 'info');
      continue;
    }
    const expected = result.value.maxPods.value;
    if (pods !== null && pods !== expected) {
      evidence.finding(`${node.label}: status.capacity.pods is ${pods} but EKS's max-pods for ${type}${prefixDelegation ? ' with prefix delegation' : ''}${customNetworking ? ' with custom networking' : ''} is ${expected} (${result.value.maxPods.detail}); kubelet's --max-pods was set differently`, `nodes.${node.name}.maxPods`);
    }
  }
}

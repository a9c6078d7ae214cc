/**
 * Where every number in this folder comes from. One constant per source, quoted by the rules and the
 * encapsulation table and carried into reports, so a user can check any figure against upstream.
 * Repository references name the repository and the path (and the identifier in the file) as read for
 * this folder; README.md says which version each was read at.
 */
export const SOURCES = {
  // Protocol headers.
  ipv4Header: 'RFC 791 §3.1 (IPv4 header, 20 bytes without options)',
  ipv6Header: 'RFC 8200 §3 (IPv6 header, 40 bytes)',
  ipv6MinMtu: 'RFC 8200 §5 (every IPv6 link carries at least 1280 bytes; routers never fragment)',
  udpHeader: 'RFC 768 (UDP header, 8 bytes)',
  vxlan: 'RFC 7348 §5 (VXLAN frame format: outer IP + UDP 8 + VXLAN 8 + inner Ethernet 14)',
  geneve: 'RFC 8926 §3.4 (Geneve base header 8 bytes + options in 4-byte multiples, up to 252)',
  ipip: 'RFC 2003 §3.1 (IP in IP: one outer IPv4 header, 20 bytes)',
  ip6Tunnel: 'RFC 2473 §4.1.1 (IPv6 tunnel: 40-byte header + 8-byte Tunnel Encapsulation Limit option, which Linux ip6_tunnel adds by default)',
  esp: 'RFC 4303 §2 (ESP: SPI 4, sequence 4, IV, padding, pad length 1, next header 1, ICV)',
  wireguard: 'WireGuard whitepaper §5.4.6 (transport data message: type+reserved 4, receiver 4, counter 8, Poly1305 tag 16)',
  wireguardPadding: 'torvalds/linux drivers/net/wireguard/send.c calculate_skb_padding (pad to a multiple of 16, never past the device MTU)',
  // Calico.
  calicoDocs:
    'projectcalico/calico calico/networking/mtu.md — "Configure MTU to maximize network performance" (https://docs.tigera.io/calico/latest/networking/configuring/mtu)',
  calicoFelix:
    'projectcalico/calico felix/dataplane/linux/int_dataplane.go (ipipMTUOverhead 20, vxlanMTUOverhead 50, vxlanV6MTUOverhead 70, wireguardMTUOverhead 60, wireguardV6MTUOverhead 80; ConfigureDefaultMTUs; determinePodMTU)',
  // flannel.
  flannelVxlan:
    'flannel-io/flannel pkg/backend/vxlan/vxlan_network.go (encapOverhead = 50, MTU() = MTU − 50) and pkg/backend/vxlan/device.go (flannel.1 and flannel-v6.1 both MTU − 50)',
  flannelVxlanV6Issue: 'flannel-io/flannel#1781 (IPv4 and IPv6 VXLAN devices get the same MTU)',
  flannelUdp: 'flannel-io/flannel pkg/backend/udp/udp_network_amd64.go (encapOverhead = 28, IPv4 + UDP; udp4 socket)',
  flannelHostGw: 'flannel-io/flannel pkg/backend/hostgw/hostgw.go (Mtu: extIface.Iface.MTU)',
  flannelWireguard: 'flannel-io/flannel pkg/backend/wireguard/wireguard_network.go (overhead = 80 for both families)',
  flannelIpsec:
    'flannel-io/flannel pkg/backend/ipsec/ipsec_network.go (ipsecOverhead = 77: IP 20 + SPI 4 + seq 4 + AES IV 16 + pad 0–15 + pad length 1 + next header 1 + ICV 16; +8 with UDPEncap)',
  flannelIpip: 'flannel-io/flannel pkg/backend/ipip/ipip.go (expectMTU = iface MTU − 20)',
  // Cilium.
  ciliumMtu:
    'cilium/cilium pkg/mtu/mtu.go (TunnelOverheadIPv4 50, TunnelOverheadIPv6 70, EncryptionIPsecOverhead 77 + authKeySize − 16, WireguardOverhead; DeviceMTU = base MTU, RouteMTU = base − overhead)',
  ciliumWireguard95: 'cilium/cilium#45940 (WireguardOverhead 80 → 95 to cover WireGuard padding; in v1.20.0)',
  ciliumUnderlay: 'cilium/cilium#42861 (tunnel overhead follows the underlay protocol: 50 over IPv4, 70 over IPv6; underlayProtocol defaults to IPv4)',
  // Others.
  weave: 'weaveworks/weave site/using-weave/fastdp.md ("Weave Net defaults to 1376 bytes"; the underlay must carry it plus "around 84-87 bytes", the MTU divisible by four)',
  awsVpcCni: 'aws/amazon-vpc-cni-k8s cmd/aws-vpc-cni/main.go (defaultMTU = "9001", env AWS_VPC_ENI_MTU → the pod eth0 "mtu")',
  kubenet:
    'kubernetes/kubernetes pkg/kubelet/dockershim/network/kubenet/kubenet_linux.go (mtu = findMinMTU() of the host interfaces; fallbackMTU 1460)',
  bridge:
    'containernetworking/plugins plugins/main/bridge/bridge.go (veth created with NetConf.MTU; 0 = kernel default, 1500 for veth) — https://www.cni.dev/plugins/current/main/bridge/',
} as const;

export type SourceKey = keyof typeof SOURCES;

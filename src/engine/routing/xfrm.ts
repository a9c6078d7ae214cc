/**
 * IPsec as the plugins configure it: not routes but XFRM policies. flannel's ipsec backend adds, for every
 * other node, `src <local pod CIDR> dst <remote pod CIDR> … tmpl src <node IP> dst <remote node IP> proto esp
 * mode tunnel` (pkg/backend/ipsec/handle_xfrm.go AddXFRMPolicy). The kernel still needs a route for the inner
 * destination first (flannel adds none, so the default route serves); the policy then wraps the packet in
 * ESP and the outer packet is routed to the peer. Traffic from the node's own addresses does not match the
 * pod-CIDR selector and leaves unencrypted — as in flannel, and in Cilium since cilium/cilium#25440.
 */
import { addressOf, podCidrOf, type NetworkIndex, type NodeInfo } from '../model/indexes';
import type { IpFamily } from '../model/topology';
import type { IpAddress, Prefix } from '../net';
import { encapsulates } from '../overlay';

export interface XfrmPolicy {
  readonly src: Prefix;
  readonly dst: Prefix;
  readonly tunnelSrc: IpAddress;
  readonly tunnelDst: IpAddress;
  readonly peer: NodeInfo;
  /** As `ip xfrm policy` prints it, on one line. */
  readonly text: string;
}

/** The outbound policy of `node` matching an inner packet, or null when none does. */
export function xfrmPolicyFor(index: NetworkIndex, node: NodeInfo, innerSrc: IpAddress, innerDst: IpAddress): XfrmPolicy | null {
  const family: IpFamily = innerDst.family;
  const fp = index.plan.families.find((f) => f.family === family);
  const { plugin } = index.topology.cni;
  if (fp === undefined || fp.mode !== 'ipsec' || !fp.supported || !index.plan.modeOffered || plugin === 'weave') return null;
  const src = podCidrOf(node, family);
  const peer = index.podCidrTrie.lookup(innerDst)?.value;
  if (src === null || !src.contains(innerSrc) || peer === undefined || peer === node) return null;
  if (!encapsulates(index.plan, family, node.node.subnet, peer.node.subnet)) return null;
  const dst = podCidrOf(peer, family)!;
  const tunnelSrc = addressOf(node, fp.outerFamily);
  const tunnelDst = addressOf(peer, fp.outerFamily);
  if (tunnelSrc === null || tunnelDst === null) return null;
  const text = `src ${src.toString()} dst ${dst.toString()} dir out tmpl src ${tunnelSrc.toString()} dst ${tunnelDst.toString()} proto esp mode tunnel`;
  return { src, dst, tunnelSrc, tunnelDst, peer, text };
}

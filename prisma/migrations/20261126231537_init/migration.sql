-- CreateEnum
CREATE TYPE "CniPlugin" AS ENUM ('flannel', 'calico', 'cilium', 'weave', 'aws-vpc-cni', 'kubenet', 'bridge', 'generic');

-- CreateEnum
CREATE TYPE "OverlayMode" AS ENUM ('none', 'host-gw', 'bgp', 'vxlan', 'geneve', 'ipip', 'wireguard', 'ipsec', 'udp');

-- CreateEnum
CREATE TYPE "KubeProxyMode" AS ENUM ('iptables', 'ipvs', 'nftables', 'none');

-- CreateEnum
CREATE TYPE "ExternalNetworkKind" AS ENUM ('vpc', 'on-prem', 'peering', 'reserved', 'other');

-- CreateEnum
CREATE TYPE "RouteType" AS ENUM ('unicast', 'blackhole', 'unreachable', 'prohibit', 'local');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName');

-- CreateEnum
CREATE TYPE "Protocol" AS ENUM ('TCP', 'UDP', 'SCTP');

-- CreateEnum
CREATE TYPE "TrafficPolicy" AS ENUM ('Cluster', 'Local');

-- CreateEnum
CREATE TYPE "IpFamily" AS ENUM ('IPv4', 'IPv6');

-- CreateEnum
CREATE TYPE "IpFamilyPolicy" AS ENUM ('SingleStack', 'PreferDualStack', 'RequireDualStack');

-- CreateEnum
CREATE TYPE "SessionAffinity" AS ENUM ('None', 'ClientIP');

-- CreateEnum
CREATE TYPE "EndpointAddressType" AS ENUM ('IPv4', 'IPv6', 'FQDN');

-- CreateTable
CREATE TABLE "Topology" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "clusterDomain" TEXT NOT NULL,
    "podCIDRs" INET[],
    "serviceCIDRs" INET[],
    "nodeCIDRMaskSizeIPv4" INTEGER NOT NULL,
    "nodeCIDRMaskSizeIPv6" INTEGER NOT NULL,
    "cniPlugin" "CniPlugin" NOT NULL,
    "cniOverlay" "OverlayMode" NOT NULL,
    "cniCrossSubnet" BOOLEAN NOT NULL,
    "cniBridge" TEXT NOT NULL,
    "cniVni" INTEGER,
    "cniPort" INTEGER,
    "cniMtu" INTEGER,
    "kubeProxyMode" "KubeProxyMode" NOT NULL,
    "kubeProxyClusterCIDRs" INET[],
    "kubeProxyMasqueradeBit" INTEGER NOT NULL,
    "kubeProxyMasqueradeAll" BOOLEAN NOT NULL,
    "kubeProxyLocalhostNodePorts" BOOLEAN NOT NULL,
    "kubeProxyNodePortAddresses" TEXT[],
    "underlayMtu" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topology_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnderlaySubnet" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "cidr" INET NOT NULL,
    "gateway" INET,
    "zone" TEXT,
    "mtu" INTEGER,

    CONSTRAINT "UnderlaySubnet_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "UnderlayRoute" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "destination" INET NOT NULL,
    "via" INET,
    "dev" TEXT,
    "type" "RouteType" NOT NULL,
    "metric" BIGINT,
    "src" INET,
    "onlink" BOOLEAN NOT NULL,

    CONSTRAINT "UnderlayRoute_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "ExternalNetwork" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "cidr" INET NOT NULL,
    "kind" "ExternalNetworkKind" NOT NULL,

    CONSTRAINT "ExternalNetwork_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "NodeRouteTable" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "node" TEXT NOT NULL,

    CONSTRAINT "NodeRouteTable_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "NodeRoute" (
    "topologyId" INTEGER NOT NULL,
    "tableOrdinal" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "destination" INET NOT NULL,
    "via" INET,
    "dev" TEXT,
    "type" "RouteType" NOT NULL,
    "metric" BIGINT,
    "src" INET,
    "onlink" BOOLEAN NOT NULL,

    CONSTRAINT "NodeRoute_pkey" PRIMARY KEY ("topologyId","tableOrdinal","ordinal")
);

-- CreateTable
CREATE TABLE "Node" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "internalIPs" INET[],
    "externalIPs" INET[],
    "subnet" TEXT,
    "podCIDRs" INET[],
    "labels" JSON NOT NULL,
    "mtu" INTEGER,
    "maxPods" INTEGER,

    CONSTRAINT "Node_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "Pod" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nodeName" TEXT,
    "ips" INET[],
    "hostNetwork" BOOLEAN NOT NULL,
    "labels" JSON NOT NULL,
    "ports" JSONB NOT NULL,
    "ready" BOOLEAN NOT NULL,

    CONSTRAINT "Pod_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "Service" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ServiceType" NOT NULL,
    "clusterIPs" INET[],
    "headless" BOOLEAN NOT NULL,
    "selector" JSON,
    "externalIPs" INET[],
    "loadBalancerIPs" INET[],
    "loadBalancerSourceRanges" INET[],
    "externalName" TEXT,
    "sessionAffinity" "SessionAffinity" NOT NULL,
    "sessionAffinityTimeoutSeconds" INTEGER,
    "externalTrafficPolicy" "TrafficPolicy" NOT NULL,
    "internalTrafficPolicy" "TrafficPolicy" NOT NULL,
    "healthCheckNodePort" INTEGER,
    "ipFamilies" "IpFamily"[],
    "ipFamilyPolicy" "IpFamilyPolicy",
    "publishNotReadyAddresses" BOOLEAN NOT NULL,
    "labels" JSON NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "ServicePort" (
    "topologyId" INTEGER NOT NULL,
    "serviceOrdinal" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT,
    "protocol" "Protocol" NOT NULL,
    "port" INTEGER NOT NULL,
    "targetPortNumber" INTEGER,
    "targetPortName" TEXT,
    "nodePort" INTEGER,
    "appProtocol" TEXT,

    CONSTRAINT "ServicePort_pkey" PRIMARY KEY ("topologyId","serviceOrdinal","ordinal")
);

-- CreateTable
CREATE TABLE "EndpointSlice" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "addressType" "EndpointAddressType" NOT NULL,
    "inferred" BOOLEAN NOT NULL,

    CONSTRAINT "EndpointSlice_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "Endpoint" (
    "topologyId" INTEGER NOT NULL,
    "sliceOrdinal" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "addresses" TEXT[],
    "ready" BOOLEAN NOT NULL,
    "serving" BOOLEAN NOT NULL,
    "terminating" BOOLEAN NOT NULL,
    "nodeName" TEXT,
    "zone" TEXT,
    "hostname" TEXT,
    "targetPodNamespace" TEXT,
    "targetPodName" TEXT,

    CONSTRAINT "Endpoint_pkey" PRIMARY KEY ("topologyId","sliceOrdinal","ordinal")
);

-- CreateTable
CREATE TABLE "EndpointSlicePort" (
    "topologyId" INTEGER NOT NULL,
    "sliceOrdinal" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT,
    "protocol" "Protocol" NOT NULL,
    "port" INTEGER,
    "appProtocol" TEXT,

    CONSTRAINT "EndpointSlicePort_pkey" PRIMARY KEY ("topologyId","sliceOrdinal","ordinal")
);

-- CreateIndex
CREATE UNIQUE INDEX "Topology_name_key" ON "Topology"("name");

-- CreateIndex
CREATE UNIQUE INDEX "UnderlaySubnet_topologyId_name_key" ON "UnderlaySubnet"("topologyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalNetwork_topologyId_name_key" ON "ExternalNetwork"("topologyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "NodeRouteTable_topologyId_node_key" ON "NodeRouteTable"("topologyId", "node");

-- CreateIndex
CREATE UNIQUE INDEX "Node_topologyId_name_key" ON "Node"("topologyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Pod_topologyId_namespace_name_key" ON "Pod"("topologyId", "namespace", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Service_topologyId_namespace_name_key" ON "Service"("topologyId", "namespace", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EndpointSlice_topologyId_namespace_name_key" ON "EndpointSlice"("topologyId", "namespace", "name");

-- AddForeignKey
ALTER TABLE "UnderlaySubnet" ADD CONSTRAINT "UnderlaySubnet_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnderlayRoute" ADD CONSTRAINT "UnderlayRoute_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalNetwork" ADD CONSTRAINT "ExternalNetwork_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NodeRouteTable" ADD CONSTRAINT "NodeRouteTable_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NodeRoute" ADD CONSTRAINT "NodeRoute_topologyId_tableOrdinal_fkey" FOREIGN KEY ("topologyId", "tableOrdinal") REFERENCES "NodeRouteTable"("topologyId", "ordinal") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pod" ADD CONSTRAINT "Pod_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServicePort" ADD CONSTRAINT "ServicePort_topologyId_serviceOrdinal_fkey" FOREIGN KEY ("topologyId", "serviceOrdinal") REFERENCES "Service"("topologyId", "ordinal") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointSlice" ADD CONSTRAINT "EndpointSlice_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endpoint" ADD CONSTRAINT "Endpoint_topologyId_sliceOrdinal_fkey" FOREIGN KEY ("topologyId", "sliceOrdinal") REFERENCES "EndpointSlice"("topologyId", "ordinal") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndpointSlicePort" ADD CONSTRAINT "EndpointSlicePort_topologyId_sliceOrdinal_fkey" FOREIGN KEY ("topologyId", "sliceOrdinal") REFERENCES "EndpointSlice"("topologyId", "ordinal") ON DELETE CASCADE ON UPDATE CASCADE;


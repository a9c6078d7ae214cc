-- CreateEnum
CREATE TYPE "PolicyChoice" AS ENUM ('allowed', 'policy');

-- CreateEnum
CREATE TYPE "HostNetworkPods" AS ENUM ('node', 'pod');

-- CreateEnum
CREATE TYPE "AdminPolicyTier" AS ENUM ('admin', 'baseline');

-- CreateEnum
CREATE TYPE "WorkloadKind" AS ENUM ('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob');

-- AlterTable
ALTER TABLE "Topology" ADD COLUMN     "npEnforced" BOOLEAN,
ADD COLUMN     "npHostNetworkPods" "HostNetworkPods" NOT NULL DEFAULT 'node',
ADD COLUMN     "npIpBlockSelectsPodIPs" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "npOwnNode" "PolicyChoice" NOT NULL DEFAULT 'allowed',
ADD COLUMN     "npPodToItself" "PolicyChoice" NOT NULL DEFAULT 'allowed';

-- CreateTable
CREATE TABLE "Namespace" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "labels" JSON NOT NULL,

    CONSTRAINT "Namespace_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "NetworkPolicy" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "spec" JSON NOT NULL,

    CONSTRAINT "NetworkPolicy_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateTable
CREATE TABLE "AdminNetworkPolicy" (
    "topologyId" INTEGER NOT NULL,
    "tier" "AdminPolicyTier" NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "priority" INTEGER,
    "spec" JSON NOT NULL,

    CONSTRAINT "AdminNetworkPolicy_pkey" PRIMARY KEY ("topologyId","tier","ordinal")
);

-- CreateTable
CREATE TABLE "Workload" (
    "topologyId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" "WorkloadKind" NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "labels" JSON NOT NULL,
    "ports" JSONB NOT NULL,
    "hostNetwork" BOOLEAN NOT NULL,
    "replicas" INTEGER,

    CONSTRAINT "Workload_pkey" PRIMARY KEY ("topologyId","ordinal")
);

-- CreateIndex
CREATE UNIQUE INDEX "Namespace_topologyId_name_key" ON "Namespace"("topologyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkPolicy_topologyId_namespace_name_key" ON "NetworkPolicy"("topologyId", "namespace", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AdminNetworkPolicy_topologyId_tier_name_key" ON "AdminNetworkPolicy"("topologyId", "tier", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Workload_topologyId_kind_namespace_name_key" ON "Workload"("topologyId", "kind", "namespace", "name");

-- AddForeignKey
ALTER TABLE "Namespace" ADD CONSTRAINT "Namespace_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkPolicy" ADD CONSTRAINT "NetworkPolicy_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminNetworkPolicy" ADD CONSTRAINT "AdminNetworkPolicy_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workload" ADD CONSTRAINT "Workload_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;


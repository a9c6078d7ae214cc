-- CreateEnum
CREATE TYPE "ScenarioStatus" AS ENUM ('open', 'promoted', 'discarded');

-- CreateTable
CREATE TABLE "Scenario" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "topologyId" INTEGER NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "operations" JSONB NOT NULL,
    "status" "ScenarioStatus" NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMPTZ(3),
    "promotedVersion" INTEGER,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_name_key" ON "Scenario"("name");

-- CreateIndex
CREATE INDEX "Scenario_topologyId_idx" ON "Scenario"("topologyId");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;


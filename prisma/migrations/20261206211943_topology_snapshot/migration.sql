-- CreateTable
CREATE TABLE "TopologySnapshot" (
    "topologyId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "TopologySnapshot_pkey" PRIMARY KEY ("topologyId")
);

-- AddForeignKey
ALTER TABLE "TopologySnapshot" ADD CONSTRAINT "TopologySnapshot_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The data is gzip output already: EXTERNAL stores it out of line without Postgres trying to compress it again.
ALTER TABLE "TopologySnapshot" ALTER COLUMN "data" SET STORAGE EXTERNAL;

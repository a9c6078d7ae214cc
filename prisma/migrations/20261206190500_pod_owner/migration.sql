-- A Pod's controller ownerReference (apiVersion, kind, name), null when it has none.
-- AlterTable
ALTER TABLE "Pod" ADD COLUMN     "ownerApiVersion" TEXT,
ADD COLUMN     "ownerKind" TEXT,
ADD COLUMN     "ownerName" TEXT;

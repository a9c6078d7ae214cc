-- AlterTable
ALTER TABLE "Topology" ADD COLUMN     "dns" JSON;

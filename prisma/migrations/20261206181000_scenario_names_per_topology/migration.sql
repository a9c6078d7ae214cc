-- Scenario names are unique per topology instead of across all of them (issue 16 item 7): with one global name, creating a
-- scenario answered 409 when a topology the caller cannot see already had a scenario of that name, revealing it exists.
-- Existing rows satisfy the new key (their names were globally unique), so no data changes.

-- DropIndex
DROP INDEX "Scenario_name_key";

-- The (topologyId, name) key below starts with topologyId, so it serves lookups by topology as this index did.
-- DropIndex
DROP INDEX "Scenario_topologyId_idx";

-- Lookups by name alone (then narrowed to the topologies the caller can see).
-- CreateIndex
CREATE INDEX "Scenario_name_idx" ON "Scenario"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_topologyId_name_key" ON "Scenario"("topologyId", "name");

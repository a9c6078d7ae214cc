-- Every committed write to a topology, a scenario or an API token is announced on the channel "netmodel_changes", so
-- replicas sharing this database drop what they cached (src/store/notify.ts). NOTIFY is transactional: listeners hear
-- of a write when it commits, never of one rolled back. The payload names the schema, so several schemas can share a
-- database (tests do).
CREATE FUNCTION "netmodel_notify_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('netmodel_changes', json_build_object(
    'schema', TG_TABLE_SCHEMA,
    'table', TG_TABLE_NAME,
    'name', CASE WHEN TG_OP = 'DELETE' THEN OLD."name" ELSE NEW."name" END
  )::text);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Topology_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Topology"
  FOR EACH ROW EXECUTE FUNCTION "netmodel_notify_change"();
CREATE TRIGGER "Scenario_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "Scenario"
  FOR EACH ROW EXECUTE FUNCTION "netmodel_notify_change"();
CREATE TRIGGER "ApiToken_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "ApiToken"
  FOR EACH ROW EXECUTE FUNCTION "netmodel_notify_change"();

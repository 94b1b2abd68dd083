-- H2's V20 on the team register: the dashboard's gaps, one row per gap in the dashboard's order, kept in
-- step by the same writers as dashboard_tally (see db/migration V20 for what each column means). The name is
-- CITEXT, as integration.name, so the index sorts as the register does.
CREATE TABLE dashboard_gap (
    batch_id       BIGINT      NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    name           CITEXT      NOT NULL,
    integration_id BIGINT      NOT NULL,
    ord            INTEGER     NOT NULL,
    from_day       DATE        NOT NULL,
    to_day         DATE        NOT NULL
);

-- the days too, so that a block of a kind that applies on few days (attestations expired today) is a walk of
-- this index alone, without reading each row it passes over
CREATE INDEX dashboard_gap_order_idx ON dashboard_gap (batch_id, kind, name, integration_id, ord, from_day, to_day);
CREATE INDEX dashboard_gap_integration_idx ON dashboard_gap (integration_id);

GRANT SELECT ON dashboard_gap TO steward_auditor, steward_reviewer, steward_manager, steward_admin;
GRANT INSERT, UPDATE, DELETE ON dashboard_gap TO steward_reviewer, steward_manager, steward_admin;

-- the totals are worked out again by `steward team upgrade`, and the gaps with them
DELETE FROM dashboard_tally;

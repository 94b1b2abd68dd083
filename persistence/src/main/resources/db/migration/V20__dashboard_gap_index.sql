-- The dashboard's gaps, one row per gap, kept in step by the same writers as dashboard_tally (issue 17), so
-- that a block of gaps of one kind at a million integrations walks an index in the dashboard's order and stops
-- after the block, instead of finding every gap of that kind and sorting it by name. Portable SQL apart from
-- the name's type; db/postgresql has the same table (name as CITEXT) with its grants.
--
-- kind is a GapKind; integration_id and name (a copy of the integration's name, so the index sorts as the
-- register does, ignoring case) say whose; ord is the gap's place inside its integration (the owner before
-- backups, credentials in list order; 0 where there is at most one). from_day, to_day and batch_id mean what
-- they mean in dashboard_tally: the days on which the gap applies and the import batch whose rows it belongs
-- to (0: rows everybody sees). What a gap says (a person's name, a credential's label) is read from the
-- register when the block is shown, so it is never out of date here.
CREATE TABLE dashboard_gap (
    batch_id       BIGINT                  NOT NULL,
    kind           VARCHAR(40)             NOT NULL,
    name           VARCHAR_IGNORECASE(200) NOT NULL,
    integration_id BIGINT                  NOT NULL,
    ord            INTEGER                 NOT NULL,
    from_day       DATE                    NOT NULL,
    to_day         DATE                    NOT NULL
);

-- the days too, so that a block of a kind that applies on few days (attestations expired today) is a walk of
-- this index alone, without reading each row it passes over
CREATE INDEX dashboard_gap_order_idx ON dashboard_gap (batch_id, kind, name, integration_id, ord, from_day, to_day);
CREATE INDEX dashboard_gap_integration_idx ON dashboard_gap (integration_id);

-- the totals are worked out again on open, and the gaps with them
DELETE FROM dashboard_tally;

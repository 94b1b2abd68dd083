-- The dashboard's totals kept in step by every writer (issue 17), so that its counts at a million integrations
-- are a read of a few thousand rows instead of twenty passes over the register. Portable SQL; db/postgresql
-- has the same table with its grants.
--
-- One row per what is counted (tally_key: a kind of gap, "integrations with any gap", or one status, verdict
-- and tier of the charts), the days on which it counts (a gap that depends on the date, such as an expiry or a
-- drill older than 90 days, counts from one day on, or for a window of days; others from 1900-01-01 to
-- 9999-12-31) and the import batch whose rows it counts (0: rows everybody sees; an import's own rows are
-- counted under its batch until it is published, then folded into 0). n is how many.
--
-- Written by DashboardTally only, with the audit head locked, so writers take turns on it. The row with
-- tally_key '#built' says the totals were computed over the whole register (on open after this migration).
CREATE TABLE dashboard_tally (
    tally_key VARCHAR(80) NOT NULL,
    from_day  DATE        NOT NULL,
    to_day    DATE        NOT NULL,
    batch_id  BIGINT      NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (tally_key, from_day, to_day, batch_id)
);

-- H2's V19 on the team register: the dashboard's totals, kept in step by every writer with the audit head
-- locked (see db/migration V19 for what each column means). Everybody reads them; whoever may change an
-- integration, a person, a classification, an attestation or a succession changes them with it.
CREATE TABLE dashboard_tally (
    tally_key VARCHAR(80) NOT NULL,
    from_day  DATE        NOT NULL,
    to_day    DATE        NOT NULL,
    batch_id  BIGINT      NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (tally_key, from_day, to_day, batch_id)
);

GRANT SELECT ON dashboard_tally TO steward_auditor, steward_reviewer, steward_manager, steward_admin;
GRANT INSERT, UPDATE, DELETE ON dashboard_tally TO steward_reviewer, steward_manager, steward_admin;

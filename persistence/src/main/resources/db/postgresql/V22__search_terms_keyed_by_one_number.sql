-- H2's V22 on the team register: the quick-search terms keyed by one number (see db/migration V22). The
-- terms are written again by `steward team upgrade` (TeamSchema), from the stored integrations.
DROP TABLE integration_search_term;

CREATE TABLE integration_search_term (
    term_key BIGINT         NOT NULL PRIMARY KEY,
    words    VARCHAR(65000) NOT NULL
);

GRANT SELECT ON integration_search_term TO steward_reviewer, steward_manager, steward_admin, steward_auditor;
GRANT INSERT, UPDATE, DELETE ON integration_search_term TO steward_reviewer, steward_manager, steward_admin;

DELETE FROM search_term_version;

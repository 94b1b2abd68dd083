-- The latest classification's verdict and risk tier on the integration row, schema version 9, so the register's
-- verdict and tier filters read one table and walk an index like kind + status (V7) instead of finding each
-- integration's latest classification per row (0.5 s for the bare count at a million). NULL: never classified.
-- ClassificationRepository.insert keeps both in step in the transaction that stores a classification; rows are
-- never otherwise changed or removed (only with their integration). Portable SQL as before: H2 and PostgreSQL
-- both read the row-value UPDATE and FETCH FIRST.
ALTER TABLE integration ADD COLUMN latest_verdict VARCHAR(40);
ALTER TABLE integration ADD COLUMN latest_risk_tier VARCHAR(40);

-- An older register's integrations take them from their newest classification: latest classified_at, then
-- highest id (as ClassificationRepository reads "newest"); V4's (integration_id, classified_at, id) index
-- finds it.
UPDATE integration SET (latest_verdict, latest_risk_tier) = (
    SELECT c.verdict, c.risk_tier FROM classification c
    WHERE c.integration_id = integration.id
    ORDER BY c.classified_at DESC, c.id DESC
    FETCH FIRST 1 ROW ONLY)
WHERE EXISTS (SELECT 1 FROM classification c WHERE c.integration_id = integration.id);

-- Verdict, then tier, then the page order: one verdict and tier are found already in name order, as with V7.
CREATE INDEX integration_verdict_tier_name_idx ON integration (latest_verdict, latest_risk_tier, name, id);

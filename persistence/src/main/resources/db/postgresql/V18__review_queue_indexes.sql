-- H2's V18 on the team register: one index per review-queue category's date (state, date, id), so a page
-- of the queue walks one of them in order; the integration id last, so a category's count can be answered
-- from the index. Indexes need no grants.
CREATE INDEX attestation_submitted_queue_idx ON attestation (state, submitted_at, id, integration_id);
CREATE INDEX attestation_returned_queue_idx ON attestation (state, returned_at, id, integration_id);
CREATE INDEX attestation_stale_queue_idx ON attestation (state, stale_at, id, integration_id);
CREATE INDEX attestation_expiry_queue_idx ON attestation (state, expires_at, id, integration_id);

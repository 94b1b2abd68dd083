-- The review queue in SQL (issue 17): each category is read in the order of its own date, then id, so one
-- index per date lets the first page stop after one page of it. The integration id comes last so that a
-- category's count (its state's attestations, each with "is there a newer one?" asked of the integration
-- index) reads these indexes alone, not the table's rows. Portable SQL; db/postgresql has the same file.
--
-- waiting for a manager, by submission
CREATE INDEX attestation_submitted_queue_idx ON attestation (state, submitted_at, id, integration_id);
-- returned to the reviewer, by return
CREATE INDEX attestation_returned_queue_idx ON attestation (state, returned_at, id, integration_id);
-- stale, since it went stale
CREATE INDEX attestation_stale_queue_idx ON attestation (state, stale_at, id, integration_id);
-- signed, expired or coming due, by expiry
CREATE INDEX attestation_expiry_queue_idx ON attestation (state, expires_at, id, integration_id);

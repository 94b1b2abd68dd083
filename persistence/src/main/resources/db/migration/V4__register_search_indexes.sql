-- Indexes for the paged register search (RegisterSearch), schema version 4. Indexes only: no table changes.
-- Portable SQL as before (plain CREATE INDEX; H2 and PostgreSQL both read it).
--
-- A page sorts by one column, then name, then id. Each sortable column gets an index in exactly that order,
-- so a page walks the index (forwards or backwards) and stops after one page instead of sorting the whole
-- register. V1's single-column name index cannot break ties, so name gets (name, id) too.
CREATE INDEX integration_name_id_idx ON integration (name, id);
CREATE INDEX integration_kind_name_idx ON integration (kind, name, id);
CREATE INDEX integration_status_name_idx ON integration (status, name, id);
CREATE INDEX integration_vendor_name_idx ON integration (vendor, name, id);
CREATE INDEX integration_next_review_name_idx ON integration (next_review, name, id);
-- Verdict and tier filters look at the latest classification of each integration: this finds it, and
-- whether a newer one exists, from the index alone.
CREATE INDEX classification_latest_idx ON classification (integration_id, classified_at, id);

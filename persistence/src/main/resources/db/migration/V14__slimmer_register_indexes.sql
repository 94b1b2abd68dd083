-- Indexes that cost space and write time without serving a query (issue 17: a register of a million
-- integrations at most three times its CSV's size). Portable SQL (H2 and PostgreSQL).
--
-- Search terms are looked up by their primary key (term, integration) only. Replacing one integration's
-- terms works them out from its stored text (SearchTermIndex), and removing integrations removes their
-- terms first, so the second index by integration, and the cascading foreign key that needed it, go: they
-- were about a third of a compacted register's file.
ALTER TABLE integration_search_term DROP CONSTRAINT integration_search_term_integration_fk;
DROP INDEX integration_search_term_integration_idx;

-- Covered by the wider indexes of V4 that begin with the same column: (name, id) and (status, name, id).
DROP INDEX integration_name_idx;
DROP INDEX integration_status_idx;

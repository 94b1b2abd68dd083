-- H2's V14 on the team register: the search terms are found by their key alone (the prefix index serves
-- quick search; replacing an integration's terms works them out from its stored text), and two integration
-- indexes are covered by wider ones that begin with the same column.
ALTER TABLE integration_search_term DROP CONSTRAINT integration_search_term_integration_fk;
DROP INDEX integration_search_term_integration_idx;
DROP INDEX integration_name_idx;
DROP INDEX integration_status_idx;

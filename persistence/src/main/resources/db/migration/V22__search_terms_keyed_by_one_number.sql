-- The quick-search terms, one row per integration and term prefix under a single-number key (issue 17: a
-- register of a million integrations at most three times its CSV's size). Keyed by (term, integration), H2
-- stored every term twice, as a row under a hidden row number and again in the key's index: a third of the
-- register's file. A BIGINT primary key is the row's own key on H2, so each term is stored once.
--
-- term_key is the term's first five characters as a number that sorts as they do, shifted left by 36 bits,
-- plus the integration id (TermKeys); words are the integration's terms with that prefix, separated by single
-- spaces (usually one). A search for a token walks the key range of its prefix and, for a token longer than
-- the prefix or with characters outside 0-9 and a-z, checks the words too. Portable SQL; db/postgresql has
-- the same table with its grants.
DROP TABLE integration_search_term;

CREATE TABLE integration_search_term (
    term_key BIGINT         NOT NULL PRIMARY KEY,
    words    VARCHAR(65000) NOT NULL
);

-- the terms are written again on open (SearchTermIndex.rebuildIfOutdated), from the stored integrations
DELETE FROM search_term_version;

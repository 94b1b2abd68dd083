-- Quick-search terms for the paged register search (RegisterSearch), schema version 6. Portable SQL (H2 and
-- PostgreSQL; on PostgreSQL the prefix LIKE needs the C collation or a text_pattern_ops index to use the key).
--
-- One row per distinct word of an integration's name, purpose, vendor, tool names and data-access systems,
-- lower-cased and cut to 64 characters by SearchTerms. A search word matches by prefix (term LIKE 'word%'),
-- which walks the primary key instead of reading every integration. The application writes the terms in
-- the same transaction as the integration; registers from before this version get theirs on first open
-- (SearchTermIndexer), which records the tokenizer version it used in search_term_version.
CREATE TABLE integration_search_term (
    term           VARCHAR(64) NOT NULL,
    integration_id BIGINT      NOT NULL,
    PRIMARY KEY (term, integration_id)
);

-- Replacing one integration's terms, and the foreign key below, look terms up by integration. The index is
-- created before the constraint so that H2 uses it for the constraint instead of adding one of its own.
CREATE INDEX integration_search_term_integration_idx ON integration_search_term (integration_id);

ALTER TABLE integration_search_term ADD CONSTRAINT integration_search_term_integration_fk
    FOREIGN KEY (integration_id) REFERENCES integration (id) ON DELETE CASCADE;

-- The version of SearchTerms that wrote the terms: one row, absent until the terms were first built. When
-- the tokenizer changes, raising its version rebuilds every integration's terms on the next open.
CREATE TABLE search_term_version (
    version INT NOT NULL PRIMARY KEY
);

-- Integration names and vendors compare and sort ignoring case, as people read a list ("iPhone helper"
-- between "Harbour bot" and "Jira MCP server", not after "Zebra"). The register table pages in index order
-- (V4, V7), so the order has to be the column's own: H2 rebuilds the indexes on these columns in the new
-- order when their type changes. VARCHAR_IGNORECASE is H2's type; on PostgreSQL a case-insensitive
-- (nondeterministic) collation on the same columns gives the same order.
ALTER TABLE integration ALTER COLUMN name SET DATA TYPE VARCHAR_IGNORECASE(200);
ALTER TABLE integration ALTER COLUMN vendor SET DATA TYPE VARCHAR_IGNORECASE(200);

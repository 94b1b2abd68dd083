-- Filtering the paged register by kind and status together (RegisterSearch), schema version 7. An index only;
-- portable SQL. With V4's indexes each filter alone walks its own (column, name, id) index, but the two
-- together read every row of the one kind to check its status: about 0.7 s at a million integrations. This
-- index finds one kind and status at once, already in name order; several of each still narrow by kind.
CREATE INDEX integration_kind_status_name_idx ON integration (kind, status, name, id);

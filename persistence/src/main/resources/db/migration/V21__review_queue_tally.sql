-- The review queue's counts join the dashboard's totals (issue 17): dashboard_tally gains rows whose keys start
-- with "queue:" (one per queued state, dated or undated, and one per expiry day of signed attestations; see
-- QueueTally), kept by the same writers. No new table: the totals are emptied here so that they are worked
-- out again, the queue's with them, on open. Portable SQL; db/postgresql has the same file.
DELETE FROM dashboard_tally;

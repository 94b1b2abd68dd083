-- H2's V21 on the team register: the review queue's counts join the dashboard's totals (rows of dashboard_tally
-- whose keys start with "queue:", see db/migration V21). The grants of V19 cover them; the totals are worked
-- out again by `steward team upgrade`, the queue's with them.
DELETE FROM dashboard_tally;

-- The action register opens sorted by due date (then id) and shows fifty rows at a time. Without an
-- index in that order the database read every action in the reader's scope and sorted them to keep the
-- first fifty: 24-31 ms for a country coordinator's 20,000 actions, at every arrival and every page.
-- In this order it walks the index and stops after fifty rows in scope (0.3 ms); for one city's actions
-- it still prefers ix_action_jurisdiction and sorts its few hundred (docs/BENCHMARKS.md, change 37).
create index ix_action_due_id on action (due_date, id);

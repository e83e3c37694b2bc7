-- The portfolio (issue 19): when each jurisdiction last reported progress, kept in step with every
-- progress report (ActionTally.reported) so that a coordinator's list of 2,000 cities reads one row
-- per city instead of grouping every report of 400,000 actions; and the index by which the reports
-- overdue of one page of cities are counted (the newest report of each action under way).
alter table action_tally add column last_reported_at timestamp with time zone;

update action_tally t set last_reported_at = (
    select max(p.reported_at) from action_progress p join action a on a.id = p.action_id
    where a.jurisdiction_id = t.jurisdiction_id);

create index ix_progress_action_reported on action_progress (action_id, reported_at);

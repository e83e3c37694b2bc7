-- The donor dashboard counts open actions past their due date in every jurisdiction of a programme.
-- Through the status and due-date index PostgreSQL visited a heap page for nearly every such action
-- (open and overdue ones are spread over the whole table): 4,600 pages for 6,300 actions at 800
-- cities. This index holds only open actions, with their jurisdiction, so the count is read from
-- the index alone once VACUUM has marked the pages all-visible (as autovacuum does).
-- PostgreSQL only: H2 has no partial indexes, and its databases are small.
create index ix_action_open_due on action (due_date, jurisdiction_id)
    where status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS');

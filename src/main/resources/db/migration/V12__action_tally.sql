-- What the donor dashboard counts per jurisdiction, kept in step with every action's status change
-- (ActionTally): at every MCR2030 city the grouped count over all actions read 400,000 rows on each
-- dashboard view. Overdue actions depend on the day, so they are counted when read, through the
-- index below (few actions are open and past due).
create table action_tally (
    jurisdiction_id    bigint  not null primary key references jurisdiction (id),
    actions            bigint  not null,  -- not cancelled
    completed          bigint  not null,  -- completed or verified
    completed_on_time  bigint  not null   -- of those, completed on or before the due date
);

insert into action_tally (jurisdiction_id, actions, completed, completed_on_time)
select jurisdiction_id,
       count(*),
       sum(case when status in ('COMPLETED', 'VERIFIED') then 1 else 0 end),
       sum(case when status in ('COMPLETED', 'VERIFIED') and completed_on <= due_date then 1 else 0 end)
from action
where status <> 'CANCELLED'
group by jurisdiction_id;

create index ix_action_status_due on action (status, due_date);

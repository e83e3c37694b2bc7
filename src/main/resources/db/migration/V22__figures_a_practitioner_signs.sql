-- Issue 18, figures a DRR practitioner can sign.
--
-- "On time" is measured against the due date in force when the action was approved, not against a due
-- date the coordinator has since extended. Actions approved before this column existed take the due date
-- their first extension moved (the audit trail keeps it), or their due date when they were never extended.
alter table action add column approved_due date;

update action set approved_due = coalesce(
        (select cast(r.from_state as date) from audit_record r
         where r.id = (select min(e.id) from audit_record e
                       where e.subject_type = 'ACTION' and e.subject_id = cast(action.id as varchar(64))
                         and e.action = 'action:extend')),
        due_date)
where status <> 'PROPOSED';

-- The tally now counts a completion only once it is verified: a claim awaiting verification is its own
-- figure, and a completion on time only thanks to an extension is told apart from one on time.
alter table action_tally add column claimed bigint not null default 0;
alter table action_tally add column on_time_after_extension bigint not null default 0;

delete from action_tally;
insert into action_tally (jurisdiction_id, actions, completed, completed_on_time, claimed, on_time_after_extension)
select jurisdiction_id,
       count(*),
       sum(case when status = 'VERIFIED' then 1 else 0 end),
       sum(case when status = 'VERIFIED' and completed_on <= coalesce(approved_due, due_date) then 1 else 0 end),
       sum(case when status = 'COMPLETED' then 1 else 0 end),
       sum(case when status = 'VERIFIED' and completed_on > coalesce(approved_due, due_date)
                 and completed_on <= due_date then 1 else 0 end)
from action
where status <> 'CANCELLED'
group by jurisdiction_id;

-- Each indicator says which way is better (HIGHER or LOWER; none: the measure's own way, else higher), and
-- the share of cities with an adopted strategy may count only strategies that cover all Ten Essentials.
alter table programme_indicator add column direction varchar(10);
alter table programme_indicator add column all_essentials boolean not null default false;

-- Escalation of silence: whether a person receives the weekly digest e-mail (on unless they switch it off).
alter table person add column weekly_digest boolean default true not null;

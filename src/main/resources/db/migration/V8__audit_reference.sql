-- What exactly a decision was about, where the subject has parts (a strategy's "v2").
alter table audit_record add column reference varchar(100);

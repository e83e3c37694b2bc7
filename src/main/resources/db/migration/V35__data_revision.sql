-- One row whose stamp every transaction that writes an entity replaces just before it commits
-- (shared/revision/DataWrites): a node that keeps figures worked out earlier (the programme dashboard,
-- the portfolio) compares stamps to know they are stale, whichever node wrote.
create table data_revision (
    id    int primary key,
    stamp varchar(36) not null
);

insert into data_revision (id, stamp) values (1, 'initial');

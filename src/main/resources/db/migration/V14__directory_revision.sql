-- One row whose stamp every change to people, memberships, jurisdictions or programmes replaces in its
-- own transaction: a node that keeps a scope worked out earlier compares stamps to know it is stale,
-- whichever node made the change.
create table directory_revision (
    id    int primary key,
    stamp varchar(36) not null
);

insert into directory_revision (id, stamp) values (1, 'initial');

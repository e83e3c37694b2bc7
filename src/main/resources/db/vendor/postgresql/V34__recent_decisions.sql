-- The dashboard's newest decisions over a programme's cities: "to_state is not null, newest first, the
-- first 20 in these jurisdictions". Through ix_audit_jurisdiction PostgreSQL merged one range per city
-- and sorted; over 2,000 cities it read every decision instead (83 ms at 500 cities, growing with the log).
-- Newest decisions first, filtered by city as they come: 0.08 ms. H2 has no partial index and keeps the
-- older index; its databases are small.
create index if not exists ix_audit_decisions_recent on audit_record (at desc, id desc) where to_state is not null;

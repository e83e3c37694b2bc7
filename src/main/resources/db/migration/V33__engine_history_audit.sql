-- The engine keeps history at level "audit" from now on (application.properties, docs/BENCHMARKS.md: the
-- product reads historic process, task and variable instances, all kept at "audit"; "full" added variable
-- updates, identity-link, job and operation logs nothing reads, at a cost on every decision). The engine
-- refuses to start when its configured level differs from the one recorded at its first start, so a
-- database that started at "full" (3) is moved to "audit" (2). A new database has no row yet: the engine
-- records its level on the first start.
UPDATE ACT_GE_PROPERTY SET VALUE_ = '2', REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = '3';

package org.resilienceroadmap.ops;

import org.resilienceroadmap.support.node.NodeDatabase;
import org.resilienceroadmap.support.node.PostgresDatabase;

/** A node on the local PostgreSQL: killed mid-stream, restarted; backed up with pg_dump, restored with pg_restore. */
class PostgresCrashAndRestoreTests extends CrashAndRestoreTests {

    @Override
    NodeDatabase freshDatabase(String purpose) {
        return PostgresDatabase.fresh(purpose);
    }
}

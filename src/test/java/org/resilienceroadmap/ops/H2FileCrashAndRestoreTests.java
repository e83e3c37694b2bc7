package org.resilienceroadmap.ops;

import org.resilienceroadmap.support.node.H2FileDatabase;
import org.resilienceroadmap.support.node.NodeDatabase;

/** A node on the default H2 file database: killed mid-stream, restarted; backed up with SCRIPT, restored with RUNSCRIPT. */
class H2FileCrashAndRestoreTests extends CrashAndRestoreTests {

    @Override
    NodeDatabase freshDatabase(String purpose) {
        return H2FileDatabase.fresh(purpose);
    }
}

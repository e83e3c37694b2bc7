package org.resilienceroadmap.directory;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which state of the directory (people, memberships, jurisdictions, programmes) a reader sees: a stamp
 * in the database that every change replaces in its own transaction. Whoever keeps something worked
 * out from the directory beyond one transaction keeps it with the stamp it was read under and works it
 * out again when the stamp differs — on any node, as the stamp is shared. A random stamp rather than a
 * counter: a change that rolls back leaves no value that a later change could repeat.
 */
@Component
public class DirectoryRevision {

    private final JdbcClient jdbc;

    DirectoryRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamp as this transaction sees it (its own change included). */
    public String current() {
        return jdbc.sql("select stamp from directory_revision where id = 1")
                .query(String.class)
                .single();
    }

    /** Runs in the transaction that changed the directory: the new stamp commits or rolls back with it. */
    @EventListener
    void changed(DirectoryChanged change) {
        jdbc.sql("update directory_revision set stamp = ? where id = 1")
                .param(UUID.randomUUID().toString())
                .update();
    }
}

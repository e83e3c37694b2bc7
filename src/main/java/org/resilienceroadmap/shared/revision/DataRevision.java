package org.resilienceroadmap.shared.revision;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which state of the application's own data a reader sees: a stamp in the database that every
 * transaction writing an entity replaces just before it commits ({@link DataWrites}), read together with
 * the directory's stamp. Something worked out from the data and kept beyond one transaction is kept with
 * the stamp it was read under and worked out again when the stamp differs — on any node, since the
 * stamp is shared. Random rather than counted, as the directory's: a rolled-back change leaves nothing
 * a later stamp could repeat.
 */
@Component
public class DataRevision {

    private final JdbcClient jdbc;

    DataRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The data's and the directory's stamps, as this transaction sees them (its own changes included). */
    public String current() {
        return jdbc.sql(
                        "select r.stamp, d.stamp from data_revision r, directory_revision d where r.id = 1 and d.id = 1")
                .query((row, n) -> row.getString(1) + "/" + row.getString(2))
                .single();
    }

    /** The statement a writing transaction runs last, with a new random stamp as its one parameter. */
    static final String BUMP = "update data_revision set stamp = ? where id = 1";

    static String newStamp() {
        return UUID.randomUUID().toString();
    }
}

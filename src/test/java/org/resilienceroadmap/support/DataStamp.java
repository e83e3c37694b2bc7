package org.resilienceroadmap.support;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test that writes with plain SQL (a due date or a joining date moved into the past) moves the data's
 * stamp as every entity write of the application does (shared/revision/DataWrites), so that figures
 * kept under the old stamp are worked out again.
 */
public final class DataStamp {

    private DataStamp() {}

    public static void moved(JdbcTemplate jdbc) {
        jdbc.update(
                "update data_revision set stamp = ? where id = 1",
                UUID.randomUUID().toString());
    }
}

package org.resilienceroadmap.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * Ids bound as one SQL array, for {@code column = any(:ids)}, which PostgreSQL and H2 both read. An
 * {@code in (:ids)} list makes a parameter of every id, to be expanded, sent, parsed and planned at
 * each read: with a region's thousands of jurisdictions that was most of the donor dashboard's time
 * (docs/BENCHMARKS.md, change 41). PostgreSQL reads {@code = any} of an array through the same index
 * as an {@code in} list.
 */
public final class IdArray extends AbstractSqlTypeValue {

    private final Long[] ids;

    private IdArray(Long[] ids) {
        this.ids = ids;
    }

    public static IdArray of(Collection<Long> ids) {
        return new IdArray(ids.toArray(Long[]::new));
    }

    @Override
    protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
        return connection.createArrayOf("bigint", ids);
    }
}

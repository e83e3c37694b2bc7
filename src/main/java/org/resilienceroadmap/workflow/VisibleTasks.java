package org.resilienceroadmap.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.shared.Days;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks a person may act on — assigned to them, or unassigned with them or one of their groups
 * as a candidate — with their processes' subject variables, in one statement over the engine's task,
 * identity-link and variable tables.
 * <p>The engine's task queries answered this in three reads (assignee, candidate user, candidate groups),
 * each mapping every column of every task into the engine's task entity, and the subject variables took
 * a read a thousand tasks more. The database's time is about the same either way (63 ms for a country
 * coordinator's 2,800 tasks; most of it the 8,400 lookups of the variables by the engine's index); what
 * goes is four statements and the engine's mapping: the server answers the arrival at the inbox about
 * 25 ms sooner (docs/BENCHMARKS.md, change 38). The criteria are the engine's query's: the same process,
 * subject variables and due bounds.
 */
@Component
class VisibleTasks {

    /** A task's row and its process's subject variables, those of a type read plainly. */
    record Found(TaskRow task, Map<String, Object> subject, boolean plain) {}

    static final Set<String> PLAIN_TYPES = Set.of("string", "long", "integer", "null");
    /** The variables that name a task's subject and its jurisdiction, set when its process starts. */
    static final List<String> SUBJECT_VARIABLES =
            List.of(ProcessVariables.SUBJECT_TYPE, ProcessVariables.SUBJECT_ID, ProcessVariables.JURISDICTION_ID);

    private final NamedParameterJdbcTemplate jdbc;

    VisibleTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Found> of(String username, Collection<String> groups, TaskCriteria criteria) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("me", username)
                .addValue("subjectTypeName", ProcessVariables.SUBJECT_TYPE)
                .addValue("subjectIdName", ProcessVariables.SUBJECT_ID)
                .addValue("jurisdictionName", ProcessVariables.JURISDICTION_ID);
        // Three indexed reads of ids, united: "assignee or candidate" in one condition across the
        // identity links can use no index and reads every open task.
        StringBuilder sql = new StringBuilder("""
                select t.ID_, t.NAME_, t.DESCRIPTION_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.PROC_INST_ID_,
                  t.EXECUTION_ID_, t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_,
                  st.TYPE_, st.TEXT_, st.LONG_, si.TYPE_, si.TEXT_, si.LONG_, ju.TYPE_, ju.TEXT_, ju.LONG_
                from (select ID_ from ACT_RU_TASK where ASSIGNEE_ = :me
                  union select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and USER_ID_ = :me
                """);
        if (!groups.isEmpty()) {
            sql.append(" union select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                    + " and GROUP_ID_ in (:groups)");
            parameters.addValue("groups", List.copyOf(groups));
        }
        // A variable's scope is the execution it belongs to: the process's own are those scoped to the
        // process, found exactly by the engine's unique index of scope and name.
        sql.append("""
                ) v join ACT_RU_TASK t on t.ID_ = v.ID_
                left join ACT_RU_VARIABLE st on st.VAR_SCOPE_ = t.PROC_INST_ID_ and st.NAME_ = :subjectTypeName
                left join ACT_RU_VARIABLE si on si.VAR_SCOPE_ = t.PROC_INST_ID_ and si.NAME_ = :subjectIdName
                left join ACT_RU_VARIABLE ju on ju.VAR_SCOPE_ = t.PROC_INST_ID_ and ju.NAME_ = :jurisdictionName
                where t.SUSPENSION_STATE_ = 1 and (t.ASSIGNEE_ is null or t.ASSIGNEE_ = :me)
                """);
        narrow(criteria, sql, parameters);
        List<Found> found = new ArrayList<>();
        jdbc.query(sql.toString(), parameters, row -> {
            found.add(found(row));
        });
        return found;
    }

    /** The engine's own criteria: a text or whole-number variable equal to the value, a due date strictly before or after. */
    private static void narrow(TaskCriteria criteria, StringBuilder sql, MapSqlParameterSource parameters) {
        if (criteria.processKey() != null) {
            sql.append(" and exists (select 1 from ACT_RE_PROCDEF d where d.ID_ = t.PROC_DEF_ID_"
                    + " and d.KEY_ = :processKey)");
            parameters.addValue("processKey", criteria.processKey());
        }
        if (criteria.subjectType() != null) {
            sql.append(" and st.TYPE_ = 'string' and st.TEXT_ = :subjectType");
            parameters.addValue("subjectType", criteria.subjectType());
        }
        if (criteria.subjectId() != null) {
            sql.append(" and si.TYPE_ = 'string' and si.TEXT_ = :subjectId");
            parameters.addValue("subjectId", criteria.subjectId());
        }
        if (criteria.jurisdictionId() != null) {
            sql.append(" and ju.TYPE_ in ('long', 'integer') and ju.LONG_ = :jurisdictionId");
            parameters.addValue("jurisdictionId", criteria.jurisdictionId());
        }
        // A day due is kept as the moment it ends (Days.endOf): due before day D is due at the start of D
        // or earlier, due after D is due later than the end of D.
        if (criteria.dueBefore() != null) {
            sql.append(" and t.DUE_DATE_ < :dueBefore");
            parameters.addValue(
                    "dueBefore",
                    Timestamp.from(criteria.dueBefore()
                            .atStartOfDay(Days.ZONE)
                            .toInstant()
                            .plusMillis(1)));
        }
        if (criteria.dueAfter() != null) {
            sql.append(" and t.DUE_DATE_ > :dueAfter");
            parameters.addValue("dueAfter", Timestamp.from(Days.endOf(criteria.dueAfter())));
        }
    }

    private static Found found(ResultSet row) throws SQLException {
        TaskRow task = new TaskRow(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                instant(row.getTimestamp(8)),
                instant(row.getTimestamp(9)),
                row.getString(10));
        Map<String, Object> subject = new HashMap<>();
        boolean plain = true;
        for (int v = 0; v < SUBJECT_VARIABLES.size(); v++) {
            int column = 11 + 3 * v;
            String type = row.getString(column);
            if (type == null) {
                continue; // not set on the process
            }
            if (!PLAIN_TYPES.contains(type)) {
                plain = false;
                continue;
            }
            subject.put(SUBJECT_VARIABLES.get(v), plainValue(type, row, column));
        }
        return new Found(task, subject, plain);
    }

    /** A text, a whole number or nothing, as the engine keeps them. */
    static Object plainValue(String type, ResultSet row, int typeColumn) throws SQLException {
        if ("string".equals(type)) {
            return row.getString(typeColumn + 1);
        }
        long value = row.getLong(typeColumn + 2);
        if (row.wasNull()) {
            return null; // the type "null" keeps no value
        }
        return "integer".equals(type) ? (Object) (int) value : (Object) value;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

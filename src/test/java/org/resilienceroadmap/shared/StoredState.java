package org.resilienceroadmap.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database holds, for telling whether a refused request stored anything: the number of rows
 * of every domain table and of the engine's running processes, tasks, variables and jobs, and the full
 * content of the tables the request is about (so that an update shows as well as an insert).
 */
final class StoredState {

    static final List<String> TABLES = List.of(
            "action",
            "action_milestone",
            "action_progress",
            "assessment",
            "assessment_answer",
            "assessment_assignment",
            "assessment_finding",
            "assessment_participant",
            "audit_record",
            "budget_line",
            "disbursement",
            "donor_report",
            "donor_report_submission",
            "hazard",
            "hazard_exposure",
            "indicator_snapshot",
            "jurisdiction",
            "membership",
            "notification",
            "person",
            "programme",
            "programme_component",
            "programme_indicator",
            "programme_jurisdiction",
            "programme_result",
            "scorecard_template",
            "stage_history",
            "stored_file",
            "strategy",
            "strategy_adoption",
            "strategy_comment",
            "strategy_objective",
            "strategy_review",
            "strategy_version",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_RU_JOB",
            "ACT_HI_PROCINST");

    private StoredState() {}

    static Map<String, String> of(JdbcTemplate jdbc, List<String> watched) {
        Map<String, String> state = new TreeMap<>();
        for (String table : TABLES) {
            state.put(
                    table + " rows", String.valueOf(jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        for (String table : watched) {
            List<String> rows = new ArrayList<>();
            jdbc.query("select * from " + table, rs -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    row.append(value instanceof byte[] bytes ? bytes.length + "#" + Arrays.hashCode(bytes) : value)
                            .append('|');
                }
                rows.add(row.toString());
            });
            rows.sort(null);
            state.put(table + " content", String.valueOf(rows.hashCode()));
        }
        return state;
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.add(key + " (" + value + " → " + after.get(key) + ")");
            }
        });
        return String.join(", ", changed);
    }
}

package org.resilienceroadmap.support.node;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.resilienceroadmap.support.node.NodeApi.Answer;

/**
 * Work for the demo's Kraljevo through a node's API, as its people do it: the chair imports a plan
 * of actions under the adopted strategy at once and accepts it for the working group (one review of
 * the whole plan), {@code coordinator.serbia} approves them from the task list (10,000,000 RSD each:
 * the approval table sends them to the national coordinator), the chair then carries them out.
 */
public final class KraljevoWork {

    public static final String CHAIR = "chair.kraljevo";
    public static final String COORDINATOR = "coordinator.serbia";

    private final NodeApi api;

    public KraljevoWork(NodeApi api) {
        this.api = api;
    }

    /** The id of Kraljevo's adopted strategy. */
    public long strategy() {
        long kraljevo = StreamSupport.stream(
                        ok(api.get(CHAIR, "/api/v1/jurisdictions?size=500"))
                                .get("content")
                                .spliterator(),
                        false)
                .filter(j -> j.get("code").asText().equals("RS-KRA"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        return StreamSupport.stream(
                        ok(api.get(CHAIR, "/api/v1/jurisdictions/" + kraljevo + "/strategies"))
                                .get("content")
                                .spliterator(),
                        false)
                .filter(s -> s.get("state").asText().equals("ADOPTED"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    /** Imports {@code count} actions titled {@code <prefix> 1..count}, owned by the chair, due on {@code due}; their ids in order. */
    public List<Long> importActions(long strategy, String prefix, int count, LocalDate due) {
        long objective = ok(api.get(CHAIR, "/api/v1/strategies/" + strategy))
                .get("objectives")
                .get(1)
                .get("id")
                .asLong();
        StringBuilder csv = new StringBuilder("objective,title,description,lead_agency,owner,start,due,budget,currency,"
                + "programme,essentials,hazards,sendai_priorities\n");
        for (int i = 1; i <= count; i++) {
            csv.append(objective)
                    .append(',')
                    .append(prefix)
                    .append(' ')
                    .append(i)
                    .append(",Warning sirens,Sector for Emergency Management,")
                    .append(CHAIR)
                    .append(',')
                    .append(due.minusMonths(6))
                    .append(',')
                    .append(due)
                    .append(",10000000,RSD,,2,,1\n");
        }
        Answer imported = api.multipart(
                CHAIR,
                "/api/v1/strategies/" + strategy + "/actions/import?dryRun=false",
                Map.of(),
                "file",
                prefix + ".csv",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        if (imported.status() != 200 || imported.json().get("imported").asInt() != count) {
            throw new IllegalStateException("Import of " + prefix + " answered " + imported.status() + ": "
                    + new String(imported.bytes(), StandardCharsets.UTF_8));
        }
        String review = imported.json().get("reviewId").asText();
        String task = taskList(CHAIR).stream()
                .filter(t -> t.get("taskKey").asText().equals("Task_ReviewPlan")
                        && t.get("subjectId").asText().equals(review))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asText();
        ok(api.post(CHAIR, "/api/v1/action-plan-reviews/" + review + "/accept-remaining", Map.of()));
        Answer decided = api.post(CHAIR, "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "decide"));
        if (decided.status() != 204) {
            throw new IllegalStateException("The plan's review answered " + decided.status());
        }
        Map<String, Long> byTitle = new LinkedHashMap<>();
        ok(api.get(CHAIR, "/api/v1/actions?strategyId=" + strategy + "&size=500"))
                .get("content")
                .forEach(a -> byTitle.put(a.get("title").asText(), a.get("id").asLong()));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(byTitle.get(prefix + " " + i));
        }
        return ids;
    }

    /** The open tasks of {@code taskKey} on these actions that {@code user} sees: action id → task id. */
    public Map<Long, String> tasks(String user, String taskKey, Collection<Long> actions) {
        Set<String> wanted = new HashSet<>(actions.stream().map(String::valueOf).toList());
        Map<Long, String> found = new LinkedHashMap<>();
        for (JsonNode task : taskList(user)) {
            if (task.get("taskKey").asText().equals(taskKey)
                    && wanted.contains(task.get("subjectId").asText())) {
                String previous =
                        found.put(task.get("subjectId").asLong(), task.get("id").asText());
                if (previous != null) {
                    throw new AssertionError("Two open " + taskKey + " tasks for action "
                            + task.get("subjectId").asText());
                }
            }
        }
        return found;
    }

    /** Every open task {@code user} sees. */
    public List<JsonNode> taskList(String user) {
        List<JsonNode> all = new ArrayList<>();
        ok(api.get(user, "/api/v1/tasks?size=500")).get("content").forEach(all::add);
        return all;
    }

    public String status(long action) {
        return ok(api.get(CHAIR, "/api/v1/actions/" + action))
                .get("action")
                .get("status")
                .asText();
    }

    private static JsonNode ok(Answer answer) {
        if (!answer.isSuccess()) {
            throw new IllegalStateException(
                    "The API answered " + answer.status() + ": " + new String(answer.bytes(), StandardCharsets.UTF_8));
        }
        return answer.json();
    }
}

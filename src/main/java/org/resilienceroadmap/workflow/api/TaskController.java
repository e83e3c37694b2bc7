package org.resilienceroadmap.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks")
class TaskController {

    private final TaskInbox inbox;

    TaskController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Open tasks the caller is assigned or a candidate for")
    PageResponse<TaskJson> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(inbox.openTasks().stream().map(TaskJson::of).toList(), page, size);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Assign the task to the caller; 409 if someone else has it")
    TaskJson claim(@PathVariable String id) {
        return TaskJson.of(inbox.claim(id));
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Hand the task back to its candidates")
    TaskJson unclaim(@PathVariable String id) {
        return TaskJson.of(inbox.unclaim(id));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete the task with one of its outcomes; 409 if already completed")
    ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody Completion body) {
        inbox.complete(id, body.getOutcome(), body.getComment(), body.fields());
        return ResponseEntity.noContent().build();
    }

    /** The outcome, a comment, and any fields the task declares (e.g. {@code returnEssentials}). */
    static class Completion {
        @NotBlank
        private String outcome;
        @Size(max = TaskInbox.MAX_COMMENT)
        private String comment;
        private final Map<String, Object> fields = new java.util.LinkedHashMap<>();

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        @com.fasterxml.jackson.annotation.JsonAnySetter
        void field(String name, Object value) {
            fields.put(name, value);
        }

        Map<String, Object> fields() {
            return fields;
        }
    }

    /** {@code due} is the deadline's instant; {@code dueDate} the day it is due, as the person who set it picked it. */
    record TaskJson(String id, String name, String processKey, String taskKey, String subjectType, String subjectId,
            Long jurisdictionId, Instant created, Instant due, LocalDate dueDate, String assignee,
            List<String> outcomes) {

        static TaskJson of(TaskItem t) {
            return new TaskJson(t.id(), t.name(), t.processKey(), t.taskKey(), t.subjectType(), t.subjectId(),
                    t.jurisdictionId(), t.created(), t.due(), t.due() == null ? null : Days.dueDay(t.due()),
                    t.assignee(), t.outcomes());
        }
    }
}

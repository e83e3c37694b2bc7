package org.resilienceroadmap.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.workflow.BulkDecisions;
import org.resilienceroadmap.workflow.BulkResult;
import org.resilienceroadmap.workflow.TaskCriteria;
import org.resilienceroadmap.workflow.TaskFilter;
import org.resilienceroadmap.workflow.TaskGuide;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSearch;
import org.resilienceroadmap.workflow.TaskSubject;
import org.resilienceroadmap.workflow.TaskSubjects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TaskController {

    private final TaskInbox inbox;
    private final TaskSearch search;
    private final BulkDecisions bulk;
    private final TaskSubjects subjects;
    private final TaskGuide guide;

    TaskController(TaskInbox inbox, TaskSearch search, BulkDecisions bulk, TaskSubjects subjects, TaskGuide guide) {
        this.inbox = inbox;
        this.search = search;
        this.bulk = bulk;
        this.subjects = subjects;
        this.guide = guide;
    }

    @GetMapping
    @Operation(
            summary = "Open tasks the caller is assigned or a candidate for, soonest due first",
            description = "Filters, all applying together: processKey, subjectType, subjectId, jurisdictionId, "
                    + "dueBefore and dueAfter (ISO dates, strictly before or after the day shown as dueDate; a task "
                    + "without a due date passes neither), applied by the engine's query before the list is paged; "
                    + "and as on the inbox page: show (all, mine, claimable), q (text in the task's name or subject), "
                    + "city (jurisdiction id), process (process key), plan (e.g. STRATEGY:12), due (overdue, week), "
                    + "olderThan (days). An unknown processKey or subjectType, or a value of the wrong form, is a 400 "
                    + "naming the parameter. Each task names its subject with its jurisdiction in the caller's "
                    + "language and says how to complete it: description, outcomes (with the comment each needs), "
                    + "fields (with their types) and links (subject, page, complete).")
    PageResponse<TaskJson> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) TaskFilter.Show show,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long city,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) Integer olderThan,
            @RequestParam(required = false) String processKey,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
            Locale locale) {
        if (olderThan != null && olderThan < 0) {
            throw new InvalidRequestException("olderThan", "olderThan is a number of days, zero or more");
        }
        PageResponse.request(page, size);
        TaskFilter filter = new TaskFilter(
                show == null ? TaskFilter.Show.ALL : show,
                q,
                city,
                process,
                plan,
                due == null ? null : TaskFilter.Due.parse(due),
                olderThan);
        TaskCriteria criteria =
                new TaskCriteria(processKey, subjectType, subjectId, jurisdictionId, dueBefore, dueAfter);
        List<TaskSubject> found = search.find(criteria, filter, locale, TaskItem::name);
        PageResponse<TaskSubject> shown = PageResponse.of(found, page, size);
        // How to complete each task is worked out for the page shown only.
        return new PageResponse<>(
                shown.content().stream().map(s -> view(s, locale)).toList(),
                shown.page(),
                shown.size(),
                shown.totalElements(),
                shown.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One open task of the caller and how to complete it",
            description = "As each task of the list: its subject, description, outcomes (with the comment each "
                    + "needs), fields (with their types) and links. 404 for a task the caller may not see, 409 for "
                    + "one completed already.")
    TaskJson get(@PathVariable String id, Locale locale) {
        return view(inbox.get(id), locale);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Assign the task to the caller; 409 if someone else has it")
    TaskJson claim(@PathVariable String id, Locale locale) {
        return view(inbox.claim(id), locale);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Hand the task back to its candidates")
    TaskJson unclaim(@PathVariable String id, Locale locale) {
        return view(inbox.unclaim(id), locale);
    }

    private TaskJson view(TaskItem task, Locale locale) {
        return view(subjects.describe(task, locale), locale);
    }

    private TaskJson view(TaskSubject subject, Locale locale) {
        return TaskJson.of(subject, guide.of(subject, locale));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete the task with one of its outcomes; 409 if already completed")
    // What noContent() and the refusals answer; without these the document said 200 and nothing else.
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Completed")
    @ApiResponse(
            responseCode = "409",
            description = "Completed already, or its process refuses the outcome now (e.g. a gate's open items)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody Completion body) {
        inbox.complete(id, body.getOutcome(), body.getComment(), body.fields());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/bulk-complete")
    @Operation(
            summary = "Complete many tasks with one outcome and comment, each on its own: one answer per task",
            description = "Each task is completed in a transaction of its own, with the checks, audit record and "
                    + "notifications of a single completion; a refusal of one (403, 404, 409, 400 in its status) "
                    + "changes nothing for the others.")
    BulkAnswer bulkComplete(@Valid @RequestBody BulkCompletion body) {
        return BulkAnswer.of(bulk.complete(body.taskIds(), body.outcome(), body.comment()));
    }

    @PostMapping("/bulk-claim")
    @Operation(summary = "Claim many tasks, each on its own: one answer per task")
    BulkAnswer bulkClaim(@Valid @RequestBody BulkClaim body) {
        return BulkAnswer.of(bulk.claim(body.taskIds()));
    }

    record BulkCompletion(
            @NotEmpty @Size(max = BulkDecisions.MAX_TASKS) List<@NotBlank String> taskIds,
            @NotBlank String outcome,
            @Size(max = TaskInbox.MAX_COMMENT) String comment) {}

    record BulkClaim(
            @NotEmpty @Size(max = BulkDecisions.MAX_TASKS) List<@NotBlank String> taskIds) {}

    /** Per task: {@code status} is what the single call would have answered (200 when done). */
    record BulkAnswer(int done, int refused, List<BulkItem> results) {

        static BulkAnswer of(List<BulkResult> results) {
            List<BulkItem> items = results.stream()
                    .map(r -> new BulkItem(
                            r.taskId(),
                            r.status(),
                            r.isDone(),
                            r.refusal() == null
                                    ? null
                                    : r.refusal()
                                            .name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', '-'),
                            r.heldBy(),
                            r.message()))
                    .toList();
            int done = (int) results.stream().filter(BulkResult::isDone).count();
            return new BulkAnswer(done, results.size() - done, items);
        }
    }

    record BulkItem(String taskId, int status, boolean done, String reason, String heldBy, String message) {}

    /** The outcome, a comment, and any fields the task declares (e.g. {@code returnEssentials}). */
    // The task's own fields travel beside outcome and comment (@JsonAnySetter): the document says so, or a client
    // generated from it could not send an override reason or the Essentials to return.
    @Schema(
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
            description =
                    "Besides outcome and comment, the fields the task declares in its process model, e.g. "
                            + "overrideReason at a stage gate, returnEssentials and returnNotes when an assessment is returned.")
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

    /**
     * {@code due} is the deadline's instant; {@code dueDate} the day it is due, as the person who set it picked it.
     * {@code outcomes} are the outcomes' names, {@code outcomeDetails} each with its label and whether it
     * needs a comment.
     */
    record TaskJson(
            String id,
            String name,
            String processKey,
            String taskKey,
            String subjectType,
            String subjectId,
            Long jurisdictionId,
            Instant created,
            Instant due,
            LocalDate dueDate,
            String assignee,
            List<String> outcomes,
            String subject,
            String jurisdiction,
            String route,
            String plan,
            String description,
            List<TaskGuide.Outcome> outcomeDetails,
            List<TaskGuide.Field> fields,
            TaskGuide.Links links) {

        static TaskJson of(TaskSubject s, TaskGuide.Guide guide) {
            TaskItem t = s.task();
            return new TaskJson(
                    t.id(),
                    t.name(),
                    t.processKey(),
                    t.taskKey(),
                    t.subjectType(),
                    t.subjectId(),
                    t.jurisdictionId(),
                    t.created(),
                    t.due(),
                    t.due() == null ? null : Days.dueDay(t.due()),
                    t.assignee(),
                    t.outcomes(),
                    s.line(),
                    s.place(),
                    s.route(),
                    s.planKey(),
                    guide.description(),
                    guide.outcomes(),
                    guide.fields(),
                    guide.links());
        }
    }
}

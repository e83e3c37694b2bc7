package org.resilienceroadmap.action.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.api.FileDownload;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.api.QueryObjectErrors;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Actions: propose (working group), the register with filters, progress and completion with evidence, milestones. Approval and verification go through {@code /tasks}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions")
class ActionController {

    private final ActionService actions;
    private final ActionProgress actionProgress;
    private final Clock clock;

    ActionController(ActionService actions, ActionProgress actionProgress, Clock clock) {
        this.actions = actions;
        this.actionProgress = actionProgress;
        this.clock = clock;
    }

    record MoneyBody(@NotNull BigDecimal amount, @NotNull String currency) {}

    record Proposal(
            @NotNull Long objectiveId,
            String title,
            String description,
            String leadAgency,
            String owner,
            LocalDate start,
            LocalDate due,
            @Valid MoneyBody budget,
            Long programmeId,
            List<Integer> essentials,
            List<String> hazards,
            List<Integer> sendaiPriorities,
            Long version) {
        NewAction toNew() {
            return new NewAction(
                    objectiveId,
                    title,
                    description,
                    leadAgency,
                    owner,
                    start,
                    due,
                    budget == null ? null : new Money(budget.amount(), budget.currency()),
                    programmeId,
                    essentials,
                    hazards,
                    sendaiPriorities);
        }
    }

    record Progress(@NotNull Integer percent, String narrative) {}

    record NewMilestone(String title, LocalDate target) {}

    record Reached(LocalDate actualDate) {}

    @InitBinder("registerQuery")
    void registerQuery(WebDataBinder binder) {
        QueryObjectErrors.apply(binder);
    }

    @PostMapping("/strategies/{id}/actions")
    @Operation(
            summary =
                    "Propose an action under an objective of the adopted strategy (working group); starts the action process")
    ResponseEntity<ActionJson.Summary> propose(@PathVariable Long id, @Valid @RequestBody Proposal body) {
        Action a = actions.propose(id, body.toNew());
        return ResponseEntity.created(URI.create("/api/v1/actions/" + a.getId()))
                .body(ActionJson.Summary.of(a, LocalDate.now(clock)));
    }

    @HonoursIfMatch(current = "get")
    @PutMapping("/actions/{id}")
    @Operation(
            summary = "Edit an action while it is proposed or returned for work (working group); body as proposed"
                    + " plus the version read (409 if it changed since)")
    ActionJson.Detail update(@PathVariable Long id, @Valid @RequestBody Proposal body) {
        if (body.version() == null) {
            throw new InvalidRequestException("version", "The version of the action as read");
        }
        actions.update(id, body.toNew(), body.version());
        return get(id);
    }

    @GetMapping("/actions")
    @Operation(summary = "The action register in scope, filtered; sorted by due date unless sort= says otherwise")
    PageResponse<ActionJson.Summary> list(
            @ParameterObject RegisterQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var filter = query.filter();
        LocalDate today = LocalDate.now(clock);
        var paging = PageResponse.request(page, size);
        var found = actions.find(
                filter,
                org.springframework.data.domain.PageRequest.of(
                        paging.getPageNumber(), paging.getPageSize(), Sort.by("dueDate", "id")));
        return PageResponse.of(found.map(a -> ActionJson.Summary.of(a, today)));
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "One action with its milestones and progress history")
    ActionJson.Detail get(@PathVariable Long id) {
        return ActionJson.Detail.of(actions.detail(id), LocalDate.now(clock));
    }

    @PostMapping(value = "/actions/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress (owner or working group): percent 0-100 and what was done")
    ResponseEntity<ActionJson.Detail> progress(@PathVariable Long id, @Valid @RequestBody Progress body) {
        actionProgress.reportProgress(id, body.percent(), body.narrative(), List.of());
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping(value = "/actions/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with evidence files (multipart: percent, narrative, evidence)")
    ResponseEntity<ActionJson.Detail> progressWithEvidence(
            @PathVariable Long id,
            @RequestParam int percent,
            @RequestParam String narrative,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> files)
            throws IOException {
        actionProgress.reportProgress(id, percent, narrative, evidence(files));
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping(value = "/actions/{id}/completion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Claim completion with evidence (owner or working group); a coordinator verifies it")
    ResponseEntity<ActionJson.Detail> complete(
            @PathVariable Long id,
            @RequestParam String narrative,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> files)
            throws IOException {
        actionProgress.claimCompletion(id, narrative, evidence(files));
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping("/actions/{id}/milestones")
    @Operation(summary = "Add a milestone with its target date")
    ResponseEntity<ActionJson.Detail> milestone(@PathVariable Long id, @RequestBody NewMilestone body) {
        actions.addMilestone(id, body.title(), body.target());
        return ResponseEntity.status(201).body(get(id));
    }

    @PutMapping("/actions/{id}/milestones/{milestoneId}")
    @Operation(summary = "Record the date a milestone was reached")
    ActionJson.Detail reached(@PathVariable Long id, @PathVariable Long milestoneId, @RequestBody Reached body) {
        actions.reachMilestone(id, milestoneId, body.actualDate());
        return get(id);
    }

    @GetMapping("/actions/{id}/evidence/{fileId}")
    @Operation(summary = "An evidence file of the action")
    ResponseEntity<byte[]> evidence(@PathVariable Long id, @PathVariable Long fileId) {
        return FileDownload.of(actionProgress.evidence(id, fileId));
    }

    private static List<Evidence> evidence(List<MultipartFile> files) throws IOException {
        List<Evidence> all = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty()) {
                throw new InvalidRequestException("evidence", "An empty file: " + f.getOriginalFilename());
            }
            all.add(new Evidence(f.getOriginalFilename(), f.getBytes()));
        }
        return all;
    }
}

package org.resilienceroadmap.strategy.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.api.FileDownload;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.text.SideBySideDiff;
import org.resilienceroadmap.strategy.AdoptionRecord;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyObjective;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersion;
import org.resilienceroadmap.strategy.StrategyVersions;
import org.resilienceroadmap.strategy.Submission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Strategies: create (chair), edit the draft (working group), submit (chair), versions, comments, adoption. Reviews go through {@code /tasks}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Strategies")
class StrategyController {

    private final StrategyService strategies;
    private final StrategyVersions strategyVersions;
    private final StrategyAdoptions adoptions;

    StrategyController(StrategyService strategies, StrategyVersions strategyVersions, StrategyAdoptions adoptions) {
        this.strategies = strategies;
        this.strategyVersions = strategyVersions;
        this.adoptions = adoptions;
    }

    record Creation(
            @NotBlank String title,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd) {}

    record Draft(
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String content,
            List<ObjectiveDraft> objectives,
            @NotNull Long version) {}

    /**
     * The reviewers, and by when: {@code reviewDueDate}, the day (the reviews are due by its end, UTC), or
     * {@code reviewDue}, an exact instant; neither means the configured review period from today.
     */
    record Submit(
            List<String> reviewers,
            Instant reviewDue,
            LocalDate reviewDueDate,
            @NotNull Long version) {

        Instant deadline() {
            if (reviewDue != null && reviewDueDate != null) {
                throw new InvalidRequestException(
                        "reviewDueDate", "Give the day the reviews are due or the instant, not both");
            }
            return reviewDueDate != null ? Days.endOf(reviewDueDate) : reviewDue;
        }
    }

    record NewComment(@NotBlank String body, Long objectiveId, String section) {}

    record Created(Long id) {}

    @PostMapping("/jurisdictions/{id}/strategies")
    @Operation(summary = "Start a strategy and action plan (chair); one in progress per jurisdiction")
    ResponseEntity<StrategyJson.Summary> create(@PathVariable Long id, @Valid @RequestBody Creation body) {
        Strategy s = strategies.create(id, body.title(), body.periodStart(), body.periodEnd());
        return ResponseEntity.created(URI.create("/api/v1/strategies/" + s.getId()))
                .body(StrategyJson.Summary.of(s));
    }

    @GetMapping("/jurisdictions/{id}/strategies")
    @Operation(summary = "The jurisdiction's strategies, newest first, with their state")
    PageResponse<StrategyJson.Summary> ofJurisdiction(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                strategies.ofJurisdiction(id, PageResponse.request(page, size)).map(StrategyJson.Summary::of));
    }

    @GetMapping("/strategies/{id}")
    @Operation(summary = "State, the working draft with its objectives, versions with reviews and decisions, adoption")
    StrategyJson.Detail get(@PathVariable Long id) {
        return StrategyJson.Detail.of(strategies.detail(id));
    }

    @HonoursIfMatch(current = "get")
    @PutMapping("/strategies/{id}/draft")
    @Operation(summary = "Save the working draft (working group); send the version you read: a stale one is 409")
    StrategyJson.Detail saveDraft(@PathVariable Long id, @Valid @RequestBody Draft body) {
        // What the body leaves out stays as it is; an empty list of objectives removes them all.
        Strategy current = strategies.detail(id).strategy();
        strategies.saveDraft(
                id,
                new DraftEdit(
                        body.title() == null ? current.getTitle() : body.title(),
                        body.periodStart() == null ? current.getPeriodStart() : body.periodStart(),
                        body.periodEnd() == null ? current.getPeriodEnd() : body.periodEnd(),
                        body.content() == null ? current.getContent() : body.content(),
                        body.objectives() == null
                                ? current.getObjectives().stream()
                                        .map(StrategyObjective::toDraft)
                                        .toList()
                                : body.objectives(),
                        body.version()));
        return get(id);
    }

    @HonoursIfMatch(current = "get")
    @PostMapping("/strategies/{id}/submit")
    @Operation(
            summary =
                    "Freeze the draft as the next version and send it to the reviewers (chair); starts or continues strategy-review")
    ResponseEntity<StrategyJson.VersionSummary> submit(@PathVariable Long id, @Valid @RequestBody Submit body) {
        StrategyVersion v = strategies.submit(id, new Submission(body.reviewers(), body.deadline(), body.version()));
        return ResponseEntity.created(URI.create("/api/v1/strategies/" + id + "/versions/" + v.getNumber()))
                .body(StrategyJson.VersionSummary.of(v, List.of()));
    }

    @GetMapping("/strategies/{id}/versions")
    @Operation(summary = "The frozen versions: number, who submitted when, reviewers, reviews, decision")
    PageResponse<StrategyJson.VersionSummary> versions(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        StrategyDetail d = strategies.detail(id);
        return PageResponse.of(
                d.versions().stream()
                        .map(v -> StrategyJson.VersionSummary.of(v, d.reviewsOf(v)))
                        .toList(),
                page,
                size);
    }

    @GetMapping("/strategies/{id}/versions/{number}")
    @Operation(summary = "One frozen version: its text, objectives, reviews and comments")
    StrategyJson.VersionDetail version(@PathVariable Long id, @PathVariable int number) {
        StrategyDetail d = strategies.detail(id);
        StrategyVersion v = strategyVersions.version(id, number);
        return new StrategyJson.VersionDetail(
                StrategyJson.VersionSummary.of(v, d.reviewsOf(v)),
                v.getTitle(),
                v.getPeriodStart(),
                v.getPeriodEnd(),
                v.getContent(),
                strategyVersions.objectivesOf(v),
                d.commentsOn(v).stream()
                        .map(c -> StrategyJson.Comment.of(c, number))
                        .toList());
    }

    @GetMapping("/strategies/{id}/diff")
    @Operation(summary = "Two versions side by side; changed words are wrapped in [- -] (old) and {+ +} (new)")
    PageResponse<StrategyJson.DiffLine> diff(
            @PathVariable Long id,
            @RequestParam int from,
            @RequestParam int to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                strategyVersions.compare(id, from, to).stream()
                        .map(line -> new StrategyJson.DiffLine(
                                line.kind().name().toLowerCase(),
                                marked(line.left(), "[-", "-]"),
                                marked(line.right(), "{+", "+}")))
                        .toList(),
                page,
                size);
    }

    private static String marked(List<SideBySideDiff.Segment> segments, String open, String close) {
        return segments.stream()
                .map(s -> s.changed() ? open + s.text() + close : s.text())
                .collect(Collectors.joining());
    }

    @PostMapping("/strategies/{id}/versions/{number}/comments")
    @Operation(summary = "Comment on a version: on the whole, one objective (objectiveId) or one section (its heading)")
    ResponseEntity<StrategyJson.Comment> comment(
            @PathVariable Long id, @PathVariable int number, @Valid @RequestBody NewComment body) {
        var c = strategies.comment(id, number, body.body(), body.objectiveId(), body.section());
        return ResponseEntity.status(201).body(StrategyJson.Comment.of(c, number));
    }

    @GetMapping("/strategies/{id}/timeline")
    @Operation(summary = "Every submission, review, decision and the adoption: who, when, version, outcome, comment")
    PageResponse<StrategyJson.TimelineEntry> timeline(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                strategies.timeline(id).stream()
                        .map(StrategyJson.TimelineEntry::of)
                        .toList(),
                page,
                size);
    }

    @PostMapping(value = "/strategies/{id}/adoption", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Record the formal adoption with the signed document (chair, approved strategy); completes the review")
    ResponseEntity<StrategyJson.Adoption> adopt(
            @PathVariable Long id,
            @RequestParam String decisionReference,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam String adoptingBody,
            @RequestParam("document") MultipartFile document)
            throws IOException {
        var adoption = adoptions.record(
                id,
                new AdoptionRecord(decisionReference, adoptedOn, adoptingBody),
                document.getOriginalFilename(),
                document.getBytes());
        return ResponseEntity.status(201).body(StrategyJson.Adoption.of(adoption));
    }

    @GetMapping("/strategies/{id}/adoption/document")
    @Operation(summary = "The signed adoption document, for anyone who sees the strategy")
    ResponseEntity<byte[]> document(@PathVariable Long id) {
        return FileDownload.of(adoptions.document(id));
    }
}

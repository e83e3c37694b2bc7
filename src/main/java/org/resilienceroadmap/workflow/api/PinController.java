package org.resilienceroadmap.workflow.api;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.api.Versioned;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinTarget;
import org.resilienceroadmap.workflow.PinnedComments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comments a return pinned to items of its subject, under the subject's own path ({@code
 * /assessments/{id}/pins}, …; each feature's {@link PinTarget} names its collection). The returning
 * decision gives them in its completion ({@code "pins": [{"item": "question:P1.1", "text": "…"}]});
 * those who got the subject back answer them here.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pins")
class PinController {

    private static final String LIST =
            "The comments pinned to the subject's items when it was returned, open and answered, " + "oldest first";
    private static final String LIST_MORE =
            "Each names its item (key and label in the caller's language), the comment, who "
                    + "pinned it and when, and the answer with who gave it and when (null while open). open=true lists only "
                    + "the unanswered ones; the subject is resubmitted only when none is open (else 409). Pins are given "
                    + "with the return's completion: \"pins\": [{\"item\": \"question:P1.1\", \"text\": \"…\"}].";
    private static final String ANSWER = "Answer a pinned comment, once: only those the subject went back to";
    private static final String ANSWER_MORE =
            "Body { \"answer\": \"…\", \"version\": n }. 403 for anyone it did not go "
                    + "back to, 409 when it was answered meanwhile or the version is stale.";

    private final PinnedComments pins;

    PinController(PinnedComments pins) {
        this.pins = pins;
    }

    @GetMapping("/assessments/{id}/pins")
    @Operation(summary = LIST + " (questions and Essentials)", description = LIST_MORE)
    PageResponse<PinJson> assessment(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Boolean open,
            Locale locale) {
        return list("assessments", id, page, size, open, locale);
    }

    @GetMapping("/strategies/{id}/pins")
    @Operation(summary = LIST + " (objectives and sections)", description = LIST_MORE)
    PageResponse<PinJson> strategy(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Boolean open,
            Locale locale) {
        return list("strategies", id, page, size, open, locale);
    }

    @GetMapping("/actions/{id}/pins")
    @Operation(summary = LIST + " (fields of the action)", description = LIST_MORE)
    PageResponse<PinJson> action(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Boolean open,
            Locale locale) {
        return list("actions", id, page, size, open, locale);
    }

    @GetMapping("/donor-reports/{id}/pins")
    @Operation(summary = LIST + " (sections of the report)", description = LIST_MORE)
    PageResponse<PinJson> report(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Boolean open,
            Locale locale) {
        return list("donor-reports", id, page, size, open, locale);
    }

    @HonoursIfMatch
    @PostMapping("/assessments/{id}/pins/{pinId}/answer")
    @Operation(summary = ANSWER + " (the working group)", description = ANSWER_MORE)
    PinJson answerAssessment(
            @PathVariable String id, @PathVariable Long pinId, @Valid @RequestBody Answer body, Locale locale) {
        return answer("assessments", id, pinId, body, locale);
    }

    @HonoursIfMatch
    @PostMapping("/strategies/{id}/pins/{pinId}/answer")
    @Operation(summary = ANSWER + " (the working group)", description = ANSWER_MORE)
    PinJson answerStrategy(
            @PathVariable String id, @PathVariable Long pinId, @Valid @RequestBody Answer body, Locale locale) {
        return answer("strategies", id, pinId, body, locale);
    }

    @HonoursIfMatch
    @PostMapping("/actions/{id}/pins/{pinId}/answer")
    @Operation(summary = ANSWER + " (the owner or the working group)", description = ANSWER_MORE)
    PinJson answerAction(
            @PathVariable String id, @PathVariable Long pinId, @Valid @RequestBody Answer body, Locale locale) {
        return answer("actions", id, pinId, body, locale);
    }

    @HonoursIfMatch
    @PostMapping("/donor-reports/{id}/pins/{pinId}/answer")
    @Operation(summary = ANSWER + " (the programme's coordinators)", description = ANSWER_MORE)
    PinJson answerReport(
            @PathVariable String id, @PathVariable Long pinId, @Valid @RequestBody Answer body, Locale locale) {
        return answer("donor-reports", id, pinId, body, locale);
    }

    private PageResponse<PinJson> list(String collection, String id, int page, int size, Boolean open, Locale locale) {
        return PageResponse.of(
                pins.of(type(collection, id), id, locale).stream()
                        .filter(p -> open == null || p.isOpen() == open)
                        .map(PinJson::of)
                        .toList(),
                page,
                size);
    }

    private PinJson answer(String collection, String id, Long pinId, Answer body, Locale locale) {
        return PinJson.of(pins.answer(type(collection, id), id, pinId, body.answer(), body.version(), locale));
    }

    private String type(String collection, String id) {
        return pins.targetAt(collection)
                .map(PinTarget::subjectType)
                .orElseThrow(() -> new NotFoundException(collection, id));
    }

    record Answer(
            @NotBlank @Size(max = PinnedComments.MAX_TEXT) String answer, Long version) {}

    record PinJson(
            Long id,
            String item,
            String itemLabel,
            String text,
            String author,
            Instant pinnedAt,
            boolean open,
            String answer,
            String answeredBy,
            Instant answeredAt,
            long version)
            implements Versioned {

        static PinJson of(Pin p) {
            return new PinJson(
                    p.id(),
                    p.itemKey(),
                    p.item(),
                    p.text(),
                    p.author(),
                    p.pinnedAt(),
                    p.isOpen(),
                    p.answer(),
                    p.answeredBy(),
                    p.answeredAt(),
                    p.version());
        }
    }
}

package org.resilienceroadmap.hub.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.hub.HubCommitments;
import org.resilienceroadmap.hub.HubDetail;
import org.resilienceroadmap.hub.HubLine;
import org.resilienceroadmap.hub.HubService;
import org.resilienceroadmap.hub.HubStatus;
import org.resilienceroadmap.hub.HubTopic;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.api.Versioned;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** MCR2030 Resilience Hubs: a stage-C city's application, and the hubs with the cities they support. */
@RestController
@Tag(name = "Hubs")
class HubController {

    private final HubService hubs;

    HubController(HubService hubs) {
        this.hubs = hubs;
    }

    @PostMapping("/api/v1/jurisdictions/{id}/hub-application")
    @Operation(summary = "The city's chair applies to be a Resilience Hub (stage C only); starts resilience-hub")
    ResponseEntity<HubDetailJson> apply(@PathVariable Long id, @RequestBody Application body) {
        HubDetail created = hubs.apply(id, body.commitments());
        return ResponseEntity.created(URI.create("/api/v1/hubs/" + created.hub().id()))
                .body(HubDetailJson.of(created));
    }

    @GetMapping("/api/v1/hubs")
    @Operation(summary = "Resilience Hubs and open applications in the caller's scope, with the cities they support")
    PageResponse<HubJson> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(hubs.hubs().stream().map(HubJson::of).toList(), page, size);
    }

    @GetMapping("/api/v1/hubs/{id}")
    @Operation(summary = "One Resilience Hub with its commitments, qualifications and supported cities")
    HubDetailJson get(@PathVariable Long id) {
        return HubDetailJson.of(hubs.detail(id));
    }

    /** Checked by the service once it has decided who may apply, so that a stranger learns nothing from a 400. */
    record Application(
            Set<Long> supportedCityIds,
            Set<HubTopic> topics,
            boolean goodPractice,
            boolean financedInitiative,
            boolean knowledgeTools,
            boolean cityExchange,
            String statement,
            BigDecimal investmentUsd) {

        HubCommitments commitments() {
            // A JSON null in a list is no city and no kind of support: refused by name, never a crash.
            if (supportedCityIds != null && supportedCityIds.contains(null)) {
                throw new InvalidRequestException("supportedCityIds", Refusal.of("refusal.hub.noSupportedCity"));
            }
            if (topics != null && topics.contains(null)) {
                throw new InvalidRequestException("topics", Refusal.of("refusal.hub.noTopic"));
            }
            return new HubCommitments(
                    supportedCityIds,
                    topics,
                    goodPractice,
                    financedInitiative,
                    knowledgeTools,
                    cityExchange,
                    statement,
                    investmentUsd);
        }
    }

    record CityJson(Long id, String code, String name, RoadmapStage stage) {

        static CityJson of(HubLine.SupportedCity c) {
            return new CityJson(c.id(), c.code(), c.names().name(), c.stage());
        }
    }

    record HubJson(
            Long id,
            Long jurisdictionId,
            String code,
            String name,
            HubStatus status,
            boolean hub,
            boolean renewing,
            LocalDate termStart,
            LocalDate termEnd,
            List<CityJson> supportedCities) {

        static HubJson of(HubLine h) {
            return new HubJson(
                    h.id(),
                    h.jurisdictionId(),
                    h.code(),
                    h.names().name(),
                    h.status(),
                    h.hub(),
                    h.renewing(),
                    h.termStart(),
                    h.termEnd(),
                    h.supportedCities().stream().map(CityJson::of).toList());
        }
    }

    record Money(String amount, String currency) {}

    record HubDetailJson(
            Long id,
            Long jurisdictionId,
            String code,
            String name,
            HubStatus status,
            boolean hub,
            boolean renewing,
            LocalDate termStart,
            LocalDate termEnd,
            List<CityJson> supportedCities,
            List<HubTopic> topics,
            boolean goodPractice,
            boolean financedInitiative,
            boolean knowledgeTools,
            boolean cityExchange,
            String statement,
            Money investment,
            String appliedBy,
            Instant appliedAt,
            long version)
            implements Versioned {

        static HubDetailJson of(HubDetail d) {
            HubJson h = HubJson.of(d.hub());
            HubCommitments c = d.commitments();
            return new HubDetailJson(
                    h.id(),
                    h.jurisdictionId(),
                    h.code(),
                    h.name(),
                    h.status(),
                    h.hub(),
                    h.renewing(),
                    h.termStart(),
                    h.termEnd(),
                    h.supportedCities(),
                    c.topics().stream().sorted().toList(),
                    c.goodPractice(),
                    c.financedInitiative(),
                    c.knowledgeTools(),
                    c.cityExchange(),
                    c.statement(),
                    new Money(
                            c.investmentUsd()
                                    .setScale(2, java.math.RoundingMode.HALF_UP)
                                    .toPlainString(),
                            "USD"),
                    d.appliedBy(),
                    d.appliedAt(),
                    d.version());
        }
    }
}

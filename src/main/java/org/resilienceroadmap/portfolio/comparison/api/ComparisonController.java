package org.resilienceroadmap.portfolio.comparison.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.portfolio.comparison.ComparisonService;
import org.resilienceroadmap.portfolio.comparison.EssentialHeatMap;
import org.resilienceroadmap.portfolio.comparison.SubjectKind;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cities side by side within a programme ({@code /comparison/programme/{id}/…}) or a country
 * ({@code /comparison/country/{id}/…}), for coordinators, donors and admins, within their scope.
 */
@RestController
@RequestMapping("/api/v1/comparison")
@Tag(name = "Comparison")
class ComparisonController {

    private final ComparisonService comparison;

    ComparisonController(ComparisonService comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/subjects")
    @Operation(summary = "The programmes and countries the caller may compare cities within")
    PageResponse<SubjectJson> subjects(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                comparison.subjects().stream().map(SubjectJson::of).toList(), page, size);
    }

    @GetMapping("/{kind}/{id}/essentials")
    @Operation(
            summary = "Heat map: each city's latest validated assessment per Essential, with the change since the"
                    + " previous validated one; cities paged by name")
    HeatMapJson essentials(
            @PathVariable String kind,
            @PathVariable Long id,
            @RequestParam(required = false) String template,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageResponse.request(page, size);
        EssentialHeatMap map = comparison.essentials(kind(kind), id, template);
        return new HeatMapJson(
                SubjectJson.of(map.subject()),
                map.templateId(),
                map.essentials(),
                PageResponse.of(map.cities().stream().map(CityJson::of).toList(), page, size));
    }

    @GetMapping("/{kind}/{id}/stages-over-time")
    @Operation(summary = "How many of the cities stood in each stage at the end of each quarter, oldest first")
    PageResponse<StageQuarterJson> stagesOverTime(
            @PathVariable String kind,
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                comparison.stagesOverTime(kind(kind), id).stream()
                        .map(StageQuarterJson::of)
                        .toList(),
                page,
                size);
    }

    @GetMapping("/{kind}/{id}/stage-days")
    @Operation(summary = "Median days the cities spent in stages A and B, by country")
    PageResponse<StageDaysJson> stageDays(
            @PathVariable String kind,
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                comparison.stageDays(kind(kind), id).stream()
                        .map(StageDaysJson::of)
                        .toList(),
                page,
                size);
    }

    private static SubjectKind kind(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "programme" -> SubjectKind.PROGRAMME;
            case "country" -> SubjectKind.COUNTRY;
            default -> throw new InvalidRequestException("kind", Refusal.of("refusal.comparison.kind"));
        };
    }
}

package org.resilienceroadmap.assessment.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.assessment.ScorecardQuestion;
import org.resilienceroadmap.assessment.ScorecardTemplate;
import org.resilienceroadmap.assessment.ScorecardTemplates;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/scorecard-templates")
@Tag(name = "ScorecardTemplates")
class ScorecardTemplateController {

    private final ScorecardTemplates templates;

    ScorecardTemplateController(ScorecardTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The scorecard templates in use")
    PageResponse<TemplateJson> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(templates.all().stream().map(TemplateJson::of).toList(), page, size);
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Load a further template from a file in the template format (admin); refused whole with line and reason")
    TemplateJson load(@RequestParam("file") MultipartFile file) throws IOException {
        return TemplateJson.of(templates.load(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/questions")
    @Operation(
            summary = "A template's questions in order, with their Essential and the meaning of each score",
            description = "Texts in the language asked for (`lang`: en, ru, sr), English where a text has no"
                    + " translation. Paged like every list (`page`, `size`).")
    PageResponse<QuestionJson> questions(
            @PathVariable String id,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        ScorecardTemplate template = templates.get(id);
        List<QuestionJson> all = template.questions().stream()
                .map(q -> QuestionJson.of(q, template.essentialOf(q.code()), lang))
                .toList();
        return PageResponse.of(all, page, size);
    }

    /** A question as every list of questions shows it, texts in the language asked for (English where none). */
    record QuestionJson(String code, int essential, String text, List<LevelJson> levels) {

        static QuestionJson of(ScorecardQuestion q, int essential, String lang) {
            return new QuestionJson(
                    q.code(),
                    essential,
                    q.text(lang),
                    q.levels().stream()
                            .map(l -> new LevelJson(
                                    l.score(),
                                    l.meaning().getOrDefault(lang, l.meaning().get("en"))))
                            .toList());
        }
    }

    record LevelJson(int score, String meaning) {}

    record TemplateJson(String id, String version, String title, boolean complete, int min, int max, int questions) {
        static TemplateJson of(ScorecardTemplate t) {
            return new TemplateJson(
                    t.id(),
                    t.version(),
                    t.title("en"),
                    t.complete(),
                    t.scale().min(),
                    t.scale().max(),
                    t.questions().size());
        }
    }
}

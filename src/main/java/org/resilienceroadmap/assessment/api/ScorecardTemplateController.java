package org.resilienceroadmap.assessment.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.assessment.ScorecardTemplate;
import org.resilienceroadmap.assessment.ScorecardTemplates;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/scorecard-templates")
@Tag(name = "assessments")
class ScorecardTemplateController {

    private final ScorecardTemplates templates;

    ScorecardTemplateController(ScorecardTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The scorecard templates in use")
    List<TemplateJson> list() {
        return templates.all().stream().map(TemplateJson::of).toList();
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Load a further template from a file in the template format (admin); refused whole with line and reason")
    TemplateJson load(@RequestParam("file") MultipartFile file) throws IOException {
        return TemplateJson.of(templates.load(file.getOriginalFilename(), file.getBytes()));
    }

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

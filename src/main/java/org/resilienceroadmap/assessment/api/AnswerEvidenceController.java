package org.resilienceroadmap.assessment.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.assessment.AssessmentEvidence;
import org.resilienceroadmap.assessment.EvidenceFile;
import org.resilienceroadmap.shared.api.FileDownload;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files behind scorecard answers: the working group adds them while scoring, everyone in scope reads them. */
@RestController
@RequestMapping("/api/v1/assessments/{id}")
@Tag(name = "Assessments")
class AnswerEvidenceController {

    private final AssessmentEvidence assessments;

    AnswerEvidenceController(AssessmentEvidence assessments) {
        this.assessments = assessments;
    }

    @PostMapping(value = "/answers/{questionCode}/evidence", consumes = "multipart/form-data")
    @Operation(
            summary =
                    "Add an evidence file to a question (working group, while scoring; PDF, image or office document)")
    ResponseEntity<EvidenceJson> add(
            @PathVariable Long id, @PathVariable String questionCode, @RequestPart("file") MultipartFile file)
            throws IOException {
        EvidenceFile added;
        try {
            added = assessments.addEvidence(id, questionCode, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidRequestException e) {
            // The file store speaks of "document"; here the part the client sent is called "file".
            throw new InvalidRequestException("file", e.getMessage());
        }
        EvidenceJson json = EvidenceJson.of(id, added);
        return ResponseEntity.created(URI.create(json.href())).body(json);
    }

    @GetMapping("/answers/{questionCode}/evidence")
    @Operation(summary = "The evidence files of a question, oldest first")
    PageResponse<EvidenceJson> list(
            @PathVariable Long id,
            @PathVariable String questionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                assessments.evidence(id, questionCode).stream()
                        .map(f -> EvidenceJson.of(id, f))
                        .toList(),
                page,
                size);
    }

    @GetMapping("/evidence/{fileId}")
    @Operation(summary = "Download an evidence file of the assessment")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId) {
        return FileDownload.of(assessments.evidenceFile(id, fileId));
    }

    @DeleteMapping("/evidence/{fileId}")
    @Operation(summary = "Remove an evidence file (who added it or the chair, while scoring)")
    ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long fileId) {
        assessments.removeEvidence(id, fileId);
        return ResponseEntity.noContent().build();
    }

    record EvidenceJson(
            Long id,
            String question,
            String name,
            long size,
            String addedBy,
            String addedByName,
            Instant addedAt,
            String href) {

        static EvidenceJson of(Long assessmentId, EvidenceFile f) {
            return new EvidenceJson(
                    f.fileId(),
                    f.questionCode(),
                    f.name(),
                    f.size(),
                    f.addedBy(),
                    f.addedByName(),
                    f.addedAt(),
                    "/api/v1/assessments/" + assessmentId + "/evidence/" + f.fileId());
        }
    }
}

package org.resilienceroadmap.action.api;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.action.ApprovalTable;
import org.resilienceroadmap.action.ApprovalTableVersion;
import org.resilienceroadmap.action.ApprovalTables;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The decision table that routes an accepted action to its approvers ({@code action-approval}): the
 * current version and every earlier one for anyone signed in; a new version from a DMN file (admin),
 * refused with the reason in words when it would not run in the action process.
 */
@RestController
@RequestMapping("/api/v1/approval-table")
@Tag(name = "ApprovalTable")
class ApprovalTableController {

    private final ApprovalTables tables;

    ApprovalTableController(ApprovalTables tables) {
        this.tables = tables;
    }

    @GetMapping
    @Operation(summary = "The approval table the action process calls now: columns, rules in order, annotations")
    ApprovalTable current() {
        return tables.current();
    }

    @GetMapping("/versions")
    @Operation(
            summary = "Every deployed version of the approval table, newest first, with when and by whom"
                    + " (deployedBy null: shipped with the application)")
    PageResponse<ApprovalTableVersion> versions(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(tables.versions(), page, size);
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "One version of the approval table")
    ApprovalTable version(@PathVariable int version) {
        return tables.version(version);
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(
            summary = "Deploy a new version from a DMN file (admin; multipart: file). The table must keep the"
                    + " decision action-approval with the outputs approvers and tellDonor, read only budgetEur, currency,"
                    + " funded, essentials and country, and give one valid answer for every sample action; else 400")
    ResponseEntity<ApprovalTable> upload(@RequestParam("file") MultipartFile file) throws IOException {
        ApprovalTable deployed = tables.upload(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/approval-table/versions/" + deployed.version()))
                .body(deployed);
    }
}

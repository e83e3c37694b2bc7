package org.resilienceroadmap.security.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.security.ApiTokenAccess;
import org.resilienceroadmap.security.ApiTokenLine;
import org.resilienceroadmap.security.ApiTokens;
import org.resilienceroadmap.security.NewApiToken;
import org.resilienceroadmap.shared.api.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "Me")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's personal API tokens, newest first, with their last use (never a secret)")
    PageResponse<ApiTokenLine> mine(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(tokens.mine(PageResponse.request(page, size)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a personal API token; its secret is in this answer only",
            description = "Send it as `Authorization: Bearer <secret>`. Not possible when signed in with a token.")
    NewApiToken create(@RequestBody TokenRequest request) {
        return tokens.create(request.name(), request.access(), request.expiresOn());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens: refused from the next request on, on every node")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    record TokenRequest(String name, ApiTokenAccess access, LocalDate expiresOn) {}
}

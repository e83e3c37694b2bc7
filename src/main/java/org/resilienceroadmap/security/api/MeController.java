package org.resilienceroadmap.security.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Me")
class MeController {

    private final CurrentUser currentUser;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;
    private final AccountService accounts;

    MeController(
            CurrentUser currentUser,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            AccountService accounts) {
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller: roles, and the jurisdictions and programmes in scope")
    Me me() {
        UserScope scope = currentUser.scope();
        return new Me(
                scope.username(),
                scope.displayName(),
                scope.language(),
                scope.roles(),
                jurisdictions.findAll(scope.visibleJurisdictionIds()).stream()
                        .map(j -> new Ref(j.getId(), j.getCode(), j.getName()))
                        .toList(),
                programmes.findAll(scope.programmeIds()).stream()
                        .map(p -> new Ref(p.getId(), p.getCode(), p.getTitle()))
                        .toList(),
                accounts.wantsWeeklyDigest());
    }

    @PutMapping("/me/weekly-digest")
    @Operation(summary = "Switch the caller's weekly digest e-mail on or off: { \"weeklyDigest\": true | false }")
    DigestChoice weeklyDigest(@RequestBody DigestChoice body) {
        if (body == null || body.weeklyDigest() == null) {
            throw new InvalidRequestException(
                    "weeklyDigest",
                    Refusal.of("refusal.field.required", new Refusal.Text("refusal.fieldName.weeklyDigest")));
        }
        accounts.changeWeeklyDigest(body.weeklyDigest());
        return new DigestChoice(accounts.wantsWeeklyDigest());
    }

    record Me(
            String username,
            String displayName,
            String language,
            Set<Role> roles,
            List<Ref> jurisdictions,
            List<Ref> programmes,
            boolean weeklyDigest) {}

    record DigestChoice(Boolean weeklyDigest) {}

    record Ref(Long id, String code, String name) {}
}

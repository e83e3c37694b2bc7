package org.resilienceroadmap.administration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.resilienceroadmap.administration.DirectoryAdministration;
import org.resilienceroadmap.administration.NewAccount;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.SignInMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Directory administration for scripts of national agencies and integrators (admin only). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
class AdministrationController {

    private final DirectoryAdministration administration;

    AdministrationController(DirectoryAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/jurisdictions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a region, a country under a region or a city under a country")
    Created addJurisdiction(@Valid @RequestBody JurisdictionBody body) {
        Jurisdiction j = administration.addJurisdiction(new NewJurisdiction(
                body.code(),
                body.name(),
                body.localName(),
                body.russianName(),
                body.serbianName(),
                body.level(),
                body.parentId()));
        return new Created(j.getId(), j.getCode());
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an account with its first membership; answers its one-time password once",
            description = "signIn ORGANISATION makes an account that signs in through the organisation's identity"
                    + " provider only: no password is kept, none is answered, and the password sign-in refuses it.")
    NewAccount addAccount(@Valid @RequestBody AccountBody body) {
        return administration.addAccount(
                new NewPerson(body.username(), body.displayName(), body.email(), body.organisation(), body.language()),
                body.role(),
                body.jurisdictionId(),
                body.programmeId(),
                body.signIn() == null ? SignInMethod.PASSWORD : body.signIn());
    }

    record JurisdictionBody(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String localName,
            @Size(max = 200) String russianName,
            @Size(max = 200) String serbianName,
            @NotNull JurisdictionLevel level,
            Long parentId) {}

    record AccountBody(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 200) String email,
            @Size(max = 200) String organisation,
            @Pattern(regexp = "en|ru|sr|sr-Latn|sr_Latn") String language,
            @NotNull Role role,
            Long jurisdictionId,
            Long programmeId,
            SignInMethod signIn) {}

    record Created(Long id, String code) {}
}

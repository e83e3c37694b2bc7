package org.resilienceroadmap.administration;

import java.util.List;
import java.util.regex.Pattern;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.directory.Usernames;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.OrganisationSignInSettings;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.security.SignInMethod;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin changes in the directory; refuses everyone else. */
@Service
public class DirectoryAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final ProgrammeDirectory programmes;
    private final AccountService accounts;
    private final Passwords passwords;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final OrganisationSignInSettings organisationSignIn;

    DirectoryAdministration(
            JurisdictionDirectory jurisdictions,
            PeopleDirectory people,
            ProgrammeDirectory programmes,
            AccountService accounts,
            Passwords passwords,
            CurrentUser currentUser,
            AuditLog audit,
            OrganisationSignInSettings organisationSignIn) {
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.programmes = programmes;
        this.accounts = accounts;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
        this.organisationSignIn = organisationSignIn;
    }

    /** Adds a region, a country under a region, or a city under a country. */
    @Transactional
    public Jurisdiction addJurisdiction(NewJurisdiction spec) {
        UserScope admin = requireAdmin();
        if (spec.code() == null || !CODE.matcher(spec.code()).matches()) {
            throw new InvalidRequestException("code", Refusal.of("refusal.directory.code"));
        }
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 200) {
            throw new InvalidRequestException("name", Refusal.of("refusal.directory.name"));
        }
        if (spec.level() == null) {
            throw new InvalidRequestException("level", Refusal.of("refusal.directory.level"));
        }
        JurisdictionLevel expectedParent = switch (spec.level()) {
            case REGION -> null;
            case COUNTRY -> JurisdictionLevel.REGION;
            case CITY -> JurisdictionLevel.COUNTRY;
        };
        JurisdictionLevel parentLevel = spec.parentId() == null
                ? null
                : known("parentId", () -> jurisdictions.get(spec.parentId())).getLevel();
        if (parentLevel != expectedParent) {
            throw new InvalidRequestException(
                    "parentId",
                    expectedParent == null
                            ? Refusal.of("refusal.directory.regionParent")
                            : Refusal.of(
                                    "refusal.directory.parent",
                                    new Refusal.Text("level." + spec.level().name()),
                                    new Refusal.Text("level." + expectedParent.name())));
        }
        if (jurisdictions.findByCode(spec.code()).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.directory.codeTaken", spec.code()));
        }
        for (String other : new String[] {spec.localName(), spec.russianName(), spec.serbianName()}) {
            if (other != null && other.length() > 200) {
                throw new InvalidRequestException("name", Refusal.of("refusal.directory.name"));
            }
        }
        Jurisdiction created = jurisdictions.create(new NewJurisdiction(
                spec.code(),
                spec.name().strip(),
                optional(spec.localName()),
                optional(spec.russianName()),
                optional(spec.serbianName()),
                spec.level(),
                spec.parentId()));
        audit.record(new AuditEntry(
                admin.username(),
                "JURISDICTION",
                String.valueOf(created.getId()),
                "admin:add-jurisdiction",
                null,
                spec.level().name(),
                spec.code() + " " + spec.name()));
        return created;
    }

    /** Makes an account with a one-time password and its first membership. */
    @Transactional
    public NewAccount addAccount(NewPerson spec, Role role, Long jurisdictionId, Long programmeId) {
        return addAccount(spec, role, jurisdictionId, programmeId, SignInMethod.PASSWORD);
    }

    /**
     * Makes an account and its first membership: with a one-time password, or signing in through the
     * organisation's identity provider only, with no password kept (then it needs what the provider's claim
     * is matched with, its e-mail address unless configured otherwise).
     */
    @Transactional
    public NewAccount addAccount(
            NewPerson spec, Role role, Long jurisdictionId, Long programmeId, SignInMethod signIn) {
        UserScope admin = requireAdmin();
        if (!Usernames.isUsername(spec.username())) {
            throw new InvalidRequestException("username", Refusal.of("refusal.directory.username"));
        }
        if (spec.displayName() == null
                || spec.displayName().isBlank()
                || spec.displayName().length() > 200) {
            throw new InvalidRequestException("displayName", Refusal.of("refusal.directory.name"));
        }
        if (people.findByUsername(spec.username()).isPresent()) {
            throw new ConflictException(Refusal.of("refusal.directory.usernameTaken", spec.username()));
        }
        checkTarget(role, jurisdictionId, programmeId);
        boolean organisation = signIn == SignInMethod.ORGANISATION;
        if (organisation
                && organisationSignIn.matches() == OrganisationSignInSettings.AccountField.EMAIL
                && (spec.email() == null || spec.email().isBlank())) {
            throw new InvalidRequestException("email", Refusal.of("refusal.directory.organisationNeedsEmail"));
        }
        NewPerson person = new NewPerson(
                spec.username(),
                spec.displayName().strip(),
                spec.email(),
                spec.organisation(),
                Languages.tag(Languages.of(spec.language())));
        String oneTime = organisation ? null : passwords.generateOneTimePassword();
        Person created = organisation
                ? accounts.createForOrganisationSignIn(person)
                : accounts.createWithOneTimePassword(person, oneTime);
        people.addMembership(created.getId(), role, jurisdictionId, programmeId);
        audit.record(new AuditEntry(
                admin.username(),
                "PERSON",
                String.valueOf(created.getId()),
                "admin:add-account",
                null,
                role.name(),
                spec.username() + " " + target(jurisdictionId, programmeId)
                        + (organisation ? " organisation sign-in" : "")));
        return new NewAccount(
                created.getId(), created.getUsername(), oneTime, organisation ? signIn : SignInMethod.PASSWORD);
    }

    @Transactional(readOnly = true)
    public List<Person> people() {
        requireAdmin();
        return people.findAll();
    }

    @Transactional(readOnly = true)
    /** A role an account holds, with the place or programme it holds it for (blank for an admin), for people to read. */
    public record RoleHeld(Role role, String where) {}

    public List<RoleHeld> rolesOf(Person person, java.util.Locale locale) {
        requireAdmin();
        return people.membershipsOf(person.getId()).stream()
                .map(m -> new RoleHeld(m.getRole(), placeOf(m.getJurisdictionId(), m.getProgrammeId(), locale)))
                .toList();
    }

    private String placeOf(Long jurisdictionId, Long programmeId, java.util.Locale locale) {
        return jurisdictionId != null
                ? jurisdictions.get(jurisdictionId).getDisplayName(locale)
                : programmeId != null ? programmes.get(programmeId).getTitle() : "";
    }

    private void checkTarget(Role role, Long jurisdictionId, Long programmeId) {
        if (role == null) {
            throw new InvalidRequestException("role", Refusal.of("refusal.directory.role"));
        }
        boolean needsJurisdiction = role == Role.MEMBER || role == Role.CHAIR || role == Role.COORDINATOR;
        if (needsJurisdiction && jurisdictionId == null) {
            throw new InvalidRequestException(
                    "jurisdictionId",
                    Refusal.of("refusal.directory.roleNeedsJurisdiction", new Refusal.Text("role." + role)));
        }
        if (role == Role.DONOR && programmeId == null) {
            throw new InvalidRequestException("programmeId", Refusal.of("refusal.directory.donorNeedsProgramme"));
        }
        if (jurisdictionId != null && !needsJurisdiction || programmeId != null && role != Role.DONOR) {
            throw new InvalidRequestException(
                    "role", Refusal.of("refusal.directory.roleStandsAlone", new Refusal.Text("role." + role)));
        }
        if (jurisdictionId != null) {
            known("jurisdictionId", () -> jurisdictions.get(jurisdictionId));
        }
        if (programmeId != null) {
            known("programmeId", () -> programmes.get(programmeId));
        }
    }

    /** An id in the body that names nothing is bad input in that field (400), not a missing resource (404). */
    private static <T> T known(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidRequestException(field, Refusal.of("refusal.directory.unknownId"));
        }
    }

    private String target(Long jurisdictionId, Long programmeId) {
        return jurisdictionId != null
                ? jurisdictions.get(jurisdictionId).getCode()
                : programmeId != null ? programmes.get(programmeId).getCode() : "";
    }

    private UserScope requireAdmin() {
        UserScope me = currentUser.scope();
        if (!me.isAdmin()) {
            throw new ForbiddenException(Refusal.of("refusal.directory.onlyAdmin"));
        }
        return me;
    }

    private static String optional(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}

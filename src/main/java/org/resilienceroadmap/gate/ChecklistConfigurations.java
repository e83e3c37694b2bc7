package org.resilienceroadmap.gate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins configure the checklists of every country and programme; a coordinator those of the
 * countries they coordinate and of the programmes all of whose jurisdictions they coordinate.
 * Others are refused (403); a country or programme out of sight does not exist for them (404).
 */
@Service
public class ChecklistConfigurations {

    static final int MAX_ITEMS = 30;
    static final int MAX_LABEL = 300;
    static final int MAX_NUMBER = 365;

    private final GateChecklistRepository checklists;
    private final DefaultChecklists defaults;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ChecklistConfigurations(
            GateChecklistRepository checklists,
            DefaultChecklists defaults,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.checklists = checklists;
        this.defaults = defaults;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The countries and programmes the caller may configure, countries first, each by name. */
    @Transactional(readOnly = true)
    public List<ConfigScope> editable(Locale locale) {
        UserScope me = currentUser.scope();
        List<ConfigScope> scopes = new ArrayList<>();
        jurisdictions.findAll(me.isAdmin() ? me.visibleJurisdictionIds() : me.coordinatedJurisdictionIds()).stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTRY)
                .forEach(j -> scopes.add(new ConfigScope(ScopeKind.COUNTRY, j.getId(), j.getDisplayName(locale))));
        programmes.findAll().stream()
                .filter(p -> mayConfigure(me, p))
                .forEach(p -> scopes.add(new ConfigScope(ScopeKind.PROGRAMME, p.getId(), p.getTitle())));
        return scopes;
    }

    @Transactional(readOnly = true)
    public Configuration get(ScopeKind kind, Long scopeId, Gate gate) {
        requireMayConfigure(currentUser.scope(), kind, scopeId);
        return checklists
                .findByScopeKindAndScopeIdAndGate(kind, scopeId, gate)
                .map(c -> of(c, gate))
                .orElseGet(() -> new Configuration(kind, scopeId, gate, false, null, defaults.of(gate), null, null));
    }

    /**
     * Replaces the items; {@code expectedVersion} is the version read (null when there was none yet).
     * Someone who saved meanwhile makes it a 409, so nobody's items are overwritten unseen.
     */
    @Transactional
    public Configuration save(ScopeKind kind, Long scopeId, Gate gate, List<ItemSpec> items, Long expectedVersion) {
        UserScope me = currentUser.scope();
        requireMayConfigure(me, kind, scopeId);
        List<ItemSpec> checked = check(items);
        GateChecklist checklist = checklists
                .findByScopeKindAndScopeIdAndGate(kind, scopeId, gate)
                .orElseGet(() -> new GateChecklist(kind, scopeId, gate));
        boolean existed = checklist.getId() != null;
        if (existed ? expectedVersion == null || expectedVersion != checklist.getVersion() : expectedVersion != null) {
            throw new ConflictException(Refusal.of("refusal.gate.configChanged"));
        }
        checklist.replaceItems(checked, me.username(), Instant.now(clock));
        GateChecklist saved = checklists.saveAndFlush(checklist);
        audit.record(new AuditEntry(
                me.username(),
                "GATE_CHECKLIST",
                kind + ":" + scopeId + ":" + gate.path(),
                "gate:configure",
                null,
                null,
                null,
                String.valueOf(checked.size())));
        return of(saved, gate);
    }

    /** Forgets the configuration: the gate follows the defaults (or a programme's checklist) again. */
    @Transactional
    public void reset(ScopeKind kind, Long scopeId, Gate gate) {
        UserScope me = currentUser.scope();
        requireMayConfigure(me, kind, scopeId);
        checklists.findByScopeKindAndScopeIdAndGate(kind, scopeId, gate).ifPresent(c -> {
            checklists.delete(c);
            audit.record(new AuditEntry(
                    me.username(),
                    "GATE_CHECKLIST",
                    kind + ":" + scopeId + ":" + gate.path(),
                    "gate:reset",
                    null,
                    null,
                    null));
        });
    }

    private List<ItemSpec> check(List<ItemSpec> items) {
        if (items == null) {
            throw new InvalidRequestException("items", Refusal.of("refusal.gate.items"));
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidRequestException("items", Refusal.counted("refusal.gate.tooManyItems", MAX_ITEMS));
        }
        List<ItemSpec> checked = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int manual = 0;
        for (ItemSpec item : items) {
            if (item == null || item.kind() == null) {
                throw new InvalidRequestException("kind", Refusal.of("refusal.gate.kind"));
            }
            ItemSpec clean;
            if (item.kind() == ItemKind.COMPUTED) {
                if (item.rule() == null) {
                    throw new InvalidRequestException("rule", Refusal.of("refusal.gate.rule"));
                }
                Integer number = item.rule().hasNumber()
                        ? item.number() == null ? item.rule().defaultNumber() : item.number()
                        : null;
                if (number != null && (number < 1 || number > MAX_NUMBER)) {
                    throw new InvalidRequestException("number", Refusal.of("refusal.gate.number", MAX_NUMBER));
                }
                clean = new ItemSpec(
                        ItemSpec.computed(item.rule(), true).code(),
                        ItemKind.COMPUTED,
                        item.rule(),
                        null,
                        item.mandatory(),
                        number);
            } else {
                String label = item.label() == null ? "" : item.label().strip();
                if (label.isEmpty() || label.length() > MAX_LABEL) {
                    throw new InvalidRequestException("label", Refusal.counted("refusal.gate.label", MAX_LABEL));
                }
                String code = item.code() != null && item.code().matches("manual-\\d{1,4}") ? item.code() : null;
                while (code == null || codes.contains(code)) {
                    code = "manual-" + (++manual);
                }
                clean = new ItemSpec(code, ItemKind.MANUAL, null, label, item.mandatory(), null);
            }
            if (!codes.add(clean.code())) {
                throw new InvalidRequestException("items", Refusal.of("refusal.gate.duplicate"));
            }
            checked.add(clean);
        }
        return checked;
    }

    private void requireMayConfigure(UserScope me, ScopeKind kind, Long scopeId) {
        if (kind == ScopeKind.COUNTRY) {
            Jurisdiction country = jurisdictions.findAll(List.of(scopeId)).stream()
                    .findFirst()
                    .filter(j -> j.getLevel() == JurisdictionLevel.COUNTRY && me.sees(j.getId()))
                    .orElseThrow(() -> new NotFoundException("Country", scopeId));
            if (!me.isAdmin() && !me.coordinates(country.getId())) {
                throw new ForbiddenException(Refusal.of("refusal.gate.mayNotConfigure"));
            }
        } else {
            Programme programme = programmes.findAll(List.of(scopeId)).stream()
                    .findFirst()
                    .filter(p -> mayRead(me, p))
                    .orElseThrow(() -> new NotFoundException("Programme", scopeId));
            if (!mayConfigure(me, programme)) {
                throw new ForbiddenException(Refusal.of("refusal.gate.mayNotConfigure"));
            }
        }
    }

    /** As the programme's own pages read it: admins, its donors, coordinators of some place it covers. */
    private boolean mayRead(UserScope me, Programme programme) {
        return me.isAdmin()
                || me.has(Role.DONOR) && me.programmeIds().contains(programme.getId())
                || me.has(Role.COORDINATOR)
                        && jurisdictions.subtreeIds(programme.getJurisdictionIds()).stream()
                                .anyMatch(me::sees);
    }

    private static boolean mayConfigure(UserScope me, Programme programme) {
        return me.isAdmin()
                || (me.has(Role.COORDINATOR)
                        && !programme.getJurisdictionIds().isEmpty()
                        && programme.getJurisdictionIds().stream().allMatch(me::coordinates));
    }

    private static Configuration of(GateChecklist c, Gate gate) {
        return new Configuration(
                c.getScopeKind(),
                c.getScopeId(),
                gate,
                true,
                c.getVersion(),
                c.specs(),
                c.getUpdatedBy(),
                c.getUpdatedAt());
    }
}

package org.resilienceroadmap.funding;

import java.util.HashSet;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may manage a programme. Its donor reads all of it; a coordinator reads the
 * part of it within their own scope; an admin reads everything. Managing the framework, the budget
 * and the money is for an admin or a coordinator of every jurisdiction the programme covers
 * (a regional centre for a regional programme). Donors watch; they never write.
 */
@Component
class ProgrammeAccess {

    private final ProgrammeDirectory programmes;
    private final JurisdictionDirectory jurisdictions;

    ProgrammeAccess(ProgrammeDirectory programmes, JurisdictionDirectory jurisdictions) {
        this.programmes = programmes;
        this.jurisdictions = jurisdictions;
    }

    /** The whole programme, as the engine and scheduled work see it. */
    ProgrammeScope whole(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        return new ProgrammeScope(programme, jurisdictions.subtreeIds(programme.getJurisdictionIds()), true);
    }

    /** The programme as this reader may see it; a programme outside their scope does not exist for them. */
    ProgrammeScope readable(UserScope me, Long programmeId) {
        Programme programme = find(programmeId);
        Set<Long> covered = jurisdictions.subtreeIds(programme.getJurisdictionIds());
        if (me.isAdmin() || me.programmeIds().contains(programmeId) && me.has(Role.DONOR)) {
            return new ProgrammeScope(programme, covered, true);
        }
        if (me.has(Role.COORDINATOR)) {
            Set<Long> mine = new HashSet<>(covered);
            mine.retainAll(me.visibleJurisdictionIds());
            if (!mine.isEmpty()) {
                return new ProgrammeScope(programme, Set.copyOf(mine), mine.equals(covered));
            }
        }
        throw new NotFoundException("Programme", programmeId);
    }

    boolean mayRead(UserScope me, Programme programme) {
        try {
            readable(me, programme.getId());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    boolean mayManage(UserScope me, Programme programme) {
        return me.isAdmin()
                || me.has(Role.COORDINATOR)
                        && !programme.getJurisdictionIds().isEmpty()
                        && programme.getJurisdictionIds().stream().allMatch(me::coordinates);
    }

    /** The programme for someone about to change it: readable first (else 404), then allowed to manage (else 403). */
    ProgrammeScope manageable(UserScope me, Long programmeId) {
        ProgrammeScope scope = readable(me, programmeId);
        if (!mayManage(me, scope.programme())) {
            throw new ForbiddenException(Refusal.of("refusal.programme.onlyManagers"));
        }
        return scope;
    }

    private Programme find(Long programmeId) {
        try {
            return programmes.get(programmeId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Programme", programmeId);
        }
    }
}

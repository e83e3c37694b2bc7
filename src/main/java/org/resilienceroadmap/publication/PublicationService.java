package org.resilienceroadmap.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's side of a city's public page: its chair proposes it (a coordinator approves it in the
 * task inbox), the chair or a coordinator withdraws it, and those who see the city read where it stands.
 * Out of scope the city does not exist (404); a role that may not act is refused (403).
 */
@Service
public class PublicationService {

    private final CityPublicationRepository publications;
    private final PublicationSteps steps;
    private final JurisdictionDirectory jurisdictions;
    private final ProcessRuns runs;
    private final CurrentUser currentUser;
    private final PublicCities cities;
    private final Clock clock;

    PublicationService(
            CityPublicationRepository publications,
            PublicationSteps steps,
            JurisdictionDirectory jurisdictions,
            ProcessRuns runs,
            CurrentUser currentUser,
            PublicCities cities,
            Clock clock) {
        this.cities = cities;
        this.publications = publications;
        this.steps = steps;
        this.jurisdictions = jurisdictions;
        this.runs = runs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Where the city's page stands and what the caller may do with it; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public PublicationStatus status(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        Jurisdiction city = visible(me, jurisdictionId);
        return status(city, publications.findByJurisdictionId(jurisdictionId), me);
    }

    /**
     * What the city's page would show once published, for the coordinators who decide it (and admins);
     * 404 for anyone else, as for a city outside their scope.
     */
    @Transactional(readOnly = true)
    public PublicCity preview(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        Jurisdiction city = visible(me, jurisdictionId);
        if (!me.coordinates(city.getId())) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return cities.preview(jurisdictionId);
    }

    /** The chair proposes the city's page; a coordinator of the city approves or declines it in a task. */
    @Transactional
    public PublicationStatus propose(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        Jurisdiction city = visible(me, jurisdictionId);
        if (!isChair(me, city)) {
            throw new ForbiddenException(Refusal.of("refusal.publication.onlyChair"));
        }
        if (city.getLevel() != JurisdictionLevel.CITY) {
            throw new ConflictException(Refusal.of("refusal.publication.onlyCities"));
        }
        CityPublication publication =
                publications.findByJurisdictionId(jurisdictionId).orElseGet(() -> new CityPublication(jurisdictionId));
        if (publication.getState() != null && publication.getState().isOpen()) {
            throw new ConflictException(Refusal.of("refusal.publication.open"));
        }
        String from =
                publication.getState() == null ? null : publication.getState().name();
        publication.propose(me.username(), Instant.now(clock));
        publication = publications.saveAndFlush(publication);
        String instanceId = runs.start(
                CityPublicationProcess.KEY,
                String.valueOf(publication.getId()),
                Map.of(
                        ProcessVariables.SUBJECT_TYPE,
                        PublicationSteps.SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID,
                        String.valueOf(publication.getId()),
                        ProcessVariables.JURISDICTION_ID,
                        jurisdictionId,
                        ProcessVariables.DECIDED_BY,
                        me.username()));
        publication.startedBy(instanceId);
        steps.record(publication, me.username(), "publication:propose", from, null);
        // Written now, so that the version the caller is given is the one a withdrawal must name.
        publications.flush();
        return status(city, Optional.of(publication), me);
    }

    /** The chair or a coordinator takes the page down, or the proposal back; {@code version} as last read. */
    @Transactional
    public PublicationStatus withdraw(Long jurisdictionId, Long version) {
        UserScope me = currentUser.scope();
        Jurisdiction city = visible(me, jurisdictionId);
        if (!mayWithdraw(me, city)) {
            throw new ForbiddenException(Refusal.of("refusal.publication.onlyChairOrCoordinator"));
        }
        if (version == null) {
            throw new InvalidRequestException("version", Refusal.of("refusal.publication.versionRequired"));
        }
        CityPublication publication = publications
                .findByJurisdictionId(jurisdictionId)
                .filter(p -> p.getState().isOpen())
                .orElseThrow(() -> new ConflictException(Refusal.of("refusal.publication.notOpen")));
        if (publication.getVersion() != version.longValue()) {
            throw new ConflictException(Refusal.of("refusal.publication.changedMeanwhile"));
        }
        runs.correlate(
                CityPublicationProcess.MESSAGE_WITHDRAWN,
                String.valueOf(publication.getId()),
                Map.of(ProcessVariables.DECIDED_BY, me.username()));
        publications.flush();
        return status(city, publications.findById(publication.getId()), me);
    }

    private PublicationStatus status(Jurisdiction city, Optional<CityPublication> found, UserScope me) {
        PublicationState state = found.map(CityPublication::getState).orElse(null);
        boolean open = state != null && state.isOpen();
        return new PublicationStatus(
                city.getId(),
                city.getCode(),
                state,
                found.map(CityPublication::getProposedAt).orElse(null),
                found.map(CityPublication::getDecidedAt).orElse(null),
                found.map(CityPublication::getWithdrawnAt).orElse(null),
                !open && city.getLevel() == JurisdictionLevel.CITY && isChair(me, city),
                open && mayWithdraw(me, city),
                found.map(CityPublication::getVersion).orElse(0L));
    }

    private Jurisdiction visible(UserScope me, Long jurisdictionId) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return jurisdictions.get(jurisdictionId);
    }

    private boolean mayWithdraw(UserScope me, Jurisdiction city) {
        return isChair(me, city) || me.coordinates(city.getId());
    }

    private static boolean isChair(UserScope me, Jurisdiction city) {
        return me.groups().contains("chair:" + city.getCode());
    }
}

package org.resilienceroadmap.publication;

import java.time.Clock;
import java.time.Instant;

import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code processes/city-publication.bpmn} does at each step: publish the page once a coordinator
 * approved it, record a decline, take the page down on a withdrawal. Each step is audited.
 */
@Service
@Transactional
public class PublicationSteps {

    public static final String SUBJECT_TYPE = "PUBLICATION";

    private final CityPublicationRepository publications;
    private final AuditLog audit;
    private final Clock clock;

    PublicationSteps(CityPublicationRepository publications, AuditLog audit, Clock clock) {
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    public void publish(Long publicationId, String by) {
        CityPublication publication = get(publicationId);
        String from = publication.getState().name();
        publication.decide(PublicationState.PUBLISHED, by, Instant.now(clock));
        record(publication, by, "publication:publish", from, null);
    }

    public void decline(Long publicationId, String by, String comment) {
        CityPublication publication = get(publicationId);
        String from = publication.getState().name();
        publication.decide(PublicationState.DECLINED, by, Instant.now(clock));
        record(publication, by, "publication:decline", from, comment);
    }

    public void withdraw(Long publicationId, String by) {
        CityPublication publication = get(publicationId);
        String from = publication.getState().name();
        publication.withdraw(by, Instant.now(clock));
        record(publication, by, "publication:withdraw", from, null);
    }

    void record(CityPublication publication, String by, String action, String from, String comment) {
        audit.record(new AuditEntry(
                        by,
                        SUBJECT_TYPE,
                        String.valueOf(publication.getId()),
                        action,
                        from,
                        publication.getState().name(),
                        comment)
                .in(publication.getJurisdictionId()));
    }

    private CityPublication get(Long publicationId) {
        return publications
                .findById(publicationId)
                .orElseThrow(() -> new NotFoundException("Publication", publicationId));
    }
}

package org.resilienceroadmap.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes as donor scope: what they cover. */
@Service
@Transactional(readOnly = true)
public class ProgrammeDirectory {

    private final ProgrammeRepository programmes;
    private final ApplicationEventPublisher events;

    ProgrammeDirectory(ProgrammeRepository programmes, ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.events = events;
    }

    public Programme get(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    public List<Programme> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : programmes.findByIdInOrderByTitle(ids);
    }

    public List<Programme> findAll() {
        return programmes.findAll();
    }

    @Transactional
    public Programme create(
            String code,
            String title,
            String donor,
            BigDecimal amount,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            Set<Long> jurisdictionIds) {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("The programme's period ends before it starts");
        }
        Programme created = programmes.save(
                new Programme(code, title, donor, amount, currency, periodStart, periodEnd, jurisdictionIds));
        events.publishEvent(new DirectoryChanged("programme"));
        return created;
    }

    /** What the programme's public record says beyond money and scope: description, publisher, implementer. */
    @Transactional
    public Programme describe(
            Long id, String description, String reportingOrgRef, String reportingOrgType, String implementer) {
        Programme programme = get(id);
        programme.describe(description, reportingOrgRef, reportingOrgType, implementer);
        return programme;
    }

    public java.util.Optional<Programme> findByCode(String code) {
        return programmes.findByCode(code);
    }
}

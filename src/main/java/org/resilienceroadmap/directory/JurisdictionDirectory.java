package org.resilienceroadmap.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Jurisdictions, their tree, hazard profiles, MCR2030 membership and roadmap stage. No scope checks here. */
@Service
@Transactional(readOnly = true)
public class JurisdictionDirectory {

    private final JurisdictionRepository jurisdictions;
    private final StageHistoryRepository history;
    private final HazardExposureRepository exposures;
    private final HazardRepository hazards;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    // A jurisdiction's code and parent never change once it exists and ids are never reused, so its
    // ancestry, once read, holds on every node for as long as the application runs. Every task of a
    // coordinator names the coordinators of the whole chain: without this each one re-read it.
    private final Map<Long, List<Long>> ancestry = new ConcurrentHashMap<>();
    private final Map<Long, String> codes = new ConcurrentHashMap<>();

    JurisdictionDirectory(
            JurisdictionRepository jurisdictions,
            StageHistoryRepository history,
            HazardExposureRepository exposures,
            HazardRepository hazards,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.history = history;
        this.exposures = exposures;
        this.hazards = hazards;
        this.clock = clock;
    }

    public Jurisdiction get(Long id) {
        return jurisdictions.findById(id).orElseThrow(() -> new NotFoundException("Jurisdiction", id));
    }

    public Optional<Jurisdiction> findByCode(String code) {
        return jurisdictions.findByCode(code);
    }

    public List<Jurisdiction> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jurisdictions.findByIdAnyOrderByName(ids.toArray(Long[]::new));
    }

    public List<Jurisdiction> findAll() {
        return jurisdictions.findAll();
    }

    public Set<Long> subtreeIds(Collection<Long> roots) {
        return roots.isEmpty() ? Set.of() : Set.copyOf(jurisdictions.findSubtreeIds(roots));
    }

    /** The jurisdiction itself first, then its parent, up to the region. */
    public List<Long> ancestryIds(Long id) {
        List<Long> known = ancestry.get(id);
        if (known != null) {
            return known;
        }
        List<Long> chain = List.copyOf(jurisdictions.findAncestryIds(id));
        if (!chain.isEmpty()) {
            ancestry.put(id, chain);
        }
        return chain;
    }

    /** The codes of the jurisdiction and its ancestors, itself first. */
    public List<String> ancestryCodes(Long id) {
        return ancestryIds(id).stream().map(this::codeOf).toList();
    }

    public String codeOf(Long id) {
        String known = codes.get(id);
        if (known != null) {
            return known;
        }
        String code = get(id).getCode();
        codes.put(id, code);
        return code;
    }

    public List<StageHistoryEntry> stageHistory(Long id) {
        return history.findByJurisdictionIdOrderByEnteredAtAscIdAsc(id);
    }

    /** Every stay of these jurisdictions in any stage, in no particular order. */
    public List<StageHistoryEntry> stageHistory(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : history.findByJurisdictionIdIn(ids);
    }

    /** Since when each of these jurisdictions is in its current stage (one row each, no entities); those in none are missing. */
    public Map<Long, Instant> currentStageSince(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> since = new java.util.HashMap<>();
        history.findCurrentStays(ids)
                .forEach(row -> since.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
        return since;
    }

    public List<HazardExposure> hazardProfile(Long id) {
        return exposures.findByJurisdictionIdOrderByHazardCode(id);
    }

    public List<Hazard> hazardCatalogue() {
        return hazards.findAllByOrderByCode();
    }

    /** The message key that names each hazard code (the newest edition's, where a code has several). */
    public java.util.Map<String, String> hazardNames() {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        hazardCatalogue().stream()
                .sorted(java.util.Comparator.comparing(Hazard::getEdition))
                .forEach(h -> keys.put(h.getCode(), h.getMessageKey()));
        return keys;
    }

    @Transactional
    public Jurisdiction create(NewJurisdiction spec) {
        if (jurisdictions.findByCode(spec.code()).isPresent()) {
            throw new IllegalArgumentException("A jurisdiction with code " + spec.code() + " exists already");
        }
        if (spec.parentId() != null) {
            get(spec.parentId());
        }
        Jurisdiction created = jurisdictions.save(new Jurisdiction(
                spec.code(),
                spec.name(),
                spec.localName(),
                spec.russianName(),
                spec.serbianName(),
                spec.level(),
                spec.parentId()));
        events.publishEvent(new DirectoryChanged("jurisdiction"));
        return created;
    }

    @Transactional
    public void addHazard(Long jurisdictionId, String hazardCode, String edition, int likelihood, int impact) {
        exposures.save(new HazardExposure(get(jurisdictionId).getId(), hazardCode, edition, likelihood, impact));
    }

    @Transactional
    public void recordJoining(Long id, LocalDate on) {
        get(id).join(on);
    }

    /**
     * Moves the jurisdiction into a stage and keeps the history: the previous stay ends when this one
     * begins, at the start of the given day (a stay that began on joining), or now when none is given.
     */
    @Transactional
    public void enterStage(Long id, RoadmapStage stage, String approvedBy, LocalDate on) {
        Jurisdiction jurisdiction = get(id);
        Instant at = on == null
                ? Instant.now(clock)
                : on.atStartOfDay(org.resilienceroadmap.shared.Days.ZONE).toInstant();
        history.findByJurisdictionIdAndLeftAtIsNull(id).forEach(open -> open.leave(at));
        jurisdiction.enterStage(stage);
        history.save(new StageHistoryEntry(id, stage, at, approvedBy));
    }

    /** Sets or clears the MCR2030 Resilience Hub flag; the hub feature calls it on designation and on lapse. */
    @Transactional
    public void markResilienceHub(Long id, boolean hub) {
        get(id).markResilienceHub(hub);
    }
}

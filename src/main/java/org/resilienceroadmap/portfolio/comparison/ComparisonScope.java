package org.resilienceroadmap.portfolio.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Component;

/**
 * Which programmes and countries a reader may compare cities within, and which of their cities: a
 * donor their own programmes; a coordinator the programmes and countries that reach into what they
 * coordinate, and there only their part; an admin everything. A subject outside the reader's scope
 * does not exist for them (404); a working group's member or chair may not compare at all (403).
 */
@Component
class ComparisonScope {

    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;

    ComparisonScope(JurisdictionDirectory jurisdictions, ProgrammeDirectory programmes) {
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
    }

    void requireReader(UserScope me) {
        if (!me.isAdmin() && !me.has(Role.COORDINATOR) && !me.has(Role.DONOR)) {
            throw new ForbiddenException(Refusal.of("refusal.comparison.readers"));
        }
    }

    /** The programmes, then the countries, each by name. */
    List<ComparisonSubject> subjects(UserScope me) {
        requireReader(me);
        List<ComparisonSubject> subjects = new ArrayList<>();
        for (Programme p : readableProgrammes(me)) {
            subjects.add(new ComparisonSubject(SubjectKind.PROGRAMME, p.getId(), p.getTitle(), null));
        }
        List<Jurisdiction> visible = jurisdictions.findAll(me.visibleJurisdictionIds());
        Map<Long, Jurisdiction> byId = new HashMap<>();
        visible.forEach(j -> byId.put(j.getId(), j));
        Set<Long> countries = new HashSet<>();
        for (Jurisdiction j : visible) {
            Jurisdiction country = countryOf(j, byId);
            if (country != null) {
                countries.add(country.getId());
            }
        }
        countries.stream()
                .map(byId::get)
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .forEach(c ->
                        subjects.add(new ComparisonSubject(SubjectKind.COUNTRY, c.getId(), c.getName(), c.names())));
        return subjects;
    }

    ComparedCities cities(UserScope me, SubjectKind kind, Long id) {
        requireReader(me);
        return kind == SubjectKind.PROGRAMME ? programmeCities(me, id) : countryCities(me, id);
    }

    private ComparedCities programmeCities(UserScope me, Long id) {
        Programme programme = readableProgrammes(me).stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Programme", id));
        List<Jurisdiction> cities = citiesIn(me, jurisdictions.subtreeIds(programme.getJurisdictionIds()));
        return new ComparedCities(
                new ComparisonSubject(SubjectKind.PROGRAMME, programme.getId(), programme.getTitle(), null), cities);
    }

    private ComparedCities countryCities(UserScope me, Long id) {
        Jurisdiction country;
        try {
            country = jurisdictions.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException("Country", id);
        }
        List<Jurisdiction> cities = country.getLevel() == JurisdictionLevel.COUNTRY
                ? citiesIn(me, jurisdictions.subtreeIds(List.of(id)))
                : List.of();
        if (country.getLevel() != JurisdictionLevel.COUNTRY || !me.sees(id) && cities.isEmpty()) {
            throw new NotFoundException("Country", id);
        }
        return new ComparedCities(
                new ComparisonSubject(SubjectKind.COUNTRY, country.getId(), country.getName(), country.names()),
                cities);
    }

    /** A donor's own programmes; for a coordinator those that cover something they see; all for an admin. */
    private List<Programme> readableProgrammes(UserScope me) {
        if (me.isAdmin()) {
            return programmes.findAll().stream()
                    .sorted(Comparator.comparing(Programme::getTitle))
                    .toList();
        }
        List<Programme> readable =
                new ArrayList<>(me.has(Role.DONOR) ? programmes.findAll(me.programmeIds()) : List.of());
        if (me.has(Role.COORDINATOR)) {
            for (Programme p : programmes.findAll()) {
                if (readable.stream().noneMatch(r -> r.getId().equals(p.getId()))
                        && jurisdictions.subtreeIds(p.getJurisdictionIds()).stream()
                                .anyMatch(me::sees)) {
                    readable.add(p);
                }
            }
        }
        readable.sort(Comparator.comparing(Programme::getTitle));
        return readable;
    }

    private List<Jurisdiction> citiesIn(UserScope me, Set<Long> ids) {
        return jurisdictions.findAll(ids.stream().filter(me::sees).toList()).stream()
                .filter(j -> j.getLevel() == JurisdictionLevel.CITY)
                .toList();
    }

    /** A donor may see a city and not its country: the country's name is no secret, so it is read. */
    private Jurisdiction countryOf(Jurisdiction j, Map<Long, Jurisdiction> byId) {
        Jurisdiction at = j;
        while (at != null && at.getLevel() != JurisdictionLevel.COUNTRY) {
            at = at.getParentId() == null ? null : byId.computeIfAbsent(at.getParentId(), jurisdictions::get);
        }
        return at;
    }
}

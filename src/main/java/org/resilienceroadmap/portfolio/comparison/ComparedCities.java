package org.resilienceroadmap.portfolio.comparison;

import java.util.List;

import org.resilienceroadmap.directory.Jurisdiction;

/** A subject and the cities of it one reader may compare (never more than they see). */
record ComparedCities(ComparisonSubject subject, List<Jurisdiction> cities) {

    List<Long> ids() {
        return cities.stream().map(Jurisdiction::getId).toList();
    }
}

package org.resilienceroadmap.portfolio.comparison;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * A fresh country of three cities, a coordinator of the country, a programme over two of the cities
 * (the first and the third) with its donor, and validated assessments written as the assessment
 * process leaves them: state, validation time and answers.
 */
final class ComparisonScene {

    final Long country;
    final TestCity first;
    final TestCity second;
    final TestCity third;
    final String coordinator;
    final Long programme;
    final String donor;

    private final JdbcTemplate jdbc;

    ComparisonScene(
            Fixtures fixtures,
            JurisdictionDirectory jurisdictions,
            PeopleDirectory people,
            ProgrammeDirectory programmes,
            Passwords passwords,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        country = fixtures.newCountry();
        String code = jurisdictions.codeOf(country);
        first = fixtures.newCity(code);
        second = fixtures.newCity(code);
        third = fixtures.newCity(code);
        coordinator = "coordinator." + code.toLowerCase();
        var person = people.create(
                new NewPerson(coordinator, "Country coordinator", null, "Agency", "en"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.COORDINATOR, country, null);
        programme = programmes
                .create(
                        "P-" + code,
                        "Programme over " + code,
                        "Donor",
                        new BigDecimal("1000.00"),
                        "EUR",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        Set.of(first.id(), third.id()))
                .getId();
        donor = "donor." + code.toLowerCase();
        var funder = people.create(new NewPerson(donor, "Donor", null, "Donor", "en"), passwords.hash("demo"), false);
        people.addMembership(funder.getId(), Role.DONOR, null, programme);
    }

    /** An assessment of the city on the template in the given state (validated at that moment), with these answers. */
    Long assessment(Long city, String template, String state, Instant validatedAt, Map<String, Integer> answers) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("jurisdiction_id", city);
        row.put("template_id", template);
        row.put("template_version", "test");
        row.put("state", state);
        row.put("created_by", "test");
        row.put("created_at", Timestamp.from(validatedAt.minusSeconds(86_400)));
        row.put("validated_by", state.equals("VALIDATED") ? "coordinator" : null);
        row.put("validated_at", state.equals("VALIDATED") ? Timestamp.from(validatedAt) : null);
        Long id = new SimpleJdbcInsert(jdbc)
                .withTableName("assessment")
                .usingColumns(row.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(row)
                .longValue();
        answers.forEach((question, score) -> jdbc.update(
                "insert into assessment_answer (assessment_id, question_code, score, answered_by, answered_at)"
                        + " values (?, ?, ?, 'test', ?)",
                id,
                question,
                score,
                Timestamp.from(validatedAt.minusSeconds(86_400))));
        return id;
    }

    Long validated(Long city, Instant at, Map<String, Integer> answers) {
        return assessment(city, "preliminary", "VALIDATED", at, answers);
    }
}

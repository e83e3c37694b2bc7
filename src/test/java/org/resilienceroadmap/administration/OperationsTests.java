package org.resilienceroadmap.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators see: a step the engine gave up on is listed with its error and can be retried by an
 * admin only; Prometheus reads the engine's and the application's figures; a mail that cannot be sent
 * is counted.
 */
class OperationsTests extends IntegrationTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    EngineIncidents incidents;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Api api;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Notifier notifier;

    @Autowired
    PeopleDirectory people;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private IncidentProbe probe;
    private String instance;

    @BeforeEach
    void aStepThatFails() {
        probe = new IncidentProbe(repository, runtime, management);
        instance = probe.instance;
    }

    @AfterEach
    void removeTheProbe() {
        probe.remove();
    }

    @Test
    void aStepOutOfRetriesIsListedWithItsErrorAndAnAdminRetriesIt() {
        Job job = failUntilIncident();

        var listed =
                as("admin", () -> incidents.incidents(PageRequest.of(0, 50)).getContent());
        assertThat(listed)
                .filteredOn(step -> job.getId().equals(step.jobId()))
                .singleElement()
                .satisfies(step -> {
                    assertThat(step.stepName()).isEqualTo(IncidentProbe.STEP);
                    assertThat(step.processKey()).isEqualTo(IncidentProbe.KEY);
                    assertThat(step.businessKey()).startsWith("probe-");
                    assertThat(step.error()).contains("MissingDelegate");
                });

        assertThatThrownBy(() -> as("coordinator.serbia", () -> incidents.incidents(PageRequest.of(0, 50))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("coordinator.serbia", () -> incidents.retry(job.getId())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
                .as("a refused retry leaves the incident")
                .isOne();

        as("admin", () -> transactions.executeWithoutResult(t -> incidents.retry(job.getId())));
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
                .isZero();
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'engine:retry' and subject_id = ?",
                        Integer.class,
                        job.getId()))
                .isOne();
        assertThatThrownBy(() -> as("admin", () -> incidents.retry(job.getId())))
                .as("a step with retries left is not a failed one")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApiListsAndRetriesForAdminsOnly() {
        Job job = failUntilIncident();
        var listed = api.get("admin", "/api/v1/admin/incidents?size=500");
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody().path("content").toString()).contains(job.getId(), "Probe a broken step");
        assertThat(api.get("coordinator.serbia", "/api/v1/admin/incidents")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(api.post("admin", "/api/v1/admin/incidents/jobs/" + job.getId() + "/retry", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
                .isZero();
    }

    @Test
    void prometheusReadsTheEnginesAndTheApplicationsFiguresForAdmins() {
        failUntilIncident();
        var scrape = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        String text = scrape.getBody();
        assertThat(text)
                .contains("roadmap_engine_open_tasks")
                .contains("roadmap_engine_jobs_due")
                .contains("roadmap_engine_jobs_failed")
                .contains("roadmap_decisions_total")
                .contains("roadmap_notification_mail_failures_total");
        double incidentsNow = List.of(text.split("\n")).stream()
                .filter(line -> line.startsWith("roadmap_engine_incidents "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst()
                .orElseThrow();
        assertThat(incidentsNow).isEqualTo(runtime.createIncidentQuery().count());

        assertThat(rest.withBasicAuth("chair.kraljevo", "demo")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(rest.getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void aMailThatCannotBeSentIsCounted() throws InterruptedException {
        // No mail server listens in the tests but the e-mail tests' own: sending fails.
        String username = "ops.mail." + System.nanoTime();
        transactions.executeWithoutResult(t -> people.create(
                new NewPerson(username, "Ops " + username, username + "@example.org", "Test", "en"), "{noop}x", false));
        double before = meters.counter("roadmap.notification.mail.failures").count();
        transactions.executeWithoutResult(
                t -> notifier.notify(List.of(username), new Notice("notification.bell", List.of(), "notifications")));
        long until = System.currentTimeMillis() + 20_000;
        while (meters.counter("roadmap.notification.mail.failures").count() <= before
                && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(meters.counter("roadmap.notification.mail.failures").count()).isGreaterThan(before);
    }

    private Job failUntilIncident() {
        return probe.failUntilIncident();
    }
}

package org.resilienceroadmap.administration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's state for Prometheus, counted in the shared database at each scrape: every node
 * reports the same figures, so alerts take the {@code max} over instances.
 * <p>
 * The engine is looked up at each scrape, not injected: meter binders are made with the meter
 * registry, early, and an engine made that early would start before Flyway has made its tables.
 */
@Component
class EngineMeters implements MeterBinder {

    private final ObjectProvider<ProcessEngine> engine;

    EngineMeters(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "roadmap.engine.open.tasks",
                        () -> engine().getTaskService().createTaskQuery().count())
                .description("User tasks waiting for people")
                .register(registry);
        Gauge.builder(
                        "roadmap.engine.jobs.due",
                        () -> engine().getManagementService()
                                .createJobQuery()
                                .executable()
                                .count())
                .description("Jobs (timers, asynchronous steps) due now")
                .register(registry);
        Gauge.builder(
                        "roadmap.engine.jobs.failed",
                        () -> engine().getManagementService()
                                .createJobQuery()
                                .withException()
                                .count())
                .description("Jobs that failed at least once (retrying or out of retries)")
                .register(registry);
        Gauge.builder(
                        "roadmap.engine.incidents",
                        () -> engine().getRuntimeService().createIncidentQuery().count())
                .description("Steps whose retries ran out: an admin must look (page Engine incidents)")
                .register(registry);
    }

    private ProcessEngine engine() {
        return engine.getObject();
    }
}

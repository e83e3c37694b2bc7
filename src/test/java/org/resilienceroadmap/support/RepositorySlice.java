package org.resilienceroadmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

/**
 * A repository slice of the fast tier: JPA and Flyway on an embedded H2 (the application's migrations,
 * {@code ddl-auto=validate}), no engine, no web, no demo data; the clock fixed at {@link #TODAY}. The
 * engine's tables are made (migration 23 is a bean, and later migrations change rows in them) though no
 * engine runs. Every
 * slice test uses this one annotation and nothing else that changes the context, so that Spring starts
 * the slice once for all of them: the query beans the slices test are all imported here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@DataJpaTest
@FastTest
@Import({RepositorySlice.QueryBeans.class, RepositorySlice.FixedClock.class})
public @interface RepositorySlice {

    /** The slices' today, at midnight UTC. */
    String TODAY = "2026-06-01";

    /** The package-private beans of the features that the slices test, and migration 23, by name. */
    class QueryBeans implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {
                "org.resilienceroadmap.action.ActionFigures",
                "org.resilienceroadmap.action.ActionTally",
                "org.resilienceroadmap.workflow.EngineSchema"
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse(TODAY + "T00:00:00Z"), ZoneOffset.UTC);
        }
    }
}

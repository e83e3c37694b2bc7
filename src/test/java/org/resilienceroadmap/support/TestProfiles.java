package org.resilienceroadmap.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run with the demo data on H2 in memory; with {@code -Drr.test.db=postgres} (the second
 * Surefire run) the same tests run on the local PostgreSQL.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("rr.test.db"))
                ? new String[] {"test", "demo", "pgtest"}
                : new String[] {"test", "demo"};
    }
}

package org.resilienceroadmap.support;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context all integration tests share (started once per run; a test class that
 * changed its configuration would start a second one, whose global security strategy breaks the first): a real server on
 * a random port, the demo data, the job executor off. Tagged {@code db}: these run on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics are exported as in production (Spring Boot's tests leave them out), so /actuator/prometheus is tested.
@AutoConfigureObservability(tracing = false)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({Fixtures.class, AssessmentDriver.class, StrategyDriver.class, ActionDriver.class, Api.class})
@Tag("db")
public abstract class IntegrationTest {

    /** The organisation's identity provider the test settings name; started when the application first asks. */
    @DynamicPropertySource
    static void organisationIdentityProvider(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.security.oauth2.client.provider.organisation.issuer-uri", OrganisationIdentityProvider::issuer);
    }

    /** Runs the block as the named account, the way a signed-in request would. */
    protected static <T> T as(String username, Supplier<T> block) {
        return SignedIn.as(username, block);
    }

    protected static void as(String username, Runnable block) {
        as(username, () -> {
            block.run();
            return null;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}

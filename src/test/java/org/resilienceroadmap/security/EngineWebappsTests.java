package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.ClassUtils;

/**
 * The engine's own REST API and its webapps (Cockpit, Tasklist, Admin) are not in the build; their
 * paths are closed to all but admins anyway, should a dependency ever bring them in.
 */
class EngineWebappsTests extends IntegrationTest {

    private static final String[] PATHS = {"/engine-rest/engine", "/camunda/app/", "/camunda/app/cockpit/default/"};

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void neitherTheEngineRestApiNorItsWebappsAreOnTheClasspath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent(
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent(
                        "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter", loader))
                .isFalse();
    }

    @Test
    void theirPathsAnswer401ToAnonymous403ToOthersAndNothingToAdmins() {
        for (String path : PATHS) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(http.get(path, Http.basic("coordinator.tajikistan", "demo"))
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
            var forAdmin = http.get(path, Http.basic("admin", "demo"));
            assertThat(forAdmin.statusCode()).as(path).isEqualTo(404);
            assertThat(forAdmin.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}

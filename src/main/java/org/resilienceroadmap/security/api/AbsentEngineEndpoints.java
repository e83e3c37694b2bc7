package org.resilienceroadmap.security.api;

import jakarta.servlet.http.HttpServletRequest;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process engine's REST API and its webapps (Cockpit, Tasklist, Admin) are not part of this
 * application. Their usual paths answer 404 (to admins; others are refused before) rather than the
 * UI's page, which its router serves with 200 for any path. Should the engine's REST or webapp
 * starter ever be added, its own servlet takes these paths, still behind the admin-only rule.
 */
@RestController
class AbsentEngineEndpoints {

    @RequestMapping({"/engine-rest/**", "/camunda/**"})
    void absent(HttpServletRequest request) {
        throw new NotFoundException("Engine endpoint", request.getRequestURI());
    }
}

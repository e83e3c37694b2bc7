package org.resilienceroadmap.support;

import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Views tested server-side with Karibu: a mocked Vaadin session in the shared application context.
 * Tagged {@code view} as well as {@code db}: they run on H2 only (see the pom's postgres execution).
 */
@Tag("view")
public abstract class KaribuTest extends IntegrationTest {

    private static final String REACT_SWITCH = "vaadin.react.enable";
    private static Routes routes;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.resilienceroadmap");
            // Karibu finds public views only; ours are package-private, as Vaadin's own examples keep them.
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (var candidate : scanner.findCandidateComponents("org.resilienceroadmap")) {
                routes.getRoutes().add(load(candidate.getBeanClassName()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> load(String name) {
        try {
            return (Class<? extends Component>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        // With the React router, UI.navigate() goes through the browser, which Karibu has not got:
        // the mocked servlet alone runs with Flow's own router (read once, at its start).
        System.setProperty(REACT_SWITCH, "false");
        try {
            MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        } finally {
            System.clearProperty(REACT_SWITCH);
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A new browser session: the UI, the Vaadin session and the sign-in of the previous one are gone. */
    protected void freshSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    /** Signs in as a real account of the database, with the roles its memberships give. */
    protected void login(String username) {
        var user = accounts.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        List<String> roles = user.getAuthorities().stream()
                .map(a -> a.getAuthority().replace("ROLE_", ""))
                .toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}

package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.security.AuthorizationMatrix.ACCOUNTS;
import static org.resilienceroadmap.security.AuthorizationMatrix.ANONYMOUS;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.AuthorizationMatrix.FilePart;
import org.resilienceroadmap.security.AuthorizationMatrix.Hook;
import org.resilienceroadmap.security.AuthorizationMatrix.Line;
import org.resilienceroadmap.security.AuthorizationMatrix.Probe;
import org.resilienceroadmap.security.AuthorizationMatrix.Route;
import org.resilienceroadmap.security.AuthorizationMatrix.Row;
import org.resilienceroadmap.security.AuthorizationMatrix.Subject;
import org.resilienceroadmap.security.ui.LoginView;
import org.resilienceroadmap.support.FastSignIn;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint and every page, called by every demo account about objects of every scope, answers
 * as {@link AuthorizationMatrix} says; an endpoint or a route the table does not list fails the build.
 */
class AuthorizationMatrixTests extends KaribuTest {

    private static MatrixSubjects subjects;
    private static int restCells;
    private static int viewCells;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress progress;

    @Autowired
    TaskInbox inbox;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    Notifier notifier;

    @Autowired
    TaskService tasks;

    @BeforeEach
    void findSubjects() {
        if (subjects == null) {
            FastSignIn.forDemoAccounts(jdbc);
            subjects = new MatrixSubjects(new MatrixSubjects.Beans(
                    jdbc,
                    jurisdictions,
                    programmes,
                    fixtures,
                    strategies,
                    actions,
                    progress,
                    inbox,
                    roadmap,
                    notifier,
                    tasks));
        }
    }

    @AfterAll
    static void printTheCount() {
        System.out.printf(
                "Authorization matrix: %d cells (%d REST, %d pages)%n", restCells + viewCells, restCells, viewCells);
    }

    @Test
    void listsEveryEndpointOfTheApiAndEveryPage() {
        Set<String> listed = new TreeSet<>();
        AuthorizationMatrix.ENDPOINTS.forEach(row -> assertThat(listed.add(row.endpoint()))
                .as("listed twice: " + row.endpoint())
                .isTrue());
        assertThat(listed)
                .as("REST endpoints under /api/v1 (method, pattern, consumes)")
                .isEqualTo(endpoints());

        Set<String> pages = new TreeSet<>();
        AuthorizationMatrix.ROUTES.forEach(route -> pages.add(route.template()));
        assertThat(pages).as("Vaadin routes").isEqualTo(routes());
    }

    @Test
    void everyEndpointAnswersEveryAccountAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : AuthorizationMatrix.ENDPOINTS) {
            for (Line line : row.lines()) {
                String path = expand(row.pattern(), subjects.variables(line.subject()))
                        + (row.query() == null ? "" : "?" + row.query());
                for (int i = 0; i < ACCOUNTS.size(); i++) {
                    String account = ACCOUNTS.get(i);
                    before(row.hook(), line.subject());
                    ResponseEntity<byte[]> answer;
                    try {
                        answer = call(account, HttpMethod.valueOf(row.method()), path, row.probe());
                    } finally {
                        after(row.hook(), line.subject());
                    }
                    restCells++;
                    String expected = line.answers().get(i);
                    String actual = String.valueOf(answer.getStatusCode().value());
                    if (!expected.equals(actual)) {
                        wrong.add(row.endpoint() + " about " + line.subject() + " as " + account + ": expected "
                                + expected + ", got " + actual + " " + body(answer));
                    } else if (answer.getStatusCode().isError() && !isProblem(answer)) {
                        wrong.add(row.endpoint() + " about " + line.subject() + " as " + account + ": " + actual
                                + " is not application/problem+json but "
                                + answer.getHeaders().getContentType());
                    }
                }
            }
        }
        assertThat(wrong)
                .as("cells of the authorization matrix that answer otherwise")
                .isEmpty();
    }

    @Test
    void everyPageAnswersEveryAccountAsTheMatrixSays() {
        Set<String> notFound = notFoundTexts();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            String account = ACCOUNTS.get(i);
            freshSession();
            if (!account.equals(ANONYMOUS)) {
                login(account);
            }
            for (Route route : AuthorizationMatrix.ROUTES) {
                for (Line line : route.lines()) {
                    String location = expand(route.template(), subjects.variables(line.subject()));
                    String actual = visit(location, notFound);
                    viewCells++;
                    String expected = line.answers().get(i);
                    if (!expected.equals(actual)) {
                        wrong.add("/" + location + " (" + route.template() + " about " + line.subject() + ") as "
                                + account + ": expected " + expected + ", got " + actual);
                    }
                }
            }
        }
        assertThat(wrong)
                .as("pages of the authorization matrix that answer otherwise")
                .isEmpty();
    }

    // ---- the REST side ----

    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
                String suffix = consumes.isEmpty()
                        ? ""
                        : " consumes "
                                + String.join(
                                        ",",
                                        consumes.stream()
                                                .map(MediaType::toString)
                                                .sorted()
                                                .toList());
                info.getMethodsCondition().getMethods().forEach(m -> found.add(m.name() + " " + pattern + suffix));
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                    found.add("ANY " + pattern + suffix);
                }
            }
        }
        return found;
    }

    private ResponseEntity<byte[]> call(String account, HttpMethod method, String path, Probe probe) {
        HttpHeaders headers = new HttpHeaders();
        Object body = null;
        if (probe.json() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = probe.json();
        } else if (probe.parts() != null) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            probe.parts().forEach((name, value) -> parts.add(name, value instanceof FilePart f ? file(f) : value));
            body = parts;
        }
        TestRestTemplate client = account.equals(ANONYMOUS) ? rest : rest.withBasicAuth(account, "demo");
        return client.exchange(path, method, new HttpEntity<>(body, headers), byte[].class);
    }

    private static ByteArrayResource file(FilePart part) {
        return new ByteArrayResource(part.content()) {
            @Override
            public String getFilename() {
                return part.name();
            }
        };
    }

    private void before(Hook hook, Subject task) {
        if (hook == Hook.HELD_BY_CANDIDATE && subjects.candidate(task) != null) {
            tasks.setAssignee(subjects.variables(task).get("id"), subjects.candidate(task));
        }
    }

    /** The task goes back to whoever held it before the matrix: a claim or hand-back that passed is undone. */
    private void after(Hook hook, Subject task) {
        if (hook != Hook.NONE && subjects.candidate(task) != null) {
            tasks.setAssignee(subjects.variables(task).get("id"), subjects.assignee(task));
        }
    }

    private static boolean isProblem(ResponseEntity<byte[]> answer) {
        MediaType type = answer.getHeaders().getContentType();
        return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String body(ResponseEntity<byte[]> answer) {
        if (answer.getBody() == null || !isProblem(answer)) {
            return "";
        }
        String text = new String(answer.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    // ---- the pages ----

    private static Set<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        Set<String> found = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.resilienceroadmap")) {
            try {
                found.add(Class.forName(candidate.getBeanClassName())
                        .getAnnotation(com.vaadin.flow.router.Route.class)
                        .value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** A for a page shown, N for its not-found text, D for access denied, L for the sign-in page. */
    private static String visit(String location, Set<String> notFound) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException e) {
            String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("access denied") || text.contains("accessdenied") || text.contains("denied")) {
                return "D";
            }
            return "E(" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
        List<? extends com.vaadin.flow.component.HasElement> chain =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Component view = (Component) chain.get(0);
        if (view instanceof LoginView) {
            return location.equals("login") ? "A" : "L";
        }
        if (view instanceof com.vaadin.flow.router.HasErrorParameter<?>) {
            return "D";
        }
        boolean missing = LocatorJ._find(H1.class).stream().anyMatch(h2 -> notFound.contains(h2.getText()));
        return missing ? "N" : "A";
    }

    private static Set<String> notFoundTexts() {
        Set<String> texts = new TreeSet<>();
        for (String bundle : List.of("/messages.properties", "/messages_ru.properties")) {
            Properties messages = new Properties();
            try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            messages.forEach((key, value) -> {
                if (key.toString().endsWith(".notFound") || key.equals("task.gone")) {
                    texts.add(value.toString());
                }
            });
        }
        return texts;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}|:(\\w+)");

    private static String expand(String template, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalStateException(template + " needs " + name + ", which the subject does not give");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}

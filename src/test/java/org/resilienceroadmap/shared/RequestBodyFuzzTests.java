package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.FastSignIn;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A property-based pass over the request body of every JSON write endpoint: thousands of objects, built
 * by jqwik from a fixed seed, that mix the body's real field names (found on its Java type) with random
 * keys, values of the right and of the wrong types, extreme numbers, unicode, empty and oversized text,
 * nulls, nesting and non-objects. Whatever comes, the server never answers 5xx, and every 4xx is
 * application/problem+json. A failure names its seed, endpoint and body, so it reproduces.
 */
class RequestBodyFuzzTests extends IntegrationTest {

    /** Fixed, so that a failure reproduces; change it (or set -Drr.fuzz.seed) to explore further. */
    private static final String SEED = System.getProperty("rr.fuzz.seed", "7315046249");

    private static final int BODIES_PER_ENDPOINT = 80;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    TaskInbox inbox;

    @Autowired
    StrategyDriver strategies;

    @Autowired
    ActionDriver actionDriver;

    @Autowired
    ActionService actions;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ResultsFramework framework;

    @Autowired
    DonorReports reports;

    @Autowired
    RuntimeService runtime;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noBodyMakesTheServerFailAndEveryRefusalIsAProblem() {
        FastSignIn.forDemoAccounts(jdbc);
        BadInputScene s = new BadInputScene(new BadInputScene.Beans(
                jdbc,
                fixtures,
                roadmap,
                inbox,
                strategies,
                actionDriver,
                actions,
                programmes,
                framework,
                reports,
                runtime));
        Map<String, Target> targets = targets(s);
        Map<String, Type> bodies = jsonBodies();
        assertThat(targets.keySet())
                .as("JSON write endpoints with a fuzz target")
                .isEqualTo(bodies.keySet());

        List<String> failures = new ArrayList<>();
        int[] count = {0};
        long started = System.nanoTime();
        JqwikSession.run(SEED, () -> {
            Random random = JqwikSession.getRandom().orElseThrow();
            for (var endpoint : bodies.entrySet()) {
                Target target = targets.get(endpoint.getKey());
                var generator = body(endpoint.getValue(), s).generator(1000, true);
                int failed = 0;
                for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                    String body = generator.next(random).value();
                    count[0]++;
                    String failure = send(endpoint.getKey(), target, body);
                    if (failure != null && failed++ < 3) {
                        failures.add(endpoint.getKey() + " #" + i + ": " + failure + "\n    body: "
                                + (body.length() > 400 ? body.substring(0, 400) + "…" : body));
                    }
                }
            }
        });
        System.out.printf(
                "Request body fuzzing: %d cases over %d endpoints, seed %s, %d s%n",
                count[0], bodies.size(), SEED, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(count[0]).isGreaterThanOrEqualTo(2000);
        assertThat(failures).as("answers to fuzzed bodies (seed " + SEED + ")").isEmpty();
    }

    private String send(String endpoint, Target target, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<byte[]> answer = rest.withBasicAuth(target.caller(), "demo")
                .exchange(
                        target.path(),
                        HttpMethod.valueOf(endpoint.split(" ")[0]),
                        new HttpEntity<>(body, headers),
                        byte[].class);
        int status = answer.getStatusCode().value();
        MediaType type = answer.getHeaders().getContentType();
        String text = answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return status + " " + (text.length() > 200 ? text.substring(0, 200) : text);
        }
        if (status >= 400 && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            return status + " as " + type;
        }
        return null;
    }

    // ---- where each endpoint is called, by whom: the people who may, on objects in a state that accepts input ----

    record Target(String caller, String path) {}

    private static Map<String, Target> targets(BadInputScene s) {
        String chair = s.scoring.chair();
        String member = s.scoring.member();
        String planner = s.planning.member();
        String a = "/api/v1/assessments/" + s.assessment;
        String p = "/api/v1/programmes/" + s.programme;
        String st = "/api/v1/strategies/";
        String act = "/api/v1/actions/" + s.action;
        Map<String, Target> t = new TreeMap<>();
        t.put("POST /api/v1/admin/jurisdictions", new Target("admin", "/api/v1/admin/jurisdictions"));
        t.put("POST /api/v1/admin/accounts", new Target("admin", "/api/v1/admin/accounts"));
        t.put("POST /api/v1/programmes", new Target("admin", "/api/v1/programmes"));
        t.put("PUT /api/v1/programmes/{id}", new Target("admin", p));
        t.put(
                "PUT /api/v1/gate-checklists/{kind}/{scopeId}/{gate}",
                new Target("admin", "/api/v1/gate-checklists/country/" + s.country + "/a-b"));
        t.put("POST /api/v1/programmes/{id}/results", new Target("admin", p + "/results"));
        t.put("POST /api/v1/programmes/{id}/indicators", new Target("admin", p + "/indicators"));
        t.put("PUT /api/v1/programmes/{id}/results/{resultCode}", new Target("admin", p + "/results/OC1"));
        t.put("PUT /api/v1/programmes/{id}/indicators/{code}", new Target("admin", p + "/indicators/IN1"));
        t.put(
                "PUT /api/v1/programmes/{id}/indicators/{code}/actual",
                new Target("admin", p + "/indicators/IN1/actual"));
        t.put("POST /api/v1/programmes/{id}/budget-lines", new Target("admin", p + "/budget-lines"));
        t.put("POST /api/v1/programmes/{id}/disbursements", new Target("admin", p + "/disbursements"));
        t.put("POST /api/v1/programmes/{id}/commitments", new Target("admin", p + "/commitments"));
        t.put("POST /api/v1/programmes/{id}/allocations", new Target("admin", p + "/allocations"));
        t.put(
                "PUT /api/v1/donor-reports/{id}/narrative",
                new Target("admin", "/api/v1/donor-reports/" + s.report + "/narrative"));
        t.put(
                "POST /api/v1/jurisdictions/{id}/join",
                new Target("coordinator.tajikistan", "/api/v1/jurisdictions/" + s.unjoined + "/join"));
        t.put(
                "POST /api/v1/jurisdictions/{id}/assessments",
                new Target(chair, "/api/v1/jurisdictions/" + s.scoring.id() + "/assessments"));
        t.put(
                "POST /api/v1/jurisdictions/{id}/strategies",
                new Target(chair, "/api/v1/jurisdictions/" + s.scoring.id() + "/strategies"));
        t.put(
                "POST /api/v1/jurisdictions/{id}/hub-application",
                new Target(s.hubCity.chair(), "/api/v1/jurisdictions/" + s.hubCity.id() + "/hub-application"));
        t.put(
                "POST /api/v1/jurisdictions/{id}/publication/withdraw",
                new Target(chair, "/api/v1/jurisdictions/" + s.scoring.id() + "/publication/withdraw"));
        t.put("PUT /api/v1/assessments/{id}/assignments", new Target(chair, a + "/assignments"));
        t.put("PUT /api/v1/me/weekly-digest", new Target(member, "/api/v1/me/weekly-digest"));
        t.put("PUT /api/v1/assessments/{id}/answers/{questionCode}", new Target(member, a + "/answers/P1.1"));
        t.put("POST /api/v1/assessments/{id}/findings", new Target(chair, a + "/findings"));
        t.put("PUT /api/v1/assessments/{id}/findings/{findingId}", new Target(chair, a + "/findings/1"));
        t.put("POST /api/v1/assessments/{id}/findings/{findingId}/merge", new Target(chair, a + "/findings/1/merge"));
        t.put("POST /api/v1/assessments/{id}/participants", new Target(chair, a + "/participants"));
        t.put("POST /api/v1/tasks/{id}/complete", new Target(member, "/api/v1/tasks/" + s.scoringTask + "/complete"));
        t.put("POST /api/v1/tasks/bulk-complete", new Target(member, "/api/v1/tasks/bulk-complete"));
        t.put("POST /api/v1/tasks/bulk-claim", new Target(member, "/api/v1/tasks/bulk-claim"));
        t.put("PUT /api/v1/strategies/{id}/draft", new Target(chair, st + s.draft + "/draft"));
        t.put("POST /api/v1/strategies/{id}/submit", new Target(chair, st + s.draft + "/submit"));
        t.put(
                "POST /api/v1/strategies/{id}/versions/{number}/comments",
                new Target(s.approving.member(), st + s.approved + "/versions/1/comments"));
        t.put("POST /api/v1/strategies/{id}/actions", new Target(planner, st + s.adopted + "/actions"));
        t.put("POST /api/v1/actions/{id}/progress", new Target(planner, act + "/progress"));
        t.put("PUT /api/v1/actions/{id}", new Target(planner, act));
        t.put("POST /api/v1/actions/{id}/milestones", new Target(planner, act + "/milestones"));
        t.put(
                "PUT /api/v1/actions/{id}/milestones/{milestoneId}",
                new Target(planner, act + "/milestones/" + s.milestone));
        String review = "/api/v1/action-plan-reviews/" + s.planReview;
        t.put(
                "PUT /api/v1/action-plan-reviews/{id}/rows/{actionId}",
                new Target(s.planning.chair(), review + "/rows/" + s.planRow));
        t.put("POST /api/v1/me/tokens", new Target(member, "/api/v1/me/tokens"));
        t.put(
                "PUT /api/v1/strategies/{id}/action-reviewers",
                new Target(s.planning.chair(), st + s.adopted + "/action-reviewers"));
        // No such pin: the body is read and checked, then the answer is a 404.
        String pin = "/pins/999999999/answer";
        t.put("POST /api/v1/assessments/{id}/pins/{pinId}/answer", new Target(member, a + pin));
        t.put("POST /api/v1/strategies/{id}/pins/{pinId}/answer", new Target(chair, st + s.draft + pin));
        t.put("POST /api/v1/actions/{id}/pins/{pinId}/answer", new Target(planner, act + pin));
        t.put(
                "POST /api/v1/donor-reports/{id}/pins/{pinId}/answer",
                new Target("admin", "/api/v1/donor-reports/" + s.report + pin));
        return t;
    }

    /** Every write endpoint of the API that reads a JSON body, with the Java type of that body. */
    private Map<String, Type> jsonBodies() {
        Map<String, Type> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(RequestBody.class)) {
                    continue;
                }
                for (String pattern : mapping.getKey().getPatternValues()) {
                    if (!pattern.startsWith("/api/v1")) {
                        continue;
                    }
                    mapping.getKey()
                            .getMethodsCondition()
                            .getMethods()
                            .forEach(method ->
                                    found.put(method.name() + " " + pattern, parameter.getGenericParameterType()));
                }
            }
        }
        return found;
    }

    // ---- the generators ----

    /** A body: mostly an object of the type's fields and random keys; sometimes no object at all, or no JSON. */
    private Arbitrary<String> body(Type type, BadInputScene s) {
        Arbitrary<Object> object = value(type, s, 2);
        Arbitrary<Object> anything = anything(2);
        Arbitrary<String> serialised = Arbitraries.frequencyOf(Tuple.of(8, object), Tuple.of(2, anything))
                .map(this::write);
        Arbitrary<String> broken = Arbitraries.of(
                "{",
                "{\"",
                "[",
                "{\"a\":}",
                "nul",
                "{\"a\":1,}",
                "\u0000",
                "{\"a\":\"\\uZZZZ\"}",
                "",
                " ",
                "{}}",
                "{\"a\":1e99999}");
        return Arbitraries.frequencyOf(Tuple.of(19, serialised), Tuple.of(1, broken));
    }

    /** A value for a Java type: usually a plausible one, sometimes anything at all. */
    private Arbitrary<Object> value(Type type, BadInputScene s, int depth) {
        Arbitrary<Object> plausible = plausible(type, s, depth);
        return Arbitraries.frequencyOf(
                Tuple.of(6, plausible), Tuple.of(2, anything(depth)), Tuple.of(1, Arbitraries.just(null)));
    }

    private Arbitrary<Object> plausible(Type type, BadInputScene s, int depth) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class) {
            return text(s);
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return Arbitraries.oneOf(
                    Arbitraries.integers().between(-3, 12).map(i -> (Object) i),
                    Arbitraries.of(
                            (Object) 999_999_999L,
                            Long.MAX_VALUE,
                            Long.MIN_VALUE,
                            Integer.MAX_VALUE + 1L,
                            s.assessment,
                            s.draft,
                            s.action,
                            s.milestone,
                            s.objective,
                            s.scoring.id(),
                            s.programme));
        }
        if (raw == BigDecimal.class) {
            return Arbitraries.oneOf(
                    Arbitraries.bigDecimals()
                            .between(new BigDecimal("-1000000"), new BigDecimal("1000000000"))
                            .ofScale(3)
                            .map(b -> (Object) b),
                    Arbitraries.of(
                            (Object) new BigDecimal("1E+400"),
                            new BigDecimal("-0.001"),
                            new BigDecimal("123456789012345678901234567890.123456789")));
        }
        if (raw == LocalDate.class || raw == Instant.class) {
            Arbitrary<Object> day = Arbitraries.integers()
                    .between(-40_000, 40_000)
                    .map(days ->
                            (Object) LocalDate.of(2025, 1, 1).plusDays(days).toString());
            return Arbitraries.oneOf(
                    day,
                    day.map(d -> d + "T10:15:30Z"),
                    Arbitraries.<Object>of(
                            "2025-02-30",
                            "2025-13-01",
                            "0000-01-01",
                            "+1000000-01-01",
                            "01.02.2025",
                            "2025-01-01T25:00:00Z",
                            "today"));
        }
        if (raw.isEnum()) {
            List<Object> names = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            names.add("NONE");
            names.add("outcome");
            return Arbitraries.of(names);
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            return value(parameterized.getActualTypeArguments()[0], s, depth - 1)
                    .list()
                    .ofMaxSize(depth > 0 ? 6 : 1)
                    .map(list -> (Object) list);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Arbitrary<String> keys = Arbitraries.oneOf(
                    Arbitraries.integers().between(-1, 12).map(String::valueOf), text(s).map(String::valueOf));
            return Arbitraries.maps(keys, value(String.class, s, depth - 1))
                    .ofMaxSize(12)
                    .map(m -> (Object) m);
        }
        if (raw == Object.class || raw.getName().startsWith("java.")) {
            return anything(depth);
        }
        if (depth < 0) {
            return Arbitraries.just(null);
        }
        return object(raw, s, depth);
    }

    /** An object with some of the class's fields (or record components) and some random keys. */
    private Arbitrary<Object> object(Class<?> raw, BadInputScene s, int depth) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
        } else {
            for (Field field : raw.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.put(field.getName(), field.getGenericType());
                }
            }
        }
        List<Arbitrary<Map.Entry<String, Object>>> entries = new ArrayList<>();
        fields.forEach((name, type) -> entries.add(value(type, s, depth - 1).map(v -> Map.entry(name, wrap(v)))));
        Arbitrary<List<Map.Entry<String, Object>>> known = entries.isEmpty()
                ? Arbitraries.just(List.of())
                : Arbitraries.oneOf(entries).list().ofMaxSize(fields.size() + 2);
        Arbitrary<List<Map.Entry<String, Object>>> unknown = Arbitraries.strings()
                .ofMaxLength(12)
                .flatMap(key -> anything(depth - 1).map(v -> Map.entry(key, wrap(v))))
                .list()
                .ofMaxSize(2);
        return Arbitraries.frequencyOf(Tuple.of(4, known), Tuple.of(1, unknown))
                .flatMap(first -> unknown.map(extra -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> entry : first) {
                        object.put(entry.getKey(), unwrap(entry.getValue()));
                    }
                    if (first.size() % 3 == 0) {
                        extra.forEach(entry -> object.put(entry.getKey(), unwrap(entry.getValue())));
                    }
                    return (Object) object;
                }));
    }

    /** Any JSON value: scalars of every kind, lists and objects nested a few levels deep. */
    private Arbitrary<Object> anything(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(40).map(t -> (Object) t),
                Arbitraries.<Object>of(
                        "",
                        " ",
                        "null",
                        "true",
                        "1e309",
                        "-0",
                        "NaN",
                        "<script>alert(1)</script>",
                        "../../etc",
                        "'; drop table person; --",
                        "\u202e\u0000\uFEFF",
                        "Душанбе",
                        "Čačak",
                        "🌊🔥",
                        "%s%n"));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<Object> nested = Arbitraries.lazy(() -> anything(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar),
                Tuple.of(1, nested.list().ofMaxSize(4).map(l -> (Object) l)),
                Tuple.of(
                        1,
                        Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), nested)
                                .ofMaxSize(4)
                                .map(m -> (Object) m)));
    }

    /** Text of every length and script, and the names the scene knows (people, outcomes, codes, templates). */
    private Arbitrary<Object> text(BadInputScene s) {
        Arbitrary<Object> words = Arbitraries.<Object>of(
                s.scoring.member(),
                s.scoring.chair(),
                s.planning.member(),
                s.approving.member(),
                "admin",
                "preliminary",
                "public-health",
                "done",
                "start",
                "approve",
                "submit",
                "request-changes",
                "accept",
                "change",
                "decline",
                "OC1",
                "IN1",
                "oc9",
                "in9",
                "EUR",
                "USD",
                "eur",
                "en",
                "ru",
                "P1.1",
                "12",
                "https://x.org",
                "javascript:alert(1)",
                "person@example.org");
        Arbitrary<Object> unicode = Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .ofMaxLength(60)
                .map(t -> (Object) t);
        Arbitrary<Object> sized = Arbitraries.of(
                        0, 1, 2, 3, 31, 32, 33, 64, 65, 199, 200, 201, 300, 301, 4000, 4001, 20_001, 100_000)
                .map(n -> (Object) "ä".repeat(n));
        return Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(4, unicode), Tuple.of(1, sized));
    }

    // jqwik's arbitraries may not hold null inside a Map.Entry; a marker stands for it until the object is built.
    private static final Object NULL = new Object();

    private static Object wrap(Object value) {
        return value == null ? NULL : value;
    }

    private static Object unwrap(Object value) {
        return value == NULL ? null : value;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

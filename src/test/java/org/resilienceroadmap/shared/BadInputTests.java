package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.ApiTokens;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.FastSignIn;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
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
 * Every write endpoint of the API, fed what a careless or hostile client sends: broken JSON, the wrong
 * content type, missing fields, wrong types, oversized text and files, dates out of order, negative
 * money, unknown ids, script in text. Each answer is a 4xx problem+json naming the field where one field
 * is at fault, never HTML, and the database holds exactly what it held before (script, where accepted,
 * is stored as the text it is and answered as JSON).
 */
class BadInputTests extends IntegrationTest {

    private static final String HUGE = "x".repeat(200_000);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String NEVER = "999999999";
    private static final byte[] NOT_A_FILE =
            "neither a workbook nor a table\u0000\u0001".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.4\n%probe\n".getBytes(StandardCharsets.US_ASCII);
    /** One byte over the 20 MB every upload may have. */
    private static final byte[] TOO_BIG = tooBig();
    /** Endpoints that read nothing from the client but the path: bad input is an unknown or malformed id. */
    private static final Set<String> PATH_ONLY =
            Set.of("POST /api/v1/notifications/read-all", "POST /api/v1/jurisdictions/{id}/publication");

    private static BadInputScene scene;
    private static int cases;

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

    @BeforeEach
    void buildTheScene() {
        if (scene == null) {
            FastSignIn.forDemoAccounts(jdbc);
            scene = new BadInputScene(new BadInputScene.Beans(
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
        }
    }

    @AfterAll
    static void printTheCount() {
        System.out.println("Bad input: " + cases + " cases");
    }

    @Test
    void everyWriteEndpointHasBadInputCases() {
        Set<String> covered = new TreeSet<>(PATH_ONLY);
        table().forEach(c -> covered.add(c.endpoint()));
        Set<String> writes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/v1"))
                    .forEach(p -> info.getMethodsCondition().getMethods().stream()
                            .filter(m -> !m.name().equals("GET"))
                            .forEach(m -> writes.add(m.name() + " " + p)));
        }
        assertThat(covered).as("write endpoints with bad-input cases").isEqualTo(writes);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndStoresNothing() {
        List<String> wrong = new ArrayList<>();
        for (Case c : table()) {
            cases++;
            Map<String, String> before = StoredState.of(jdbc, c.tables());
            ResponseEntity<byte[]> answer = call(c);
            String problem = verdict(
                    c,
                    answer,
                    StoredState.of(jdbc, c.tables()).equals(before)
                            ? null
                            : StoredState.difference(before, StoredState.of(jdbc, c.tables())));
            if (problem != null) {
                wrong.add(c.endpoint() + " · " + c.name() + ": " + problem);
            }
        }
        assertThat(wrong).as("bad input answered otherwise").isEmpty();
    }

    /**
     * Every text limit agrees with its column: from each case that sends one oversized text (otherwise a
     * valid body), each text field stored in the case's tables is sent one character past its column
     * (read from the database's schema). The answer is a refusal, never a failed insert, and nothing is stored.
     */
    @Test
    void everyTextLimitAgreesWithItsColumn() {
        ColumnLimits limits = new ColumnLimits(jdbc);
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (Case c : table()) {
            if (!c.name().startsWith("huge ") || c.body() == null) {
                continue;
            }
            for (ColumnLimits.Probe probe : limits.probes(c.body().get(), HUGE, c.tables())) {
                probes++;
                Case past = new Case(
                        c.endpoint(),
                        probe.field() + " of " + (probe.length() + 1) + " characters (column " + probe.length() + ")",
                        c.caller(),
                        c.path(),
                        c.type(),
                        probe::body,
                        400,
                        null,
                        false,
                        c.tables());
                Map<String, String> before = StoredState.of(jdbc, c.tables());
                ResponseEntity<byte[]> answer = call(past);
                int status = answer.getStatusCode().value();
                MediaType type = answer.getHeaders().getContentType();
                boolean refused = status >= 400
                        && status < 500
                        && type != null
                        && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
                if (!refused || !StoredState.of(jdbc, c.tables()).equals(before)) {
                    wrong.add(c.endpoint() + " · " + past.name() + ": " + status + " " + type);
                }
            }
        }
        assertThat(probes).as("text fields probed against their columns").isGreaterThanOrEqualTo(40);
        assertThat(wrong)
                .as("texts past their column answered otherwise than a refusal")
                .isEmpty();
    }

    /** Null when the answer is what the case expects, else what is wrong with it. */
    private String verdict(Case c, ResponseEntity<byte[]> answer, String changed) {
        int status = answer.getStatusCode().value();
        MediaType type = answer.getHeaders().getContentType();
        String body = answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8);
        String shown = body.length() > 300 ? body.substring(0, 300) : body;
        if (type != null && type.isCompatibleWith(MediaType.TEXT_HTML)) {
            return "answered as HTML (" + status + ")";
        }
        if (c.mayStore() && status >= 200 && status < 300) {
            // Script accepted as text: answered as JSON, with the text as it came, never interpreted.
            return type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON) && body.contains("<script>")
                    ? null
                    : "stored script answered as " + type + ": " + shown;
        }
        if (status != c.status()) {
            return "expected " + c.status() + ", got " + status + " " + type + " " + shown;
        }
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return status + " is not application/problem+json but " + type + ": " + shown;
        }
        if (changed != null) {
            return "the refused request changed " + changed;
        }
        if (c.field() != null && !names(body, c.field())) {
            return "the problem does not name " + c.field() + ": " + shown;
        }
        return null;
    }

    private boolean names(String body, String field) {
        try {
            JsonNode errors = json.readTree(body).path("errors");
            for (JsonNode error : errors) {
                if (error.path("field").asText().equals(field)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Tomcat closes the connection after a 413, so a client still flushing the last bytes of an oversized
     * upload may see the connection go before it reads the answer — a race of the test's HTTP client, not
     * of the server; such a call is made again, at most twice more.
     */
    private ResponseEntity<byte[]> call(Case c) {
        for (int attempt = 1; ; attempt++) {
            try {
                return send(c);
            } catch (org.springframework.web.client.ResourceAccessException e) {
                if (c.status() != 413 || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private ResponseEntity<byte[]> send(Case c) {
        HttpHeaders headers = new HttpHeaders();
        Object body = c.body() == null ? null : c.body().get();
        if (c.type() != null) {
            headers.setContentType(c.type());
        }
        if (body instanceof Map<?, ?> parts) {
            MultiValueMap<String, Object> multipart = new LinkedMultiValueMap<>();
            parts.forEach((name, value) ->
                    multipart.add((String) name, value instanceof Upload u ? file(u.name(), u.content()) : value));
            body = multipart;
        }
        String[] parts = c.endpoint().split(" ");
        return rest.withBasicAuth(c.caller(), "demo")
                .exchange(c.path(), HttpMethod.valueOf(parts[0]), new HttpEntity<>(body, headers), byte[].class);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    // ---- the table ----

    record Upload(String name, byte[] content) {}

    record Case(
            String endpoint,
            String name,
            String caller,
            String path,
            MediaType type,
            Supplier<Object> body,
            int status,
            String field,
            boolean mayStore,
            List<String> tables) {}

    private List<Case> table() {
        BadInputScene s = scene;
        String member = s.scoring.member();
        String chair = s.scoring.chair();
        List<Case> all = new ArrayList<>();
        LocalDate today = LocalDate.now(Days.ZONE);
        String future = today.plusDays(3).toString();

        // ---- administration ----
        on(all, "POST /api/v1/admin/jurisdictions", "admin", "/api/v1/admin/jurisdictions", "jurisdiction")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "code")
                .json("level of another kind", "{'code':'XX-BAD','name':'Bad','level':'PLANET'}", 400, "level")
                .json("huge code", "{'code':'" + HUGE + "','name':'Bad','level':'REGION'}", 400, "code")
                .json("huge name", "{'code':'XX-BAD','name':'" + HUGE + "','level':'REGION'}", 400, "name")
                .json(
                        "parent as text",
                        "{'code':'XX-BAD','name':'Bad','level':'CITY','parentId':'abc'}",
                        400,
                        "parentId")
                .json(
                        "unknown parent",
                        "{'code':'XX-BAD','name':'Bad','level':'CITY','parentId':" + NEVER + "}",
                        400,
                        "parentId")
                .json(
                        "script in a refused code",
                        "{'code':'" + SCRIPT + "','name':'" + SCRIPT + "','level':'REGION'}",
                        400,
                        "code");
        on(all, "POST /api/v1/admin/accounts", "admin", "/api/v1/admin/accounts", "person", "membership")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "username")
                .json("role of another kind", "{'username':'bad.input','displayName':'Bad','role':'KING'}", 400, "role")
                .json(
                        "not an e-mail",
                        "{'username':'bad.input','displayName':'Bad','email':'nowhere','role':'ADMIN'}",
                        400,
                        "email")
                .json(
                        "huge username",
                        "{'username':'" + HUGE + "','displayName':'Bad','role':'ADMIN'}",
                        400,
                        "username")
                .json(
                        "jurisdiction as text",
                        "{'username':'bad.input','displayName':'Bad','role':'MEMBER'," + "'jurisdictionId':'abc'}",
                        400,
                        "jurisdictionId")
                .json(
                        "unknown jurisdiction",
                        "{'username':'bad.input','displayName':'Bad','role':'MEMBER'," + "'jurisdictionId':" + NEVER
                                + "}",
                        400,
                        "jurisdictionId")
                .json(
                        "a language not offered",
                        "{'username':'bad.input','displayName':'Bad','role':'ADMIN'," + "'language':'xx'}",
                        400,
                        "language");
        on(all, "POST /api/v1/scorecard-templates", "admin", "/api/v1/scorecard-templates", "scorecard_template")
                .plainText()
                .multipart("no file", Map.of("other", "x"), 400, "file")
                .multipart("not a template", Map.of("file", new Upload("t.yaml", NOT_A_FILE)), 400, "file")
                .multipart("too big", Map.of("file", new Upload("t.yaml", TOO_BIG)), 413, "file");
        // The approval table: a file that is no DMN, and DMN whose only fault is an input the action process lacks.
        String approvalTable = new String(readProcess("action-approval.dmn"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<text>country</text>", "<text>region</text>");
        on(
                        all,
                        "POST /api/v1/approval-table",
                        "admin",
                        "/api/v1/approval-table",
                        "ACT_RE_DEPLOYMENT",
                        "ACT_RE_DECISION_DEF")
                .plainText()
                .multipart("no file", Map.of("other", "x"), 400, "file")
                .multipart("not a table", Map.of("file", new Upload("t.dmn", NOT_A_FILE)), 400, "file")
                .multipart(
                        "reads a variable the process lacks",
                        Map.of(
                                "file",
                                new Upload("t.dmn", approvalTable.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        400,
                        "file")
                .multipart("too big", Map.of("file", new Upload("t.dmn", TOO_BIG)), 413, "file");

        // ---- programmes (a fresh one; admin manages it) ----
        String p = "/api/v1/programmes/" + s.programme;
        String opening = "'code':'BAD-NEW','title':'T','donor':'D','amount':{'amount':'1000.00','currency':'EUR'},"
                + "'periodStart':'2025-01-01','periodEnd':'2026-01-01','jurisdictionIds':[" + s.scoring.id() + "]";
        on(all, "POST /api/v1/programmes", "admin", "/api/v1/programmes", "programme", "programme_jurisdiction")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "code")
                .json("negative amount", "{" + opening.replace("'1000.00'", "'-1'") + "}", 400, "amount")
                .json("amount as text", "{" + opening.replace("'1000.00'", "'abc'") + "}", 400, "amount.amount")
                .json(
                        "amount as a bare number beside a currency (the form before money was one object)",
                        "{" + opening.replace("{'amount':'1000.00','currency':'EUR'}", "1000,'currency':'EUR'") + "}",
                        400,
                        "amount")
                .json("period out of order", "{" + opening.replace("2026-01-01", "2024-01-01") + "}", 400, "periodEnd")
                .json("date as text", "{" + opening.replace("2025-01-01", "soon") + "}", 400, "periodStart")
                .json(
                        "unknown jurisdiction",
                        "{" + opening.replace("[" + s.scoring.id() + "]", "[" + NEVER + "]") + "}",
                        400,
                        "jurisdictionIds")
                .json("huge title", "{" + opening.replace("'title':'T'", "'title':'" + HUGE + "'") + "}", 400, "title")
                .json("currency of four letters", "{" + opening.replace("'EUR'", "'EURO'") + "}", 400, "currency");
        on(all, "PUT /api/v1/programmes/{id}", "admin", p, "programme", "programme_component")
                .malformed()
                .plainText()
                .json("huge description", "{'description':'" + HUGE + "'}", 400, "description")
                .json("organisation type of letters", "{'reportingOrgType':'abc'}", 400, "reportingOrgType")
                .json("huge component", "{'components':['" + HUGE + "']}", 400, "components")
                .json("components as text", "{'components':{'a':1}}", 400, "components")
                .json("huge impact", "{'impact':'" + HUGE + "'}", 400, "impact")
                .json("impact as a list", "{'impact':['a']}", 400, "impact")
                .unknown("/api/v1/programmes/" + NEVER, "{'description':'x'}")
                .json("id as text", "/api/v1/programmes/abc", "{'description':'x'}", 400, "id")
                .script("{'description':'" + SCRIPT + "'}");
        on(all, "POST /api/v1/programmes/{id}/results", "admin", p + "/results", "programme_result")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "kind")
                .json("kind of another sort", "{'kind':'WISH','code':'OC9','title':'x'}", 400, "kind")
                .json("huge code", "{'kind':'OUTCOME','code':'" + HUGE + "','title':'x'}", 400, "code")
                .json("huge title", "{'kind':'OUTCOME','code':'OC9','title':'" + HUGE + "'}", 400, "title")
                .json(
                        "huge assumptions",
                        "{'kind':'OUTCOME','code':'OC9','title':'x','assumptions':'" + HUGE + "'}",
                        400,
                        "assumptions")
                .json(
                        "output under no outcome",
                        "{'kind':'OUTPUT','code':'OP9','title':'x','parentCode':'NONE'}",
                        400,
                        "parentCode")
                .unknown("/api/v1/programmes/" + NEVER + "/results", "{'kind':'OUTCOME','code':'OC9','title':'x'}");
        long resultVersion = jdbc.queryForObject(
                "select version from programme_result where programme_id = ? and code = 'OC1'",
                Long.class,
                s.programme);
        on(all, "PUT /api/v1/programmes/{id}/results/{resultCode}", "admin", p + "/results/OC1", "programme_result")
                .malformed()
                .plainText()
                .json("no version", "{'title':'x'}", 400, "version")
                .json("no title", "{'version':" + resultVersion + "}", 400, "title")
                .json(
                        "huge assumptions",
                        "{'title':'x','assumptions':'" + HUGE + "','version':" + resultVersion + "}",
                        400,
                        "assumptions")
                .json("version as text", "{'title':'x','version':'abc'}", 400, "version")
                .unknown("/api/v1/programmes/" + NEVER + "/results/OC1", "{'title':'x','version':0}");
        String indicator = "'resultCode':'OC1','code':'IN9','name':'N','unit':'u'";
        on(all, "POST /api/v1/programmes/{id}/indicators", "admin", p + "/indicators", "programme_indicator")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "resultCode")
                .json("negative baseline", "{" + indicator + ",'baseline':-1}", 400, "baseline")
                .json("target as text", "{" + indicator + ",'target':'abc'}", 400, "target")
                .json("year out of range", "{" + indicator + ",'baselineYear':3000}", 400, "baselineYear")
                .json(
                        "years out of order",
                        "{" + indicator + ",'baselineYear':2025,'targetYear':2020}",
                        400,
                        "targetYear")
                .json("huge name", "{" + indicator.replace("'N'", "'" + HUGE + "'") + "}", 400, "name")
                .json("measure of another kind", "{" + indicator + ",'measure':'HAPPINESS'}", 400, "measure");
        Supplier<Long> indicatorVersion = () -> jdbc.queryForObject(
                "select version from programme_indicator where programme_id = ? and code = 'IN1'",
                Long.class,
                s.programme);
        on(all, "PUT /api/v1/programmes/{id}/indicators/{code}", "admin", p + "/indicators/IN1", "programme_indicator")
                .malformed()
                .plainText()
                .json("no version", "{'name':'N','unit':'u'}", 400, "version")
                .json("version as text", "{'name':'N','unit':'u','version':'abc'}", 400, "version")
                .json(
                        "negative target",
                        () -> "{'name':'N','unit':'u','target':-5,'version':" + indicatorVersion.get() + "}",
                        400,
                        "target")
                .json("stale version", "{'name':'N','unit':'u','version':-1}", 409, null)
                .unknown(p + "/indicators/NOPE", "{'name':'N','unit':'u','version':0}");
        on(
                        all,
                        "PUT /api/v1/programmes/{id}/indicators/{code}/actual",
                        "admin",
                        p + "/indicators/IN1/actual",
                        "programme_indicator")
                .malformed()
                .plainText()
                .json("no version", "{'actual':3}", 400, "version")
                .json("actual as text", "{'actual':'abc','version':0}", 400, "actual")
                .json("no actual", () -> "{'version':" + indicatorVersion.get() + "}", 400, "actual")
                .json(
                        "actual past its column",
                        () -> "{'actual':123456789012345678901234567890.5,'version':" + indicatorVersion.get() + "}",
                        400,
                        "actual")
                .json(
                        "measured in the future",
                        () -> "{'actual':3,'measuredOn':'" + future + "','version':" + indicatorVersion.get() + "}",
                        400,
                        "measuredOn")
                .unknown(p + "/indicators/NOPE/actual", "{'actual':3,'version':0}");
        String line =
                "'title':'Line','periodStart':'2025-01-01','periodEnd':'2025-12-31','amount':{'amount':'10.00','currency':'EUR'}";
        on(all, "POST /api/v1/programmes/{id}/budget-lines", "admin", p + "/budget-lines", "budget_line")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "periodEnd")
                .json("period out of order", "{" + line.replace("2025-12-31", "2024-12-31") + "}", 400, "periodEnd")
                .json("negative amount", "{" + line.replace("'10.00'", "'-10.00'") + "}", 400, "amount")
                .json("amount as text", "{" + line.replace("'10.00'", "'ten'") + "}", 400, "amount.amount")
                .json("another currency", "{" + line.replace("EUR", "USD") + "}", 400, "currency")
                .json("huge title", "{" + line.replace("'Line'", "'" + HUGE + "'") + "}", 400, "title")
                .unknown("/api/v1/programmes/" + NEVER + "/budget-lines", "{" + line + "}");
        String paid = "'paidOn':'2025-03-01','amount':{'amount':'10.00','currency':'EUR'}";
        on(all, "POST /api/v1/programmes/{id}/disbursements", "admin", p + "/disbursements", "disbursement")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "paidOn")
                .json("paid in the future", "{" + paid.replace("2025-03-01", future) + "}", 400, "paidOn")
                .json("negative amount", "{" + paid.replace("'10.00'", "'-10.00'") + "}", 400, "amount")
                .json("amount as text", "{" + paid.replace("'10.00'", "'abc'") + "}", 400, "amount.amount")
                .json("huge reference", "{" + paid + ",'reference':'" + HUGE + "'}", 400, "reference")
                .unknown("/api/v1/programmes/" + NEVER + "/disbursements", "{" + paid + "}");
        String committed = "'committedOn':'2025-03-01','amount':{'amount':'10.00','currency':'EUR'}";
        on(all, "POST /api/v1/programmes/{id}/commitments", "admin", p + "/commitments", "commitment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "committedOn")
                .json(
                        "committed in the future",
                        "{" + committed.replace("2025-03-01", future) + "}",
                        400,
                        "committedOn")
                .json("negative amount", "{" + committed.replace("'10.00'", "'-10.00'") + "}", 400, "amount")
                .json("amount as text", "{" + committed.replace("'10.00'", "'abc'") + "}", 400, "amount.amount")
                .json("another currency", "{" + committed.replace("EUR", "USD") + "}", 400, "currency")
                .json("huge note", "{" + committed + ",'note':'" + HUGE + "'}", 400, "note")
                .unknown("/api/v1/programmes/" + NEVER + "/commitments", "{" + committed + "}");
        String allocated = "'sourceKind':'DISBURSEMENT','sourceId':" + NEVER + ",'actionId':" + s.action
                + ",'amount':{'amount':'10.00'}";
        on(all, "POST /api/v1/programmes/{id}/allocations", "admin", p + "/allocations", "money_allocation")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "sourceKind")
                .json("kind of another kind", "{" + allocated.replace("DISBURSEMENT", "GIFT") + "}", 400, "sourceKind")
                .json("source id as text", "{" + allocated.replace(NEVER, "'abc'") + "}", 400, "sourceId")
                .json(
                        "no action",
                        "{'sourceKind':'COMMITMENT','sourceId':1,'amount':{'amount':'10.00'}}",
                        400,
                        "actionId")
                .json("negative amount", "{" + allocated.replace("'10.00'", "'-10.00'") + "}", 400, "amount")
                .json(
                        "another currency",
                        "{" + allocated.replace("'10.00'}", "'10.00','currency':'USD'}") + "}",
                        400,
                        "currency")
                .json("an action of a city the programme does not cover", "{" + allocated + "}", 400, "actionId")
                .unknown("/api/v1/programmes/" + NEVER + "/allocations", "{" + allocated + "}");
        on(
                        all,
                        "DELETE /api/v1/programmes/{id}/commitments/{commitmentId}",
                        "admin",
                        p + "/commitments/" + NEVER,
                        "commitment")
                .json("no version", p + "/commitments/" + NEVER, null, 400, "version")
                .json("commitment id as text", p + "/commitments/abc?version=0", null, 400, "commitmentId")
                .json("version as text", p + "/commitments/" + NEVER + "?version=abc", null, 400, "version")
                .unknown(p + "/commitments/" + NEVER + "?version=0", null)
                .unknown("/api/v1/programmes/" + NEVER + "/commitments/1?version=0", null);
        on(
                        all,
                        "DELETE /api/v1/programmes/{id}/allocations/{allocationId}",
                        "admin",
                        p + "/allocations/" + NEVER,
                        "money_allocation")
                .json("no version", p + "/allocations/" + NEVER, null, 400, "version")
                .json("allocation id as text", p + "/allocations/abc?version=0", null, 400, "allocationId")
                .unknown(p + "/allocations/" + NEVER + "?version=0", null)
                .unknown("/api/v1/programmes/" + NEVER + "/allocations/1?version=0", null);
        on(all, "POST /api/v1/programmes/{id}/reporting", "admin", p + "/reporting")
                .unknown("/api/v1/programmes/" + NEVER + "/reporting", null)
                .json("id as text", "/api/v1/programmes/abc/reporting", null, 400, "id");
        on(all, "POST /api/v1/programmes/{id}/reports", "admin", p + "/reports")
                .unknown("/api/v1/programmes/" + NEVER + "/reports", null)
                .json("id as text", "/api/v1/programmes/abc/reports", null, 400, "id");
        Supplier<Long> reportVersion =
                () -> jdbc.queryForObject("select version from donor_report where id = ?", Long.class, s.report);
        on(
                        all,
                        "PUT /api/v1/donor-reports/{id}/narrative",
                        "admin",
                        "/api/v1/donor-reports/" + s.report + "/narrative",
                        "donor_report")
                .malformed()
                .plainText()
                .json("no version", "{'narrative':'x'}", 400, "version")
                .json("version as text", "{'narrative':'x','version':'abc'}", 400, "version")
                .json(
                        "huge narrative",
                        () -> "{'narrative':'" + HUGE + "','version':" + reportVersion.get() + "}",
                        400,
                        "narrative")
                .unknown("/api/v1/donor-reports/" + NEVER + "/narrative", "{'narrative':'x','version':0}")
                .script(() -> "{'narrative':'" + SCRIPT + "','version':" + reportVersion.get() + "}");

        // ---- jurisdictions ----
        String j = "/api/v1/jurisdictions/";
        on(
                        all,
                        "POST /api/v1/jurisdictions/{id}/join",
                        "coordinator.tajikistan",
                        j + s.unjoined + "/join",
                        "jurisdiction",
                        "stage_history")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "joinedOn")
                .json("date as text", "{'joinedOn':'yesterday'}", 400, "joinedOn")
                .json("joined in the future", "{'joinedOn':'" + future + "'}", 400, "joinedOn")
                .unknown(j + NEVER + "/join", "{'joinedOn':'2024-01-01'}")
                .json("id as text", j + "abc/join", "{'joinedOn':'2024-01-01'}", 400, "id");
        on(
                        all,
                        "POST /api/v1/jurisdictions/{id}/entry/evidence",
                        s.enteringAtC.chair(),
                        j + s.enteringAtC.id() + "/entry/evidence",
                        "roadmap_entry",
                        "stored_file")
                .plainText()
                .multipart(
                        "no document",
                        Map.of("strategyAdoptedOn", "2020-01-01", "adoptingBody", "Council"),
                        400,
                        "document")
                .multipart(
                        "no adoption date",
                        Map.of("document", new Upload("s.pdf", PDF), "adoptingBody", "Council"),
                        400,
                        "strategyAdoptedOn")
                .multipart(
                        "adopted in the future",
                        Map.of(
                                "document",
                                new Upload("s.pdf", PDF),
                                "adoptingBody",
                                "Council",
                                "strategyAdoptedOn",
                                future.toString()),
                        400,
                        "strategyAdoptedOn")
                .multipart(
                        "date as text",
                        Map.of(
                                "document",
                                new Upload("s.pdf", PDF),
                                "adoptingBody",
                                "Council",
                                "strategyAdoptedOn",
                                "last spring"),
                        400,
                        "strategyAdoptedOn")
                .multipart(
                        "huge adopting body",
                        Map.of(
                                "document",
                                new Upload("s.pdf", PDF),
                                "adoptingBody",
                                HUGE,
                                "strategyAdoptedOn",
                                "2020-01-01"),
                        400,
                        "adoptingBody")
                .multipart(
                        "not a document",
                        Map.of(
                                "document",
                                new Upload("s.pdf", NOT_A_FILE),
                                "adoptingBody",
                                "Council",
                                "strategyAdoptedOn",
                                "2020-01-01"),
                        400,
                        "document")
                .multipart(
                        "too big",
                        Map.of(
                                "document",
                                new Upload("s.pdf", TOO_BIG),
                                "adoptingBody",
                                "Council",
                                "strategyAdoptedOn",
                                "2020-01-01"),
                        413,
                        "document");
        on(all, "POST /api/v1/jurisdictions/{id}/assessments", chair, j + s.scoring.id() + "/assessments", "assessment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "template")
                .json("unknown template", "{'template':'no-such-template'}", 400, "template")
                .json("huge template", "{'template':'" + HUGE + "'}", 400, "template")
                .json(
                        "workshop out of order",
                        "{'template':'preliminary','workshopStart':'2025-05-02'," + "'workshopEnd':'2025-05-01'}",
                        400,
                        "workshopEnd")
                .json("date as text", "{'template':'preliminary','workshopStart':'May'}", 400, "workshopStart")
                .unknown(j + NEVER + "/assessments", "{'template':'preliminary'}");
        on(all, "POST /api/v1/jurisdictions/{id}/strategies", chair, j + s.scoring.id() + "/strategies", "strategy")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "title")
                .json(
                        "huge title",
                        "{'title':'" + HUGE + "','periodStart':'2025-01-01','periodEnd':'2029-12-31'}",
                        400,
                        "title")
                .json(
                        "period out of order",
                        "{'title':'T','periodStart':'2025-01-01','periodEnd':'2024-12-31'}",
                        400,
                        "periodEnd")
                .json("date as text", "{'title':'T','periodStart':'now','periodEnd':'2029-12-31'}", 400, "periodStart")
                .unknown(
                        j + NEVER + "/strategies", "{'title':'T','periodStart':'2025-01-01','periodEnd':'2029-12-31'}");

        String hub = j + s.hubCity.id() + "/hub-application";
        String goodHub = "'supportedCityIds':[" + s.scoring.id() + "],'topics':['STUDY_TOURS'],'goodPractice':true,"
                + "'financedInitiative':true,'knowledgeTools':true,'cityExchange':true,'statement':'S'";
        on(all, "POST /api/v1/jurisdictions/{id}/hub-application", s.hubCity.chair(), hub, "hub_designation")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "supportedCityIds")
                .json("no topic", "{'supportedCityIds':[" + s.scoring.id() + "]}", 400, "topics")
                .json("below the minimum investment", "{" + goodHub + ",'investmentUsd':24999}", 400, "investmentUsd")
                .json("investment as text", "{" + goodHub + ",'investmentUsd':'much'}", 400, "investmentUsd")
                .json(
                        "huge statement",
                        "{" + goodHub.replace("'S'", "'" + HUGE + "'") + ",'investmentUsd':25000}",
                        400,
                        "statement")
                .json(
                        "an unknown city",
                        "{" + goodHub.replace("[" + s.scoring.id() + "]", "[" + NEVER + "]")
                                + ",'investmentUsd':25000}",
                        400,
                        "supportedCityIds")
                .unknown(j + NEVER + "/hub-application", "{" + goodHub + ",'investmentUsd':25000}");

        // The chair of a city whose page is not open: refused for the body before the state is looked at.
        on(
                        all,
                        "POST /api/v1/jurisdictions/{id}/publication/withdraw",
                        chair,
                        j + s.scoring.id() + "/publication/withdraw",
                        "city_publication")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "version")
                .json("version as text", "{'version':'abc'}", 400, "version")
                .unknown(j + NEVER + "/publication/withdraw", "{'version':0}");

        // ---- an assessment being scored ----
        String a = "/api/v1/assessments/" + s.assessment;
        on(all, "PUT /api/v1/assessments/{id}/assignments", chair, a + "/assignments", "assessment_assignment")
                .malformed()
                .plainText()
                .json("Essential as text", "{'abc':'" + member + "'}", 400, null)
                .json("unknown Essential", "{'99':'" + member + "'}", 400, "essential")
                .json("scorer outside the group", "{'1':'nobody.at.all'}", 400, "scorer")
                .json("huge scorer", "{'1':'" + HUGE + "'}", 400, "scorer")
                .json("a list", "['x']", 400, null)
                .unknown("/api/v1/assessments/" + NEVER + "/assignments", "{'1':'" + member + "'}");
        on(all, "PUT /api/v1/assessments/{id}/answers/{questionCode}", member, a + "/answers/P1.1", "assessment_answer")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "score")
                .json("score as text", "{'score':'abc'}", 400, "score")
                .json("score above the scale", "{'score':5}", 400, "score")
                .json("score far out", "{'score':99999999999}", 400, "score")
                .json("negative score", "{'score':-1}", 400, "score")
                .json("huge comment", "{'score':1,'comment':'" + HUGE + "'}", 400, "comment")
                .json(
                        "evidence that is no web address",
                        "{'score':1,'evidenceLink':'javascript:alert(1)'}",
                        400,
                        "evidenceLink")
                .unknown(a + "/answers/P99.9", "{'score':1}")
                .unknown("/api/v1/assessments/" + NEVER + "/answers/P1.1", "{'score':1}")
                .script("{'score':1,'comment':'" + SCRIPT + "'}");
        for (String endpoint : List.of(
                "POST /api/v1/assessments/{id}/findings", "PUT /api/v1/assessments/{id}/findings/{findingId}")) {
            String path = endpoint.startsWith("POST") ? a + "/findings" : a + "/findings/" + NEVER;
            on(all, endpoint, chair, path, "assessment_finding")
                    .malformed()
                    .plainText()
                    .json("nothing", "{}", 400, "gap")
                    .json("Essential out of range", "{'essential':11,'gap':'g'}", 400, "essential")
                    .json("Essential as text", "{'essential':'abc','gap':'g'}", 400, "essential")
                    .json("huge gap", "{'essential':1,'gap':'" + HUGE + "'}", 400, "gap")
                    .json(
                            "huge recommendation",
                            "{'essential':1,'gap':'g','recommendation':'" + HUGE + "'}",
                            400,
                            "recommendation")
                    .unknown(
                            "/api/v1/assessments/" + NEVER + "/findings" + (endpoint.startsWith("POST") ? "" : "/1"),
                            "{'essential':1,'gap':'g'}");
        }
        on(all, "PUT /api/v1/assessments/{id}/findings/{findingId}", chair, a + "/findings/abc", "assessment_finding")
                .json("finding id as text", "{'essential':1,'gap':'g'}", 400, "findingId");
        on(all, "POST /api/v1/assessments/{id}/workbook", member, a + "/workbook", "assessment_answer")
                .plainText()
                .multipart("no file", Map.of("dryRun", "false"), 400, "file")
                .multipart(
                        "not a workbook",
                        Map.of("file", new Upload("w.xlsx", NOT_A_FILE), "dryRun", "false"),
                        400,
                        "file")
                .multipart(
                        "dry run as text",
                        Map.of("file", new Upload("w.xlsx", NOT_A_FILE), "dryRun", "perhaps"),
                        400,
                        "dryRun")
                .multipart("too big", Map.of("file", new Upload("w.xlsx", TOO_BIG)), 413, "file");
        // The assessment is being scored, so a known finding would be a 409: these cases are the input's.
        on(
                        all,
                        "DELETE /api/v1/assessments/{id}/findings/{findingId}",
                        chair,
                        a + "/findings/abc",
                        "assessment_finding")
                .json("finding id as text", a + "/findings/abc", null, 400, "findingId")
                .unknown("/api/v1/assessments/" + NEVER + "/findings/1", null);
        on(
                        all,
                        "POST /api/v1/assessments/{id}/findings/{findingId}/merge",
                        chair,
                        a + "/findings/1/merge",
                        "assessment_finding")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "mergedId")
                .json("merged id as text", "{'mergedId':'abc'}", 400, "mergedId")
                .json("finding id as text", a + "/findings/abc/merge", "{'mergedId':1}", 400, "findingId")
                .unknown("/api/v1/assessments/" + NEVER + "/findings/1/merge", "{'mergedId':1}");
        on(
                        all,
                        "POST /api/v1/assessments/{id}/answers/{questionCode}/evidence",
                        member,
                        a + "/answers/P1.1/evidence",
                        "assessment_evidence",
                        "stored_file")
                .plainText()
                .multipart("no file", Map.of("name", "e.pdf"), 400, "file")
                .multipart("empty file", Map.of("file", new Upload("e.pdf", new byte[0])), 400, "file")
                .multipart("not what its name says", Map.of("file", new Upload("e.pdf", NOT_A_FILE)), 400, "file")
                .multipart(
                        "a page, not a document",
                        Map.of("file", new Upload("e.html", "<html>".getBytes())),
                        400,
                        "file")
                .multipart("too big", Map.of("file", new Upload("e.pdf", TOO_BIG)), 413, "file")
                .unknown(a + "/answers/P99.9/evidence", Map.of("file", new Upload("e.pdf", PDF)))
                .unknown(
                        "/api/v1/assessments/" + NEVER + "/answers/P1.1/evidence",
                        Map.of("file", new Upload("e.pdf", PDF)));
        on(
                        all,
                        "DELETE /api/v1/assessments/{id}/evidence/{fileId}",
                        member,
                        a + "/evidence/" + NEVER,
                        "assessment_evidence",
                        "stored_file")
                .json("file id as text", a + "/evidence/abc", null, 400, "fileId")
                .unknown(a + "/evidence/" + NEVER, null)
                .unknown("/api/v1/assessments/" + NEVER + "/evidence/1", null);
        on(all, "POST /api/v1/assessments/{id}/participants", chair, a + "/participants", "assessment_participant")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "name")
                .json("huge name", "{'name':'" + HUGE + "'}", 400, "name")
                .json("huge organisation", "{'name':'N','organisation':'" + HUGE + "'}", 400, "organisation")
                .json("account outside the group", "{'username':'chair.kraljevo'}", 400, "username")
                .unknown("/api/v1/assessments/" + NEVER + "/participants", "{'name':'N'}")
                .script("{'name':'" + SCRIPT + "','organisation':'" + SCRIPT + "'}");

        // ---- tasks ----
        String t = "/api/v1/tasks/";
        on(all, "POST /api/v1/tasks/{id}/claim", member, t + "no-such-task/claim")
                .unknown(t + "no-such-task/claim", null);
        on(all, "POST /api/v1/tasks/{id}/unclaim", member, t + "no-such-task/unclaim")
                .unknown(t + "no-such-task/unclaim", null);
        on(all, "POST /api/v1/tasks/{id}/complete", member, t + s.scoringTask + "/complete", "assessment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "outcome")
                .json("outcome as a number", "{'outcome':5}", 400, "outcome")
                .json("outcome as an object", "{'outcome':{'a':1}}", 400, "outcome")
                .json("huge comment", "{'outcome':'done','comment':'" + HUGE + "'}", 400, "comment")
                .json("a field the task does not take", "{'outcome':'done','bogus':1}", 400, "bogus")
                .json(
                        "pins on an outcome that returns nothing",
                        "{'outcome':'done','pins':[{'item':'question:P1.1','text':'x'}]}",
                        400,
                        "pins")
                .json("pins as text", "{'outcome':'done','pins':'P1.1'}", 400, "pins")
                .unknown(t + "no-such-task/complete", "{'outcome':'done'}");
        pinAnswers(all, "assessments", member, s.assessment);
        pinAnswers(all, "strategies", chair, s.draft);
        pinAnswers(all, "actions", s.planning.member(), s.action);
        pinAnswers(all, "donor-reports", "admin", s.report);
        String manyIds = String.join(",", java.util.Collections.nCopies(501, "'x'"));
        on(all, "POST /api/v1/tasks/bulk-complete", member, t + "bulk-complete", "assessment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "taskIds")
                .json("no tasks", "{'taskIds':[],'outcome':'done'}", 400, "taskIds")
                .json("tasks as text", "{'taskIds':'all','outcome':'done'}", 400, "taskIds")
                .json("a blank task", "{'taskIds':[' '],'outcome':'done'}", 400, "taskIds[0]")
                .json("too many tasks", "{'taskIds':[" + manyIds + "],'outcome':'done'}", 400, "taskIds")
                .json("no outcome", "{'taskIds':['" + s.scoringTask + "']}", 400, "outcome")
                .json(
                        "huge comment",
                        "{'taskIds':['" + s.scoringTask + "'],'outcome':'done','comment':'" + HUGE + "'}",
                        400,
                        "comment");
        on(all, "POST /api/v1/tasks/bulk-claim", member, t + "bulk-claim")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "taskIds")
                .json("tasks as a number", "{'taskIds':5}", 400, "taskIds")
                .json("too many tasks", "{'taskIds':[" + manyIds + "]}", 400, "taskIds");

        // ---- a strategy being drafted, one approved and awaiting adoption ----
        String st = "/api/v1/strategies/";
        Supplier<Long> draftVersion =
                () -> jdbc.queryForObject("select version from strategy where id = ?", Long.class, s.draft);
        on(all, "PUT /api/v1/strategies/{id}/draft", chair, st + s.draft + "/draft", "strategy", "strategy_objective")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "version")
                .json("version as text", "{'version':'abc'}", 400, "version")
                .json("huge title", () -> "{'title':'" + HUGE + "','version':" + draftVersion.get() + "}", 400, "title")
                .json(
                        "period out of order",
                        () -> "{'periodStart':'2025-01-01','periodEnd':'2024-01-01','version':" + draftVersion.get()
                                + "}",
                        400,
                        "periodEnd")
                .json(
                        "date as text",
                        () -> "{'periodStart':'first','version':" + draftVersion.get() + "}",
                        400,
                        "periodStart")
                .json(
                        "huge content",
                        () -> "{'content':'" + HUGE + "','version':" + draftVersion.get() + "}",
                        400,
                        "content")
                .json(
                        "objective without a title",
                        () -> "{'objectives':[{'title':''}],'version':" + draftVersion.get() + "}",
                        400,
                        "objectives[0].title")
                .json(
                        "Essential 11",
                        () -> "{'objectives':[{'title':'T','essentials':[11]}],'version':" + draftVersion.get() + "}",
                        400,
                        "objectives[0].essentials")
                .json(
                        "unknown finding",
                        () -> "{'objectives':[{'title':'T','findingIds':[" + NEVER + "]}],'version':"
                                + draftVersion.get() + "}",
                        400,
                        "objectives[0].findingIds")
                .json(
                        "objectives as text",
                        () -> "{'objectives':'all','version':" + draftVersion.get() + "}",
                        400,
                        "objectives")
                .json("stale version", "{'content':'x','version':-1}", 409, null)
                .unknown(st + NEVER + "/draft", "{'version':0}")
                .script(() -> "{'content':'" + SCRIPT + "','version':" + draftVersion.get() + "}");
        on(all, "POST /api/v1/strategies/{id}/submit", chair, st + s.draft + "/submit", "strategy", "strategy_version")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "version")
                .json("no reviewer", () -> "{'reviewers':[],'version':" + draftVersion.get() + "}", 400, "reviewers")
                .json(
                        "reviewer outside the group",
                        () -> "{'reviewers':['chair.kraljevo'],'version':" + draftVersion.get() + "}",
                        400,
                        "reviewers")
                .json(
                        "reviewers as text",
                        () -> "{'reviewers':'" + member + "','version':" + draftVersion.get() + "}",
                        400,
                        "reviewers")
                .json(
                        "review due in the past",
                        () -> "{'reviewers':['" + member + "'],'reviewDue':'2020-01-01T00:00:00Z'," + "'version':"
                                + draftVersion.get() + "}",
                        400,
                        "reviewDue")
                .json(
                        "review due as text",
                        () -> "{'reviewers':['" + member + "'],'reviewDue':'soon','version':" + draftVersion.get()
                                + "}",
                        400,
                        "reviewDue")
                .unknown(st + NEVER + "/submit", "{'reviewers':['" + member + "'],'version':0}");
        String v1 = st + s.approved + "/versions/1/comments";
        on(all, "POST /api/v1/strategies/{id}/versions/{number}/comments", s.approving.member(), v1, "strategy_comment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "body")
                .json("huge body", "{'body':'" + HUGE + "'}", 400, "body")
                .json("huge section", "{'body':'b','section':'" + HUGE + "'}", 400, "section")
                .json("unknown objective", "{'body':'b','objectiveId':" + NEVER + "}", 400, "objectiveId")
                .json("objective as text", "{'body':'b','objectiveId':'abc'}", 400, "objectiveId")
                .json("version as text", st + s.approved + "/versions/first/comments", "{'body':'b'}", 400, "number")
                .unknown(st + s.approved + "/versions/99/comments", "{'body':'b'}")
                .script("{'body':'" + SCRIPT + "','section':'" + SCRIPT + "'}");
        Map<String, Object> adoption = Map.of(
                "decisionReference",
                "No. 1",
                "adoptedOn",
                "2025-01-01",
                "adoptingBody",
                "Council",
                "document",
                new Upload("decision.pdf", PDF));
        on(
                        all,
                        "POST /api/v1/strategies/{id}/adoption",
                        s.approving.chair(),
                        st + s.approved + "/adoption",
                        "strategy_adoption",
                        "stored_file",
                        "strategy")
                .plainText()
                .multipart("no document", without(adoption, "document"), 400, "document")
                .multipart("no reference", without(adoption, "decisionReference"), 400, "decisionReference")
                .multipart("date as text", with(adoption, "adoptedOn", "last week"), 400, "adoptedOn")
                .multipart("adopted in the future", with(adoption, "adoptedOn", future), 400, "adoptedOn")
                .multipart("huge reference", with(adoption, "decisionReference", HUGE), 400, "decisionReference")
                .multipart(
                        "not a document",
                        with(adoption, "document", new Upload("decision.pdf", NOT_A_FILE)),
                        400,
                        "document")
                .multipart("too big", with(adoption, "document", new Upload("decision.pdf", TOO_BIG)), 413, "document")
                .unknown(st + NEVER + "/adoption", adoption);

        // ---- an adopted strategy and its approved action ----
        String pm = s.planning.member();
        String proposal = "'objectiveId':" + s.objective + ",'title':'Drills','leadAgency':'Agency','owner':'" + pm
                + "','start':'2026-01-01','due':'2026-06-30','budget':{'amount':100,'currency':'EUR'}";
        on(all, "POST /api/v1/strategies/{id}/actions", pm, st + s.adopted + "/actions", "action")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "objectiveId")
                .json(
                        "objective as text",
                        "{" + proposal.replace("'objectiveId':" + s.objective, "'objectiveId':'abc'") + "}",
                        400,
                        "objectiveId")
                .json(
                        "unknown objective",
                        "{" + proposal.replace("'objectiveId':" + s.objective, "'objectiveId':" + NEVER) + "}",
                        400,
                        "objective")
                .json("negative budget", "{" + proposal.replace("'amount':100", "'amount':-100") + "}", 400, "budget")
                .json(
                        "budget as text",
                        "{" + proposal.replace("'amount':100", "'amount':'lots'") + "}",
                        400,
                        "budget.amount")
                .json(
                        "budget without currency",
                        "{" + proposal.replace(",'currency':'EUR'", "") + "}",
                        400,
                        "budget.currency")
                .json("due before start", "{" + proposal.replace("2026-06-30", "2025-06-30") + "}", 400, "due")
                .json("date as text", "{" + proposal.replace("2026-06-30", "June") + "}", 400, "due")
                .json("huge title", "{" + proposal.replace("'Drills'", "'" + HUGE + "'") + "}", 400, "title")
                .json(
                        "unknown owner",
                        "{" + proposal.replace("'owner':'" + pm + "'", "'owner':'nobody'") + "}",
                        400,
                        "owner")
                .json("unknown programme", "{" + proposal + ",'programmeId':" + NEVER + "}", 400, "programme")
                .json("Essential 11", "{" + proposal + ",'essentials':[11]}", 400, "essentials")
                .unknown(st + NEVER + "/actions", "{" + proposal + "}");
        on(all, "POST /api/v1/strategies/{id}/actions/import", pm, st + s.adopted + "/actions/import", "action")
                .plainText()
                .multipart("no file", Map.of("dryRun", "false"), 400, "file")
                .multipart(
                        "not a table",
                        Map.of("file", new Upload("plan.csv", NOT_A_FILE), "dryRun", "false"),
                        400,
                        "file")
                .multipart(
                        "dry run as text",
                        Map.of("file", new Upload("plan.csv", NOT_A_FILE), "dryRun", "maybe"),
                        400,
                        "dryRun")
                .multipart("too big", Map.of("file", new Upload("plan.csv", TOO_BIG), "dryRun", "false"), 413, "file");
        String act = "/api/v1/actions/" + s.action;
        // The action is approved: the body is refused before the service would say it is no longer editable.
        on(all, "PUT /api/v1/actions/{id}", pm, act, "action")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "objectiveId")
                .json(
                        "objective as text",
                        "{" + proposal.replace("'objectiveId':" + s.objective, "'objectiveId':'abc'") + ",'version':0}",
                        400,
                        "objectiveId")
                .json("no version", "{" + proposal + "}", 400, "version")
                .json("version as text", "{" + proposal + ",'version':'latest'}", 400, "version")
                .json(
                        "budget as text",
                        "{" + proposal.replace("'amount':100", "'amount':'lots'") + ",'version':0}",
                        400,
                        "budget.amount")
                .unknown("/api/v1/actions/" + NEVER, "{" + proposal + ",'version':0}")
                .json("id as text", "/api/v1/actions/abc", "{" + proposal + ",'version':0}", 400, "id");
        on(all, "POST /api/v1/actions/{id}/progress", pm, act + "/progress", "action_progress", "action", "stored_file")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "percent")
                .json("percent as text", "{'percent':'half','narrative':'n'}", 400, "percent")
                .json("percent over 100", "{'percent':101,'narrative':'n'}", 400, "percent")
                .json("no narrative", "{'percent':10}", 400, "narrative")
                .json("huge narrative", "{'percent':10,'narrative':'" + HUGE + "'}", 400, "narrative")
                .unknown("/api/v1/actions/" + NEVER + "/progress", "{'percent':10,'narrative':'n'}")
                .json("id as text", "/api/v1/actions/abc/progress", "{'percent':10,'narrative':'n'}", 400, "id")
                .multipart("no percent", Map.of("narrative", "n"), 400, "percent")
                .multipart("percent as text", Map.of("percent", "half", "narrative", "n"), 400, "percent")
                .multipart("no narrative", Map.of("percent", "10"), 400, "narrative")
                .multipart(
                        "empty evidence",
                        Map.of("percent", "10", "narrative", "n", "evidence", new Upload("e.pdf", new byte[0])),
                        400,
                        "evidence")
                .multipart(
                        "evidence too big",
                        Map.of("percent", "10", "narrative", "n", "evidence", new Upload("e.pdf", TOO_BIG)),
                        413,
                        "evidence");
        on(
                        all,
                        "POST /api/v1/actions/{id}/completion",
                        pm,
                        act + "/completion",
                        "action_progress",
                        "action",
                        "stored_file")
                .plainText()
                .multipart("no narrative", Map.of("evidence", new Upload("e.pdf", PDF)), 400, "narrative")
                .multipart("no evidence", Map.of("narrative", "done"), 400, "evidence")
                .multipart(
                        "huge narrative",
                        Map.of("narrative", HUGE, "evidence", new Upload("e.pdf", PDF)),
                        400,
                        "narrative")
                .multipart(
                        "evidence too big",
                        Map.of("narrative", "done", "evidence", new Upload("e.pdf", TOO_BIG)),
                        413,
                        "evidence")
                .unknown(
                        "/api/v1/actions/" + NEVER + "/completion",
                        Map.of("narrative", "done", "evidence", new Upload("e.pdf", PDF)));
        on(all, "POST /api/v1/actions/{id}/milestones", pm, act + "/milestones", "action_milestone")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "title")
                .json("no target", "{'title':'T'}", 400, "target")
                .json("target as text", "{'title':'T','target':'soon'}", 400, "target")
                .json("huge title", "{'title':'" + HUGE + "','target':'2026-01-01'}", 400, "title")
                .unknown("/api/v1/actions/" + NEVER + "/milestones", "{'title':'T','target':'2026-01-01'}")
                .script("{'title':'" + SCRIPT + "','target':'2026-01-01'}");
        on(
                        all,
                        "PUT /api/v1/actions/{id}/milestones/{milestoneId}",
                        pm,
                        act + "/milestones/" + s.milestone,
                        "action_milestone")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "actualDate")
                .json("reached in the future", "{'actualDate':'" + future + "'}", 400, "actualDate")
                .json("date as text", "{'actualDate':'today'}", 400, "actualDate")
                .unknown(act + "/milestones/" + NEVER, "{'actualDate':'2025-01-01'}")
                .json("milestone as text", act + "/milestones/abc", "{'actualDate':'2025-01-01'}", 400, "milestoneId");

        // ---- the working group's review ----
        String pc = s.planning.chair();
        String review = "/api/v1/action-plan-reviews/" + s.planReview;
        String row = review + "/rows/" + s.planRow;
        on(all, "PUT /api/v1/action-plan-reviews/{id}/rows/{actionId}", pc, row, "action", "action_plan_review")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "decision")
                .json("unknown decision", "{'decision':'maybe'}", 400, "decision")
                .json("decision as a list", "{'decision':['accept']}", 400, "decision")
                .json("decline without the reason", "{'decision':'decline'}", 400, "comment")
                .json("huge comment", "{'decision':'change','comment':'" + HUGE + "'}", 400, "comment")
                .unknown("/api/v1/action-plan-reviews/" + NEVER + "/rows/" + s.planRow, "{'decision':'accept'}")
                .unknown(review + "/rows/" + s.action, "{'decision':'accept'}")
                .json(
                        "id as text",
                        "/api/v1/action-plan-reviews/abc/rows/" + s.planRow,
                        "{'decision':'accept'}",
                        400,
                        "id")
                .script("{'decision':'change','comment':'" + SCRIPT + "'}");
        on(all, "POST /api/v1/action-plan-reviews/{id}/accept-remaining", pc, review + "/accept-remaining", "action")
                .unknown("/api/v1/action-plan-reviews/" + NEVER + "/accept-remaining", null)
                .json("id as text", "/api/v1/action-plan-reviews/abc/accept-remaining", null, 400, "id");
        String reviewers = st + s.adopted + "/action-reviewers";
        on(all, "PUT /api/v1/strategies/{id}/action-reviewers", pc, reviewers, "action_plan_reviewer")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "usernames")
                .json("names as text", "{'usernames':'" + s.planning.member() + "'}", 400, "usernames")
                .json("not in the working group", "{'usernames':['coordinator.tajikistan']}", 400, "usernames")
                .json("huge name", "{'usernames':['" + HUGE + "']}", 400, "usernames")
                .unknown(st + NEVER + "/action-reviewers", "{'usernames':[]}")
                .json("id as text", st + "abc/action-reviewers", "{'usernames':[]}", 400, "id");

        // ---- the caller's account ----
        on(all, "PUT /api/v1/me/weekly-digest", member, "/api/v1/me/weekly-digest", "person")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "weeklyDigest")
                .json("null", "{'weeklyDigest':null}", 400, "weeklyDigest")
                .json("a word", "{'weeklyDigest':'maybe'}", 400, "weeklyDigest");

        // ---- notifications ----
        on(all, "POST /api/v1/notifications/{id}/read", member, "/api/v1/notifications/" + NEVER + "/read")
                .unknown("/api/v1/notifications/" + NEVER + "/read", null)
                .json("id as text", "/api/v1/notifications/abc/read", null, 400, "id");

        // ---- stage-gate checklists ----
        String gate = "/api/v1/jurisdictions/" + s.scoring.id() + "/gates/a-b/checklist/manual-1/tick";
        on(
                        all,
                        "POST /api/v1/jurisdictions/{id}/gates/{gate}/checklist/{item}/tick",
                        chair,
                        gate,
                        "gate_tick",
                        "stored_file")
                .plainText()
                .multipart("no evidence", Map.of("note", "Resolution 12"), 400, "evidence")
                .multipart("not a web link", Map.of("link", "javascript:alert(1)"), 400, "link")
                .multipart("huge note", Map.of("note", HUGE, "link", "https://city.example/r"), 400, "note")
                .multipart("too big", Map.of("document", new Upload("e.pdf", TOO_BIG)), 413, "document")
                .unknown(gate, Map.of("link", "https://city.example/r"))
                .unknown(
                        "/api/v1/jurisdictions/" + s.scoring.id() + "/gates/x-y/checklist/manual-1/tick",
                        Map.of("link", "https://city.example/r"))
                .unknown(
                        "/api/v1/jurisdictions/" + NEVER + "/gates/a-b/checklist/manual-1/tick",
                        Map.of("link", "https://city.example/r"));
        String config = "/api/v1/gate-checklists/country/" + s.country + "/a-b";
        on(
                        all,
                        "PUT /api/v1/gate-checklists/{kind}/{scopeId}/{gate}",
                        "admin",
                        config,
                        "gate_checklist",
                        "gate_checklist_item")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "items")
                .json("no kind", "{'items':[{'mandatory':true}]}", 400, "kind")
                .json("computed without a rule", "{'items':[{'kind':'COMPUTED'}]}", 400, "rule")
                .json("manual without a label", "{'items':[{'kind':'MANUAL','label':' '}]}", 400, "label")
                .json("huge label", "{'items':[{'kind':'MANUAL','label':'" + HUGE + "'}]}", 400, "label")
                .json(
                        "no members at all",
                        "{'items':[{'kind':'COMPUTED','rule':'WORKING_GROUP','number':0}]}",
                        400,
                        "number")
                .json(
                        "a rule twice",
                        "{'items':[{'kind':'COMPUTED','rule':'HAZARDS_RECORDED'},"
                                + "{'kind':'COMPUTED','rule':'HAZARDS_RECORDED'}]}",
                        400,
                        "items")
                .unknown("/api/v1/gate-checklists/country/" + NEVER + "/a-b", "{'items':[]}")
                .unknown("/api/v1/gate-checklists/planet/" + s.country + "/a-b", "{'items':[]}")
                .json("scope id as text", "/api/v1/gate-checklists/country/abc/a-b", "{'items':[]}", 400, "scopeId");
        on(all, "DELETE /api/v1/gate-checklists/{kind}/{scopeId}/{gate}", "admin", config, "gate_checklist")
                .json("scope id as text", "/api/v1/gate-checklists/country/abc/a-b", null, 400, "scopeId")
                .unknown("/api/v1/gate-checklists/country/" + NEVER + "/a-b", null);

        // ---- operators ----
        on(all, "POST /api/v1/admin/incidents/jobs/{jobId}/retry", "admin", "/api/v1/admin/incidents/jobs/x/retry")
                .unknown("/api/v1/admin/incidents/jobs/" + NEVER + "/retry", null);

        // ---- one's own API tokens ----
        String nextYear = today.plusDays(ApiTokens.MAX_DAYS + 1).toString();
        on(all, "POST /api/v1/me/tokens", member, "/api/v1/me/tokens", "api_token")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "name")
                .json("huge name", "{'name':'" + HUGE + "','access':'READ','expiresOn':'" + future + "'}", 400, "name")
                .json(
                        "access of another kind",
                        "{'name':'N','access':'ADMIN','expiresOn':'" + future + "'}",
                        400,
                        "access")
                .json("no expiry", "{'name':'N','access':'READ'}", 400, "expiresOn")
                .json(
                        "expiry past a year",
                        "{'name':'N','access':'READ','expiresOn':'" + nextYear + "'}",
                        400,
                        "expiresOn")
                .json("expired already", "{'name':'N','access':'READ','expiresOn':'" + today + "'}", 400, "expiresOn")
                .json("expiry not a date", "{'name':'N','access':'READ','expiresOn':'soon'}", 400, "expiresOn");
        on(all, "DELETE /api/v1/me/tokens/{id}", member, "/api/v1/me/tokens", "api_token")
                .json("id as text", "/api/v1/me/tokens/abc", null, 400, "id")
                .unknown("/api/v1/me/tokens/" + NEVER, null);
        return all;
    }

    private static Map<String, Object> with(Map<String, Object> parts, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(parts);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> parts, String name) {
        Map<String, Object> changed = new LinkedHashMap<>(parts);
        changed.remove(name);
        return changed;
    }

    /** An answer to a pinned comment, by one of those the subject went back to; no such pin: 404 once the body is sound. */
    private static void pinAnswers(List<Case> all, String collection, String caller, Long subject) {
        String at = "/api/v1/" + collection + "/" + subject + "/pins/" + NEVER + "/answer";
        on(all, "POST /api/v1/" + collection + "/{id}/pins/{pinId}/answer", caller, at, "pinned_comment")
                .malformed()
                .plainText()
                .json("nothing", "{}", 400, "answer")
                .json("blank answer", "{'answer':'  '}", 400, "answer")
                .json("huge answer", "{'answer':'" + HUGE + "'}", 400, "answer")
                .json("version as text", "{'answer':'a','version':'abc'}", 400, "version")
                .json(
                        "pin id as text",
                        "/api/v1/" + collection + "/" + subject + "/pins/abc/answer",
                        "{'answer':'a'}",
                        400,
                        "pinId")
                .unknown(at, "{'answer':'" + SCRIPT + "'}")
                .unknown("/api/v1/" + collection + "/" + NEVER + "/pins/" + NEVER + "/answer", "{'answer':'a'}");
    }

    private static Cases on(List<Case> all, String endpoint, String caller, String path, String... tables) {
        String key = endpoint.contains(" consumes ") ? endpoint.substring(0, endpoint.indexOf(" consumes ")) : endpoint;
        return new Cases(all, key, caller, path, List.of(tables));
    }

    /** The cases of one endpoint, written one per line. */
    static final class Cases {
        private final List<Case> all;
        private final String endpoint;
        private final String caller;
        private final String path;
        private final List<String> tables;

        Cases(List<Case> all, String endpoint, String caller, String path, List<String> tables) {
            this.all = all;
            this.endpoint = endpoint;
            this.caller = caller;
            this.path = path;
            this.tables = tables;
        }

        Cases malformed() {
            return add("malformed JSON", path, MediaType.APPLICATION_JSON, () -> "{\"title\": ", 400, null, false);
        }

        Cases plainText() {
            return add("text/plain", path, MediaType.TEXT_PLAIN, () -> "title=x", 415, null, false);
        }

        Cases json(String name, String body, int status, String field) {
            return json(name, path, body, status, field);
        }

        Cases json(String name, Supplier<String> body, int status, String field) {
            return add(name, path, MediaType.APPLICATION_JSON, () -> quoted(body.get()), status, field, false);
        }

        Cases json(String name, String at, String body, int status, String field) {
            return add(
                    name,
                    at,
                    body == null ? null : MediaType.APPLICATION_JSON,
                    body == null ? null : () -> quoted(body),
                    status,
                    field,
                    false);
        }

        Cases multipart(String name, Map<String, Object> parts, int status, String field) {
            return add(name, path, MediaType.MULTIPART_FORM_DATA, () -> parts, status, field, false);
        }

        /** An id nobody has: 404, whatever the body. */
        Cases unknown(String at, Object body) {
            if (body instanceof Map<?, ?> parts) {
                return add("unknown id", at, MediaType.MULTIPART_FORM_DATA, () -> parts, 404, null, false);
            }
            return add(
                    "unknown id",
                    at,
                    body == null ? null : MediaType.APPLICATION_JSON,
                    body == null ? null : () -> quoted((String) body),
                    404,
                    null,
                    false);
        }

        /** Script in text: stored as the text it is (answered as JSON), or refused like any bad input. */
        Cases script(String body) {
            return script(() -> body);
        }

        Cases script(Supplier<String> body) {
            return add("script in text", path, MediaType.APPLICATION_JSON, () -> quoted(body.get()), 400, null, true);
        }

        private Cases add(
                String name,
                String at,
                MediaType type,
                Supplier<Object> body,
                int status,
                String field,
                boolean mayStore) {
            all.add(new Case(endpoint, name, caller, at, type, body, status, field, mayStore, tables));
            return this;
        }

        private static String quoted(String json) {
            return json.replace('\'', '"');
        }
    }

    private static byte[] tooBig() {
        byte[] content = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    private static byte[] readProcess(String file) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("processes", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.resilienceroadmap.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's one list shape and one money shape (API.md): every list answers a {@link PageResponse} paged by
 * {@code ?page=0&size=50} (size at most 500), never a bare JSON array; money is {@code {"amount": "1250000.00",
 * "currency": "EUR"}}. The GET mappings are enumerated from Spring's own table, so a list endpoint added later is
 * held to the same shape without anyone listing it here.
 */
class ListShapeContractTests extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noEndpointAnswersABareJsonArray() {
        List<String> bare = new ArrayList<>();
        getMappings().forEach((path, handler) -> {
            Type answer = answerType(handler);
            if (isArrayOfJson(answer)) {
                bare.add(path + " -> "
                        + handler.getMethod().getGenericReturnType().getTypeName());
            }
        });
        assertThat(getMappings()).as("the API's GET mappings were found").hasSizeGreaterThan(40);
        assertThat(bare)
                .as("lists answer PageResponse (content, page, size, totalElements, totalPages), not an array")
                .isEmpty();
    }

    @Test
    void everyListEndpointAnswersThePageShapeAndRefusesABadPage() {
        Map<String, String> ids = demoIds();
        List<String> lists = new ArrayList<>();
        getMappings().forEach((path, handler) -> {
            if (rawClass(answerType(handler)) == PageResponse.class) {
                lists.add(path);
            }
        });
        assertThat(lists)
                .as("the lists the contract names are among them")
                .contains(
                        "/api/v1/programmes",
                        "/api/v1/jurisdictions/{id}/strategies",
                        "/api/v1/strategies/{id}/versions",
                        "/api/v1/strategies/{id}/timeline",
                        "/api/v1/assessments/{id}/participants");
        for (String path : lists) {
            String url = concrete(path, ids);
            String join = url.contains("?") ? "&" : "?";
            ResponseEntity<JsonNode> page = api.get("admin", url + join + "page=0&size=2");
            assertThat(page.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
            JsonNode body = page.getBody();
            assertThat(body.isObject()).as(url).isTrue();
            assertThat(body.get("content").isArray()).as(url).isTrue();
            assertThat(body.get("content").size()).as(url).isLessThanOrEqualTo(2);
            assertThat(body.get("page").isIntegralNumber() && body.get("page").asInt() == 0)
                    .as(url)
                    .isTrue();
            assertThat(body.get("size").isIntegralNumber() && body.get("size").asInt() == 2)
                    .as(url)
                    .isTrue();
            assertThat(body.get("totalElements").isIntegralNumber()).as(url).isTrue();
            assertThat(body.get("totalPages").isIntegralNumber()).as(url).isTrue();
            assertThat(body.get("totalElements").asLong())
                    .as(url)
                    .isGreaterThanOrEqualTo(body.get("content").size());

            ResponseEntity<JsonNode> tooLarge = api.get("admin", url + join + "size=501");
            assertThat(tooLarge.getStatusCode()).as(url + " size=501").isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(tooLarge.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as(url)
                    .isTrue();
            assertThat(api.get("admin", url + join + "page=-1").getStatusCode())
                    .as(url + " page=-1")
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    @Test
    void moneyIsAnObjectWithADecimalStringAndACurrencyWhereverItIsWritten() {
        Map<String, String> ids = demoIds();
        String programme = "/api/v1/programmes/" + ids.get("programme");

        JsonNode programmes = api.get("admin", "/api/v1/programmes").getBody().get("content");
        assertThat(programmes).isNotEmpty().allSatisfy(p -> assertMoney(p.get("amount"), "programmes"));

        JsonNode detail = api.get("admin", programme).getBody();
        assertMoney(detail.get("summary").get("amount"), "programme");
        assertThat(detail.get("budgetLines")).isNotEmpty().allSatisfy(l -> assertMoney(l.get("amount"), "budget line"));
        assertThat(detail.get("disbursements"))
                .isNotEmpty()
                .allSatisfy(d -> assertMoney(d.get("amount"), "disbursement"));

        JsonNode money = api.get("admin", programme + "/money-and-progress").getBody();
        for (String figure : List.of("budget", "committed", "spent")) {
            assertMoney(money.get("total").get(figure), "money-and-progress total " + figure);
        }
        assertThat(money.get("total").get("spendingAhead").isIntegralNumber()).isTrue();

        JsonNode actions =
                api.get("admin", "/api/v1/actions?size=500").getBody().get("content");
        List<JsonNode> budgets = new ArrayList<>();
        actions.forEach(a -> {
            if (!a.get("budget").isNull()) {
                budgets.add(a.get("budget"));
            }
        });
        assertThat(budgets).isNotEmpty().allSatisfy(b -> assertMoney(b, "action budget"));
    }

    @Test
    void moneyIsTakenInTheSameShapeItIsWritten() {
        String programme = "/api/v1/programmes/" + demoIds().get("programme");
        String currency = api.get("admin", programme)
                .getBody()
                .get("summary")
                .get("amount")
                .get("currency")
                .asText();
        ResponseEntity<JsonNode> line = api.post(
                "admin",
                programme + "/budget-lines",
                Map.of(
                        "title",
                        "Contract test line",
                        "periodStart",
                        "2025-01-01",
                        "periodEnd",
                        "2025-12-31",
                        "amount",
                        Map.of("amount", "1250.50", "currency", currency)));
        assertThat(line.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(line.getBody().get("amount").get("amount").asText()).isEqualTo("1250.50");
        assertThat(line.getBody().get("amount").get("currency").asText()).isEqualTo(currency);
        assertThat(api.get("admin", programme).getBody().get("budgetLines"))
                .anySatisfy(l -> assertThat(l.get("title").asText()).isEqualTo("Contract test line"));

        ResponseEntity<JsonNode> numberBeside = api.post(
                "admin",
                programme + "/budget-lines",
                Map.of(
                        "title",
                        "Old shape",
                        "periodStart",
                        "2025-01-01",
                        "periodEnd",
                        "2025-12-31",
                        "amount",
                        1250.5,
                        "currency",
                        currency));
        assertThat(numberBeside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("admin", programme).getBody().get("budgetLines"))
                .noneSatisfy(l -> assertThat(l.get("title").asText()).isEqualTo("Old shape"));
    }

    private static void assertMoney(JsonNode money, String what) {
        assertThat(money).as(what).isNotNull();
        assertThat(money.isObject()).as(what + ": " + money).isTrue();
        assertThat(money.get("amount").isTextual()).as(what + ": " + money).isTrue();
        assertThat(money.get("amount").asText()).as(what).matches(DECIMAL);
        assertThat(money.get("currency").asText()).as(what).matches("[A-Z]{3}");
    }

    /** GET mappings under /api/v1, by path pattern. */
    private Map<String, HandlerMethod> getMappings() {
        Map<String, HandlerMethod> gets = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    gets.put(pattern, e.getValue());
                }
            }
        }
        return gets;
    }

    /** What the handler answers, with a ResponseEntity or HttpEntity around it taken off. */
    private static Type answerType(HandlerMethod handler) {
        Type type = handler.getMethod().getGenericReturnType();
        while (type instanceof ParameterizedType p && HttpEntity.class.isAssignableFrom((Class<?>) p.getRawType())) {
            type = p.getActualTypeArguments()[0];
        }
        return type;
    }

    /** A collection or an array, which Jackson writes as a top-level array (byte[] is a file, not JSON). */
    private static boolean isArrayOfJson(Type type) {
        if (type instanceof GenericArrayType) {
            return true;
        }
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return false;
        }
        if (raw.isArray()) {
            return raw != byte[].class;
        }
        return Collection.class.isAssignableFrom(raw) || Iterable.class.isAssignableFrom(raw);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    /** The pattern with its variables set to demo objects that have something to list. */
    private static String concrete(String pattern, Map<String, String> ids) {
        String owner = pattern.replaceFirst("^/api/v1/([^/]+)/.*$", "$1");
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "id" -> ids.get(owner);
                case "kind" -> "country";
                case "questionCode" -> ids.get("questionCode");
                case "code" -> ids.get("indicator");
                default -> null;
            };
            assertThat(value).as(pattern + ": a demo value for {" + name + "}").isNotNull();
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        if (pattern.endsWith("/diff")) {
            url.append("?from=1&to=1");
        }
        return url.toString();
    }

    /** Real ids from the demo data, keyed by the first path segment whose {id} they fill. */
    private Map<String, String> demoIds() {
        Map<String, String> ids = new TreeMap<>();
        ids.put(
                "programme",
                one(
                        "select p.id from programme p where exists (select 1 from budget_line b where b.programme_id = p.id)"
                                + " and exists (select 1 from disbursement d where d.programme_id = p.id) order by p.id"));
        ids.put("programmes", ids.get("programme"));
        ids.put("jurisdictions", one("select jurisdiction_id from strategy order by id"));
        ids.put("comparison", one("select id from jurisdiction where code = 'RS'"));
        ids.put("strategies", one("select strategy_id from strategy_version order by id"));
        // A preliminary scorecard has question P1.1 (its evidence list may be empty: the shape is what counts).
        ids.put("assessments", one("select id from assessment where template_id = 'preliminary' order by id"));
        ids.put("questionCode", "P1.1");
        ids.put("actions", one("select id from action order by id"));
        ids.put("donor-reports", one("select id from donor_report order by id"));
        ids.put("scorecard-templates", "preliminary");
        ids.put(
                "indicator",
                one("select code from programme_indicator where programme_id = " + ids.get("programme")
                        + " and measure is not null order by id"));
        return ids;
    }

    private String one(String sql) {
        List<String> found = jdbc.queryForList(sql, String.class);
        assertThat(found).as(sql).isNotEmpty();
        return found.get(0);
    }
}

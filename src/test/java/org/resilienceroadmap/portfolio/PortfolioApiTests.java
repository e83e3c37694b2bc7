package org.resilienceroadmap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/portfolio} and its exports: shape, paging, filters, files read back, who may call it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ApplicationContext context;

    private PortfolioScene scene;

    @BeforeAll
    void prepare() {
        scene = PortfolioScene.prepare(context);
    }

    @Test
    void answersAPageOfCitiesWithTheSummaryOfTheWholeList() {
        ResponseEntity<JsonNode> answer = api.get(scene.coordinatorA(), "/api/v1/portfolio?size=2");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode body = answer.getBody();
        assertThat(body.get("totalElements").asInt()).isEqualTo(3);
        assertThat(body.get("totalPages").asInt()).isEqualTo(2);
        assertThat(body.get("summary").get("cities").asInt()).isEqualTo(3);
        assertThat(body.get("summary").get("notReportedThisQuarter").asInt()).isEqualTo(3);
        assertThat(body.get("content")).hasSize(2);
        JsonNode alpha = body.get("content").get(0);
        assertThat(alpha.get("jurisdictionId").asLong()).isEqualTo(scene.alpha());
        assertThat(alpha.get("name").asText()).isEqualTo("Alpha " + scene.tag());
        assertThat(alpha.get("countryId").asLong()).isEqualTo(scene.countryA());
        assertThat(alpha.get("stage").asText()).isEqualTo("A");
        assertThat(alpha.get("daysInStage").asLong()).isEqualTo(10);
        assertThat(alpha.get("freshness").asText()).isEqualTo("CURRENT");
        assertThat(alpha.get("score").isNull()).isTrue();
        assertThat(alpha.get("strategy").isNull()).isTrue();
        assertThat(alpha.get("actions").get("approved").asLong()).isZero();
        assertThat(alpha.get("actions").has("onTrack")).isTrue();
        assertThat(alpha.get("reports").get("overdue").asLong()).isZero();

        JsonNode second =
                api.get(scene.coordinatorA(), "/api/v1/portfolio?size=2&page=1").getBody();
        assertThat(second.get("content")).hasSize(1);
        assertThat(second.get("content").get(0).get("jurisdictionId").asLong()).isEqualTo(scene.charlie());
    }

    @Test
    void filtersAndSortsAsTheQuerySays() {
        JsonNode late = api.get(scene.coordinatorA(), "/api/v1/portfolio?lateOnly=true&sort=FRESHNESS&descending=true")
                .getBody();
        assertThat(ids(late)).containsExactly(scene.charlie(), scene.bravo());
        assertThat(late.get("content").get(0).get("freshness").asText()).isEqualTo("SILENT");
        assertThat(ids(api.get(scene.coordinatorA(), "/api/v1/portfolio?stage=C")
                        .getBody()))
                .containsExactly(scene.charlie());
        // None of the programme's cities are Serbia's coordinator's: to them it is as unknown as no programme.
        String byProgramme = "/api/v1/portfolio?programmeId=" + scene.programme();
        assertThat(api.get("coordinator.serbia", byProgramme).getStatusCode().value())
                .isEqualTo(404);
        assertThat(ids(api.get(scene.donor(), byProgramme).getBody())).containsExactly(scene.delta());
        assertThat(ids(api.get(scene.donor(), "/api/v1/portfolio?countryId=" + scene.countryB())
                        .getBody()))
                .containsExactly(scene.delta());
    }

    @Test
    void refusesBadParametersWithProblemDetails() {
        for (String query : List.of("stage=D", "sort=SCORE", "size=0", "size=501", "page=-1", "countryId=x")) {
            ResponseEntity<JsonNode> answer = api.get(scene.coordinatorA(), "/api/v1/portfolio?" + query);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        }
    }

    @Test
    void exportsTheWholeFilteredListAsAWorkbookAndCsv() throws IOException {
        ResponseEntity<byte[]> xlsx = download(scene.coordinatorA(), "/api/v1/portfolio.xlsx?sort=CITY");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("portfolio.xlsx");
        List<List<String>> sheet = readXlsx(xlsx.getBody());
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0)).startsWith("City", "Country", "Stage", "Days in stage");
        assertThat(sheet.get(0)).endsWith("Freshness");
        assertThat(sheet.get(1).get(0)).isEqualTo("Alpha " + scene.tag());
        assertThat(sheet.get(2)).contains("Bravo " + scene.tag(), "150", "Late");
        assertThat(sheet.get(3)).contains("Charlie " + scene.tag(), "Silent");

        ResponseEntity<byte[]> csv = download(scene.coordinatorA(), "/api/v1/portfolio.csv?lateOnly=true");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCity,Country,Stage");
        assertThat(text)
                .contains("Bravo " + scene.tag(), "Charlie " + scene.tag())
                .doesNotContain("Alpha " + scene.tag());
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    void chairsAndMembersAreRefusedAndStrangersAskedToSignIn() {
        assertThat(api.get(scene.chairAlpha(), "/api/v1/portfolio")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(api.get("member.dushanbe", "/api/v1/portfolio")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(download(scene.chairAlpha(), "/api/v1/portfolio.csv")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(rest.getForEntity("/api/v1/portfolio", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(rest.getForEntity("/api/v1/portfolio.xlsx", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(c -> ids.add(c.get("jurisdictionId").asLong()));
        return ids;
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
    }

    private static List<List<String>> readXlsx(byte[] content) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}

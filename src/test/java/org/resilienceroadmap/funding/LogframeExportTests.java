package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The EU logical-framework matrix read back with POI: impact, outcomes and outputs in that order, one row per
 * indicator with the result and its assumptions merged over them, numbers and years as numbers, headings in
 * the reader's language; who may download it; the impact and assumptions as the API takes and shows them.
 */
class LogframeExportTests extends IntegrationTest {

    private static final String IMPACT = "Fewer people in the two cities lose their homes to floods";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ResultsFramework framework;

    @Autowired
    ProgrammeDirectory directory;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Test
    void theMatrixRowsFollowTheResultsChainWithTheirFiguresAndAssumptions() throws Exception {
        Long p = framed();
        ResponseEntity<byte[]> file = rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/v1/programmes/" + p + "/logframe.xlsx", byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("programme-" + p + "-logframe.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Logical framework");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly(
                            "Results chain",
                            "Indicators",
                            "Baseline",
                            "",
                            "Target",
                            "",
                            "Current value",
                            "",
                            "Sources and means of verification",
                            "Assumptions");
            assertThat(texts(sheet.getRow(1)).subList(2, 8))
                    .containsExactly("Value", "Year", "Value", "Year", "Value", "As of");
            assertThat(sheet.getMergedRegions())
                    .contains(CellRangeAddress.valueOf("A1:A2"), CellRangeAddress.valueOf("C1:D1"))
                    .contains(CellRangeAddress.valueOf("A4:A5"), CellRangeAddress.valueOf("J4:J5"));
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getWrapText()).isTrue();

            assertThat(text(sheet, 2, 0)).isEqualTo("Impact (overall objective)\n" + IMPACT);
            assertThat(text(sheet, 2, 1)).isEmpty();

            assertThat(text(sheet, 3, 0)).isEqualTo("Outcome OC1 (specific objective)\nHomes are safer from floods");
            assertThat(text(sheet, 3, 1)).isEqualTo("IN1 Households in flood zones (households)");
            assertThat(sheet.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2024.0);
            assertThat(sheet.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(800.0);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(2027.0);
            assertThat(text(sheet, 3, 8)).isEqualTo("Cadastre of the city");
            assertThat(text(sheet, 3, 9)).isEqualTo("The national flood maps are updated");
            assertThat(text(sheet, 4, 1)).startsWith("IN2 ");
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(3.5);
            assertThat(sheet.getRow(4).getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 6, 30));

            assertThat(text(sheet, 5, 0)).startsWith("Outcome OC2");
            assertThat(text(sheet, 5, 1)).isEmpty();
            assertThat(text(sheet, 5, 9)).isEmpty();
            assertThat(text(sheet, 6, 0)).isEqualTo("Output OP1.1\nFlood walls are built");
            assertThat(text(sheet, 6, 1)).startsWith("IN3 ");
            assertThat(sheet.getRow(6).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(sheet, 6, 9)).isEqualTo("Contractors deliver on time");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void aRussianReaderGetsRussianHeadingsAndTheDemoAssumptions() throws Exception {
        Long eu = directory.findByCode("EU-CA-SENDAI").orElseThrow().getId();
        ResponseEntity<byte[]> file = rest.withBasicAuth("coordinator.centralasia", "demo")
                .getForEntity("/api/v1/programmes/" + eu + "/logframe.xlsx", byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Логическая рамка");
            assertThat(text(sheet, 0, 0)).isEqualTo("Цепочка результатов");
            assertThat(text(sheet, 0, 8)).isEqualTo("Источники и средства проверки");
            assertThat(text(sheet, 0, 9)).isEqualTo("Допущения");
            assertThat(text(sheet, 1, 3)).isEqualTo("Год");
            assertThat(text(sheet, 2, 0))
                    .startsWith("Воздействие (общая цель)\n")
                    .contains("Sendai");
            List<String> chain = java.util.stream.IntStream.rangeClosed(2, sheet.getLastRowNum())
                    .mapToObj(r -> text(sheet, r, 0))
                    .filter(t -> !t.isEmpty())
                    .toList();
            assertThat(chain).hasSize(6);
            assertThat(chain.get(1)).startsWith("Итог OC1");
            assertThat(chain.get(3)).startsWith("Результат OP1.1");
            assertThat(java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum())
                            .mapToObj(r -> text(sheet, r, 9)))
                    .contains("The five governments keep their commitment to the regional platform and CESDRR.");
        }
    }

    @Test
    void onlyTheProgrammesReadersDownloadItAndOnlyItsManagersStateTheImpact() {
        Long eu = directory.findByCode("EU-CA-SENDAI").orElseThrow().getId();
        String path = "/api/v1/programmes/" + eu + "/logframe.xlsx";
        assertThat(status("donor.eu", path)).isEqualTo(HttpStatus.OK);
        assertThat(status("coordinator.tajikistan", path)).isEqualTo(HttpStatus.OK);
        assertThat(status("coordinator.serbia", path)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("chair.dushanbe", path)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("admin", "/api/v1/programmes/987654321/logframe.xlsx"))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(api.put("donor.eu", "/api/v1/programmes/" + eu, Map.of("impact", "Mine"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(
                                "coordinator.tajikistan",
                                "/api/v1/programmes/" + eu + "/results",
                                Map.of("kind", "OUTCOME", "code", "OCX", "title", "X", "assumptions", "Y"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("donor.eu", "/api/v1/programmes/" + eu)
                        .getBody()
                        .get("impact")
                        .asText())
                .contains("Sendai");
    }

    @Test
    void theApiStoresAndShowsAssumptionsAndImpactAndRefusesTooLongOnes() {
        Long p = framed();
        String base = "/api/v1/programmes/" + p;
        JsonNode detail = api.get("admin", base).getBody();
        assertThat(detail.get("impact").asText()).isEqualTo(IMPACT);
        assertThat(result(detail, "OC1").get("assumptions").asText()).isEqualTo("The national flood maps are updated");
        assertThat(result(detail, "OC2").get("assumptions").isNull()).isTrue();

        String tooLong = "x".repeat(2001);
        ResponseEntity<JsonNode> refused = api.post(
                "admin",
                base + "/results",
                Map.of("kind", "OUTCOME", "code", "OC9", "title", "T", "assumptions", tooLong));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("assumptions");
        ResponseEntity<JsonNode> impact = api.put("admin", base, Map.of("impact", tooLong));
        assertThat(impact.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(impact.getBody().toString()).contains("impact");
        assertThat(api.get("admin", base).getBody().get("impact").asText()).isEqualTo(IMPACT);

        ResponseEntity<JsonNode> added = api.post(
                "admin",
                base + "/results",
                Map.of("kind", "OUTCOME", "code", "OC3", "title", "T", "assumptions", " Rain "));
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().get("assumptions").asText()).isEqualTo("Rain");
        assertThat(api.put("admin", base, Map.of("description", "D")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("admin", base).getBody().get("impact").isNull()).isTrue();
    }

    @Test
    void aManagerRestatesAResultsAssumptionsAndAStaleEditIsRefused() {
        Long p = framed();
        String path = "/api/v1/programmes/" + p + "/results/OC2";
        long version = version(p, "OC2");
        ResponseEntity<JsonNode> revised = api.put(
                "admin",
                path,
                Map.of("title", "People heed the warnings", "assumptions", "Phones work", "version", version));
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody().get("assumptions").asText()).isEqualTo("Phones work");
        assertThat(result(api.get("admin", "/api/v1/programmes/" + p).getBody(), "OC2")
                        .get("title")
                        .asText())
                .isEqualTo("People heed the warnings");
        ResponseEntity<JsonNode> stale =
                api.put("admin", path, Map.of("title", "Lost", "assumptions", "Lost", "version", version));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").asText()).contains("OC2");
        assertThat(api.put("admin", "/api/v1/programmes/" + p + "/results/NOPE", Map.of("title", "x", "version", 0))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.put(
                                "donor.eu",
                                "/api/v1/programmes/" + eu() + "/results/OC1",
                                Map.of("title", "x", "version", 0))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin", () -> programmes.detail(p)).results().stream()
                        .filter(r -> r.code().equals("OC2"))
                        .findFirst()
                        .orElseThrow()
                        .assumptions())
                .isEqualTo("Phones work");
    }

    private Long eu() {
        return directory.findByCode("EU-CA-SENDAI").orElseThrow().getId();
    }

    private long version(Long programme, String code) {
        return as("admin", () -> programmes.detail(programme)).resultVersions().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow()
                .version();
    }

    /** A fresh programme: impact; OC1 with two indicators, OC2 with none; OP1.1 under OC1 with one. */
    private Long framed() {
        return as("admin", () -> {
            Long p = programmes
                    .create(new NewProgramme(
                            "LF-" + System.nanoTime(),
                            "Flood-safe homes",
                            "Test donor",
                            new BigDecimal("500000"),
                            "EUR",
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2027, 12, 31),
                            Set.of(jurisdictions
                                    .findByCode("TJ-DYU")
                                    .orElseThrow()
                                    .getId()),
                            null,
                            null,
                            null,
                            null,
                            List.of()))
                    .getId();
            framework.describeImpact(p, IMPACT);
            framework.addResult(
                    p,
                    ResultKind.OUTCOME,
                    "OC1",
                    "Homes are safer from floods",
                    null,
                    "The national flood maps are updated");
            framework.addResult(p, ResultKind.OUTCOME, "OC2", "People know the warnings", null, null);
            framework.addResult(
                    p, ResultKind.OUTPUT, "OP1.1", "Flood walls are built", "OC1", "Contractors deliver on time");
            framework.addIndicator(
                    p,
                    "OC1",
                    new IndicatorSpec(
                            "IN1",
                            "Households in flood zones",
                            "households",
                            null,
                            new BigDecimal("1200"),
                            2024,
                            new BigDecimal("800"),
                            2027,
                            "Cadastre of the city"));
            IndicatorLine in2 = framework.addIndicator(
                    p,
                    "OC1",
                    new IndicatorSpec(
                            "IN2",
                            "Warning lead time",
                            "hours",
                            null,
                            BigDecimal.ONE,
                            2024,
                            BigDecimal.TEN,
                            2027,
                            null));
            framework.reportActual(p, "IN2", new BigDecimal("3.5"), LocalDate.of(2025, 6, 30), 0);
            framework.addIndicator(
                    p,
                    "OP1.1",
                    new IndicatorSpec("IN3", "Walls built", "km", null, null, null, new BigDecimal("12"), 2026, null));
            assertThat(in2.code()).isEqualTo("IN2");
            return p;
        });
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo")
                .getForEntity(path, byte[].class)
                .getStatusCode()
                .value());
    }

    private static JsonNode result(JsonNode detail, String code) {
        for (JsonNode r : detail.get("results")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no result " + code);
    }

    private static String text(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, 10)
                .mapToObj(c -> text(row.getSheet(), row.getRowNum(), c))
                .toList();
    }
}

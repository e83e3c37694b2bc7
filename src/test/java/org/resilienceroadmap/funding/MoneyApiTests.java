package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class MoneyApiTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    private MoneyScene scene() {
        // 10 % done; 30,000 of its 60,000 spent below is 50 %: 40 points ahead.
        return MoneyScene.prepare(context, "EUR", 10, LocalDate.now(Days.ZONE).plusMonths(5));
    }

    private Map<String, Object> spending(MoneyScene s, String amount) {
        return Map.of(
                "sourceKind",
                "DISBURSEMENT",
                "sourceId",
                s.disbursementId(),
                "actionId",
                s.actionId(),
                "amount",
                Map.of("amount", amount));
    }

    @Test
    void coordinatorsAllocateDonorsReadTheFiguresAndTheFlag() {
        MoneyScene s = scene();
        String base = "/api/v1/programmes/" + s.programmeId();
        assertThat(api.post(s.donor(), base + "/allocations", spending(s, "100"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> made = api.post(s.city().coordinator(), base + "/allocations", spending(s, "30000"));
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(made.getBody().get("amount").get("amount").asText()).isEqualTo("30000.00");
        assertThat(made.getBody().get("amount").get("currency").asText()).isEqualTo("EUR");
        ResponseEntity<JsonNode> over = api.post(s.city().coordinator(), base + "/allocations", spending(s, "0.01"));
        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(over.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(over.getBody().toString()).contains("amount").contains("0.00 EUR");

        JsonNode read = api.get(s.donor(), base + "/money-and-progress").getBody();
        assertThat(read.get("currency").asText()).isEqualTo("EUR");
        assertThat(read.get("marginPoints").asInt()).isEqualTo(25);
        JsonNode country = read.get("countries").get(0);
        assertThat(country.get("name").asText()).isEqualTo("Tajikistan");
        JsonNode action = country.get("cities").get(0).get("actions").get(0);
        assertThat(action.get("actionId").asLong()).isEqualTo(s.actionId());
        assertThat(action.get("figures").get("spent").get("amount").asText()).isEqualTo("30000.00");
        assertThat(action.get("figures").get("spent").get("currency").asText()).isEqualTo("EUR");
        assertThat(action.get("figures").get("percentSpent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(action.get("figures").get("percentDone").decimalValue()).isEqualByComparingTo("10");
        assertThat(action.get("spendingAhead").asBoolean()).isTrue();
        assertThat(read.get("sources")).isEmpty();
        assertThat(api.get("coordinator.serbia", base + "/money-and-progress").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        long id = made.getBody().get("id").asLong();
        long version = made.getBody().get("version").asLong();
        assertThat(delete(s.donor(), base + "/allocations/" + id + "?version=" + version))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete(s.city().coordinator(), base + "/allocations/" + id + "?version=" + (version + 1)))
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(delete(s.city().coordinator(), base + "/allocations/" + id + "?version=" + version))
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(s.donor(), base + "/money-and-progress").getBody().get("allocations"))
                .isEmpty();
    }

    @Test
    void commitmentsAreRecordedAndRemovedByTheProgrammesCoordinators() {
        MoneyScene s = scene();
        String base = "/api/v1/programmes/" + s.programmeId();
        Map<String, Object> body =
                Map.of("committedOn", "2025-02-01", "amount", Map.of("amount", "12000"), "note", "Contract 7");
        assertThat(api.post(s.donor(), base + "/commitments", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> made = api.post(s.city().coordinator(), base + "/commitments", body);
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(made.getBody().get("kind").asText()).isEqualTo("COMMITMENT");
        assertThat(made.getBody().get("remaining").get("amount").asText()).isEqualTo("12000.00");
        assertThat(delete(
                        s.city().coordinator(),
                        base + "/commitments/" + made.getBody().get("id").asLong() + "?version=0"))
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theReportAndTheWorkbookCarryTheFiguresAndTheFlag() throws Exception {
        MoneyScene s = scene();
        String base = "/api/v1/programmes/" + s.programmeId();
        api.post(s.city().coordinator(), base + "/allocations", spending(s, "30000"));
        byte[] pdf = rest.withBasicAuth(s.donor(), "demo")
                .getForEntity(base + "/report.pdf", byte[].class)
                .getBody();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Money and progress")
                .contains("Sirens for every district")
                .contains("Spending ahead of progress")
                .contains("50.0%");
        byte[] xlsx = rest.withBasicAuth(s.donor(), "demo")
                .getForEntity(base + "/actions.xlsx", byte[].class)
                .getBody();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Money and progress");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("budget");
            Row action = sheet.getRow(3);
            assertThat(action.getCell(0).getStringCellValue()).isEqualTo("action");
            assertThat(action.getCell(1).getStringCellValue()).isEqualTo("Tajikistan");
            assertThat(action.getCell(3).getStringCellValue()).isEqualTo("Sirens for every district");
            assertThat(action.getCell(5).getNumericCellValue()).isEqualTo(60000.0);
            assertThat(action.getCell(7).getNumericCellValue()).isEqualTo(30000.0);
            assertThat(action.getCell(8).getNumericCellValue()).isEqualTo(50.0);
            assertThat(action.getCell(10).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private HttpStatus delete(String user, String path) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.DELETE, null, String.class)
                .getStatusCode()
                .value());
    }
}

package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IatiSchema;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The programme API as donor.eu, the coordinators and an admin call it: reads in scope, 403 for a
 * donor's every write, 404 outside scope, problem+json naming the field on bad input, and the
 * exports: IATI valid against the official schema, a PDF whose text shows Čačak and Душанбе, an XLSX.
 */
class ProgrammeApiTests extends IntegrationTest {

    private static final String DONOR = "donor.eu";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    JurisdictionDirectory jurisdictions;

    private Long eu() {
        return programmes.findByCode("EU-CA-SENDAI").orElseThrow().getId();
    }

    private Long id(String code) {
        return jurisdictions.findByCode(code).orElseThrow().getId();
    }

    @Test
    void theDonorReadsItsProgrammeAndNothingOutsideIt() {
        ResponseEntity<JsonNode> list = api.get(DONOR, "/api/v1/programmes");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().get("content"))
                .extracting(n -> n.get("code").asText())
                .containsExactly("EU-CA-SENDAI");
        ResponseEntity<JsonNode> indicators = api.get(DONOR, "/api/v1/programmes/" + eu() + "/indicators");
        assertThat(indicators.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode adopted = find(indicators.getBody().get("content"), "I2.3");
        assertThat(adopted.get("computed").asBoolean()).isTrue();
        assertThat(adopted.has("baseline") && adopted.has("target") && adopted.has("actual") && adopted.has("asOf"))
                .isTrue();
        assertThat(api.get(DONOR, "/api/v1/jurisdictions/" + id("RS-KRA")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(DONOR, "/api/v1/jurisdictions/" + id("RS-CAC")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Long dipecho = programmes.findByCode("ECHO-DIPECHO-CA").orElseThrow().getId();
        assertThat(api.get(DONOR, "/api/v1/programmes/" + dipecho).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("coordinator.serbia", "/api/v1/programmes/" + eu()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("chair.dushanbe", "/api/v1/programmes/" + eu() + "/indicators")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDonorGets403OnEveryWrite() {
        String p = "/api/v1/programmes/" + eu();
        Long dushanbe = id("TJ-DYU");
        Map<String, ResponseEntity<JsonNode>> answers = new java.util.LinkedHashMap<>();
        answers.put(
                "open programme",
                api.post(
                        DONOR,
                        "/api/v1/programmes",
                        Map.of(
                                "code",
                                "X",
                                "title",
                                "X",
                                "donor",
                                "X",
                                "amount",
                                Map.of("amount", "1", "currency", "EUR"),
                                "periodStart",
                                "2025-01-01",
                                "periodEnd",
                                "2026-01-01",
                                "jurisdictionIds",
                                List.of(dushanbe))));
        answers.put(
                "add result", api.post(DONOR, p + "/results", Map.of("kind", "OUTCOME", "code", "X", "title", "X")));
        answers.put(
                "add indicator",
                api.post(
                        DONOR,
                        p + "/indicators",
                        Map.of("resultCode", "OC1", "code", "X", "name", "X", "unit", "count")));
        answers.put(
                "edit indicator",
                api.put(DONOR, p + "/indicators/I1.1", Map.of("name", "X", "unit", "count", "version", 0)));
        answers.put("report actual", api.put(DONOR, p + "/indicators/I1.1/actual", Map.of("actual", 9, "version", 0)));
        answers.put(
                "budget line",
                api.post(
                        DONOR,
                        p + "/budget-lines",
                        Map.of(
                                "title",
                                "X",
                                "periodStart",
                                "2025-01-01",
                                "periodEnd",
                                "2025-12-31",
                                "amount",
                                Map.of("amount", "1", "currency", "EUR"))));
        answers.put(
                "disbursement",
                api.post(
                        DONOR,
                        p + "/disbursements",
                        Map.of("paidOn", "2025-01-01", "amount", Map.of("amount", "1", "currency", "EUR"))));
        answers.put("open reporting", api.post(DONOR, p + "/reporting", Map.of()));
        answers.put("report now", api.post(DONOR, p + "/reports", Map.of()));
        answers.put(
                "join",
                api.post(DONOR, "/api/v1/jurisdictions/" + dushanbe + "/join", Map.of("joinedOn", "2021-08-01")));
        answers.put(
                "open assessment",
                api.post(
                        DONOR,
                        "/api/v1/jurisdictions/" + dushanbe + "/assessments",
                        Map.of("template", "preliminary")));
        answers.put(
                "new strategy",
                api.post(
                        DONOR,
                        "/api/v1/jurisdictions/" + dushanbe + "/strategies",
                        Map.of("title", "X", "periodStart", "2026-01-01", "periodEnd", "2030-12-31")));
        answers.forEach(
                (what, answer) -> assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(api.get("admin", p).getBody().get("indicators")).anySatisfy(i -> {
            assertThat(i.get("code").asText()).isNotEqualTo("X");
        });
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        String p = "/api/v1/programmes/" + eu();
        int before = api.get("admin", p).getBody().get("disbursements").size();
        ResponseEntity<JsonNode> negative = api.post(
                "coordinator.centralasia",
                p + "/disbursements",
                Map.of("paidOn", "2022-01-01", "amount", Map.of("amount", "-5", "currency", "EUR")));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(negative.getBody().toString()).contains("amount");
        ResponseEntity<JsonNode> dollars = api.post(
                "coordinator.centralasia",
                p + "/disbursements",
                Map.of("paidOn", "2022-01-01", "amount", Map.of("amount", "5", "currency", "USD")));
        assertThat(dollars.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dollars.getBody().toString()).contains("currency");
        ResponseEntity<JsonNode> reversed = api.post(
                "coordinator.centralasia",
                p + "/budget-lines",
                Map.of(
                        "title",
                        "Backwards",
                        "periodStart",
                        "2023-01-01",
                        "periodEnd",
                        "2022-01-01",
                        "amount",
                        Map.of("amount", "5", "currency", "EUR")));
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("admin", p).getBody().get("disbursements").size()).isEqualTo(before);
        assertThat(api.post(
                                "coordinator.centralasia",
                                p + "/results",
                                Map.of("kind", "OUTPUT", "code", "OPX", "title", "An output under no outcome"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(
                                "coordinator.centralasia",
                                p + "/results",
                                Map.of("kind", "OUTCOME", "code", "OC1", "title", "Again"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theIatiDocumentValidatesAgainstTheOfficialSchema() throws Exception {
        var schema = IatiSchema.load();
        ResponseEntity<byte[]> xml = rest.withBasicAuth(DONOR, "demo")
                .getForEntity("/api/v1/programmes/" + eu() + "/iati.xml", byte[].class);
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
        IatiSchema.validate(schema, xml.getBody());
        String text = new String(xml.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<iati-identifier>XI-IATI-EC_INTPA-EU-CA-SENDAI</iati-identifier>")
                .contains("code=\"43060\"")
                .contains("code=\"TJ\"")
                .doesNotContain("code=\"RS\"");
    }

    @Test
    void thePdfShowsCacakAndDushanbeInTheirOwnLetters() throws Exception {
        var created = api.post(
                "admin",
                "/api/v1/programmes",
                Map.of(
                        "code",
                        "PDF-" + System.nanoTime(),
                        "title",
                        "Serbia and Tajikistan city resilience",
                        "donor",
                        "Test donor",
                        "amount",
                        Map.of("amount", "250000", "currency", "EUR"),
                        "periodStart",
                        "2025-01-01",
                        "periodEnd",
                        "2027-12-31",
                        "jurisdictionIds",
                        List.of(id("RS-CAC"), id("TJ-DYU"))));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long programme = created.getBody().get("summary").get("id").asLong();
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/v1/programmes/" + programme + "/report.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Čačak").contains("Душанбе").contains("Serbia and Tajikistan city resilience");
        }
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("admin", "demo")
                .getForEntity("/api/v1/programmes/" + programme + "/actions.xlsx", byte[].class);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(book.getSheet("Indicators").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("code");
            assertThat(book.getSheet("Actions")).isNotNull();
        }
        assertThat(rest.withBasicAuth(DONOR, "demo")
                        .getForEntity("/api/v1/programmes/" + programme + "/report.pdf", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + code);
    }
}

package org.resilienceroadmap.action;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Action plans as a spreadsheet user makes them (POI, plain CSV text), uploaded the way a browser does. */
final class ActionPlanFiles {

    static final List<String> HEADER = ActionPlanImport.COLUMNS;

    private ActionPlanFiles() {}

    /** A valid row under the objective, owned by the owner. */
    static List<String> row(Object objective, String title, String owner, String budget) {
        return List.of(
                String.valueOf(objective),
                title,
                "Sirens and drills",
                "Committee of Emergency Situations",
                owner,
                "2026-01-15",
                "2026-12-31",
                budget,
                "EUR",
                "",
                "1;3",
                "",
                "1;4");
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("plan");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all.stream()
                .map(r -> r.stream()
                        .map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    static ResponseEntity<JsonNode> upload(
            TestRestTemplate rest, String user, Long strategyId, String fileName, byte[] content, boolean dryRun) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/v1/strategies/" + strategyId + "/actions/import?dryRun=" + dryRun,
                        new HttpEntity<>(body, headers),
                        JsonNode.class);
    }

    /** The first sheet's rows as text. */
    static List<List<String>> readXlsx(byte[] content) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.action.ActionPlanFiles.csv;
import static org.resilienceroadmap.action.ActionPlanFiles.row;
import static org.resilienceroadmap.action.ActionPlanFiles.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

class ActionPlanExportTests extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    TestRestTemplate rest;

    @Test
    void exportsTheImportedActionsOnlyToThoseWhoSeeThem() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        Long objective = driver.objectiveOf(strategy, city.member());
        String tag = city.code();
        ResponseEntity<?> imported = upload(
                rest,
                city.member(),
                strategy,
                "plan.csv",
                csv(List.of(
                        row(objective, "Sirens " + tag, city.member(), "1200.50"),
                        row(objective, "Shelters " + tag, city.member(), "300"))),
                false);
        assertThat(imported.getStatusCode().value()).isEqualTo(200);

        List<List<String>> sheet =
                ActionPlanFiles.readXlsx(download(city.member(), "/api/v1/actions.xlsx?jurisdictionId=" + city.id()));
        assertThat(sheet.get(0)).isEqualTo(ActionRegisterExport.COLUMNS);
        assertThat(sheet).hasSize(3);
        int title = ActionRegisterExport.COLUMNS.indexOf("title");
        int place = ActionRegisterExport.COLUMNS.indexOf("jurisdiction");
        int status = ActionRegisterExport.COLUMNS.indexOf("status");
        assertThat(sheet.subList(1, 3))
                .extracting(r -> r.get(title))
                .containsExactlyInAnyOrder("Sirens " + tag, "Shelters " + tag);
        assertThat(sheet.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.get(place)).isEqualTo(city.code());
            assertThat(r.get(status)).isEqualTo("PROPOSED");
        });

        String text = new String(
                download(city.member(), "/api/v1/actions.csv?strategyId=" + strategy + "&owner=" + city.member()),
                StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        String.join(",", ActionRegisterExport.COLUMNS),
                        "Sirens " + tag,
                        "Shelters " + tag,
                        "1200.50",
                        "1;3");

        String kraljevo = new String(download("chair.kraljevo", "/api/v1/actions.csv"), StandardCharsets.UTF_8);
        assertThat(kraljevo).doesNotContain(tag);
        assertThat(ActionPlanFiles.readXlsx(
                        download("chair.kraljevo", "/api/v1/actions.xlsx?jurisdictionId=" + city.id())))
                .hasSize(1);
    }

    private byte[] download(String user, String path) {
        ResponseEntity<byte[]> answer = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return answer.getBody();
    }
}

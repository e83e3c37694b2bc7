package org.resilienceroadmap.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Only admins change the directory; what they add is usable at once, bad input changes nothing. */
class DirectoryAdministrationTests extends KaribuTest {

    @Autowired
    org.resilienceroadmap.support.Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    PeopleDirectory people;

    @Test
    void anAdminAddsACityAndItsChairWhoSignsInWithTheOneTimePassword() {
        Long tajikistan = directory.findByCode("TJ").orElseThrow().getId();
        String code = "TJ-KHJ" + System.nanoTime() % 10000;
        ResponseEntity<JsonNode> city = api.post(
                "admin",
                "/api/v1/admin/jurisdictions",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Khujand",
                        "localName",
                        "Худжанд",
                        "level",
                        "CITY",
                        "parentId",
                        tajikistan));
        assertThat(city.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long cityId = city.getBody().get("id").asLong();

        String username = "chair." + code.toLowerCase();
        ResponseEntity<JsonNode> account = api.post(
                "admin",
                "/api/v1/admin/accounts",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Khujand chair",
                        "role",
                        "CHAIR",
                        "jurisdictionId",
                        cityId,
                        "language",
                        "ru"));
        assertThat(account.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String oneTime = account.getBody().get("oneTimePassword").asText();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);

        JsonNode me = rest.withBasicAuth(username, oneTime)
                .getForEntity("/api/v1/me", JsonNode.class)
                .getBody();
        assertThat(me.get("roles").get(0).asText()).isEqualTo("CHAIR");
        assertThat(me.get("jurisdictions").get(0).get("id").asLong()).isEqualTo(cityId);
        assertThat(audit.history("JURISDICTION", String.valueOf(cityId)))
                .extracting(r -> r.getActor() + " " + r.getAction())
                .containsExactly("admin admin:add-jurisdiction");
    }

    @Test
    void refusesEveryoneButAdminsAndBadInputWithoutStoringAnything() {
        Long tajikistan = directory.findByCode("TJ").orElseThrow().getId();
        long before = directory.findAll().size();
        Map<String, Object> city =
                new HashMap<>(Map.of("code", "TJ-NEW", "name", "New", "level", "CITY", "parentId", tajikistan));
        assertThat(api.post("coordinator.tajikistan", "/api/v1/admin/jurisdictions", city)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(
                                "donor.eu",
                                "/api/v1/admin/accounts",
                                Map.of("username", "someone", "displayName", "X", "role", "ADMIN"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        city.put("level", "COUNTRY");
        ResponseEntity<JsonNode> wrongLevel = api.post("admin", "/api/v1/admin/jurisdictions", city);
        assertThat(wrongLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongLevel.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("parentId");
        city.put("level", "CITY");
        city.put("code", "tj new!");
        assertThat(api.post("admin", "/api/v1/admin/jurisdictions", city)
                        .getBody()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("code");
        city.put("code", "TJ-DYU");
        assertThat(api.post("admin", "/api/v1/admin/jurisdictions", city).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> chairWithoutCity = api.post(
                "admin",
                "/api/v1/admin/accounts",
                Map.of("username", "chair.nowhere", "displayName", "Nobody", "role", "CHAIR"));
        assertThat(chairWithoutCity.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("jurisdictionId");
        assertThat(api.post(
                                "admin",
                                "/api/v1/admin/accounts",
                                Map.of(
                                        "username",
                                        "chair.dushanbe",
                                        "displayName",
                                        "Again",
                                        "role",
                                        "MEMBER",
                                        "jurisdictionId",
                                        tajikistan))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        assertThat(directory.findAll()).hasSize((int) before);
        assertThat(rest.withBasicAuth("chair.nowhere", "x")
                        .getForEntity("/api/v1/me", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** An account's roles read as words with the place's name in the reader's language, not as codes. */
    @Test
    void theAccountsListSaysRolesAndPlacesInWords() {
        login("admin");
        UI.getCurrent().navigate("admin/directory");
        assertThat(roleCellOf("chair.dushanbe"))
                .startsWith("Working-group chair · Dushanbe")
                .doesNotContain("CHAIR", "TJ-DYU");
        assertThat(roleCellOf("donor.eu")).startsWith("Donor · ").doesNotContain("DONOR");

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("admin/directory");
        assertThat(roleCellOf("chair.dushanbe"))
                .startsWith("Председатель рабочей группы · Душанбе")
                .doesNotContain("Working-group", "CHAIR");
    }

    private static String roleCellOf(String username) {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.resilienceroadmap.directory.Person> accounts =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("accounts"));
        for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(accounts); row++) {
            List<String> cells = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(accounts, row);
            if (cells.get(0).equals(username)) {
                return cells.get(3);
            }
        }
        throw new AssertionError(username + " is not listed");
    }

    @Test
    void theAdminPageAddsACountryAndIsClosedToOthers() {
        login("admin");
        UI.getCurrent().navigate("admin/directory");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        String code = "AF" + System.nanoTime() % 1000;
        _setValue(_get(TextField.class, spec -> spec.withId("new-jurisdiction-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("new-jurisdiction-name")), "Afghanistan");
        @SuppressWarnings("unchecked")
        ComboBox<Jurisdiction> parent = _get(ComboBox.class, spec -> spec.withId("new-jurisdiction-parent"));
        _setValue(parent, directory.findByCode("CA").orElseThrow());
        com.vaadin.flow.component.select.Select<JurisdictionLevel> level =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("new-jurisdiction-level"));
        _setValue(level, JurisdictionLevel.COUNTRY);
        _click(_get(Button.class, spec -> spec.withId("add-jurisdiction")));
        assertThat(directory.findByCode(code)).hasValueSatisfying(j -> {
            assertThat(j.getName()).isEqualTo("Afghanistan");
            assertThat(j.getParentId())
                    .isEqualTo(directory.findByCode("CA").orElseThrow().getId());
        });

        login("coordinator.tajikistan");
        UI.getCurrent().navigate("jurisdictions");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/directory"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
        assertThat(_find(Button.class, spec -> spec.withId("add-jurisdiction"))).isEmpty();
    }

    @Test
    void anAdminGivesAPlaceItsRussianAndSerbianNamesAndAnAccountSerbian() {
        Long tajikistan = directory.findByCode("TJ").orElseThrow().getId();
        String code = "TJ-HUJ" + System.nanoTime() % 10000;
        ResponseEntity<JsonNode> city = api.post(
                "admin",
                "/api/v1/admin/jurisdictions",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Khujand",
                        "localName",
                        "Хуҷанд",
                        "russianName",
                        "Худжанд",
                        "serbianName",
                        "Hudžand",
                        "level",
                        "CITY",
                        "parentId",
                        tajikistan));
        assertThat(city.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Jurisdiction khujand = directory.findByCode(code).orElseThrow();
        assertThat(khujand.names().in(Languages.SERBIAN)).isEqualTo("Hudžand");
        assertThat(khujand.names().in(Languages.RUSSIAN)).isEqualTo("Худжанд");
        assertThat(khujand.names().in(Languages.ENGLISH)).isEqualTo("Khujand");

        for (String tag : List.of("sr", "sr-Latn", "sr_Latn")) {
            String username = "member." + code.toLowerCase() + "." + Math.abs(tag.hashCode());
            ResponseEntity<JsonNode> account = api.post(
                    "admin",
                    "/api/v1/admin/accounts",
                    Map.of(
                            "username",
                            username,
                            "displayName",
                            "Jelena Hudžand",
                            "role",
                            "MEMBER",
                            "jurisdictionId",
                            khujand.getId(),
                            "language",
                            tag));
            assertThat(account.getStatusCode()).as(tag).isEqualTo(HttpStatus.CREATED);
            assertThat(people.findByUsername(username).orElseThrow().getLanguage())
                    .as(tag)
                    .isEqualTo("sr-Latn");
        }
        ResponseEntity<JsonNode> german = api.post(
                "admin",
                "/api/v1/admin/accounts",
                Map.of(
                        "username",
                        "member." + code.toLowerCase() + ".de",
                        "displayName",
                        "X",
                        "role",
                        "MEMBER",
                        "jurisdictionId",
                        khujand.getId(),
                        "language",
                        "de"));
        assertThat(german.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theAdminPageSetsTheRussianAndSerbianNamesAndOffersSerbianAccounts() {
        login("admin");
        UI.getCurrent().navigate("admin/directory");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> language =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("new-account-language"));
        assertThat(language.getListDataView().getItems().map(language.getItemLabelGenerator()::apply))
                .containsExactly("English", "Русский", "Srpski");
        assertThat(language.getListDataView().getItems()).contains("sr-Latn");

        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        String code = "TJ-KUL" + System.nanoTime() % 1000;
        _setValue(_get(TextField.class, spec -> spec.withId("new-jurisdiction-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("new-jurisdiction-name")), "Kulob");
        _setValue(_get(TextField.class, spec -> spec.withId("new-jurisdiction-russian-name")), "Куляб");
        TextField serbian = _get(TextField.class, spec -> spec.withId("new-jurisdiction-serbian-name"));
        assertThat(serbian.getLabel()).isEqualTo("Serbian name (Latin script)");
        _setValue(serbian, "Kuljab");
        @SuppressWarnings("unchecked")
        ComboBox<Jurisdiction> parent = _get(ComboBox.class, spec -> spec.withId("new-jurisdiction-parent"));
        _setValue(parent, directory.findByCode("TJ").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("add-jurisdiction")));
        assertThat(directory.findByCode(code)).hasValueSatisfying(j -> {
            assertThat(j.names().russianName()).isEqualTo("Куляб");
            assertThat(j.names().serbianName()).isEqualTo("Kuljab");
            assertThat(j.getDisplayName(Languages.SERBIAN)).isEqualTo("Kuljab");
        });
    }
}

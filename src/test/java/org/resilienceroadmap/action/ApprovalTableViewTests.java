package org.resilienceroadmap.action;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval rules page: the rules in words for everyone, the upload with its confirmation for admins only. */
class ApprovalTableViewTests extends KaribuTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    ApprovalTables tables;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @AfterEach
    void removeUploads() {
        ApprovalTableFiles.removeUploads(repository);
    }

    @Test
    void showsACoordinatorTheRulesInWordsAndNoUpload() {
        login("coordinator.tajikistan");
        UI.getCurrent().navigate("approval-table");

        assertThat(_get(H1.class).getText()).isEqualTo("Approval rules for actions");
        Grid<?> rules = _get(Grid.class, spec -> spec.withId("approval-rules"));
        assertThat(GridKt._size(rules)).isEqualTo(6);
        assertThat(GridKt._getFormattedRow(rules, 0))
                .contains("≥ 500000", "yes", "national and regional coordinators", "yes");
        assertThat(GridKt._getFormattedRow(rules, 3)).contains("≥ 50000", "national coordinator", "no");
        assertThat(GridKt._getFormattedRow(rules, 4))
                .as("an unknown budget in words")
                .contains("unknown");
        assertThat(GridKt._getFormattedRow(rules, 5))
                .contains("the chair's acceptance suffices", "no")
                .anySatisfy(cell -> assertThat(cell).startsWith("Local money under 50,000 EUR"));
        assertThat(versionLabel()).startsWith("Version 1 · ").endsWith("shipped with the application");
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void anAdminDeploysAnUploadOnlyAfterConfirmingAndSeesItAsTheNewVersion() {
        int before = as("admin", () -> tables.current()).version();
        login("admin");
        UI.getCurrent().navigate("approval-table");

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("approval-table-upload")),
                "rules.dmn",
                "application/xml",
                ApprovalTableFiles.valid());
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Deploy this table?");
        assertThat(as("admin", () -> tables.current()).version())
                .as("nothing deployed before confirming")
                .isEqualTo(before);
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(as("admin", () -> tables.current()).version()).isEqualTo(before + 1);
        assertThat(versionLabel()).startsWith("Version " + (before + 1) + " · ").endsWith(" · Administrator");
        Grid<?> rules = _get(Grid.class, spec -> spec.withId("approval-rules"));
        assertThat(GridKt._getFormattedRow(rules, 5))
                .anySatisfy(cell -> assertThat(cell).startsWith(ApprovalTableFiles.MARK));
    }

    @Test
    void saysInTheReadersLanguageWhyATableIsRefused() {
        String username = "ru.admin." + System.nanoTime() % 1_000_000;
        var person = people.create(
                new NewPerson(username, "Админ Тестов", null, "Тест", "ru"), passwords.hash("demo"), false);
        people.addMembership(person.getId(), Role.ADMIN, null, null);
        login(username);
        UI.getCurrent().navigate("approval-table");

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("approval-table-upload")),
                "rules.dmn",
                "application/xml",
                ApprovalTableFiles.withoutTheLastRule());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withId("approval-table-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText())
                .startsWith("Таблица не развёрнута: Ни одно правило не подходит")
                .contains("budgetEur=0");
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName(ApprovalTables.DEPLOYMENT_NAME)
                        .count())
                .isZero();
    }

    /** Karibu's mocked servlet builds no menu: this asks Vaadin's access checker, as the menu does, per role. */
    @Test
    void theMenuOffersTheApprovalRulesToCoordinatorsAdminsAndTheWorkingGroup() throws ClassNotFoundException {
        var checker = new com.vaadin.flow.server.auth.AccessAnnotationChecker();
        java.security.Principal someone = () -> "someone";
        Class<?> view = ApprovalTableViewTests.class
                .getClassLoader()
                .loadClass("org.resilienceroadmap.action.ui.ApprovalTableView");
        assertThat(view.getAnnotation(com.vaadin.flow.router.Menu.class).title())
                .isEqualTo("nav.approvalTable");
        for (String role : java.util.List.of("COORDINATOR", "ADMIN", "CHAIR", "MEMBER")) {
            assertThat(checker.hasAccess(view, someone, role::equals)).as(role).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static String versionLabel() {
        Select<ApprovalTableVersion> picker = _get(Select.class, spec -> spec.withId("approval-table-version"));
        return picker.getItemLabelGenerator().apply(picker.getValue());
    }
}

package org.resilienceroadmap.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.security.ApiTokenLine;
import org.resilienceroadmap.security.ApiTokens;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The API tokens page: a token made there shows its secret once, works, and is revoked after a confirmation. */
class ApiTokensViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountService accounts;

    @Test
    void makesATokenShowsItsSecretOnceAndRevokesItAfterConfirmation() {
        TestCity city = fixtures.newCity();
        login(city.chair());
        UI.getCurrent().navigate("account/tokens");

        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), "EU dashboard pull");
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        ConfirmDialog made = _get(ConfirmDialog.class, spec -> spec.withId("api-token-made"));
        assertThat(ConfirmDialogKt.getHeader(made)).isEqualTo("Token \"EU dashboard pull\" made");
        String secret = _get(made, TextField.class).getValue();
        assertThat(secret).startsWith("rr_");
        assertThat(as(city.chair(), () -> tokens.authenticate(secret)))
                .hasValueSatisfying(bearer -> assertThat(bearer.username()).isEqualTo(city.chair()));
        ConfirmDialogKt._fireConfirm(made);

        @SuppressWarnings("unchecked")
        Grid<ApiTokenLine> grid = _get(Grid.class, spec -> spec.withId("api-tokens"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0)))
                .contains("EU dashboard pull", "Read only", "'Valid'")
                .doesNotContain(secret);
        assertThat(_get(TextField.class, spec -> spec.withId("api-token-name")).getValue())
                .isEmpty();

        long id = GridKt._get(grid, 0).id();
        Button revoke = (Button) GridKt._getCellComponent(grid, 0, "revoke");
        assertThat(revoke.getId()).hasValue("revoke-api-token-" + id);
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-revoke-api-token"));
        assertThat(as(city.chair(), () -> tokens.authenticate(secret)))
                .as("nothing revoked before confirming")
                .isPresent();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(as(city.chair(), () -> tokens.authenticate(secret))).isEmpty();
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("'Revoked'");
    }

    @Test
    void speaksTheReadersLanguageAndMarksARefusedName() {
        TestCity city = fixtures.newCity();
        as(city.member(), () -> accounts.changeLanguage("ru"));
        login(city.member());
        UI.getCurrent().navigate("account/tokens");

        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
        TextField name = _get(TextField.class, spec -> spec.withId("api-token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Заполните поле «Название»");
        assertThat(_get(Grid.class, spec -> spec.withId("api-tokens")).getEmptyStateText())
                .isEqualTo("Токенов пока нет.");
    }
}

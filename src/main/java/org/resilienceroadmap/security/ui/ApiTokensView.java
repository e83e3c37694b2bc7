package org.resilienceroadmap.security.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.security.ApiTokenAccess;
import org.resilienceroadmap.security.ApiTokenLine;
import org.resilienceroadmap.security.ApiTokens;
import org.resilienceroadmap.security.NewApiToken;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/**
 * A person's API tokens for the systems that call the API as them: make one (its secret is shown
 * once), see each one's last use, revoke one.
 */
@Route("account/tokens")
@Menu(order = 8.5, title = "nav.apiTokens", icon = "vaadin:key")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final Grid<ApiTokenLine> grid = new Grid<>();

    ApiTokensView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        LocalDate today = Days.today(clock);

        TextField name = new TextField(getTranslation("apiToken.name"));
        name.setId("api-token-name");
        name.setMaxLength(100);
        name.setHelperText(getTranslation("apiToken.nameHelp"));
        Select<ApiTokenAccess> access = new Select<>();
        access.setId("api-token-access");
        access.setLabel(getTranslation("apiToken.access"));
        access.setItems(ApiTokenAccess.values());
        access.setItemLabelGenerator(this::accessWords);
        access.setValue(ApiTokenAccess.READ);
        DatePicker expires = new DatePicker(getTranslation("apiToken.expiresOn"));
        expires.setId("api-token-expires");
        expires.setLocale(getLocale());
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiTokens.MAX_DAYS));
        expires.setValue(today.plusDays(DEFAULT_DAYS));
        FormErrors errors =
                new FormErrors().field("name", name).field("access", access).field("expiresOn", expires);
        Button create = new Button(
                getTranslation("apiToken.create"),
                e -> errors.attempt(() -> {
                    NewApiToken made = tokens.create(name.getValue(), access.getValue(), expires.getValue());
                    showSecretOnce(made);
                    name.clear();
                    grid.getDataProvider().refreshAll();
                }));
        create.setId("api-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, access, expires, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));

        grid.setId("api-tokens");
        grid.addColumn(ApiTokenLine::name)
                .setHeader(getTranslation("apiToken.name"))
                .setFlexGrow(2);
        grid.addColumn(t -> accessWords(t.access())).setHeader(getTranslation("apiToken.access"));
        grid.addColumn(t -> day(t.createdAt())).setHeader(getTranslation("apiToken.created"));
        grid.addColumn(t -> Days.format(getLocale(), t.expiresOn())).setHeader(getTranslation("apiToken.expiresOn"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiToken.neverUsed") : day(t.lastUsedAt()))
                .setHeader(getTranslation("apiToken.lastUsed"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("apiToken.state"));
        grid.addComponentColumn(this::revokeButton)
                .setKey("revoke")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setItems(query -> tokens.mine(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("apiToken.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        setMaxWidth("72em");
        add(new H1(getTranslation("nav.apiTokens")), new Paragraph(getTranslation("apiToken.intro")), form, grid);
    }

    private void showSecretOnce(NewApiToken made) {
        TextField secret = new TextField(getTranslation("apiToken.secret"));
        secret.setId("api-token-secret");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("api-token-made");
        dialog.setHeader(getTranslation("apiToken.made", made.token().name()));
        dialog.add(new Paragraph(getTranslation("apiToken.copyNow")), secret);
        dialog.setConfirmText(getTranslation("apiToken.copied"));
        dialog.open();
    }

    private Component state(ApiTokenLine token) {
        String key = token.revokedAt() != null
                ? "apiToken.state.revoked"
                : token.valid() ? "apiToken.state.valid" : "apiToken.state.expired";
        Span state = new Span(getTranslation(key));
        state.getElement().getThemeList().add(token.valid() ? "badge success" : "badge contrast");
        return state;
    }

    private Component revokeButton(ApiTokenLine token) {
        Button revoke = new Button(getTranslation("apiToken.revoke"), e -> confirmRevoke(token));
        revoke.setId("revoke-api-token-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.getElement().setAttribute("aria-label", getTranslation("apiToken.revokeNamed", token.name()));
        revoke.setVisible(token.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiTokenLine token) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("apiToken.revokeNamed", token.name()),
                getTranslation("apiToken.revokeWarning"),
                getTranslation("apiToken.revoke"),
                ok -> new FormErrors().attempt(() -> {
                    tokens.revoke(token.id());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("apiToken.revoked", token.name()));
                }));
        confirm.setId("confirm-revoke-api-token");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("apiToken.keep"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String accessWords(ApiTokenAccess access) {
        return getTranslation("apiToken.access." + access.name());
    }

    private String day(Instant moment) {
        return Days.format(getLocale(), moment.atZone(Days.ZONE).toLocalDate());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apiTokens");
    }
}

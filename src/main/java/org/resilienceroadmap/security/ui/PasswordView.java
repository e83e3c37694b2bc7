package org.resilienceroadmap.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.security.AccountService;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.Notifications;

/** The account page: change one's password (required at the first sign-in with a one-time password); the weekly digest e-mail on or off. */
@Route("account/password")
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    PasswordView(AccountService accounts) {
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField chosen = new PasswordField(getTranslation("password.new"));
        chosen.setId("password-new");
        chosen.setHelperText(getTranslation("password.rules"));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                accounts.changePassword(current.getValue(), chosen.getValue());
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidRequestException ex) {
                // The password rules name their message by its key (the API answers the key too), so this form
                // translates it itself rather than through FormErrors, which shows a refusal's own words.
                PasswordField field = "currentPassword".equals(ex.field()) ? current : chosen;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(ex.getMessage()));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setMaxWidth("32em");
        if (accounts.signsInThroughOrganisationOnly()) {
            Paragraph organisation = new Paragraph(getTranslation("password.organisationOnly"));
            organisation.setId("password-organisation-only");
            add(new H1(getTranslation("password.title")), organisation, new WeeklyDigestSwitch(accounts));
            return;
        }
        add(
                new H1(getTranslation("password.title")),
                new Paragraph(getTranslation("password.intro")),
                current,
                chosen,
                repeated,
                save,
                new WeeklyDigestSwitch(accounts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}

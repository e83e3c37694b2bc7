package org.resilienceroadmap.administration.ui;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.administration.DirectoryAdministration;
import org.resilienceroadmap.administration.NewAccount;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.SignInMethod;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.shared.ui.FormErrors;

/** The accounts with their roles, and a form for a new account whose one-time password is shown once. */
class AccountsPanel extends VerticalLayout {

    private final DirectoryAdministration administration;
    private final JurisdictionDirectory jurisdictions;
    private final Grid<Person> grid = new Grid<>();
    private final ComboBox<Jurisdiction> jurisdiction = new ComboBox<>();

    AccountsPanel(
            DirectoryAdministration administration,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes) {
        this.administration = administration;
        this.jurisdictions = jurisdictions;
        setPadding(false);
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("new-account-username");
        TextField displayName = new TextField(getTranslation("admin.displayName"));
        displayName.setId("new-account-name");
        EmailField email = new EmailField(getTranslation("admin.email"));
        TextField organisation = new TextField(getTranslation("admin.organisation"));
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("language.choose"));
        language.setId("new-account-language");
        language.setItems(Languages.tags());
        language.setItemLabelGenerator(l -> getTranslation(Languages.nameKey(Languages.of(l))));
        language.setValue("en");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setValue(Role.MEMBER);
        role.setId("new-account-role");
        jurisdiction.setLabel(getTranslation("jurisdiction.name"));
        jurisdiction.setItemLabelGenerator(Jurisdiction::getDisplayName);
        jurisdiction.setId("new-account-jurisdiction");
        refreshJurisdictions();
        ComboBox<Programme> programme = new ComboBox<>(getTranslation("admin.programme"));
        programme.setItems(programmes.findAll());
        programme.setItemLabelGenerator(Programme::getTitle);
        role.addValueChangeListener(e -> {
            boolean donor = e.getValue() == Role.DONOR;
            boolean admin = e.getValue() == Role.ADMIN;
            jurisdiction.setVisible(!donor && !admin);
            programme.setVisible(donor);
        });
        programme.setVisible(false);
        Select<SignInMethod> signIn = new Select<>();
        signIn.setLabel(getTranslation("admin.signIn"));
        signIn.setItems(SignInMethod.values());
        signIn.setItemLabelGenerator(m -> getTranslation("admin.signIn." + m));
        signIn.setValue(SignInMethod.PASSWORD);
        signIn.setId("new-account-sign-in");
        Button add = new Button(getTranslation("admin.addAccount"), e -> {
            new FormErrors().attempt(() -> {
                NewAccount created = administration.addAccount(
                        new NewPerson(
                                username.getValue().strip(),
                                displayName.getValue(),
                                email.getValue().isBlank() ? null : email.getValue(),
                                organisation.getValue(),
                                language.getValue()),
                        role.getValue(),
                        jurisdiction.isVisible() && jurisdiction.getValue() != null
                                ? jurisdiction.getValue().getId()
                                : null,
                        programme.isVisible() && programme.getValue() != null
                                ? programme.getValue().getId()
                                : null,
                        signIn.getValue());
                ConfirmDialog shown = new ConfirmDialog(
                        getTranslation("admin.accountAdded", created.username()),
                        created.oneTimePassword() == null
                                ? getTranslation("admin.organisationAccount")
                                : getTranslation("admin.oneTimePassword", created.oneTimePassword()),
                        getTranslation("admin.ok"),
                        ok -> {});
                shown.setId("one-time-password");
                shown.open();
                username.clear();
                displayName.clear();
                email.clear();
                refreshPeople();
            });
        });
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(
                username, displayName, email, organisation, language, role, jurisdiction, programme, signIn, add);
        grid.setId("accounts");
        // Roles name their places in words, which do not fit a code-sized cell; on a phone the grid
        // scrolls sideways rather than cutting every word to three letters.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Person::getUsername)
                .setHeader(getTranslation("login.username"))
                .setSortable(true)
                .setWidth("10em");
        grid.addColumn(Person::getDisplayName)
                .setHeader(getTranslation("admin.displayName"))
                .setSortable(true)
                .setWidth("10em");
        grid.addColumn(Person::getOrganisation)
                .setHeader(getTranslation("admin.organisation"))
                .setWidth("10em");
        grid.addColumn(p -> administration.rolesOf(p, getLocale()).stream()
                        .map(held -> held.where().isEmpty()
                                ? getTranslation("role." + held.role())
                                : getTranslation("admin.roleHeld", getTranslation("role." + held.role()), held.where()))
                        .collect(java.util.stream.Collectors.joining("; ")))
                .setHeader(getTranslation("admin.role"))
                .setFlexGrow(2)
                .setWidth("14em");
        grid.addColumn(p -> getTranslation("admin.signIn."
                        + (p.signsInThroughOrganisationOnly() ? SignInMethod.ORGANISATION : SignInMethod.PASSWORD)))
                .setHeader(getTranslation("admin.signIn"))
                .setWidth("9em");
        grid.setPageSize(50);
        grid.setHeight("40vh");
        refreshPeople();
        add(form, grid);
    }

    void refreshJurisdictions() {
        jurisdiction.setItems(jurisdictions.findAll().stream()
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .toList());
    }

    private void refreshPeople() {
        grid.setItems(administration.people());
    }
}

package org.resilienceroadmap.administration.ui;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.administration.DirectoryAdministration;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** Adds a jurisdiction under its parent; the service checks the level against the parent's. */
class JurisdictionForm extends FormLayout {

    private final JurisdictionDirectory jurisdictions;
    private final ComboBox<Jurisdiction> parent = new ComboBox<>();

    JurisdictionForm(DirectoryAdministration administration, JurisdictionDirectory jurisdictions, Runnable onAdded) {
        this.jurisdictions = jurisdictions;
        TextField code = new TextField(getTranslation("admin.code"));
        code.setId("new-jurisdiction-code");
        code.setHelperText(getTranslation("admin.codeHelp"));
        TextField name = new TextField(getTranslation("jurisdiction.name"));
        name.setId("new-jurisdiction-name");
        TextField localName = new TextField(getTranslation("admin.localName"));
        TextField russianName = new TextField(getTranslation("admin.russianName"));
        russianName.setId("new-jurisdiction-russian-name");
        TextField serbianName = new TextField(getTranslation("admin.serbianName"));
        serbianName.setId("new-jurisdiction-serbian-name");
        serbianName.setHelperText(getTranslation("admin.serbianNameHelp"));
        Select<JurisdictionLevel> level = new Select<>();
        level.setLabel(getTranslation("jurisdiction.level"));
        level.setItems(JurisdictionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        level.setValue(JurisdictionLevel.CITY);
        level.setId("new-jurisdiction-level");
        parent.setLabel(getTranslation("admin.parent"));
        parent.setItemLabelGenerator(j -> j.getDisplayName(getLocale()));
        parent.setId("new-jurisdiction-parent");
        refreshParents();
        Button add = new Button(getTranslation("admin.addJurisdiction"), e -> {
            new FormErrors().attempt(() -> {
                Jurisdiction created = administration.addJurisdiction(new NewJurisdiction(
                        code.getValue().strip(),
                        name.getValue(),
                        localName.getValue(),
                        russianName.getValue(),
                        serbianName.getValue(),
                        level.getValue(),
                        parent.getValue() == null ? null : parent.getValue().getId()));
                Notifications.success(getTranslation("admin.jurisdictionAdded", created.getDisplayName(getLocale())));
                code.clear();
                name.clear();
                localName.clear();
                russianName.clear();
                serbianName.clear();
                refreshParents();
                onAdded.run();
            });
        });
        add.setId("add-jurisdiction");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(code, name, localName, russianName, serbianName, level, parent, add);
    }

    private void refreshParents() {
        parent.setItems(jurisdictions.findAll().stream()
                .filter(j -> j.getLevel() != JurisdictionLevel.CITY)
                .sorted(Comparator.comparing(Jurisdiction::getName))
                .toList());
    }
}

package org.resilienceroadmap.funding.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.shared.ui.FormErrors;

/** An admin opens a programme: what the donor funds, for how long, where, and how it is published in IATI. */
class OpenProgrammeDialog extends Dialog {

    OpenProgrammeDialog(ProgrammeService programmes, Consumer<Long> opened) {
        setHeaderTitle(getTranslation("funding.programme.open"));
        setId("open-programme-dialog");
        TextField code = new TextField(getTranslation("funding.programme.code"));
        code.setId("programme-code");
        TextField title = new TextField(getTranslation("funding.programme.title"));
        title.setId("programme-title-field");
        TextField donor = new TextField(getTranslation("funding.programme.donor"));
        donor.setId("programme-donor");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.programme.amount"));
        amount.setId("programme-amount");
        TextField currency = new TextField(getTranslation("funding.programme.currency"), "EUR", "");
        currency.setMaxLength(3);
        DatePicker start = new DatePicker(getTranslation("funding.budget.start"));
        DatePicker end = new DatePicker(getTranslation("funding.budget.end"));
        MultiSelectComboBox<Jurisdiction> covers =
                new MultiSelectComboBox<>(getTranslation("funding.programme.covers"));
        covers.setItems(programmes.coverable());
        covers.setItemLabelGenerator(Jurisdiction::getDisplayName);
        covers.setId("programme-covers");
        TextArea description = new TextArea(getTranslation("funding.programme.description"));
        TextField orgRef = new TextField(getTranslation("funding.programme.orgRef"));
        orgRef.setHelperText(getTranslation("funding.programme.orgRefHelp"));
        TextField orgType = new TextField(getTranslation("funding.programme.orgType"));
        orgType.setHelperText(getTranslation("funding.programme.orgTypeHelp"));
        TextField implementer = new TextField(getTranslation("funding.programme.implementer"));
        FormLayout form = new FormLayout(
                code, title, donor, amount, currency, start, end, covers, description, orgRef, orgType, implementer);
        add(form);
        Button save = new Button(getTranslation("funding.programme.openButton"), e -> {
            new FormErrors().attempt(() -> {
                var created = programmes.create(new NewProgramme(
                        code.getValue(),
                        title.getValue(),
                        donor.getValue(),
                        amount.getValue(),
                        currency.getValue(),
                        start.getValue(),
                        end.getValue(),
                        covers.getSelectedItems().stream()
                                .map(Jurisdiction::getId)
                                .collect(java.util.stream.Collectors.toSet()),
                        description.getValue(),
                        orgRef.getValue(),
                        orgType.getValue(),
                        implementer.getValue(),
                        List.of()));
                close();
                opened.accept(created.getId());
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-programme");
        getFooter().add(new Button(getTranslation("funding.cancel"), e -> close()), save);
    }
}

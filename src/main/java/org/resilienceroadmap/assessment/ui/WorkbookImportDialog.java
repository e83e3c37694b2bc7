package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.assessment.WorkbookPreview;

/** Shows every change and every problem of an uploaded workbook before anything is imported. */
class WorkbookImportDialog extends Dialog {

    WorkbookImportDialog(WorkbookPreview preview, Runnable onImport) {
        setHeaderTitle(getTranslation("workbook.preview"));
        setId("workbook-preview");
        Div body = new Div();
        if (!preview.problems().isEmpty()) {
            body.add(new H4(getTranslation(
                    org.resilienceroadmap.shared.i18n.Plurals.key(
                            "workbook.problems", preview.problems().size(), getLocale()),
                    preview.problems().size())));
            preview.problems()
                    .forEach(p -> body.add(line(getTranslation(
                            "workbook.problem",
                            p.sheet() == null ? "—" : p.sheet(),
                            p.row(),
                            p.code() == null ? "" : p.code(),
                            p.reason()))));
        }
        body.add(new H4(getTranslation(
                org.resilienceroadmap.shared.i18n.Plurals.key(
                        "workbook.changes", preview.changes().size(), getLocale()),
                preview.changes().size())));
        preview.changes()
                .forEach(c -> body.add(line(c.code() + ": " + (c.oldScore() == null ? "—" : c.oldScore()) + " → "
                        + c.newScore() + (c.newComment() == null ? "" : " · " + c.newComment()))));
        add(body);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button apply = new Button(getTranslation("workbook.import"), e -> {
            close();
            onImport.run();
        });
        apply.setId("workbook-import");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(preview.clean() && !preview.changes().isEmpty());
        getFooter().add(cancel, apply);
    }

    private static Span line(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block");
        return s;
    }
}

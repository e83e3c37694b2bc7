package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.resilienceroadmap.assessment.Finding;

/**
 * The findings under the results. While the chair consolidates, each can be revised, dismissed or
 * have another merged into it (both after a confirmation), and a new one added.
 */
class FindingsPanel extends VerticalLayout {

    /** What the chair asks of the findings; the page carries it out and shows the result. */
    interface Actions {
        void save(FindingEditor.Edit edit);

        void dismiss(Finding finding);

        void merge(Finding kept, Finding merged);
    }

    FindingsPanel(List<Finding> findings, boolean consolidating, int newOn, Actions actions) {
        setPadding(false);
        setId("findings");
        add(new H3(getTranslation("assessment.findings")));
        if (findings.isEmpty()) {
            add(new Span(getTranslation("assessment.noFindings")));
        }
        for (Finding f : findings) {
            Div item = new Div(new Span(label(f)));
            item.addClassName("finding");
            item.setId("finding-" + f.getId());
            if (f.getRecommendation() != null) {
                item.add(new Paragraph(getTranslation("assessment.recommendation", f.getRecommendation())));
            }
            if (consolidating) {
                item.add(new FindingEditor(f, f.getEssential(), actions::save), tools(f, findings, actions));
            }
            add(item);
        }
        if (consolidating) {
            add(new H3(getTranslation("assessment.addFinding")), new FindingEditor(null, newOn, actions::save));
        }
    }

    private HorizontalLayout tools(Finding f, List<Finding> all, Actions actions) {
        Button dismiss = new Button(
                getTranslation("assessment.dismissFinding"),
                e -> confirm(
                        getTranslation("assessment.dismissTitle"),
                        getTranslation("assessment.dismissText", f.getGap()),
                        getTranslation("assessment.dismissFinding"),
                        () -> actions.dismiss(f)));
        dismiss.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        dismiss.setId("dismiss-finding-" + f.getId());
        HorizontalLayout row = new HorizontalLayout(dismiss);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<Finding> others =
                all.stream().filter(o -> !o.getId().equals(f.getId())).toList();
        if (!others.isEmpty()) {
            Select<Finding> other = new Select<>();
            other.setAriaLabel(getTranslation("assessment.mergeWith"));
            other.setPlaceholder(getTranslation("assessment.mergeWith"));
            other.setItems(others);
            other.setItemLabelGenerator(this::label);
            other.setId("merge-with-" + f.getId());
            other.setWidth("22em");
            Button merge = new Button(getTranslation("assessment.merge"), e -> {
                if (other.getValue() != null) {
                    confirm(
                            getTranslation("assessment.mergeTitle"),
                            getTranslation(
                                    "assessment.mergeText",
                                    f.getGap(),
                                    other.getValue().getGap()),
                            getTranslation("assessment.merge"),
                            () -> actions.merge(f, other.getValue()));
                }
            });
            merge.setId("merge-finding-" + f.getId());
            row.add(other, merge);
        }
        return row;
    }

    private String label(Finding f) {
        return f.getEssential() + ". " + getTranslation("essential." + f.getEssential()) + " — " + f.getGap();
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assessment.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("finding-confirm");
        dialog.open();
    }
}

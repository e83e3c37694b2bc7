package org.resilienceroadmap.assessment.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.assessment.Finding;

/**
 * The chair's form for one finding (new, or one proposed from a low score) while consolidating. A new
 * one starts on the Essential the chair is looking at.
 */
class FindingEditor extends FormLayout {

    /** What the chair saves: the finding (null for a new one), its Essential, gap and recommendation. */
    record Edit(Long findingId, int essential, String gap, String recommendation) {}

    FindingEditor(Finding finding, int essentialToStartOn, Consumer<Edit> onSave) {
        this(finding, essentialToStartOn, "", onSave);
    }

    /** {@code idSuffix} tells a new finding's form on an Essential's tab from the one under the results. */
    FindingEditor(Finding finding, int essentialToStartOn, String idSuffix, Consumer<Edit> onSave) {
        addClassName("finding-editor");
        Select<Integer> essential = new Select<>();
        essential.setLabel(getTranslation("assessment.essential"));
        essential.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        essential.setItemLabelGenerator(n -> n + ". " + getTranslation("essential." + n));
        essential.setValue(finding == null ? essentialToStartOn : finding.getEssential());
        essential.setReadOnly(finding != null);
        TextArea gap = new TextArea(getTranslation("assessment.gap"));
        gap.setMaxLength(2000);
        gap.setValue(finding == null ? "" : finding.getGap());
        TextArea recommendation = new TextArea(getTranslation("assessment.recommendationLabel"));
        recommendation.setMaxLength(2000);
        recommendation.setValue(
                finding == null || finding.getRecommendation() == null ? "" : finding.getRecommendation());
        Button save = new Button(
                getTranslation(finding == null ? "assessment.addFinding" : "assessment.saveFinding"),
                e -> onSave.accept(new Edit(
                        finding == null ? null : finding.getId(),
                        essential.getValue(),
                        gap.getValue(),
                        recommendation.getValue())));
        save.addThemeVariants(finding == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        save.setId(finding == null ? "add-finding" + idSuffix : "save-finding-" + finding.getId());
        gap.setId(finding == null ? "new-finding-gap" + idSuffix : "finding-gap-" + finding.getId());
        recommendation.setId(
                finding == null
                        ? "new-finding-recommendation" + idSuffix
                        : "finding-recommendation-" + finding.getId());
        essential.setId(finding == null ? "new-finding-essential" + idSuffix : "finding-essential-" + finding.getId());
        add(essential, gap, recommendation, save);
    }
}

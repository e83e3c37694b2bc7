package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.resilienceroadmap.assessment.ScorecardQuestion;

/**
 * Above an Essential's questions: who scores it, what the coordinator asked when returning it, and
 * the scorer's "Mark this Essential scored", which names the unanswered questions before it goes on.
 */
class EssentialHeader extends Div {

    /** What the header needs from the page: the Essential's open state and the action behind the button. */
    record Facts(
            int essential,
            String scorer,
            String returnNote,
            boolean mayMarkScored,
            int questions,
            java.util.function.Supplier<List<ScorecardQuestion>> unanswered,
            Runnable markScored) {}

    EssentialHeader(Facts facts, String language) {
        addClassName("essential-header");
        setId("essential-header-" + facts.essential());
        Span scorer = new Span(getTranslation(
                "assessment.scoredBy",
                facts.scorer() == null ? getTranslation("assessment.wholeGroup") : facts.scorer()));
        scorer.setId("scorer-of-" + facts.essential());
        add(scorer);
        if (facts.returnNote() != null) {
            Paragraph note = new Paragraph(getTranslation("assessment.returnNote", facts.returnNote()));
            note.addClassName("return-note");
            note.setId("return-note-" + facts.essential());
            add(note);
        }
        if (facts.mayMarkScored()) {
            Button mark = new Button(getTranslation("assessment.markScored"), e -> confirm(facts, language));
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mark.setId("mark-scored-" + facts.essential());
            add(mark);
        }
    }

    private void confirm(Facts facts, String language) {
        List<ScorecardQuestion> open = facts.unanswered().get();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("mark-scored-dialog");
        dialog.setHeader(getTranslation("assessment.markScoredTitle", facts.essential()));
        if (open.isEmpty()) {
            dialog.setText(getTranslation(
                    org.resilienceroadmap.shared.i18n.Plurals.key(
                            "assessment.markAllAnswered", facts.questions(), getLocale()),
                    facts.questions()));
            dialog.setConfirmText(getTranslation("assessment.markConfirm"));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("unanswered-list");
            open.forEach(q -> list.add(
                    new ListItem(getTranslation("assessment.unansweredQuestion", q.code(), q.text(language)))));
            dialog.setText(new Div(
                    new Paragraph(getTranslation("assessment.unansweredList", open.size(), facts.questions())), list));
            dialog.setConfirmText(getTranslation("assessment.markAnyway"));
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assessment.cancel"));
        dialog.addConfirmListener(e -> facts.markScored().run());
        dialog.open();
    }
}

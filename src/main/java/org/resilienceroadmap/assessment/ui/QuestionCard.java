package org.resilienceroadmap.assessment.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.resilienceroadmap.assessment.Answer;
import org.resilienceroadmap.assessment.ScorecardQuestion;

/**
 * One question as a workshop scores it on a projector: the topic, each score level with what it
 * means for this question, a comment and an evidence link. Every change is saved at once.
 */
class QuestionCard extends Div {

    /** What the card asks to save: the question, the chosen score, comment, link and the version it started from. */
    record Change(String code, int score, String comment, String evidenceLink, Long version) {}

    private final ScorecardQuestion question;
    private final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final TextField evidence = new TextField();
    private final Span status = new Span();
    private final UnaryOperator<String> nameOf;
    private Long version;
    private Change shown;
    private boolean loading;

    /** {@code nameOf} gives the name people read for the username that answered last. */
    QuestionCard(
            ScorecardQuestion question,
            String language,
            boolean editable,
            UnaryOperator<String> nameOf,
            Consumer<Change> onChange) {
        this.question = question;
        this.nameOf = nameOf;
        addClassName("question-card");
        setId("question-" + question.code());
        H4 title = new H4(question.code() + " · " + question.text(language));
        score.setItems(question.levels().stream()
                .map(ScorecardQuestion.ScoreLevel::score)
                .toList());
        score.setItemLabelGenerator(s -> s + " — "
                + question.levels().stream()
                        .filter(l -> l.score() == s)
                        .findFirst()
                        .map(l -> l.meaning().getOrDefault(language, l.meaning().get("en")))
                        .orElse(""));
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        score.setId("score-" + question.code());
        comment.setLabel(getTranslation("assessment.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        comment.setValueChangeMode(ValueChangeMode.ON_BLUR);
        evidence.setLabel(getTranslation("assessment.evidence"));
        evidence.setPlaceholder("https://");
        evidence.setWidthFull();
        evidence.setValueChangeMode(ValueChangeMode.ON_BLUR);
        status.addClassName("question-status");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {score, comment, evidence}) {
            field.addValueChangeListener(e -> {
                if (!loading && score.getValue() != null) {
                    Change change = new Change(
                            question.code(), score.getValue(), comment.getValue(), evidence.getValue(), version);
                    // What the card shows as stored is not sent again (a second click on the same score).
                    if (!change.equals(shown)) {
                        onChange.accept(change);
                    }
                }
            });
            field.setReadOnly(!editable);
        }
        add(title, score, comment, evidence, status);
    }

    /** Puts the answer's evidence files under the link, above the status line. */
    void addEvidence(EvidenceList files) {
        addComponentAtIndex(indexOf(status), files);
    }

    /** Shows an answer as stored (after loading, saving, or someone else's change). */
    void show(Answer answer) {
        loading = true;
        try {
            score.setValue(answer == null ? null : answer.getScore());
            comment.setValue(answer == null || answer.getComment() == null ? "" : answer.getComment());
            evidence.setValue(answer == null || answer.getEvidenceLink() == null ? "" : answer.getEvidenceLink());
            version = answer == null ? null : answer.getVersion();
            shown = answer == null
                    ? null
                    : new Change(question.code(), score.getValue(), comment.getValue(), evidence.getValue(), version);
            status.setText(
                    answer == null
                            ? getTranslation("assessment.unanswered")
                            : getTranslation("assessment.answeredBy", nameOf.apply(answer.getAnsweredBy())));
            getElement().setAttribute("answered", answer != null);
        } finally {
            loading = false;
        }
    }

    String code() {
        return question.code();
    }
}

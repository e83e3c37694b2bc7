package org.resilienceroadmap.strategy.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.MarkdownView;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.StrategyComment;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyReview;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersion;
import org.resilienceroadmap.strategy.StrategyVersions;

/**
 * One frozen version as reviewers read it: the text, the objectives with their ties, the reviews
 * and the comment thread, where those who may comment add to it (on the whole, an objective or a section).
 */
class VersionReader extends VerticalLayout {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,3}\\s+(.+)$");

    private final StrategyService strategies;
    private final StrategyVersions strategyVersions;
    private final Long strategyId;
    private final int number;
    private final VerticalLayout thread = new VerticalLayout();

    VersionReader(
            StrategyService strategies,
            StrategyVersions strategyVersions,
            MarkdownRenderer markdown,
            Long strategyId,
            int number) {
        this.strategies = strategies;
        this.strategyVersions = strategyVersions;
        this.strategyId = strategyId;
        this.number = number;
        setPadding(false);
        setId("version-" + number);
        StrategyDetail detail = strategies.detail(strategyId);
        StrategyVersion version = strategyVersions.version(strategyId, number);
        List<ObjectiveDraft> objectives = strategyVersions.objectivesOf(version);
        List<StrategyReview> reviews = detail.reviewsOf(version);
        // People by name: the submitter and the reviewers, read at once.
        java.util.Map<String, String> names = strategies.names(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(version.getSubmittedBy()),
                        reviews.stream().map(StrategyReview::getReviewer))
                .toList());
        add(
                new H3(getTranslation("strategy.version.heading", number, version.getTitle())),
                new Span(getTranslation(
                        "strategy.version.submitted",
                        names.get(version.getSubmittedBy()),
                        StrategyView.time(getLocale(), version.getSubmittedAt()))),
                new MarkdownView(markdown, version.getContent()),
                new H4(getTranslation("strategy.objectives")));
        var hazardNames = ObjectiveLine.hazardNames(this, strategies.choices(strategyId));
        objectives.forEach(o -> add(new ObjectiveLine(o, hazardNames)));
        add(new H4(getTranslation("strategy.reviews")));
        if (reviews.isEmpty()) {
            add(new Span(getTranslation("strategy.noReviews")));
        }
        reviews.forEach(r -> {
            Paragraph review = new Paragraph(names.getOrDefault(r.getReviewer(), r.getReviewer()) + " · "
                    + getTranslation("outcome." + r.getOutcome())
                    + (r.getComment() == null ? "" : " — " + r.getComment()));
            review.addClassName("strategy-review");
            add(review);
        });
        thread.setPadding(false);
        thread.setId("comment-thread");
        add(new H4(getTranslation("strategy.comments")), thread);
        showComments(detail.commentsOn(version), objectives);
        if (strategies.permissions(strategyId).comment()) {
            add(commentForm(objectives, headings(version.getContent())));
        }
    }

    private void showComments(List<StrategyComment> comments, List<ObjectiveDraft> objectives) {
        thread.removeAll();
        if (comments.isEmpty()) {
            thread.add(new Span(getTranslation("task.noComments")));
        }
        for (StrategyComment c : comments) {
            String about = c.getObjectiveId() != null
                    ? objectives.stream()
                            .filter(o -> c.getObjectiveId().equals(o.id()))
                            .map(ObjectiveDraft::title)
                            .findFirst()
                            .orElse("")
                    : c.getSection() != null ? c.getSection() : getTranslation("strategy.comment.whole");
            Div entry = new Div(
                    new Span(c.getAuthor() + " · " + StrategyView.time(getLocale(), c.getWrittenAt()) + " · " + about),
                    new Paragraph(c.getBody()));
            entry.addClassName("task-comment");
            thread.add(entry);
        }
    }

    private VerticalLayout commentForm(List<ObjectiveDraft> objectives, List<String> sections) {
        Select<Object> about = new Select<>();
        about.setLabel(getTranslation("strategy.comment.about"));
        List<Object> items = new java.util.ArrayList<>();
        items.add("");
        items.addAll(objectives);
        sections.forEach(s -> items.add("§ " + s));
        about.setItems(items);
        about.setValue("");
        about.setItemLabelGenerator(i -> i instanceof ObjectiveDraft o
                ? o.title()
                : "".equals(i) ? getTranslation("strategy.comment.whole") : i.toString());
        TextArea body = new TextArea(getTranslation("task.comment"));
        body.setWidthFull();
        body.setMaxLength(4000);
        body.setId("version-comment");
        FormErrors errors = new FormErrors().field("body", body);
        Button send = new Button(getTranslation("strategy.comment.add"), e -> {
            Object target = about.getValue();
            errors.attempt(() -> {
                strategies.comment(
                        strategyId,
                        number,
                        body.getValue(),
                        target instanceof ObjectiveDraft o ? o.id() : null,
                        target instanceof String s && s.startsWith("§ ") ? s.substring(2) : null);
                body.clear();
                StrategyDetail detail = strategies.detail(strategyId);
                showComments(detail.commentsOn(strategyVersions.version(strategyId, number)), objectives);
            });
        });
        send.setId("add-version-comment");
        VerticalLayout form = new VerticalLayout(about, body, send);
        form.setPadding(false);
        return form;
    }

    private static List<String> headings(String markdown) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }
}

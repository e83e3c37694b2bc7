package org.resilienceroadmap.strategy.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.MarkdownView;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.TypingPreview;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyObjective;
import org.resilienceroadmap.strategy.StrategyPermissions;
import org.resilienceroadmap.strategy.StrategyService;

/**
 * The working draft: title, period, Markdown text with its preview, objectives. A save that
 * collides with a colleague's shows both texts and lets the editor choose; nothing is overwritten unseen.
 */
class DraftEditor extends VerticalLayout {

    private final StrategyService strategies;
    private final Strategy strategy;
    private final Runnable reload;
    private final TextField title = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextArea content = new TextArea();
    private final ObjectivesEditor objectives;

    DraftEditor(
            StrategyService strategies,
            MarkdownRenderer markdown,
            Strategy strategy,
            StrategyPermissions may,
            Runnable reload) {
        this.strategies = strategies;
        this.strategy = strategy;
        this.reload = reload;
        setPadding(false);
        title.setLabel(getTranslation("strategy.title"));
        title.setValue(strategy.getTitle());
        title.setWidth("36em");
        title.setId("draft-title");
        start.setLabel(getTranslation("strategy.periodStart"));
        start.setValue(strategy.getPeriodStart());
        end.setLabel(getTranslation("strategy.periodEnd"));
        end.setValue(strategy.getPeriodEnd());
        content.setLabel(getTranslation("strategy.content"));
        content.setHelperText(getTranslation("strategy.contentHelp"));
        content.setValue(strategy.getContent());
        content.setWidthFull();
        content.setMinHeight("18em");
        content.setId("draft-content");
        MarkdownView preview = new MarkdownView(markdown, strategy.getContent());
        preview.setId("draft-preview");
        TypingPreview.follow(content, preview::show);
        objectives = new ObjectivesEditor(
                strategies.choices(strategy.getId()),
                strategy.getObjectives().stream()
                        .map(StrategyObjective::toDraft)
                        .toList());
        Button save = new Button(getTranslation("strategy.save"), e -> save(strategy.getVersion()));
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (may.submit()) {
            Button submit = new Button(getTranslation("strategy.submit"), e -> submit());
            submit.setId("submit-strategy");
            buttons.add(submit);
        }
        String when = StrategyView.time(getLocale(), strategy.getUpdatedAt());
        // The roadmap opening the draft is no one's name; a person is named as people know them.
        Paragraph saved = new Paragraph(
                SystemActors.isSystem(strategy.getUpdatedBy())
                        ? getTranslation("strategy.lastSaved.automatic", when)
                        : strategy.getEditors().isEmpty()
                                ? getTranslation(
                                        "strategy.openedNotSaved",
                                        strategies
                                                .names(List.of(strategy.getCreatedBy()))
                                                .get(strategy.getCreatedBy()),
                                        when)
                                : getTranslation(
                                        "strategy.lastSaved",
                                        strategies
                                                .names(List.of(strategy.getUpdatedBy()))
                                                .get(strategy.getUpdatedBy()),
                                        when));
        saved.setId("last-saved");
        saved.addClassName("task-meta");
        HorizontalLayout header = new HorizontalLayout(title, start, end);
        header.setWrap(true);
        add(
                header,
                content,
                new H3(getTranslation("strategy.preview")),
                preview,
                new H3(getTranslation("strategy.objectives")),
                objectives,
                saved,
                buttons);
    }

    private DraftEdit edit(long expectedVersion) {
        return new DraftEdit(
                title.getValue(),
                start.getValue(),
                end.getValue(),
                content.getValue(),
                objectives.value(),
                expectedVersion);
    }

    /** Saves against the version the editor started from, or, after a conflict, the one the editor chose to replace. */
    void save(long expectedVersion) {
        if (store(expectedVersion).isPresent()) {
            Notifications.success(getTranslation("strategy.saved"));
            reload.run();
        }
    }

    /** The draft as shown, stored; empty when it was refused (the person has been told why). */
    private Optional<Strategy> store(long expectedVersion) {
        try {
            return Optional.of(strategies.saveDraft(strategy.getId(), edit(expectedVersion)));
        } catch (ConflictException e) {
            new DraftConflictDialog(
                            strategies,
                            strategy.getId(),
                            content.getValue(),
                            org.resilienceroadmap.shared.ui.Refusals.text(e),
                            this::save,
                            reload)
                    .open();
        } catch (InvalidRequestException | ForbiddenException e) {
            Notifications.refused(e);
        }
        return Optional.empty();
    }

    /** What is on screen is what gets frozen: unsaved edits are saved first, then the chair picks the reviewers. */
    private void submit() {
        Strategy shown = strategy;
        if (unsaved()) {
            Optional<Strategy> saved = store(strategy.getVersion());
            if (saved.isEmpty()) {
                return;
            }
            shown = saved.get();
            reload.run();
        }
        new SubmitDialog(strategies, shown, reload).open();
    }

    private boolean unsaved() {
        return !title.getValue().equals(strategy.getTitle())
                || !Objects.equals(start.getValue(), strategy.getPeriodStart())
                || !Objects.equals(end.getValue(), strategy.getPeriodEnd())
                || !content.getValue().equals(strategy.getContent())
                || !comparable(objectives.value())
                        .equals(comparable(strategy.getObjectives().stream()
                                .map(StrategyObjective::toDraft)
                                .toList()));
    }

    /** Objectives as a save would store them: order of the list kept, order within each tie ignored. */
    private static List<List<Object>> comparable(List<ObjectiveDraft> drafts) {
        return drafts.stream()
                .map(d -> List.<Object>of(
                        Objects.toString(d.id(), ""),
                        d.title().strip(),
                        Set.copyOf(d.essentials()),
                        Set.copyOf(d.hazards()),
                        Set.copyOf(d.findingIds())))
                .toList();
    }

    /** Marks the objectives whose pinned comments still wait for an answer. */
    void markPinned(Set<String> open) {
        objectives.markPinned(open);
    }
}

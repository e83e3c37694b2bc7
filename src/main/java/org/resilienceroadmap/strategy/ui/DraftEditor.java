package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.MarkdownView;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyPermissions;
import org.resilienceroadmap.strategy.StrategyObjective;
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

    DraftEditor(StrategyService strategies, MarkdownRenderer markdown, Strategy strategy,
            StrategyPermissions may, Runnable reload) {
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
        content.setValueChangeMode(ValueChangeMode.LAZY);
        content.addValueChangeListener(e -> preview.show(e.getValue()));
        objectives = new ObjectivesEditor(strategies.choices(strategy.getId()),
                strategy.getObjectives().stream().map(StrategyObjective::toDraft).toList());
        Button save = new Button(getTranslation("strategy.save"), e -> save(strategy.getVersion()));
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (may.submit()) {
            Button submit = new Button(getTranslation("strategy.submit"), e -> submit());
            submit.setId("submit-strategy");
            buttons.add(submit);
        }
        Paragraph saved = new Paragraph(getTranslation("strategy.lastSaved", strategy.getUpdatedBy(),
                StrategyView.time(getLocale(), strategy.getUpdatedAt())));
        saved.addClassName("task-meta");
        HorizontalLayout header = new HorizontalLayout(title, start, end);
        header.setWrap(true);
        add(header, content, new H3(getTranslation("strategy.preview")), preview,
                new H3(getTranslation("strategy.objectives")), objectives, saved, buttons);
    }

    private DraftEdit edit(long expectedVersion) {
        return new DraftEdit(title.getValue(), start.getValue(), end.getValue(), content.getValue(),
                objectives.value(), expectedVersion);
    }

    /** Saves against the version the editor started from, or, after a conflict, the one the editor chose to replace. */
    void save(long expectedVersion) {
        try {
            strategies.saveDraft(strategy.getId(), edit(expectedVersion));
            Notifications.success(getTranslation("strategy.saved"));
            reload.run();
        } catch (ConflictException e) {
            new DraftConflictDialog(strategies, strategy.getId(), content.getValue(), e.getMessage(),
                    this::save, reload).open();
        } catch (InvalidRequestException | ForbiddenException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void submit() {
        boolean unsaved = !content.getValue().equals(strategy.getContent())
                || !title.getValue().equals(strategy.getTitle());
        if (unsaved) {
            Notifications.error(getTranslation("strategy.saveFirst"));
            return;
        }
        new SubmitDialog(strategies, strategy, reload).open();
    }
}

package org.resilienceroadmap.strategy.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.text.SideBySideDiff;
import org.resilienceroadmap.shared.ui.DiffTable;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyService;

/**
 * Someone saved the draft after this editor opened it: shows who, their text beside this one,
 * and lets the editor take theirs or knowingly replace it. The editor's text stays until they choose.
 */
class DraftConflictDialog extends Dialog {

    DraftConflictDialog(
            StrategyService strategies,
            Long strategyId,
            String mine,
            String why,
            LongConsumer saveOver,
            Runnable reload) {
        Strategy saved = strategies.detail(strategyId).strategy();
        setHeaderTitle(getTranslation("strategy.conflict.title"));
        setId("draft-conflict");
        setWidth("70em");
        add(
                new Paragraph(getTranslation(
                        "strategy.conflict.text",
                        SystemActors.isSystem(saved.getUpdatedBy())
                                ? getTranslation("actor.automatically")
                                : strategies
                                        .names(java.util.List.of(saved.getUpdatedBy()))
                                        .get(saved.getUpdatedBy()))),
                new Paragraph(why),
                new DiffTable(
                        getTranslation("strategy.conflict.theirs"),
                        getTranslation("strategy.conflict.mine"),
                        SideBySideDiff.compare(saved.getContent(), mine)));
        Button takeTheirs = new Button(getTranslation("strategy.conflict.takeTheirs"), e -> {
            close();
            reload.run();
        });
        takeTheirs.setId("conflict-take-theirs");
        Button keepMine = new Button(getTranslation("strategy.conflict.keepMine"), e -> {
            close();
            saveOver.accept(saved.getVersion());
        });
        keepMine.setId("conflict-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("strategy.cancel"), e -> close());
        getFooter().add(cancel, takeTheirs, keepMine);
    }
}

package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.DiffTable;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersions;

/**
 * What a review, consolidation or approval task decides on: the latest version (text, objectives,
 * reviews, comments) and what changed since the version before it, side by side.
 */
class VersionUnderDecision extends VerticalLayout {

    VersionUnderDecision(
            StrategyService strategies, StrategyVersions strategyVersions, MarkdownRenderer markdown, Long strategyId) {
        setPadding(false);
        setId("version-under-decision");
        int latest = strategies.detail(strategyId).strategy().getVersionCount();
        // What changed comes first: it is what a second round decides on; the whole version follows.
        if (latest < 2) {
            add(new Paragraph(getTranslation("strategy.task.firstVersion")));
        } else {
            add(new H4(getTranslation("strategy.task.changes", latest - 1, latest)));
            DiffTable diff = new DiffTable(
                    getTranslation("strategy.version.short", latest - 1),
                    getTranslation("strategy.version.short", latest),
                    strategyVersions.compare(
                            strategyId,
                            latest - 1,
                            latest,
                            ObjectiveLine.ties(
                                            this,
                                            getLocale(),
                                            ObjectiveLine.hazardNames(this, strategies.choices(strategyId)))::line));
            diff.setId("task-version-diff");
            add(diff);
        }
        add(new VersionReader(strategies, strategyVersions, markdown, strategyId, latest));
    }
}

package org.resilienceroadmap.strategy.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.shared.ui.DiffTable;
import org.resilienceroadmap.strategy.ObjectiveTies;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersion;
import org.resilienceroadmap.strategy.StrategyVersions;

/** The frozen versions: who submitted them, how each round ended; read one, or compare any two side by side. */
class VersionsPanel extends VerticalLayout {

    private final Div shown = new Div();
    private final Grid<StrategyVersion> grid = new Grid<>();

    VersionsPanel(
            StrategyService strategies,
            StrategyVersions strategyVersions,
            MarkdownRenderer markdown,
            StrategyDetail detail) {
        setPadding(false);
        List<StrategyVersion> versions = detail.versions();
        // Who submitted and who decided, by name, read at once for all versions.
        java.util.Map<String, String> names = strategies.names(versions.stream()
                .flatMap(v -> java.util.stream.Stream.of(v.getSubmittedBy(), v.getDecidedBy()))
                .filter(java.util.Objects::nonNull)
                .toList());
        grid.setId("versions");
        grid.addColumn(StrategyVersion::getNumber).setHeader("#").setFlexGrow(0).setWidth("4em");
        grid.addColumn(v ->
                        name(names, v.getSubmittedBy()) + " · " + StrategyView.time(getLocale(), v.getSubmittedAt()))
                .setHeader(getTranslation("strategy.version.submittedBy"));
        grid.addColumn(v -> detail.reviewsOf(v).size() + "/" + v.getReviewers().size())
                .setHeader(getTranslation("strategy.reviews"));
        grid.addColumn(v -> v.getDecision() == null
                        ? getTranslation("strategy.decision.open")
                        : getTranslation("strategy.decision." + v.getDecision())
                                + (v.getDecidedBy() == null ? "" : " · " + name(names, v.getDecidedBy())))
                .setHeader(getTranslation("strategy.decision"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("strategy.noVersions"));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> {
            shown.removeAll();
            shown.add(new VersionReader(
                    strategies, strategyVersions, markdown, detail.strategy().getId(), v.getNumber()));
        }));
        add(grid);
        if (versions.size() >= 2) {
            ObjectiveTies ties = ObjectiveLine.ties(
                    this,
                    getLocale(),
                    ObjectiveLine.hazardNames(
                            this, strategies.choices(detail.strategy().getId())));
            List<Integer> numbers =
                    versions.stream().map(StrategyVersion::getNumber).toList();
            Select<Integer> from = new Select<>();
            from.setLabel(getTranslation("strategy.compare.from"));
            from.setItems(numbers);
            from.setValue(numbers.get(numbers.size() - 2));
            from.setId("compare-from");
            Select<Integer> to = new Select<>();
            to.setLabel(getTranslation("strategy.compare.to"));
            to.setItems(numbers);
            to.setValue(numbers.get(numbers.size() - 1));
            to.setId("compare-to");
            Button compare = new Button(getTranslation("strategy.compare"), e -> {
                shown.removeAll();
                DiffTable diff = new DiffTable(
                        getTranslation("strategy.version.short", Math.min(from.getValue(), to.getValue())),
                        getTranslation("strategy.version.short", Math.max(from.getValue(), to.getValue())),
                        strategyVersions.compare(
                                detail.strategy().getId(), from.getValue(), to.getValue(), ties::line));
                diff.setId("version-diff");
                shown.add(diff);
            });
            compare.setId("compare-versions");
            HorizontalLayout bar = new HorizontalLayout(from, to, compare);
            bar.setAlignItems(Alignment.BASELINE);
            add(bar);
        }
        shown.setWidthFull();
        add(shown);
    }

    /** A person by name; a step the application took itself reads "automatically", never its account. */
    private String name(java.util.Map<String, String> names, String actor) {
        return SystemActors.isSystem(actor) ? getTranslation("actor.automatically") : names.getOrDefault(actor, actor);
    }

    /** Opens this version, as a task's link asks (the version under review). */
    void show(int number) {
        grid.getListDataView()
                .getItems()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .ifPresent(grid::select);
    }
}

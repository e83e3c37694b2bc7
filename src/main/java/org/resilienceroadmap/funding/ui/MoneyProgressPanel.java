package org.resilienceroadmap.funding.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import org.resilienceroadmap.funding.MoneyAllocations;
import org.resilienceroadmap.funding.MoneyAndProgress;
import org.resilienceroadmap.funding.MoneyProgress;
import org.resilienceroadmap.shared.i18n.Percent;

/**
 * The dashboard's "Money and progress": per country ▸ city ▸ action, budget, committed, spent, percent
 * spent against percent done, and the flags in words (spending ahead of progress, money unspent past
 * half the period). The programme's managers also allocate and take allocations back ({@link MoneyForms}).
 */
class MoneyProgressPanel extends VerticalLayout {

    /** One line of the tree: a country, a city or an action, with its figures and flags. */
    record Line(String name, MoneyProgress.Figures figures, boolean action) {}

    private final MoneyAndProgress money;
    private final MoneyAllocations allocations;
    private final Long programmeId;

    MoneyProgressPanel(MoneyAndProgress money, MoneyAllocations allocations, Long programmeId) {
        this.money = money;
        this.allocations = allocations;
        this.programmeId = programmeId;
        setPadding(false);
        setId("money-progress");
        show();
    }

    private void show() {
        removeAll();
        MoneyProgress progress = money.read(programmeId);
        Paragraph intro = new Paragraph(getTranslation("funding.money.intro", progress.marginPoints()));
        add(intro);
        if (progress.countries().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("funding.money.none"));
            none.setId("money-none");
            add(none);
        } else {
            add(tree(progress));
        }
        if (progress.mayManage()) {
            add(new MoneyForms(money, allocations, progress, this::show));
        } else if (!progress.allocations().isEmpty()) {
            add(MoneyForms.allocationList(progress, null));
        }
    }

    private TreeGrid<Line> tree(MoneyProgress progress) {
        TreeData<Line> data = new TreeData<>();
        for (MoneyProgress.Country country : progress.countries()) {
            Line c = new Line(country.names().in(getLocale()), country.figures(), false);
            data.addItem(null, c);
            for (MoneyProgress.City city : country.cities()) {
                Line ci = new Line(city.names().in(getLocale()), city.figures(), false);
                data.addItem(c, ci);
                for (MoneyProgress.ActionRow a : city.actions()) {
                    data.addItem(ci, new Line(a.title(), a.figures(), true));
                }
            }
        }
        TreeGrid<Line> grid = new TreeGrid<>();
        grid.setId("money-tree");
        // Names, amounts and flags are read whole, not cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        String currency = progress.currency();
        grid.addHierarchyColumn(Line::name)
                .setHeader(getTranslation("funding.money.column.name"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(l -> FundingText.money(getLocale(), l.figures().budget(), currency))
                .setHeader(getTranslation("funding.money.column.budget"))
                .setKey("budget");
        grid.addColumn(l -> FundingText.money(getLocale(), l.figures().committed(), currency))
                .setHeader(getTranslation("funding.money.column.committed"))
                .setKey("committed");
        grid.addColumn(l -> FundingText.money(getLocale(), l.figures().spent(), currency))
                .setHeader(getTranslation("funding.money.column.spent"))
                .setKey("spent");
        grid.addColumn(l -> Percent.format(getLocale(), l.figures().percentSpent()))
                .setHeader(getTranslation("funding.money.column.percentSpent"))
                .setKey("percentSpent");
        grid.addColumn(l -> Percent.format(getLocale(), l.figures().percentDone()))
                .setHeader(getTranslation("funding.money.column.percentDone"))
                .setKey("percentDone");
        grid.addComponentColumn(this::flags)
                .setHeader(getTranslation("funding.money.column.flags"))
                .setKey("flags")
                .setFlexGrow(2);
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 3);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Span flags(Line line) {
        String words = flagWords(line);
        Span span = new Span(words);
        if (line.figures().spendingAhead() + line.figures().unspentPastHalf() > 0) {
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }

    /** The flags in words: an action's own, or how many actions below are flagged for each. */
    String flagWords(Line line) {
        MoneyProgress.Figures f = line.figures();
        List<String> parts = new ArrayList<>();
        if (line.action()) {
            if (f.spendingAhead() > 0) {
                parts.add(getTranslation("funding.money.flag.ahead"));
            }
            if (f.unspentPastHalf() > 0) {
                parts.add(getTranslation("funding.money.flag.unspent"));
            }
        } else {
            if (f.spendingAhead() > 0) {
                parts.add(getTranslation("funding.money.flag.aheadCount", f.spendingAhead()));
            }
            if (f.unspentPastHalf() > 0) {
                parts.add(getTranslation("funding.money.flag.unspentCount", f.unspentPastHalf()));
            }
        }
        return parts.isEmpty() ? getTranslation("funding.money.flag.none") : String.join("; ", parts);
    }
}

package org.resilienceroadmap.roadmap.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.roadmap.JurisdictionView;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.PhoneCards;
import org.resilienceroadmap.shared.ui.StageBadge;

/** The jurisdictions in scope as a tree (region ▸ country ▸ city), each with its roadmap stage. */
@Route("jurisdictions")
@Menu(order = 2, title = "nav.jurisdictions", icon = "vaadin:globe")
@PermitAll
class JurisdictionTreeView extends VerticalLayout implements HasDynamicTitle {

    private final List<JurisdictionView> all;
    private final TreeGrid<JurisdictionView> tree = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Select<String> stage = new Select<>();

    JurisdictionTreeView(RoadmapService roadmap) {
        this.all = roadmap.jurisdictionsInScope();
        tree.setId("jurisdiction-tree");
        var name = tree.addComponentHierarchyColumn(this::place)
                .setHeader(getTranslation("jurisdiction.name"))
                .setFlexGrow(3)
                .setKey("name");
        var level = tree.addColumn(j -> getTranslation("level." + j.level()))
                .setHeader(getTranslation("jurisdiction.level"));
        var stageColumn = tree.addComponentColumn(
                        j -> new StageBadge(j.stage() == null ? null : j.stage().name(), j.joinedOn() != null))
                .setHeader(getTranslation("jurisdiction.stage"));
        var joined = tree.addColumn(j -> j.joinedOn() == null ? "" : Days.format(getLocale(), j.joinedOn()))
                .setHeader(getTranslation("jurisdiction.joinedOn"));
        var hub = tree.addColumn(j -> j.resilienceHub() ? getTranslation("jurisdiction.hub") : "")
                .setHeader(getTranslation("jurisdiction.hubColumn"));
        // On a phone the name takes the whole width and wraps; its level and stage go under it.
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneCards.whenNarrow(tree, narrow -> {
            List.of(level, stageColumn, joined, hub).forEach(c -> c.setVisible(!narrow));
            name.setFlexGrow(narrow ? 1 : 3);
        });
        tree.setHeight("75vh");

        search.setPlaceholder(getTranslation("jurisdiction.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        // Wide enough for its hint ("Search by name or code"), and never wider than a phone.
        search.setWidth("min(22em, 100%)");
        search.addValueChangeListener(e -> show());
        stage.setItems("", "none", "A", "B", "C");
        stage.setItemLabelGenerator(
                s -> s.isEmpty() ? getTranslation("jurisdiction.anyStage") : getTranslation("stage." + s));
        stage.setValue("");
        stage.addValueChangeListener(e -> show());
        HorizontalLayout filters = new HorizontalLayout(search, stage);
        // On a phone the two filters stack rather than push the page sideways.
        filters.setWrap(true);
        add(new H1(getTranslation("nav.jurisdictions")), filters, tree);
        setSizeFull();
        show();
    }

    /** The place's name, a link; under it, shown only on a phone, its level and stage. */
    private Div place(JurisdictionView j) {
        Div facts = new Div(
                new Span(getTranslation("level." + j.level()) + " "),
                new StageBadge(j.stage() == null ? null : j.stage().name(), j.joinedOn() != null));
        facts.addClassName("place-phone-facts");
        Div place = new Div(new Anchor("jurisdictions/" + j.id(), j.displayName(getLocale())), facts);
        place.addClassName("place-cell");
        return place;
    }

    /** Shows the matching jurisdictions with their ancestors, so each match keeps its place in the tree. */
    private void show() {
        String text = search.getValue().toLowerCase(getLocale());
        String wanted = stage.getValue();
        Map<Long, JurisdictionView> byId = all.stream().collect(Collectors.toMap(JurisdictionView::id, j -> j));
        Map<Long, JurisdictionView> shown = new HashMap<>();
        for (JurisdictionView j : all) {
            // Either name finds the place: a Russian reader may type "Dushanbe" as well as "Душанбе".
            boolean matches = (text.isBlank()
                            || j.displayName(getLocale())
                                    .toLowerCase(getLocale())
                                    .contains(text)
                            || j.displayName().toLowerCase(getLocale()).contains(text)
                            || j.code().toLowerCase(getLocale()).contains(text))
                    && (wanted == null
                            || wanted.isEmpty()
                            || ("none".equals(wanted) ? j.stage() == null : j.stage() == RoadmapStage.valueOf(wanted)));
            for (JurisdictionView k = j; matches && k != null; k = byId.get(k.parentId())) {
                shown.put(k.id(), k);
            }
        }
        TreeData<JurisdictionView> data = new TreeData<>();
        Set<Long> added = new java.util.HashSet<>();
        java.text.Collator alphabet = java.text.Collator.getInstance(getLocale());
        shown.values().stream()
                .sorted(java.util.Comparator.comparing(j -> j.displayName(getLocale()), alphabet))
                .forEach(j -> addWithParents(data, j, shown, added));
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 3);
    }

    private void addWithParents(
            TreeData<JurisdictionView> data, JurisdictionView j, Map<Long, JurisdictionView> shown, Set<Long> added) {
        if (added.contains(j.id())) {
            return;
        }
        JurisdictionView parent = shown.get(j.parentId());
        if (parent != null) {
            addWithParents(data, parent, shown, added);
        }
        data.addItem(parent, j);
        added.add(j.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.jurisdictions");
    }
}

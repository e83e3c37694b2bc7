package org.resilienceroadmap.action.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.Programme;

/**
 * The register's filters. They live in the page's address ({@code ?jurisdiction=12&status=APPROVED
 * &owner=ana…}), so a bookmark, the back button and a shared link bring them back: a change runs the
 * callback, which puts them in the address; the address puts them back here.
 */
class RegisterFilters extends HorizontalLayout {

    private final ComboBox<Jurisdiction> jurisdiction = new ComboBox<>();
    private final Select<ActionStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<Integer> essential = new Select<>();
    private final TextField hazard = new TextField();
    private final TextField owner = new TextField();
    private final ComboBox<Programme> programme = new ComboBox<>();
    private Long strategyId;
    private boolean applying;

    RegisterFilters(List<Jurisdiction> jurisdictions, List<Programme> programmes, Runnable changed) {
        setId("action-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        jurisdiction.setLabel(getTranslation("action.filter.jurisdiction"));
        jurisdiction.setId("filter-jurisdiction");
        jurisdiction.setItems(jurisdictions.stream()
                .sorted(Comparator.comparing(
                        j -> j.getDisplayName(getLocale()), java.text.Collator.getInstance(getLocale())))
                .toList());
        jurisdiction.setItemLabelGenerator(j -> j.getDisplayName(getLocale()));
        jurisdiction.setClearButtonVisible(true);
        status.setLabel(getTranslation("action.filter.status"));
        status.setId("filter-status");
        status.setItems(ActionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("action.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("action.filter.any") : getTranslation("action.status." + s));
        overdue.setLabel(getTranslation("action.filter.overdue"));
        overdue.setId("filter-overdue");
        essential.setLabel(getTranslation("action.filter.essential"));
        essential.setId("filter-essential");
        essential.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        essential.setEmptySelectionAllowed(true);
        essential.setEmptySelectionCaption(getTranslation("action.filter.any"));
        essential.setItemLabelGenerator(
                e -> e == null ? getTranslation("action.filter.any") : e + ". " + getTranslation("essential." + e));
        hazard.setLabel(getTranslation("action.filter.hazard"));
        hazard.setId("filter-hazard");
        owner.setLabel(getTranslation("action.filter.owner"));
        owner.setId("filter-owner");
        programme.setLabel(getTranslation("action.filter.programme"));
        programme.setId("filter-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        programme.setClearButtonVisible(true);
        for (TextField text : List.of(hazard, owner)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.setWidth("10em");
        }
        add(jurisdiction, status, overdue, essential, hazard, owner, programme);
        Runnable onChange = () -> {
            if (!applying) {
                changed.run();
            }
        };
        jurisdiction.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        essential.addValueChangeListener(e -> onChange.run());
        hazard.addValueChangeListener(e -> onChange.run());
        owner.addValueChangeListener(e -> onChange.run());
        programme.addValueChangeListener(e -> onChange.run());
    }

    /** Takes every filter the address names, and clears those it does not; unknown values count as none. */
    void fromAddress(QueryParameters query, Long validStrategyId) {
        applying = true;
        try {
            strategyId = validStrategyId;
            Long place = number(query, "jurisdiction");
            jurisdiction
                    .getListDataView()
                    .getItems()
                    .filter(j -> j.getId().equals(place))
                    .findFirst()
                    .ifPresentOrElse(jurisdiction::setValue, jurisdiction::clear);
            status.setValue(text(query, "status")
                    .flatMap(s -> java.util.Arrays.stream(ActionStatus.values())
                            .filter(v -> v.name().equals(s))
                            .findFirst())
                    .orElse(null));
            overdue.setValue(text(query, "overdue").map("true"::equals).orElse(false));
            Long e = number(query, "essential");
            essential.setValue(e != null && e >= 1 && e <= 10 ? e.intValue() : null);
            hazard.setValue(text(query, "hazard").orElse(""));
            owner.setValue(text(query, "owner").orElse(""));
            Long fund = number(query, "programme");
            programme
                    .getListDataView()
                    .getItems()
                    .filter(p -> p.getId().equals(fund))
                    .findFirst()
                    .ifPresentOrElse(programme::setValue, programme::clear);
        } finally {
            applying = false;
        }
    }

    /** The filters as the page's address carries them, without the empty ones. */
    QueryParameters toAddress() {
        return QueryParameters.simple(named(Map.of()));
    }

    /** The filters as {@code GET /api/v1/actions} (and its exports) take them, e.g. {@code ?jurisdictionId=12}. */
    String toApiQuery() {
        Map<String, String> api =
                named(Map.of("jurisdiction", "jurisdictionId", "strategy", "strategyId", "programme", "programmeId"));
        return api.isEmpty()
                ? ""
                : api.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&", "?", ""));
    }

    private Map<String, String> named(Map<String, String> renamed) {
        Map<String, String> all = new LinkedHashMap<>();
        Function<String, String> name = n -> renamed.getOrDefault(n, n);
        Optional.ofNullable(jurisdiction.getValue())
                .ifPresent(j -> all.put(name.apply("jurisdiction"), String.valueOf(j.getId())));
        Optional.ofNullable(strategyId).ifPresent(s -> all.put(name.apply("strategy"), String.valueOf(s)));
        Optional.ofNullable(status.getValue()).ifPresent(s -> all.put(name.apply("status"), s.name()));
        if (overdue.getValue()) {
            all.put(name.apply("overdue"), "true");
        }
        Optional.ofNullable(essential.getValue()).ifPresent(e -> all.put(name.apply("essential"), String.valueOf(e)));
        Optional.ofNullable(blankToNull(hazard.getValue())).ifPresent(h -> all.put(name.apply("hazard"), h));
        Optional.ofNullable(blankToNull(owner.getValue())).ifPresent(o -> all.put(name.apply("owner"), o));
        Optional.ofNullable(programme.getValue())
                .ifPresent(p -> all.put(name.apply("programme"), String.valueOf(p.getId())));
        return all;
    }

    ActionFilter filter() {
        return new ActionFilter(
                jurisdiction.getValue() == null ? null : jurisdiction.getValue().getId(),
                strategyId,
                status.getValue(),
                overdue.getValue() ? Boolean.TRUE : null,
                essential.getValue(),
                blankToNull(hazard.getValue()),
                blankToNull(owner.getValue()),
                programme.getValue() == null ? null : programme.getValue().getId());
    }

    static Long number(QueryParameters query, String name) {
        try {
            return text(query, name).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> text(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

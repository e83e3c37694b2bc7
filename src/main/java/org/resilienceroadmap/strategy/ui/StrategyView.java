package org.resilienceroadmap.strategy.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyPermissions;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyState;
import org.resilienceroadmap.strategy.StrategyVersions;
import org.resilienceroadmap.workflow.ui.PinBoard;

/**
 * One strategy: its draft (editable by the working group while drafting), versions, history and adoption.
 * {@code ?tab=draft|versions|timeline|adoption} opens that tab, so a task's link lands where its work is.
 */
@Route("strategies/:id")
@PermitAll
class StrategyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StrategyService strategies;
    private final StrategyVersions strategyVersions;
    private final StrategyAdoptions adoptions;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final PinBoard pins;
    private Long strategyId;
    private String tab = DRAFT;
    private String title;
    private Integer openVersion;

    static final String DRAFT = "draft";

    StrategyView(
            StrategyService strategies,
            StrategyVersions strategyVersions,
            StrategyAdoptions adoptions,
            MarkdownRenderer markdown,
            Clock clock,
            PinBoard pins) {
        this.pins = pins;
        this.strategies = strategies;
        this.strategyVersions = strategyVersions;
        this.clock = clock;
        this.adoptions = adoptions;
        this.markdown = markdown;
        setMaxWidth("80em");
    }

    static String time(Locale locale, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(at);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            strategyId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            // A task's link opens the tab it is done on (?tab=adoption, ?tab=versions&version=2).
            var query = event.getLocation().getQueryParameters();
            tab = query.getSingleParameter("tab").orElse(DRAFT);
            openVersion = query.getSingleParameter("version")
                    .filter(v -> v.matches("\\d{1,6}"))
                    .map(Integer::valueOf)
                    .orElse(null);
            render();
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            title = null;
            add(new H1(getTranslation("strategy.notFound")));
        }
    }

    private void render() {
        removeAll();
        StrategyDetail detail = strategies.detail(strategyId);
        StrategyPermissions may = strategies.permissions(strategyId);
        Strategy s = detail.strategy();
        title = s.getTitle();
        H1 heading = new H1(s.getTitle());
        heading.setId("strategy-title");
        Span state = new Span(getTranslation("strategy.state." + s.getState()));
        state.getElement().getThemeList().add("badge");
        state.setId("strategy-state");
        HorizontalLayout header = new HorizontalLayout(heading, state);
        header.setAlignItems(Alignment.BASELINE);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        java.util.Map<String, com.vaadin.flow.component.tabs.Tab> byName = new java.util.HashMap<>();
        String subjectId = String.valueOf(strategyId);
        java.util.Set<String> pinned = pins.openItems(StrategyService.SUBJECT_TYPE, subjectId, getLocale());
        com.vaadin.flow.component.Component draft;
        if (may.editDraft()) {
            DraftEditor editor = new DraftEditor(strategies, markdown, s, may, this::render);
            editor.markPinned(pinned);
            draft = editor;
        } else {
            draft = readOnlyDraft(s);
        }
        byName.put(DRAFT, tabs.add(getTranslation("strategy.tab.draft"), draft));
        VersionsPanel versions = new VersionsPanel(strategies, strategyVersions, markdown, detail);
        byName.put("versions", tabs.add(getTranslation("strategy.tab.versions"), versions));
        byName.put(
                "timeline",
                tabs.add(
                        getTranslation("strategy.tab.timeline"),
                        new TimelinePanel(strategies, adoptions.of(strategyId), strategyId)));
        if (s.getState() == StrategyState.APPROVED || s.getState() == StrategyState.ADOPTED) {
            byName.put(
                    "adoption",
                    tabs.add(
                            getTranslation("strategy.tab.adoption"),
                            new AdoptionPanel(
                                    adoptions, strategyId, may.recordAdoption(), Days.today(clock), this::render)));
        }
        byName.forEach((name, t) -> t.setId("strategy-tab-" + name));
        if (byName.containsKey(tab)) {
            tabs.setSelectedTab(byName.get(tab));
        }
        if ("versions".equals(tab) && openVersion != null) {
            versions.show(openVersion);
        }
        add(
                new Anchor("jurisdictions/" + s.getJurisdictionId() + "/strategies", getTranslation("strategy.list")),
                header,
                new Span(Days.format(getLocale(), s.getPeriodStart()) + " – "
                        + Days.format(getLocale(), s.getPeriodEnd())),
                new Span(getTranslation("strategy.coverage.title")),
                new EssentialCoverageRow(org.resilienceroadmap.strategy.EssentialCoverage.of(s)));
        if (s.getState() == StrategyState.ADOPTED) {
            Anchor actions = new Anchor("actions?strategy=" + strategyId, getTranslation("action.strategyActions"));
            actions.setId("strategy-actions");
            Anchor timeline =
                    new Anchor("strategies/" + strategyId + "/timeline", getTranslation("action.strategyTimeline"));
            timeline.setId("strategy-action-timeline");
            add(new HorizontalLayout(actions, timeline));
        }
        add(pins.panel(StrategyService.SUBJECT_TYPE, subjectId, this::render), tabs);
    }

    private VerticalLayout readOnlyDraft(Strategy s) {
        VerticalLayout box = new VerticalLayout(
                new Span(getTranslation("strategy.draftLocked", getTranslation("strategy.state." + s.getState()))),
                new org.resilienceroadmap.shared.ui.MarkdownView(markdown, s.getContent()));
        box.setPadding(false);
        box.setId("draft-readonly");
        s.getObjectives().forEach(o -> box.add(new Span("• " + o.getTitle())));
        return box;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("strategy.list") : title;
    }
}

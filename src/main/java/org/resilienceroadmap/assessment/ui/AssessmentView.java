package org.resilienceroadmap.assessment.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.assessment.Answer;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.AssessmentEvidence;
import org.resilienceroadmap.assessment.AssessmentFindings;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.EssentialSection;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.workflow.ui.PinBoard;

/**
 * An assessment: one tab per Essential to score (saved as you go, never over someone else's newer
 * answer), and a results tab with the chart of the ten Essentials, the scores and the findings.
 */
@Route("assessments/:id")
@PermitAll
class AssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final AssessmentFindings assessmentFindings;
    private final AssessmentEvidence assessmentEvidence;
    private final AssessmentReads assessmentReads;
    private final org.resilienceroadmap.assessment.AssessmentWorkbook workbooks;
    private final org.resilienceroadmap.assessment.ScoreTasks scoreTasks;
    private final PinBoard pins;
    private final Map<String, QuestionCard> cards = new HashMap<>();
    private final Map<Integer, Tab> essentialTabs = new HashMap<>();
    /** Names people read, by username: the working group's, and any other answerer's as met. */
    private final Map<String, String> names = new HashMap<>();

    private AssessmentDetail detail;

    AssessmentView(
            AssessmentService assessments,
            AssessmentFindings assessmentFindings,
            AssessmentEvidence assessmentEvidence,
            AssessmentReads assessmentReads,
            org.resilienceroadmap.assessment.AssessmentWorkbook workbooks,
            org.resilienceroadmap.assessment.ScoreTasks scoreTasks,
            PinBoard pins) {
        this.pins = pins;
        this.assessments = assessments;
        this.assessmentFindings = assessmentFindings;
        this.assessmentEvidence = assessmentEvidence;
        this.assessmentReads = assessmentReads;
        this.workbooks = workbooks;
        this.scoreTasks = scoreTasks;
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Long id = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            detail = assessmentReads.detail(id);
            int essential = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("essential")
                    .map(Integer::valueOf)
                    .orElse(0);
            render(essential);
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            add(new H1(getTranslation("assessment.notFound")));
        }
    }

    private void render(int selectedEssential) {
        removeAll();
        cards.clear();
        String language = getLocale().getLanguage();
        var a = detail.assessment();
        H1 title = new H1(detail.template().title(language));
        title.setId("assessment-title");
        Span state = new Span(getTranslation("assessment.state." + a.getState()));
        state.getElement().getThemeList().add("badge");
        state.setId("assessment-state");
        WorkshopFacts facts = new WorkshopFacts(a);
        add(
                new Anchor("jurisdictions/" + a.getJurisdictionId(), getTranslation("assessment.backToJurisdiction")),
                title,
                state,
                facts);
        if (!detail.template().complete()) {
            add(new Paragraph(getTranslation(
                    "assessment.partialTemplate", detail.template().basedOn())));
        }
        String subjectId = String.valueOf(a.getId());
        add(pins.panel(AssessmentService.SUBJECT_TYPE, subjectId, () -> render(0)));
        java.util.Set<String> pinned = pins.openItems(AssessmentService.SUBJECT_TYPE, subjectId, getLocale());
        add(new ParticipantsPanel(
                assessments, assessmentReads, a.getId(), a.getState() != AssessmentState.VALIDATED, () -> render(0)));
        Runnable reload = () -> {
            detail = assessmentReads.detail(a.getId());
            render(0);
        };
        add(new WorkbookBar(
                workbooks,
                a.getId(),
                a.getState() == AssessmentState.SCORING || a.getState() == AssessmentState.CONSOLIDATION,
                reload));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("assessment-tabs");
        FindingChanges findings = new FindingChanges(this, assessmentFindings, a.getId(), reload);
        tabs.add(getTranslation("assessment.results"), results(findings));
        boolean editable = a.getState() == AssessmentState.SCORING || a.getState() == AssessmentState.CONSOLIDATION;
        Map<Integer, String> notes = assessmentReads.returnNotes(a.getId());
        names.clear();
        assessmentReads.workingGroup(a.getId()).forEach(s -> names.put(s.username(), s.name()));
        boolean mayAddEvidence = assessmentEvidence.mayAddEvidence(a.getId());
        Map<String, List<org.resilienceroadmap.assessment.EvidenceFile>> evidence =
                assessmentEvidence.evidence(a.getId());
        for (EssentialSection section : detail.template().essentials()) {
            VerticalLayout questions = new VerticalLayout();
            questions.setPadding(false);
            questions.add(header(section, notes, language));
            PinBoard.mark(questions, pinned, "essential:" + section.number());
            for (var q : section.questions()) {
                QuestionCard card = new QuestionCard(q, language, editable, this::nameOf, this::save);
                card.show(answer(q.code()));
                card.addEvidence(new EvidenceList(
                        assessmentEvidence,
                        a.getId(),
                        q.code(),
                        evidence.getOrDefault(q.code(), List.of()),
                        mayAddEvidence));
                PinBoard.mark(card, pinned, "question:" + q.code());
                cards.put(q.code(), card);
                questions.add(card);
            }
            if (a.getState() == AssessmentState.CONSOLIDATION) {
                questions.add(
                        new H3(getTranslation("assessment.addFindingHere")),
                        new FindingEditor(null, section.number(), "-" + section.number(), findings::save));
            }
            Tab tab = tabs.add(progressLabel(section), questions);
            tab.setId("essential-tab-" + section.number());
            essentialTabs.put(section.number(), tab);
        }
        if (essentialTabs.containsKey(selectedEssential)) {
            tabs.setSelectedTab(essentialTabs.get(selectedEssential));
        }
        add(tabs);
    }

    private EssentialHeader header(EssentialSection section, Map<Integer, String> notes, String language) {
        int n = section.number();
        Long id = detail.assessment().getId();
        String scorer = detail.assessment().getScorers().get(n);
        boolean mayMark = detail.assessment().getState() == AssessmentState.SCORING
                && scoreTasks.openFor(id, n).isPresent();
        return new EssentialHeader(
                new EssentialHeader.Facts(
                        n,
                        scorer == null ? null : nameOf(scorer),
                        notes.get(n),
                        mayMark,
                        section.questions().size(),
                        () -> assessmentReads.unanswered(id, n),
                        () -> markScored(n)),
                language);
    }

    private String nameOf(String username) {
        return names.computeIfAbsent(username, assessmentReads::nameOf);
    }

    private void markScored(int essential) {
        new FormErrors().attempt(() -> {
            scoreTasks.markScored(detail.assessment().getId(), essential);
            Notifications.success(getTranslation("assessment.markedScored", essential));
        });
        detail = assessmentReads.detail(detail.assessment().getId());
        render(essential);
    }

    private void save(QuestionCard.Change change) {
        QuestionCard card = cards.get(change.code());
        try {
            Answer saved = assessments.answer(
                    detail.assessment().getId(),
                    change.code(),
                    change.score(),
                    change.comment(),
                    change.evidenceLink(),
                    change.version());
            detail = assessmentReads.detail(detail.assessment().getId());
            card.show(saved);
            refreshProgress();
        } catch (ConflictException e) {
            Notifications.error(getTranslation("assessment.conflict", change.code()));
            detail = assessmentReads.detail(detail.assessment().getId());
            card.show(answer(change.code()));
        } catch (InvalidRequestException | ForbiddenException e) {
            Notifications.refused(e);
            card.show(answer(change.code()));
        }
    }

    private void refreshProgress() {
        for (EssentialSection section : detail.template().essentials()) {
            essentialTabs.get(section.number()).setLabel(progressLabel(section));
        }
    }

    private String progressLabel(EssentialSection section) {
        long answered = section.questions().stream()
                .filter(q -> answer(q.code()) != null)
                .count();
        return getTranslation(
                "assessment.essentialTab",
                section.number(),
                answered,
                section.questions().size());
    }

    private Answer answer(String code) {
        return detail.answers().stream()
                .filter(x -> x.getQuestionCode().equals(code))
                .findFirst()
                .orElse(null);
    }

    private AssessmentResults results(FindingChanges findings) {
        List<EssentialScore> previous = assessmentReads
                .previousValidated(detail.assessment().getId())
                .map(AssessmentDetail::scores)
                .orElse(List.of());
        return new AssessmentResults(detail, previous, findings);
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("assessment.notFound")
                : detail.template().title(getLocale().getLanguage());
    }
}

package org.resilienceroadmap.assessment.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentFindings;
import org.resilienceroadmap.assessment.AssessmentEvidence;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.EssentialSection;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.UploadTexts;

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
    private final Map<String, QuestionCard> cards = new HashMap<>();
    private final Map<Integer, Tab> essentialTabs = new HashMap<>();
    /** Names people read, by username: the working group's, and any other answerer's as met. */
    private final Map<String, String> names = new HashMap<>();
    private AssessmentDetail detail;

    AssessmentView(AssessmentService assessments, AssessmentFindings assessmentFindings, AssessmentEvidence assessmentEvidence, AssessmentReads assessmentReads, org.resilienceroadmap.assessment.AssessmentWorkbook workbooks,
            org.resilienceroadmap.assessment.ScoreTasks scoreTasks) {
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
            int essential = event.getLocation().getQueryParameters().getSingleParameter("essential")
                    .map(Integer::valueOf).orElse(0);
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
        Paragraph facts = new Paragraph(facts(a));
        facts.setId("assessment-facts");
        add(new Anchor("jurisdictions/" + a.getJurisdictionId(), getTranslation("assessment.backToJurisdiction")),
                title, state, facts);
        if (!detail.template().complete()) {
            add(new Paragraph(getTranslation("assessment.partialTemplate", detail.template().basedOn())));
        }
        add(participants(a.getId(), a.getState() != AssessmentState.VALIDATED));
        add(workbookBar(a.getId(), a.getState() == AssessmentState.SCORING
                || a.getState() == AssessmentState.CONSOLIDATION));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("assessment-tabs");
        tabs.add(getTranslation("assessment.results"), results());
        boolean editable = a.getState() == AssessmentState.SCORING || a.getState() == AssessmentState.CONSOLIDATION;
        Map<Integer, String> notes = assessmentReads.returnNotes(a.getId());
        names.clear();
        assessmentReads.workingGroup(a.getId()).forEach(s -> names.put(s.username(), s.name()));
        boolean mayAddEvidence = assessmentEvidence.mayAddEvidence(a.getId());
        Map<String, List<org.resilienceroadmap.assessment.EvidenceFile>> evidence = assessmentEvidence.evidence(a.getId());
        for (EssentialSection section : detail.template().essentials()) {
            VerticalLayout questions = new VerticalLayout();
            questions.setPadding(false);
            questions.add(header(section, notes, language));
            for (var q : section.questions()) {
                QuestionCard card = new QuestionCard(q, language, editable, this::nameOf, this::save);
                card.show(answer(q.code()));
                card.addEvidence(new EvidenceList(assessmentEvidence, a.getId(), q.code(),
                        evidence.getOrDefault(q.code(), List.of()), mayAddEvidence));
                cards.put(q.code(), card);
                questions.add(card);
            }
            if (a.getState() == AssessmentState.CONSOLIDATION) {
                questions.add(new H3(getTranslation("assessment.addFindingHere")),
                        new FindingEditor(null, section.number(), "-" + section.number(), this::saveFinding));
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
        return new EssentialHeader(new EssentialHeader.Facts(n, scorer == null ? null : nameOf(scorer),
                notes.get(n), mayMark, section.questions().size(), () -> assessmentReads.unanswered(id, n),
                () -> markScored(n)), language);
    }

    private String nameOf(String username) {
        return names.computeIfAbsent(username, assessmentReads::nameOf);
    }

    private void markScored(int essential) {
        try {
            scoreTasks.markScored(detail.assessment().getId(), essential);
            Notifications.success(getTranslation("assessment.markedScored", essential));
        } catch (ConflictException | ForbiddenException | InvalidRequestException | NotFoundException e) {
            Notifications.refused(e);
        }
        detail = assessmentReads.detail(detail.assessment().getId());
        render(essential);
    }

    /** Who took part; the chair adds people from the working group or free names with organisations. */
    private Div participants(Long id, boolean open) {
        var list = assessmentReads.participants(id);
        Div box = new Div(new Span(getTranslation("assessment.participants") + ": " + (list.isEmpty() ? "—"
                : String.join(", ", list.stream().map(p -> p.getOrganisation() == null ? p.getName()
                        : p.getName() + " (" + p.getOrganisation() + ")").toList()))));
        box.setId("participants");
        if (open) {
            var name = new com.vaadin.flow.component.textfield.TextField();
            name.setPlaceholder(getTranslation("assessment.participantName"));
            name.setId("participant-name");
            var organisation = new com.vaadin.flow.component.textfield.TextField();
            organisation.setPlaceholder(getTranslation("admin.organisation"));
            var add = new com.vaadin.flow.component.button.Button(getTranslation("assessment.addParticipant"), e -> {
                try {
                    String entered = name.getValue().strip();
                    boolean account = entered.matches("[a-z0-9][a-z0-9._-]{2,63}");
                    assessments.addParticipant(id, account ? entered : null, account ? null : entered,
                            organisation.getValue());
                    render(0);
                } catch (InvalidRequestException | ForbiddenException | ConflictException ex) {
                    Notifications.refused(ex);
                }
            });
            add.setId("add-participant");
            var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(name, organisation, add);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            box.add(row);
        }
        return box;
    }

    /** Download for offline workshops; upload of the filled workbook, previewed before import. */
    @SuppressWarnings("deprecation")
    private com.vaadin.flow.component.orderedlayout.HorizontalLayout workbookBar(Long id, boolean importable) {
        Anchor download = new Anchor("api/v1/assessments/" + id + "/workbook.xlsx?language=" + getLocale().getLanguage(),
                getTranslation("workbook.download"));
        download.getElement().setAttribute("download", true);
        download.setId("workbook-download");
        var bar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(download);
        bar.setAlignItems(Alignment.CENTER);
        bar.setWrap(true);
        if (importable) {
            var buffer = new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
            var upload = new com.vaadin.flow.component.upload.Upload(buffer);
            upload.setAcceptedFileTypes(".xlsx");
            upload.setMaxFileSize(5 * 1024 * 1024);
            upload.setDropLabel(new Span(getTranslation("workbook.drop")));
            upload.setId("workbook-upload");
            UploadTexts.apply(upload, this);
            upload.addSucceededListener(e -> {
                try {
                    byte[] file = buffer.getInputStream().readAllBytes();
                    var preview = workbooks.preview(id, file);
                    new WorkbookImportDialog(preview, () -> importWorkbook(id, file)).open();
                } catch (java.io.IOException | ForbiddenException ex) {
                    Notifications.refused(ex);
                }
                upload.clearFileList();
            });
            bar.add(upload);
        }
        return bar;
    }

    private void importWorkbook(Long id, byte[] file) {
        try {
            var done = workbooks.apply(id, file);
            Notifications.success(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("workbook.imported", done.changes().size(), getLocale()), done.changes().size()));
            detail = assessmentReads.detail(id);
            render(0);
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            Notifications.refused(e);
        }
    }

    private void saveFinding(FindingEditor.Edit edit) {
        try {
            assessmentFindings.saveFinding(detail.assessment().getId(), edit.findingId(), edit.essential(), edit.gap(),
                    edit.recommendation());
            Notifications.success(getTranslation("assessment.findingSaved"));
            detail = assessmentReads.detail(detail.assessment().getId());
            render(0);
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            Notifications.refused(e);
        }
    }

    private void changeFindings(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(getTranslation(done));
        } catch (InvalidRequestException | ConflictException | ForbiddenException | NotFoundException e) {
            Notifications.refused(e);
        }
        detail = assessmentReads.detail(detail.assessment().getId());
        render(0);
    }

    private void save(QuestionCard.Change change) {
        QuestionCard card = cards.get(change.code());
        try {
            Answer saved = assessments.answer(detail.assessment().getId(), change.code(), change.score(),
                    change.comment(), change.evidenceLink(), change.version());
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
        long answered = section.questions().stream().filter(q -> answer(q.code()) != null).count();
        return getTranslation("assessment.essentialTab", section.number(), answered, section.questions().size());
    }

    private Answer answer(String code) {
        return detail.answers().stream().filter(x -> x.getQuestionCode().equals(code)).findFirst().orElse(null);
    }

    private VerticalLayout results() {
        List<EssentialScore> previous = assessmentReads.previousValidated(detail.assessment().getId())
                .map(AssessmentDetail::scores).orElse(List.of());
        ScoreTable table = new ScoreTable(detail.scores());
        Paragraph completeness = new Paragraph(ScoreTable.completeness(this, detail.scores()));
        completeness.setId("completeness");
        boolean consolidating = detail.assessment().getState() == AssessmentState.CONSOLIDATION;
        var findings = new FindingsPanel(detail.findings(), consolidating, 1, new FindingsPanel.Actions() {
            @Override
            public void save(FindingEditor.Edit edit) {
                saveFinding(edit);
            }

            @Override
            public void dismiss(Finding finding) {
                changeFindings(() -> assessmentFindings.dismissFinding(detail.assessment().getId(), finding.getId()),
                        "assessment.findingDismissed");
            }

            @Override
            public void merge(Finding kept, Finding merged) {
                changeFindings(() -> assessmentFindings.mergeFindings(detail.assessment().getId(), kept.getId(),
                        merged.getId()), "assessment.findingsMerged");
            }
        });
        VerticalLayout box = new VerticalLayout(new ScoreChart(detail.scores(), previous, getLocale()));
        if (!previous.isEmpty()) {
            box.add(new Span(getTranslation("assessment.previousMarker")));
        }
        box.add(completeness, ScoreTable.overall(this, detail.scores()), table, findings);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("assessment.notFound")
                : detail.template().title(getLocale().getLanguage());
    }

    /** The template version and as much of the workshop as is known: never a dash for a day not yet set. */
    private String facts(org.resilienceroadmap.assessment.Assessment a) {
        String version = String.valueOf(a.getTemplateVersion());
        java.time.LocalDate start = a.getWorkshopStart();
        java.time.LocalDate end = a.getWorkshopEnd();
        if (start != null && end != null) {
            return start.equals(end) ? getTranslation("assessment.facts.workshopOn", version, day(start))
                    : getTranslation("assessment.facts.workshop", version, day(start), day(end));
        }
        if (start != null) {
            return getTranslation("assessment.facts.workshopFrom", version, day(start));
        }
        if (end != null) {
            return getTranslation("assessment.facts.workshopUntil", version, day(end));
        }
        return getTranslation("assessment.facts.template", version);
    }

    private String day(java.time.LocalDate day) {
        return org.resilienceroadmap.shared.Days.format(getLocale(), day);
    }
}

package org.resilienceroadmap.strategy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.DiffTable;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy pages: starting one, editing the draft with a safe preview, a colleague's newer save, the review task form. */
class StrategyViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyVersions strategyVersions;

    @Autowired
    StrategyDriver driver;

    @Autowired
    AssessmentDriver assessments;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    TaskInbox inbox;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    Clock clock;

    @Autowired
    StrategyReviewSteps reviewSteps;

    @Test
    void theChairStartsAStrategyAndTheGroupEditsItWithAnInertPreview() {
        TestCity city = fixtures.newCity();
        login(city.chair());
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/strategies");
        _setValue(_get(TextField.class, spec -> spec.withId("new-strategy-title")), "Resilient city 2030");
        _click(_get(Button.class, spec -> spec.withId("create-strategy")));
        assertThat(_get(H1.class, spec -> spec.withId("strategy-title")).getText())
                .isEqualTo("Resilient city 2030");

        _setValue(
                _get(TextArea.class, spec -> spec.withId("draft-content")),
                "## Early warning\n\n<script>alert(1)</script> [x](javascript:alert(2))");
        String preview = _get(Div.class, spec -> spec.withId("draft-preview"))
                .getElement()
                .getChild(0)
                .getOuterHTML();
        assertThat(preview).contains("<h2>Early warning</h2>").contains("&lt;script&gt;");
        org.resilienceroadmap.support.InertHtml.assertInert(preview);
        _click(_get(Button.class, spec -> spec.withId("add-objective")));
        _setValue(_get(TextField.class, spec -> spec.withId("objective-title-0")), "Warn every district");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        Strategy saved =
                as(city.chair(), () -> strategies.ofJurisdiction(city.id())).get(0);
        assertThat(saved.getContent()).startsWith("## Early warning");
        assertThat(saved.getObjectives())
                .extracting(StrategyObjective::getTitle)
                .containsExactly("Warn every district");
        assertThat(saved.getEditors()).containsExactly(city.chair());
    }

    @Test
    void showsAColleaguesNewerSaveInsteadOfOverwritingIt() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        login(city.member());
        UI.getCurrent().navigate("strategies/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withId("draft-content")), "The member's text");

        driver.draft(id, city.chair(), "The chair's text");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        Dialog conflict = _get(Dialog.class, spec -> spec.withId("draft-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(as(city.member(), () -> strategies.detail(id)).strategy().getContent())
                .isEqualTo("The chair's text");
        _click(_get(conflict, Button.class, spec -> spec.withId("conflict-keep-mine")));
        assertThat(as(city.member(), () -> strategies.detail(id)).strategy().getContent())
                .isEqualTo("The member's text");
    }

    @Test
    void theReviewTaskShowsTheVersionItsObjectivesAndTheThread() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Strategy\n\n## Floods\n\nDikes.");
        driver.submit(id, city.chair(), List.of(city.member()));
        String task = driver.task(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW)
                .id();

        login(city.member());
        UI.getCurrent().navigate("tasks/" + task);
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("version-1")))
                .hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("version-comment")), "Name the districts");
        _click(_get(Button.class, spec -> spec.withId("add-version-comment")));
        assertThat(as(city.member(), () -> strategies.detail(id)).comments())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getAuthor()).isEqualTo(city.member());
                    assertThat(c.getBody()).isEqualTo("Name the districts");
                });
        assertThat(_find(Button.class, spec -> spec.withId("outcome-request-changes")))
                .hasSize(1);
    }

    /** Issue 16: the dialog named reviewers by username, offered the chair, forgot the last round and only turned red. */
    @Test
    void theSubmitDialogNamesTheGroupWithoutTheChairPicksTheLastRoundAgainAndSaysWhatIsMissing() {
        TestCity city = fixtures.newCity();
        String named = namedMember(city, "Zoran Đorđević");
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Strategy\n\nDikes.");
        driver.submit(id, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "request-changes", "Name the dikes");
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "request-changes", "Agreed");

        login(city.chair());
        UI.getCurrent().navigate("strategies/" + id);
        _click(_get(Button.class, spec -> spec.withId("submit-strategy")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SubmissionChoices.Reviewer> reviewers =
                _get(MultiSelectComboBox.class, spec -> spec.withId("submit-reviewers"));
        assertThat(reviewers
                        .getListDataView()
                        .getItems()
                        .map(r -> reviewers.getItemLabelGenerator().apply(r)))
                .containsExactlyInAnyOrder("Zoran Đorđević", city.member());
        assertThat(reviewers.getValue())
                .extracting(SubmissionChoices.Reviewer::username)
                .as("the last round's reviewer, picked again")
                .containsExactly(city.member());
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("submit-due"));
        assertThat(due.getValue()).isEqualTo(Days.today(clock).plusDays(14));

        reviewers.clear();
        due.clear();
        _click(_get(Button.class, spec -> spec.withId("submit-confirm")));
        assertThat(_get(Div.class, spec -> spec.withId("submit-missing"))
                        .getElement()
                        .getTextRecursively())
                .contains("Pick at least one reviewer.")
                .contains("Pick the day the reviews are due.");
        assertThat(as(city.chair(), () -> strategies.detail(id)).versions()).hasSize(1);

        reviewers.setValue(reviewers
                .getListDataView()
                .getItems()
                .filter(r -> r.username().equals(named))
                .toList());
        due.setValue(Days.today(clock).plusDays(14));
        _click(_get(Button.class, spec -> spec.withId("submit-confirm")));
        StrategyVersion second = as(city.chair(), () -> strategyVersions.version(id, 2));
        assertThat(second.getReviewers()).containsExactly(named);
        assertThat(Days.dueDay(second.getReviewDue()))
                .as("the day shown is the day stored")
                .isEqualTo(Days.today(clock).plusDays(14));
    }

    @Test
    void theApprovalTaskShowsTheVersionWhatChangedSinceTheLastAndTheReviewsByName() {
        TestCity city = fixtures.newCity();
        String named = namedMember(city, "Jelena Marković");
        Long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Strategy\n\nDikes along the river.");
        driver.submit(id, city.chair(), List.of(named));
        driver.decide(named, city.id(), StrategyReviewProcess.TASK_REVIEW, "request-changes", "Pumps too");
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "request-changes", "Agreed");
        driver.draft(id, city.member(), "# Strategy\n\nDikes and pumping stations along the river.");
        String chair = named(city, "Milica Jovanović", Role.CHAIR);
        driver.submit(id, chair, List.of(named));
        driver.decide(named, city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", "Pumps are in now");
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);

        login(city.coordinator());
        UI.getCurrent()
                .navigate("tasks/"
                        + driver.task(city.coordinator(), city.id(), StrategyReviewProcess.TASK_APPROVE)
                                .id());
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("version-2")))
                .hasSize(1);
        String diff = _get(DiffTable.class, spec -> spec.withId("task-version-diff"))
                .getElement()
                .getTextRecursively();
        assertThat(diff)
                .contains("Version 1")
                .contains("Version 2")
                .contains("Dikes along the river.")
                .contains("pumping stations");
        assertThat(diff)
                .as("the objectives' ties in words")
                .contains("[Essentials 2 and 9]")
                .doesNotContain("E 2, 9", " · H ", " · F ");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("strategy-review")))
                .extracting(Paragraph::getText)
                .containsExactly("Jelena Marković · Approve — Pumps are in now");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("version-2"))
                        .getElement()
                        .getTextRecursively())
                .as("the submitter by name")
                .contains("Submitted by Milica Jovanović")
                .doesNotContain(chair);
    }

    @Test
    void theStageBGateTaskShowsTheAdoptedStrategyItsAdoptionRecordAndObjectives() {
        TestCity city = fixtures.newCity();
        as(city.coordinator(), () -> roadmap.join(city.id(), LocalDate.of(2024, 3, 1)));
        assessments.passAssessment(city.id(), city.chair(), city.coordinator());
        completeRoadmapTask(city.coordinator(), city.id(), "Task_StageAGate", "approve");
        Long id = driver.adopt(city.id(), city.chair(), city.member(), city.coordinator());

        login(city.coordinator());
        UI.getCurrent()
                .navigate("tasks/"
                        + roadmapTask(city.coordinator(), city.id(), "Task_StageBGate")
                                .id());
        String shown = _get(VerticalLayout.class, spec -> spec.withId("adopted-strategy"))
                .getElement()
                .getTextRecursively();
        assertThat(shown)
                .contains(as(city.coordinator(), () -> strategies.detail(id))
                        .strategy()
                        .getTitle())
                .contains("No. 42")
                .contains("City council")
                .contains("Early warning for every district");
        assertThat(_get(Anchor.class, spec -> spec.withId("adoption-document")).getHref())
                .isEqualTo("api/v1/strategies/" + id + "/adoption/document");
        assertThat(_get(Anchor.class, spec -> spec.withId("adopted-strategy-title"))
                        .getHref())
                .isEqualTo("strategies/" + id);

        LocalDate adoptedOn = LocalDate.now(Days.ZONE);
        UI.getCurrent().navigate("strategies/" + id, QueryParameters.of("tab", "timeline"));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("strategy-timeline"))
                        .getElement()
                        .getTextRecursively())
                .as("the adoption in words, its day as the reader writes it")
                .contains("Decision No. 42 of " + Days.format(java.util.Locale.ENGLISH, adoptedOn) + ", City council")
                .doesNotContain(adoptedOn.toString());
    }

    @Test
    void aStrategyTheRoadmapOpenedNamesThePersonWhoseDecisionOpenedItAndItsFirstVersionIsThePeoplesOwn() {
        TestCity city = fixtures.newCity();
        String chair = named(city, "Dilnoza Karimova", Role.CHAIR);
        String coordinator = named(city, "Zarina Sharipova", Role.COORDINATOR);
        Long id =
                reviewSteps.openForRoadmap(city.id(), "no-process", coordinator).strategyId();

        assertThat(as(chair, () -> strategies.detail(id)).strategy().getCreatedBy())
                .as("opened by a person, not a system account")
                .isEqualTo(coordinator);
        login(chair);
        UI.getCurrent().navigate("strategies/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("last-saved")).getText())
                .startsWith("Opened by Zarina Sharipova when stage B began")
                .contains("not saved yet");
        UI.getCurrent().navigate("strategies/" + id, QueryParameters.of("tab", "timeline"));
        String timeline = _get(VerticalLayout.class, spec -> spec.withId("strategy-timeline"))
                .getElement()
                .getTextRecursively();
        assertThat(timeline)
                .contains("Zarina Sharipova · started")
                .doesNotContain("Automatically", " roadmap ", "roadmap stage B");

        driver.draft(id, chair, "# Strategy\n\nWarn every district.");
        String reviewer = namedMember(city, "Jelena Marković");
        driver.submit(id, chair, List.of(reviewer));
        assertThat(as(chair, () -> strategyVersions.version(id, 1)).getAuthors())
                .as("version 1's authors")
                .containsExactly(chair);
        UI.getCurrent()
                .navigate(
                        "strategies/" + id,
                        QueryParameters.simple(java.util.Map.of("tab", "versions", "version", "1")));
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("version-1"))
                        .getElement()
                        .getTextRecursively())
                .contains("Submitted by Dilnoza Karimova")
                .contains("Essentials 2 and 9")
                .doesNotContain(chair);
        UI.getCurrent().navigate("strategies/" + id, QueryParameters.of("tab", "timeline"));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("strategy-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("Dilnoza Karimova · submitted · Version 1 · now In review")
                .contains("Reviewers: Jelena Marković")
                .doesNotContain(chair)
                .doesNotContain(reviewer)
                .doesNotContain("→");

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("strategies/" + id, QueryParameters.of("tab", "timeline"));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("strategy-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("Zarina Sharipova · начата")
                .doesNotContain("Автоматически", " roadmap ");
    }

    private String namedMember(TestCity city, String name) {
        return named(city, name, Role.MEMBER);
    }

    private String named(TestCity city, String name, Role role) {
        String username =
                "named." + role.name().toLowerCase() + "." + city.code().toLowerCase();
        var p = people.create(new NewPerson(username, name, null, "City", "en"), passwords.hash("demo"), false);
        people.addMembership(p.getId(), role, city.id(), null);
        return username;
    }

    private TaskItem roadmapTask(String who, Long jurisdictionId, String key) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.processKey().equals("roadmap")
                        && t.taskKey().equals(key)
                        && jurisdictionId.equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
    }

    private void completeRoadmapTask(String who, Long jurisdictionId, String key, String outcome) {
        TaskItem task = roadmapTask(who, jurisdictionId, key);
        // Overrides the gate's checklist: this test is about the page, not the checklist.
        as(who, () -> inbox.complete(task.id(), outcome, null, java.util.Map.of("overrideReason", "Page test")));
    }

    @Test
    void showsNothingToAKraljevoChair() {
        TestCity city = fixtures.newCity();
        Long id = driver.current(city.id(), city.chair()).getId();
        login("chair.kraljevo");
        UI.getCurrent().navigate("strategies/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("This strategy does not exist or is not yours to see.");
        UI.getCurrent().navigate("jurisdictions/" + city.id() + "/strategies");
        assertThat(_find(Button.class, spec -> spec.withId("create-strategy"))).isEmpty();
    }
}

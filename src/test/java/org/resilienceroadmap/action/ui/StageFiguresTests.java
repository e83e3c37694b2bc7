package org.resilienceroadmap.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.Evidence;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.KaribuTest;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stage-C gate's figures count the approved plan: approved = on track + overdue + completed; a
 * proposal not yet approved, even past its due date, is none of them.
 */
class StageFiguresTests extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(Days.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Test
    void countsTheApprovedPlanOnlyAndItsFiguresAddUp() {
        TestCity city = fixtures.newCity();
        Long strategy = driver.adoptedStrategy(city);
        driver.approved(city, strategy, "Sirens", TODAY.plusMonths(6));
        driver.approved(city, strategy, "Flood gauges", TODAY.minusDays(3));
        Action done = driver.approved(city, strategy, "Evacuation maps", TODAY.plusMonths(6));
        SignedIn.as(
                city.member(),
                () -> actionProgress.claimCompletion(
                        done.getId(), "Printed and posted", List.of(new Evidence("maps.pdf", StrategyDriver.PDF))));
        driver.propose(city, strategy, "School drills", TODAY.minusDays(3));

        login(ActionDriver.COORDINATOR);
        StageFigures figures = new StageFigures(actions, city.id());
        assertThat(figure(figures, "approved")).isEqualTo("3");
        assertThat(figure(figures, "onTrack")).isEqualTo("1");
        assertThat(figure(figures, "overdue"))
                .as("the late proposal is not part of the approved plan")
                .isEqualTo("1");
        assertThat(figure(figures, "completed")).isEqualTo("1");
    }

    private static String figure(StageFigures figures, String name) {
        return _get(figures, Span.class, spec -> spec.withId("figure-" + name)).getText();
    }
}

package org.resilienceroadmap.workflow;

import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.SignedIn;

/** A fresh plan of proposed actions ("Siren 0", "Siren 1", …) the chair accepted, and their approval tasks, for the bulk tests. */
final class Approvals {

    private Approvals() {}

    static List<Action> plan(ActionDriver actions, ActionService service, TestCity city, int size) {
        Long strategy = actions.adoptedStrategy(city);
        Long objective = actions.objectiveOf(strategy, city.member());
        List<Action> plan = SignedIn.as(
                city.member(),
                () -> service.proposeAll(
                        strategy,
                        IntStream.range(0, size)
                                .mapToObj(i -> actions.spec(
                                        objective,
                                        city.member(),
                                        "Siren " + i,
                                        LocalDate.now(Days.ZONE).plusYears(1)))
                                .toList()));
        // The working group accepts each first; 60,000 EUR of local money then waits for the national coordinator.
        plan.forEach(a -> actions.accept(city, a.getId()));
        return plan;
    }

    static List<String> tasks(ActionDriver actions, List<Action> plan) {
        return plan.stream()
                .map(a -> actions.task(COORDINATOR, a.getId(), "Task_ApproveAction")
                        .id())
                .toList();
    }

    /** A second coordinator of the city, who has claimed this task: the one a bulk request finds taken. */
    static String takenByColleague(Fixtures fixtures, TaskInbox inbox, TestCity city, String taskId) {
        String colleague = fixtures.anotherAccount(city, Role.COORDINATOR);
        SignedIn.as(colleague, () -> inbox.claim(taskId));
        return colleague;
    }
}

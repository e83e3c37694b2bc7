package org.resilienceroadmap.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.AdoptionRecord;
import org.resilienceroadmap.strategy.DraftEdit;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.strategy.StrategyVersion;
import org.resilienceroadmap.strategy.Submission;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.boot.test.context.TestComponent;

/**
 * Walks a jurisdiction's strategy through its review as its people would — the chair drafts and
 * submits, the member reviews, the chair sends it on, the coordinator approves, the chair records
 * the adoption — for tests whose subject is a step of it or what comes after.
 */
@TestComponent
public class StrategyDriver {

    /** The smallest file that is a PDF by its first bytes. */
    public static final byte[] PDF =
            "%PDF-1.4\n%signed decision\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final StrategyService strategies;
    private final StrategyAdoptions adoptions;
    private final TaskInbox inbox;

    public StrategyDriver(StrategyService strategies, StrategyAdoptions adoptions, TaskInbox inbox) {
        this.strategies = strategies;
        this.adoptions = adoptions;
        this.inbox = inbox;
    }

    /** The jurisdiction's strategy in progress, started by the chair if there is none. */
    public Strategy current(Long jurisdictionId, String chair) {
        return SignedIn.as(
                chair,
                () -> strategies.ofJurisdiction(jurisdictionId).stream()
                        .filter(s -> s.getState().isInProgress())
                        .findFirst()
                        .orElseGet(() -> strategies.create(
                                jurisdictionId,
                                "Test strategy",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2030, 12, 31))));
    }

    public Strategy draft(Long strategyId, String editor, String content) {
        return SignedIn.as(editor, () -> {
            Strategy s = strategies.detail(strategyId).strategy();
            return strategies.saveDraft(
                    strategyId,
                    new DraftEdit(
                            s.getTitle(),
                            s.getPeriodStart(),
                            s.getPeriodEnd(),
                            content,
                            List.of(new ObjectiveDraft(
                                    null, "Early warning for every district", List.of(2, 9), List.of(), List.of())),
                            s.getVersion()));
        });
    }

    public StrategyVersion submit(Long strategyId, String chair, List<String> reviewers) {
        return SignedIn.as(
                chair,
                () -> strategies.submit(
                        strategyId,
                        new Submission(
                                reviewers,
                                null,
                                strategies.detail(strategyId).strategy().getVersion())));
    }

    /** Completes the open strategy-review task of this key that {@code who} may act on. */
    public void decide(String who, Long jurisdictionId, String taskKey, String outcome, String comment) {
        TaskItem task = task(who, jurisdictionId, taskKey);
        SignedIn.as(who, () -> {
            inbox.complete(task.id(), outcome, comment, Map.of());
            return null;
        });
    }

    public TaskItem task(String who, Long jurisdictionId, String taskKey) {
        return SignedIn.as(who, inbox::openTasks).stream()
                .filter(t -> t.processKey().equals("strategy-review")
                        && t.taskKey().equals(taskKey)
                        && jurisdictionId.equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey));
    }

    public void recordAdoption(Long strategyId, String chair) {
        SignedIn.as(
                chair,
                () -> adoptions.record(
                        strategyId,
                        new AdoptionRecord("No. 42", LocalDate.now(Days.ZONE), "City council"),
                        "decision.pdf",
                        PDF));
    }

    /** The whole way from the current draft to adoption, approved by {@code coordinator}. */
    public Long adopt(Long jurisdictionId, String chair, String member, String coordinator) {
        Long id = current(jurisdictionId, chair).getId();
        draft(id, chair, "# Strategy\n\nReduce flood and earthquake risk.");
        submit(id, chair, List.of(member));
        decide(member, jurisdictionId, "Task_ReviewVersion", "approve", null);
        decide(chair, jurisdictionId, "Task_ConsolidateReview", "send-for-approval", null);
        decide(coordinator, jurisdictionId, "Task_ApproveStrategy", "approve", null);
        recordAdoption(id, chair);
        return id;
    }
}

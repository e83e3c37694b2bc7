package org.resilienceroadmap.assessment;

import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.stereotype.Service;

/**
 * The score task of one Essential, as the scoring page offers it: the working group's member who may
 * act on it marks the Essential scored there. The task inbox completes it, with its own checks of who
 * may (candidate or assignee, scope) and of a task completed meanwhile.
 */
@Service
public class ScoreTasks {

    private final TaskInbox inbox;
    private final AssessmentReads assessments;
    private final CurrentUser currentUser;

    ScoreTasks(TaskInbox inbox, AssessmentReads assessments, CurrentUser currentUser) {
        this.inbox = inbox;
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    /** The open score task of this Essential that the caller may complete, if there is one. */
    public Optional<TaskItem> openFor(Long assessmentId, int essential) {
        String subject = String.valueOf(assessmentId);
        var me = currentUser.scope();
        return inbox.openTasks().stream()
                .filter(t -> AssessmentProcess.KEY.equals(t.processKey())
                        && AssessmentProcess.TASK_SCORE.equals(t.taskKey())
                        && subject.equals(t.subjectId())
                        && t.nameArgument() instanceof Number n
                        && n.intValue() == essential)
                .filter(t -> inbox.mayAct(t, me))
                .findFirst();
    }

    /** Marks the Essential scored: its score task is done. A 409 when there is none open for the caller. */
    public void markScored(Long assessmentId, int essential) {
        assessments.detailForScoring(assessmentId);
        TaskItem task = openFor(assessmentId, essential)
                .orElseThrow(() -> new ConflictException("Essential " + essential
                        + " has no open score task for you; it may have been marked scored meanwhile"));
        inbox.complete(task.id(), "done", null, Map.of());
    }
}

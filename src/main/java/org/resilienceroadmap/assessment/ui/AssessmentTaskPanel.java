package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * What the assessment's tasks show on the task page: the chair's choice of scorers, the scorer's
 * Essential with what the coordinator asked of it, the results a validation and the roadmap's
 * stage-A gate decide on, with the return per Essential on the validation.
 */
@org.springframework.stereotype.Component
class AssessmentTaskPanel implements TaskPanel {

    /** The roadmap's stage-A gate approves the validated assessment (named here: the roadmap is not a dependency). */
    static final String ROADMAP = "roadmap";

    static final String STAGE_A_GATE = "Task_StageAGate";

    private final AssessmentReads assessments;
    private final AssessmentService commands;

    AssessmentTaskPanel(AssessmentReads assessments, AssessmentService commands) {
        this.assessments = assessments;
        this.commands = commands;
    }

    @Override
    public boolean supports(TaskItem task) {
        return AssessmentProcess.KEY.equals(task.processKey())
                        && List.of(
                                        AssessmentProcess.TASK_ASSIGN,
                                        AssessmentProcess.TASK_SCORE,
                                        AssessmentProcess.TASK_VALIDATE)
                                .contains(task.taskKey())
                || ROADMAP.equals(task.processKey()) && STAGE_A_GATE.equals(task.taskKey());
    }

    @Override
    public Component create(TaskItem task) {
        if (ROADMAP.equals(task.processKey())) {
            return stageGate(task.jurisdictionId());
        }
        Long id = Long.valueOf(task.subjectId());
        return switch (task.taskKey()) {
            case AssessmentProcess.TASK_ASSIGN -> new AssignmentForm(commands, assessments, id);
            case AssessmentProcess.TASK_SCORE -> scoreTask(id, ((Number) task.nameArgument()).intValue());
            default -> new ValidationForm(assessments.detail(id), previous(id));
        };
    }

    private Component scoreTask(Long id, int essential) {
        Div box = new Div();
        box.setId("score-task");
        Anchor open = new Anchor(
                "assessments/" + id + "?essential=" + essential,
                box.getTranslation("assessment.openScoring", essential));
        open.setId("open-essential");
        box.add(open);
        String note = assessments.returnNotes(id).get(essential);
        if (note != null) {
            Paragraph returned = new Paragraph(box.getTranslation("assessment.returnNote", note));
            returned.setId("return-note");
            returned.addClassName("return-note");
            box.add(returned);
        }
        int unanswered = assessments.unanswered(id, essential).size();
        int questions = assessments.detail(id).template().essentials().stream()
                .filter(e -> e.number() == essential)
                .findFirst()
                .map(e -> e.questions().size())
                .orElse(0);
        box.add(new Paragraph(box.getTranslation("assessment.completeness", unanswered, questions)));
        return box;
    }

    private Component stageGate(Long jurisdictionId) {
        Div box = new Div();
        box.add(new H3(box.getTranslation("assessment.gateAssessment")));
        box.setId("stage-gate-assessment");
        var latest = assessments.ofJurisdiction(jurisdictionId).stream()
                .filter(a -> a.getState() == AssessmentState.VALIDATED)
                .findFirst()
                .or(() -> assessments.ofJurisdiction(jurisdictionId).stream().findFirst());
        if (latest.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("assessment.noAssessment")));
            return box;
        }
        box.add(new ResultsSummary(
                assessments.detail(latest.get().getId()), previous(latest.get().getId())));
        return box;
    }

    private List<EssentialScore> previous(Long id) {
        return assessments.previousValidated(id).map(AssessmentDetail::scores).orElse(List.of());
    }
}

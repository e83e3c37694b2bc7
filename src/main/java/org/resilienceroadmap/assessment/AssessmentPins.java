package org.resilienceroadmap.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.workflow.PinTarget;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A coordinator's return of the assessment pins comments to its Essentials and questions; the working
 * group (members and chair) answers them before the chair submits it for validation again.
 */
@Component
class AssessmentPins implements PinTarget {

    private final AssessmentRepository assessments;
    private final ScorecardTemplates templates;
    private final AssessmentAccess access;
    private final MessageSource messages;

    AssessmentPins(
            AssessmentRepository assessments,
            ScorecardTemplates templates,
            AssessmentAccess access,
            MessageSource messages) {
        this.assessments = assessments;
        this.templates = templates;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return AssessmentService.SUBJECT_TYPE;
    }

    @Override
    public String collection() {
        return "assessments";
    }

    @Override
    public boolean returns(TaskItem task, String outcome) {
        return AssessmentProcess.KEY.equals(task.processKey())
                && AssessmentProcess.TASK_VALIDATE.equals(task.taskKey())
                && "return".equals(outcome);
    }

    /** Each Essential, then its questions: "Essential 2 · Identify…", "1.2 · Is there…". */
    @Override
    public List<PinItem> items(String subjectId, Locale locale) {
        Assessment assessment = assessments.findById(Long.valueOf(subjectId)).orElseThrow();
        List<PinItem> items = new ArrayList<>();
        for (EssentialSection section :
                templates.get(assessment.getTemplateId()).essentials()) {
            items.add(new PinItem(
                    "essential:" + section.number(),
                    messages.getMessage(
                            "pin.item.essential",
                            new Object[] {
                                section.number(), messages.getMessage("essential." + section.number(), null, locale)
                            },
                            locale)));
            for (ScorecardQuestion q : section.questions()) {
                items.add(new PinItem("question:" + q.code(), q.code() + " · " + q.text(locale.getLanguage())));
            }
        }
        return items;
    }

    @Override
    public boolean sees(String subjectId, UserScope me) {
        return assessments
                .findById(Long.valueOf(subjectId))
                .map(a -> me.sees(a.getJurisdictionId()))
                .orElse(false);
    }

    @Override
    public boolean answers(String subjectId, UserScope me) {
        return assessments
                .findById(Long.valueOf(subjectId))
                .map(a -> access.inWorkingGroup(me, a.getJurisdictionId()))
                .orElse(false);
    }
}

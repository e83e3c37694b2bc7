package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.workflow.PinTarget;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A sign-off refused ("return": compile it again) pins comments to the report's sections; the
 * programme's coordinators, who write its narrative, answer them before it is signed off and goes
 * to the donor.
 */
@Component
class DonorReportPins implements PinTarget {

    /** The narrative, then the sections of the compiled picture in the order the report shows them. */
    static final List<String> SECTIONS =
            List.of("narrative", "funnel", "indicators", "progress", "spending", "overdue", "decisions");

    private final DonorReportRepository reports;
    private final ProgrammeAccess access;
    private final MessageSource messages;

    DonorReportPins(DonorReportRepository reports, ProgrammeAccess access, MessageSource messages) {
        this.reports = reports;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return DonorReportSteps.SUBJECT_TYPE;
    }

    @Override
    public String collection() {
        return "donor-reports";
    }

    @Override
    public boolean returns(TaskItem task, String outcome) {
        return DonorReportProcess.KEY.equals(task.processKey())
                && DonorReportProcess.TASK_SIGN_OFF.equals(task.taskKey())
                && "return".equals(outcome);
    }

    @Override
    public List<PinItem> items(String subjectId, Locale locale) {
        return SECTIONS.stream()
                .map(s -> new PinItem(
                        "section:" + s,
                        messages.getMessage(
                                "narrative".equals(s) ? "pin.report.narrative" : "funding.section." + s, null, locale)))
                .toList();
    }

    /** Those who read the whole programme read its reports, as on the report's page. */
    @Override
    public boolean sees(String subjectId, UserScope me) {
        return reports.findById(Long.valueOf(subjectId))
                .map(r -> {
                    try {
                        return access.readable(me, r.getProgrammeId()).whole();
                    } catch (NotFoundException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    /** The coordinators who manage the programme: they write the narrative and sign it off. */
    @Override
    public boolean answers(String subjectId, UserScope me) {
        return reports.findById(Long.valueOf(subjectId))
                .map(r -> !me.has(org.resilienceroadmap.directory.Role.DONOR)
                        && access.mayManage(me, access.whole(r.getProgrammeId()).programme()))
                .orElse(false);
    }
}

package org.resilienceroadmap.funding;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Report tasks show "Report n · programme" and open the report's page. */
@Component
class DonorReportSubjectLink implements TaskSubjectLink {

    private final DonorReportRepository reports;
    private final ProgrammeDirectory programmes;
    private final MessageSource messages;

    DonorReportSubjectLink(DonorReportRepository reports, ProgrammeDirectory programmes, MessageSource messages) {
        this.reports = reports;
        this.programmes = programmes;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return DonorReportSteps.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        if (subjectId == null || subjectId.isEmpty()) {
            return "";
        }
        return reports.findById(Long.valueOf(subjectId))
                .map(r -> messages.getMessage(
                        "funding.report.subject",
                        new Object[] {
                            r.getNumber(), programmes.get(r.getProgrammeId()).getTitle()
                        },
                        locale))
                .orElse(subjectId);
    }

    @Override
    public String route(TaskItem task) {
        return "donor-reports/" + task.subjectId();
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("donor-reports/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/donor-reports/" + task.subjectId());
    }
}

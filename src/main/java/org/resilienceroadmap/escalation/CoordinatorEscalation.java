package org.resilienceroadmap.escalation;

import java.util.List;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's task waits too long: first the coordinators nearest the city (of the first level above it
 * that has any) are reminded; later the coordinators of the next level up with any are told. Each step is
 * audited on the task's subject and told in the reader's language.
 */
@Service
public class CoordinatorEscalation {

    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final Notifier notifier;
    private final AuditLog audit;

    CoordinatorEscalation(
            PeopleDirectory people, JurisdictionDirectory jurisdictions, Notifier notifier, AuditLog audit) {
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.notifier = notifier;
        this.audit = audit;
    }

    @Transactional
    public void remind(WaitingTask task) {
        List<List<String>> levels = coordinatorLevels(task.jurisdictionId());
        tell(task, "remind", levels.isEmpty() ? List.of() : levels.get(0));
    }

    /** To the level above the nearest; a task already at the top level has nobody above, which the audit says. */
    @Transactional
    public void escalate(WaitingTask task) {
        List<List<String>> levels = coordinatorLevels(task.jurisdictionId());
        tell(task, "escalate", levels.size() < 2 ? List.of() : levels.get(1));
    }

    private List<List<String>> coordinatorLevels(Long jurisdictionId) {
        return people.coordinatorLevels(jurisdictions.ancestryIds(jurisdictionId));
    }

    private void tell(WaitingTask task, String step, List<String> told) {
        audit.record(new AuditEntry(
                        "engine",
                        task.subjectType(),
                        task.subjectId(),
                        "escalation:" + step,
                        task.taskKey(),
                        task.taskKey(),
                        told.isEmpty() ? "nobody to tell" : "told " + String.join(", ", told))
                .in(task.jurisdictionId()));
        String city = jurisdictions.get(task.jurisdictionId()).getName();
        notifier.notify(told, new Notice(task.noticeKey(step), List.of(city), "tasks/" + task.taskId()));
    }
}

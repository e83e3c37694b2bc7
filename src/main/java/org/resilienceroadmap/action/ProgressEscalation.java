package org.resilienceroadmap.action;

import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A progress report nobody wrote: the owner is reminded, then the city's chair is told, then the
 * coordinators of the nearest level that has any. Each step tells its people (in their language, through
 * the notifier) and leaves an audit entry; {@code action.bpmn} decides when, and that each happens once.
 */
@Service
public class ProgressEscalation {

    private final ActionRepository actions;
    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final Notifier notifier;
    private final AuditLog audit;

    ProgressEscalation(
            ActionRepository actions,
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            Notifier notifier,
            AuditLog audit) {
        this.actions = actions;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.notifier = notifier;
        this.audit = audit;
    }

    @Transactional
    public void remindOwner(Long actionId) {
        Action action = get(actionId);
        step(action, "action:progress-remind", "action.notice.progressReminder", List.of(action.getOwner()));
    }

    @Transactional
    public void escalateToChair(Long actionId) {
        Action action = get(actionId);
        List<String> chairs = people.usernames(List.of(action.getJurisdictionId()), Set.of(Role.CHAIR));
        step(action, "action:progress-chair", "action.notice.progressToChair", chairs);
    }

    /** The coordinators nearest the city: those of the first level above it that has any. */
    @Transactional
    public void escalateToCoordinators(Long actionId) {
        Action action = get(actionId);
        List<List<String>> levels = people.coordinatorLevels(jurisdictions.ancestryIds(action.getJurisdictionId()));
        List<String> coordinators = levels.isEmpty() ? List.of() : levels.get(0);
        step(action, "action:progress-coordinator", "action.notice.progressToCoordinator", coordinators);
    }

    private void step(Action action, String what, String noticeKey, List<String> told) {
        audit.record(new AuditEntry(
                        "engine",
                        ActionService.SUBJECT_TYPE,
                        String.valueOf(action.getId()),
                        what,
                        action.getStatus().name(),
                        action.getStatus().name(),
                        told.isEmpty() ? "nobody to tell" : "told " + String.join(", ", told))
                .in(action.getJurisdictionId()));
        notifier.notify(told, new Notice(noticeKey, List.of(action.getTitle()), "actions/" + action.getId()));
    }

    private Action get(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
    }
}

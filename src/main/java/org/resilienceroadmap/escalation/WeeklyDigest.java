package org.resilienceroadmap.escalation;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest of one person: the tasks waiting for them and the overdue actions of the cities in their
 * scope, read exactly as they would see them signed in (the inbox's and the register's own scope rules), in
 * their language. Who receives it: enabled people with an address who have not switched it off.
 */
@Service
public class WeeklyDigest {

    /** Lines of each list in the mail; the rest is counted and linked. */
    static final int SHOWN = 20;

    private static final ActionFilter OVERDUE = new ActionFilter(null, null, null, true, null, null, null, null);

    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final TaskInbox inbox;
    private final ActionService actions;
    private final MessageSource messages;

    WeeklyDigest(
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            TaskInbox inbox,
            ActionService actions,
            MessageSource messages) {
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.inbox = inbox;
        this.actions = actions;
        this.messages = messages;
    }

    /** One line of a list: what to read and the route it links to. */
    public record Line(String text, String route) {}

    /** What one person's digest holds; the totals count what the lists leave out too. */
    public record Digest(List<Line> waiting, int waitingTotal, List<Line> overdue, long overdueTotal) {

        public boolean isEmpty() {
            return waitingTotal == 0 && overdueTotal == 0;
        }
    }

    /** The usernames a digest may go to: enabled, with an address, not switched off. */
    @Transactional(readOnly = true)
    public List<String> readers() {
        return people.findAll().stream()
                .filter(p -> p.isEnabled()
                        && p.wantsWeeklyDigest()
                        && p.getEmail() != null
                        && !p.getEmail().isBlank())
                .map(Person::getUsername)
                .sorted()
                .toList();
    }

    /** The person's digest as they would see it signed in, in their language. */
    @Transactional(readOnly = true)
    public Digest of(String username) {
        Person person = people.findByUsername(username).orElseThrow();
        Locale locale = Languages.of(person.getLanguage());
        return asReader(username, () -> {
            List<TaskItem> tasks = inbox.openTasks();
            Page<Action> late = actions.find(OVERDUE, PageRequest.of(0, SHOWN, Sort.by("dueDate", "id")));
            return new Digest(
                    tasks.stream().limit(SHOWN).map(t -> line(t, locale)).toList(),
                    tasks.size(),
                    late.getContent().stream().map(a -> line(a, locale)).toList(),
                    late.getTotalElements());
        });
    }

    private Line line(TaskItem task, Locale locale) {
        String name =
                messages.getMessage("task." + task.processKey() + "." + task.taskKey(), null, task.name(), locale);
        return new Line(
                messages.getMessage(
                        "digest.line.task", new Object[] {name, city(task.jurisdictionId(), locale)}, locale),
                "tasks/" + task.id());
    }

    private Line line(Action action, Locale locale) {
        return new Line(
                messages.getMessage(
                        "digest.line.overdue",
                        new Object[] {
                            action.getTitle(),
                            city(action.getJurisdictionId(), locale),
                            Days.format(locale, action.getDueDate())
                        },
                        locale),
                "actions/" + action.getId());
    }

    private String city(Long jurisdictionId, Locale locale) {
        return jurisdictionId == null
                ? ""
                : jurisdictions.get(jurisdictionId).names().in(locale);
    }

    /** Reads as the person: the services apply their scope, so nothing outside it can reach the mail. */
    private static <T> T asReader(String username, Supplier<T> read) {
        // A context of its own, never the job thread's: nothing of this reader outlives the read.
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(
                new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.NO_AUTHORITIES));
        SecurityContextHolder.setContext(reader);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}

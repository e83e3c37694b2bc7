package org.resilienceroadmap.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the feature's link for a task's subject and names the subject with its jurisdiction, and who holds it. */
@Component
public class TaskSubjects {

    private final List<TaskSubjectLink> links;
    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;

    TaskSubjects(List<TaskSubjectLink> links, JurisdictionDirectory jurisdictions, PeopleDirectory people) {
        this.links = links;
        this.jurisdictions = jurisdictions;
        this.people = people;
    }

    /**
     * The names people read for these usernames (an assignee, who took a task first), read once for all;
     * a username with no person behind it (an account since removed) is left out, never shown.
     */
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        people
                .findByUsernames(
                        usernames.stream().filter(Objects::nonNull).distinct().toList())
                .stream()
                .filter(p -> p.getDisplayName() != null && !p.getDisplayName().isBlank())
                .forEach(p -> names.put(p.getUsername(), p.getDisplayName()));
        return names;
    }

    /** The subject types some feature shows tasks of, e.g. {@code ACTION}, {@code ASSESSMENT}. */
    public List<String> subjectTypes() {
        return links.stream().map(TaskSubjectLink::subjectType).sorted().toList();
    }

    public Optional<TaskSubjectLink> linkFor(TaskItem task) {
        return linkFor(task.subjectType());
    }

    private Optional<TaskSubjectLink> linkFor(String subjectType) {
        return links.stream().filter(l -> l.subjectType().equals(subjectType)).findFirst();
    }

    /**
     * Subjects' titles and pages by their type and id as the audit log names them, each feature reading its
     * own subjects in one go (as for a list of tasks): named one at a time, a dashboard's newest decisions
     * made a read each. A subject of a type no feature shows, or one since removed, is absent.
     */
    @Transactional(readOnly = true)
    public Map<TaskSubjectLink.SubjectRef, Named> named(
            Collection<TaskSubjectLink.SubjectRef> subjects, Locale locale) {
        List<TaskSubjectLink.SubjectRef> known = subjects.stream()
                .filter(s -> s.subjectType() != null && s.subjectId() != null)
                .distinct()
                .toList();
        Map<String, Map<String, TaskSubjectLink.About>> about = about(known, locale);
        Map<TaskSubjectLink.SubjectRef, Named> named = new HashMap<>();
        for (TaskSubjectLink.SubjectRef subject : known) {
            TaskSubjectLink.About titled =
                    about.getOrDefault(subject.subjectType(), Map.of()).get(subject.subjectId());
            if (titled != null) {
                named.put(
                        subject,
                        new Named(
                                titled.title(),
                                linkFor(subject.subjectType())
                                        .flatMap(l -> l.page(subject.subjectId()))
                                        .orElse(null)));
            }
        }
        return named;
    }

    /**
     * The subjects named together, or, when one of them cannot be (a subject since removed, an id of
     * another form), one by one: that one is left unnamed and the rest are still named.
     */
    private static Map<String, TaskSubjectLink.About> aboutEach(
            TaskSubjectLink link, java.util.Set<String> ids, Locale locale) {
        try {
            return link.about(ids, locale);
        } catch (RuntimeException oneGone) {
            Map<String, TaskSubjectLink.About> about = new HashMap<>();
            for (String id : ids) {
                try {
                    about.putAll(link.about(List.of(id), locale));
                } catch (RuntimeException gone) {
                    // Listed without a name.
                }
            }
            return about;
        }
    }

    /** A subject as a reader meets it: its title (empty when its jurisdiction is the subject) and its page. */
    public record Named(String title, String page) {}

    /** "Kraljevo · Flood early warning for the Ibar". */
    public String title(TaskItem task, Locale locale) {
        return describe(task, locale).line();
    }

    @Transactional(readOnly = true)
    public TaskSubject describe(TaskItem task, Locale locale) {
        return describe(List.of(task), locale).get(0);
    }

    /**
     * Each task's subject: the jurisdictions, each feature's subjects and the plans they belong to read
     * once for all of the tasks (a read or two per task was most of a country coordinator's arrival at
     * the inbox: docs/BENCHMARKS.md, change 34); in one read-only transaction, so a list of tasks holds
     * one database connection.
     */
    @Transactional(readOnly = true)
    public List<TaskSubject> describe(List<TaskItem> tasks, Locale locale) {
        Map<String, Map<String, TaskSubjectLink.About>> about = about(
                tasks.stream()
                        .filter(t -> t.subjectType() != null && t.subjectId() != null)
                        .map(t -> new TaskSubjectLink.SubjectRef(t.subjectType(), t.subjectId()))
                        .toList(),
                locale);
        Map<String, Map<String, TaskSubjectLink.About>> plans = about(
                about.values().stream()
                        .flatMap(byId -> byId.values().stream())
                        .map(TaskSubjectLink.About::partOf)
                        .filter(Objects::nonNull)
                        .toList(),
                locale);
        Map<Long, String> places = new HashMap<>();
        jurisdictions
                .findAll(tasks.stream()
                        .map(TaskItem::jurisdictionId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(j -> places.put(j.getId(), place(j, locale)));
        return tasks.stream()
                .map(task -> {
                    String place = places.getOrDefault(task.jurisdictionId(), "");
                    Optional<TaskSubjectLink> link = linkFor(task);
                    if (link.isEmpty() || task.subjectId() == null) {
                        return new TaskSubject(task, place, Objects.toString(task.subjectId(), ""), null, null, null);
                    }
                    TaskSubjectLink.About subject =
                            about.get(task.subjectType()).get(task.subjectId());
                    if (subject == null) {
                        // A subject that could not be named: the task is still listed, under its id.
                        return new TaskSubject(
                                task, place, task.subjectId(), link.get().route(task), null, null);
                    }
                    TaskSubjectLink.SubjectRef plan = subject.partOf();
                    return new TaskSubject(
                            task,
                            place,
                            subject.title(),
                            link.get().route(task),
                            plan == null ? null : plan.key(),
                            plan == null
                                    ? null
                                    : Optional.ofNullable(plans.get(plan.subjectType()))
                                            .map(byId -> byId.get(plan.subjectId()))
                                            .map(TaskSubjectLink.About::title)
                                            .orElse(plan.subjectId()));
                })
                .toList();
    }

    /** The subjects of each type a feature shows, named by that feature at once: type, then id. */
    private Map<String, Map<String, TaskSubjectLink.About>> about(
            List<TaskSubjectLink.SubjectRef> subjects, Locale locale) {
        Map<String, Map<String, TaskSubjectLink.About>> about = new HashMap<>();
        subjects.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        TaskSubjectLink.SubjectRef::subjectType,
                        java.util.stream.Collectors.mapping(
                                TaskSubjectLink.SubjectRef::subjectId, java.util.stream.Collectors.toSet())))
                .forEach((type, ids) -> linkFor(type).ifPresent(l -> about.put(type, aboutEach(l, ids, locale))));
        return about;
    }

    /** A jurisdiction's name as a reader of this language writes it: "Душанбе", "Кралево" for Russian readers. */
    public static String place(Jurisdiction j, Locale locale) {
        return j.names().in(locale);
    }
}

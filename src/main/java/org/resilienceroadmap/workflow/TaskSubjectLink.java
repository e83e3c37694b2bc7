package org.resilienceroadmap.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a feature shows the subject of its tasks: its title and the exact place a task is done on.
 * The inbox puts the jurisdiction's name before the title ("Kraljevo · Flood early warning for the
 * Ibar"), so the title leaves it out. Each feature registers one bean per subject type it starts
 * processes for.
 */
public interface TaskSubjectLink {

    String subjectType();

    /** The subject's own title in the reader's language, without its jurisdiction; empty when the jurisdiction is the subject. */
    String title(String subjectId, Locale locale);

    /**
     * The route, relative to the application root, of the place the task is done on: the Essential
     * to score, the version under review, the adoption tab, the action.
     */
    String route(TaskItem task);

    /**
     * The route of the subject's own page, where a reader of a decision about it goes (a donor's
     * recent decisions link there); none when the subject has no page.
     */
    default Optional<String> page(String subjectId) {
        return Optional.empty();
    }

    /**
     * The subject in the REST API, as a path from the application root (e.g. {@code /api/v1/actions/7}):
     * what a client reads before it decides the task. None when the API has no resource for it.
     */
    default Optional<String> resource(TaskItem task) {
        return Optional.empty();
    }

    /**
     * The subject this one belongs to, by which a person picks many tasks at once (an action's
     * strategy: its action plan); none by default.
     */
    default Optional<SubjectRef> partOf(String subjectId) {
        return Optional.empty();
    }

    /**
     * The titles of many subjects and what each belongs to, for a list of tasks: one read where the
     * feature can, where naming them one by one made a statement or two per task. By default each
     * is named by {@link #title} and {@link #partOf}.
     */
    default Map<String, About> about(Collection<String> subjectIds, Locale locale) {
        Map<String, About> about = new HashMap<>();
        subjectIds.forEach(
                id -> about.put(id, new About(title(id, locale), partOf(id).orElse(null))));
        return about;
    }

    /** The ids that are numbers, as numbers: a feature whose subjects are rows by id reads these. */
    static List<Long> numbers(Collection<String> subjectIds) {
        return subjectIds.stream()
                .filter(id -> !id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit))
                .map(Long::valueOf)
                .distinct()
                .toList();
    }

    /** A subject's title and the subject it belongs to ({@code null} for none). */
    record About(String title, SubjectRef partOf) {}

    /** Another subject, named by its type and id as processes carry them. */
    record SubjectRef(String subjectType, String subjectId) {

        /** The key a filter keeps, e.g. {@code STRATEGY:12}. */
        public String key() {
            return subjectType + ":" + subjectId;
        }
    }
}

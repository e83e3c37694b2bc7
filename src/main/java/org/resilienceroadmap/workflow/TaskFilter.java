package org.resilienceroadmap.workflow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the inbox shows of a person's open tasks: whose (all, mine, to claim), a search text over the
 * task's name and subject, the city, the process, the plan, how soon it is due and how old it is.
 * Every part may be left out ({@code null}).
 */
public record TaskFilter(
        Show show,
        String text,
        Long jurisdictionId,
        String processKey,
        String planKey,
        Due due,
        Integer olderThanDays) {

    public enum Show {
        ALL,
        MINE,
        CLAIMABLE
    }

    public enum Due {
        OVERDUE("overdue"),
        THIS_WEEK("week");

        private final String word;

        Due(String word) {
            this.word = word;
        }

        /** As the address and the API write it: {@code overdue}, {@code week}. */
        public String word() {
            return word;
        }

        public static Due parse(String word) {
            for (Due d : values()) {
                if (d.word.equalsIgnoreCase(word) || d.name().equalsIgnoreCase(word)) {
                    return d;
                }
            }
            throw new org.resilienceroadmap.shared.error.InvalidRequestException("due", "due is overdue or week");
        }
    }

    public static final TaskFilter NONE = new TaskFilter(Show.ALL, null, null, null, null, null, null);

    /**
     * The tasks that pass, in the inbox's order: the soonest due first, then by place and subject,
     * and a subject's tasks by name, Essentials by their number (2 before 10).
     *
     * @param label the task's name as the reader reads it, which the search text is matched against
     */
    public List<TaskSubject> apply(
            List<TaskSubject> tasks,
            String me,
            Instant now,
            ZoneId zone,
            Locale locale,
            Function<TaskItem, String> label) {
        String needle = text == null ? "" : text.strip().toLowerCase(locale);
        Instant endOfWeek = now.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        return tasks.stream()
                .filter(s -> show != Show.MINE || s.task().isAssignedTo(me))
                .filter(s -> show != Show.CLAIMABLE || s.task().assignee() == null)
                .filter(s ->
                        jurisdictionId == null || jurisdictionId.equals(s.task().jurisdictionId()))
                .filter(s -> processKey == null || processKey.equals(s.task().processKey()))
                .filter(s -> planKey == null || planKey.equals(s.planKey()))
                .filter(s -> due == null || dueMatches(s.task().due(), now, endOfWeek))
                .filter(s -> olderThanDays == null
                        || Duration.between(s.task().created(), now).toDays() >= olderThanDays)
                .filter(s -> needle.isEmpty()
                        || label.apply(s.task()).toLowerCase(locale).contains(needle)
                        || s.line().toLowerCase(locale).contains(needle))
                .sorted(ORDER.apply(label))
                .toList();
    }

    private boolean dueMatches(Instant at, Instant now, Instant endOfWeek) {
        if (at == null) {
            return false;
        }
        return due == Due.OVERDUE ? at.isBefore(now) : !at.isBefore(now) && at.isBefore(endOfWeek);
    }

    private static final Function<Function<TaskItem, String>, Comparator<TaskSubject>> ORDER = label ->
            Comparator.comparing((TaskSubject s) -> s.task().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(TaskSubject::line)
                    .thenComparing(TaskSubject::task, byName(label))
                    .thenComparing(s -> s.task().created());

    /**
     * Tasks by their name as the reader reads it, tasks of one kind by the number in it: "Score
     * Essential 2" before "Score Essential 10". The inbox's order within a subject, and the grid's
     * sorting by name.
     */
    public static Comparator<TaskItem> byName(Function<TaskItem, String> label) {
        return Comparator.comparing(TaskItem::taskKey)
                .thenComparing(t -> t.nameArgument() instanceof Number n ? n.longValue() : 0L)
                .thenComparing(label);
    }
}

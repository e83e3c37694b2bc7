package org.resilienceroadmap.workflow;

/**
 * A task with what the inbox shows of its subject: the jurisdiction's name in the reader's language,
 * the subject's title, the route of the exact place it is done on, and the plan it belongs to
 * ({@code planKey} and {@code planTitle} are {@code null} when it belongs to none).
 */
public record TaskSubject(TaskItem task, String place, String title, String route, String planKey, String planTitle) {

    /** "Kraljevo · Flood early warning for the Ibar"; the place alone when the jurisdiction is the subject. */
    public String line() {
        return join(place, title);
    }

    /** The plan as the filter offers it: "Kraljevo · Local DRR strategy 2024–2030". */
    public String planLine() {
        return planTitle == null ? null : join(place, planTitle);
    }

    private static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second == null ? "" : second;
        }
        return second == null || second.isEmpty() ? first : first + " · " + second;
    }
}

package org.resilienceroadmap.shared.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Two texts side by side, line by line, with the changed words marked (java-diff-utils). The result
 * is plain text segments, never HTML, so a view shows it without trusting what people typed.
 */
public final class SideBySideDiff {

    /** How a line pair differs. */
    public enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** A run of text, changed or not. */
    public record Segment(String text, boolean changed) {}

    /** One row: the old line on the left, the new one on the right (either may be empty). */
    public record Line(Kind kind, List<Segment> left, List<Segment> right) {}

    private static final String START = "\u0001";
    private static final String END = "\u0002";

    private SideBySideDiff() {}

    public static List<Line> compare(String oldText, String newText) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(Function.identity())
                .oldTag(open -> open ? START : END)
                .newTag(open -> open ? START : END)
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(oldText), lines(newText));
        return rows.stream()
                .map(row -> new Line(kind(row.getTag()), segments(row.getOldLine()), segments(row.getNewLine())))
                .toList();
    }

    public static boolean identical(List<Line> lines) {
        return lines.stream().allMatch(line -> line.kind() == Kind.SAME);
    }

    private static List<String> lines(String text) {
        // The markers are control characters nobody types; drop any that came in, so they cannot fake a change.
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.asList(text.replace(START, "").replace(END, "").split("\r?\n", -1));
    }

    private static Kind kind(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Kind.SAME;
            case INSERT -> Kind.ADDED;
            case DELETE -> Kind.REMOVED;
            case CHANGE -> Kind.CHANGED;
        };
    }

    private static List<Segment> segments(String marked) {
        List<Segment> result = new ArrayList<>();
        boolean changed = false;
        StringBuilder run = new StringBuilder();
        for (char c : marked.toCharArray()) {
            if (c == START.charAt(0) || c == END.charAt(0)) {
                if (!run.isEmpty()) {
                    result.add(new Segment(run.toString(), changed));
                    run.setLength(0);
                }
                changed = c == START.charAt(0);
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            result.add(new Segment(run.toString(), changed));
        }
        return result;
    }
}

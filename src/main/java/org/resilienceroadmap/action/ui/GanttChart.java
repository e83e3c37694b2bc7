package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.shared.Days;

/**
 * A strategy's actions as a Gantt chart drawn as SVG on the server (no charting component): one bar
 * per action from its start to its due date, coloured by status, the part done shaded darker,
 * milestones as diamonds (red when missed), a line for today and a month and year axis. All text
 * from people is XML-escaped.
 */
class GanttChart extends Div {

    private static final int LABEL = 280;
    private static final int WIDTH = 720;
    private static final int ROW = 30;
    private static final int AXIS = 36;

    private final LocalDate from;
    private final long days;

    GanttChart(Map<Action, List<Milestone>> plan, LocalDate today, Locale locale) {
        setId("gantt");
        addClassName("gantt-chart");
        List<LocalDate> dates = Stream.concat(
                        Stream.of(today),
                        plan.entrySet().stream()
                                .flatMap(e -> Stream.concat(
                                        Stream.of(
                                                e.getKey().getStartDate(),
                                                e.getKey().getDueDate()),
                                        e.getValue().stream().map(Milestone::getTargetDate))))
                .toList();
        from = YearMonth.from(dates.stream().min(LocalDate::compareTo).orElse(today))
                .atDay(1);
        LocalDate to = YearMonth.from(dates.stream().max(LocalDate::compareTo).orElse(today))
                .atEndOfMonth()
                .plusDays(1);
        days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        int height = AXIS + plan.size() * ROW + 10;
        // A named group, not an image: each bar is a link to its action, which an image's parts cannot be.
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='group' aria-label='")
                .append(escape(getTranslation(
                        "action.timeline.chartLabel",
                        plan.size(),
                        Days.format(locale, from),
                        Days.format(locale, to.minusDays(1)))))
                .append("' width='100%' viewBox='0 0 ")
                .append(LABEL + WIDTH + 10)
                .append(' ')
                .append(height)
                .append("'>");
        axis(svg, to, height, locale);
        int y = AXIS;
        for (var entry : plan.entrySet()) {
            bar(svg, entry.getKey(), y);
            for (Milestone m : entry.getValue()) {
                milestone(svg, m, y, today);
            }
            y += ROW;
        }
        int t = x(today);
        svg.append("<line class='today' x1='")
                .append(t)
                .append("' y1='")
                .append(AXIS - 6)
                .append("' x2='")
                .append(t)
                .append("' y2='")
                .append(height)
                .append("' stroke='#d9534f' stroke-width='2' stroke-dasharray='4 3'/>")
                .append("<text x='")
                .append(t + 3)
                .append("' y='")
                .append(AXIS - 8)
                .append("' font-size='11' fill='#d9534f'>")
                .append(escape(getTranslation("action.timeline.today")))
                .append("</text></svg>");
        getElement().setProperty("innerHTML", svg.toString());
    }

    private void axis(StringBuilder svg, LocalDate to, int height, Locale locale) {
        boolean everyMonth = days <= 2 * 366;
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(to); m = m.plusMonths(1)) {
            int x = x(m.atDay(1));
            boolean january = m.getMonthValue() == 1;
            if (everyMonth || january) {
                svg.append("<line x1='")
                        .append(x)
                        .append("' y1='")
                        .append(january ? 0 : 14)
                        .append("' x2='")
                        .append(x)
                        .append("' y2='")
                        .append(height)
                        .append("' stroke='")
                        .append(january ? "#b0b7c3" : "#e6e9ee")
                        .append("'/>");
            }
            if (january || m.equals(YearMonth.from(from))) {
                svg.append("<text class='year' x='")
                        .append(x + 3)
                        .append("' y='11' font-size='11' font-weight='600'>")
                        .append(m.getYear())
                        .append("</text>");
            }
            if (everyMonth) {
                svg.append("<text x='")
                        .append(x + 2)
                        .append("' y='26' font-size='10' fill='#555'>")
                        .append(escape(m.getMonth().getDisplayName(TextStyle.NARROW_STANDALONE, locale)))
                        .append("</text>");
            }
        }
    }

    private void bar(StringBuilder svg, Action a, int y) {
        String title = a.getTitle();
        String shown = title.length() > 38 ? title.substring(0, 37) + "…" : title;
        int x1 = x(a.getStartDate());
        int w = Math.max(3, x(a.getDueDate().plusDays(1)) - x1);
        int done = (int) Math.round(w * a.getPercentDone() / 100.0);
        svg.append("<a href='actions/")
                .append(a.getId())
                .append("'><g class='action' id='gantt-action-")
                .append(a.getId())
                .append("'><title>")
                .append(escape(title))
                .append(" · ")
                .append(escape(getTranslation("action.status." + a.getStatus())))
                .append(" · ")
                .append(a.getPercentDone())
                .append(" %</title><text x='0' y='")
                .append(y + 18)
                .append("' font-size='12'>")
                .append(escape(shown))
                .append("</text><rect class='bar' x='")
                .append(x1)
                .append("' y='")
                .append(y + 6)
                .append("' width='")
                .append(w)
                .append("' height='16' rx='3' fill='")
                .append(colour(a.getStatus()))
                .append("' fill-opacity='0.45'/>")
                .append("<rect class='done' x='")
                .append(x1)
                .append("' y='")
                .append(y + 6)
                .append("' width='")
                .append(done)
                .append("' height='16' rx='3' fill='")
                .append(colour(a.getStatus()))
                .append("'/></g></a>");
    }

    private void milestone(StringBuilder svg, Milestone m, int y, LocalDate today) {
        int cx = x(m.getTargetDate());
        int cy = y + 14;
        boolean missed = m.isMissed(today);
        String fill = missed ? "#d9534f" : m.getActualDate() != null ? "#3c9a5f" : "#555";
        svg.append("<polygon class='milestone")
                .append(missed ? " missed" : "")
                .append("' points='")
                .append(cx)
                .append(',')
                .append(cy - 7)
                .append(' ')
                .append(cx + 7)
                .append(',')
                .append(cy)
                .append(' ')
                .append(cx)
                .append(',')
                .append(cy + 7)
                .append(' ')
                .append(cx - 7)
                .append(',')
                .append(cy)
                .append("' fill='")
                .append(fill)
                .append("' stroke='#fff'><title>")
                .append(escape(m.getTitle()))
                .append(" · ")
                .append(m.getTargetDate())
                .append("</title></polygon>");
    }

    private int x(LocalDate date) {
        return LABEL + (int) Math.round(WIDTH * (double) ChronoUnit.DAYS.between(from, date) / days);
    }

    static String colour(ActionStatus status) {
        return switch (status) {
            case PROPOSED -> "#8a94a6";
            case APPROVED -> "#3b7dd8";
            case IN_PROGRESS -> "#f0ad4e";
            case COMPLETED -> "#5cb85c";
            case VERIFIED -> "#2e7d4f";
            case CANCELLED -> "#c9ccd1";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}

package org.resilienceroadmap.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.resilienceroadmap.action.ActionPlanPreview.RowProblem;
import org.resilienceroadmap.shared.Money;

/**
 * Turns one row of an action plan into a {@link NewAction}: resolves the objective (id or exact
 * title) and the programme code, parses dates, money and tag lists, then lets {@link ActionRules}
 * check the rest. Every problem of the row is kept, one per column.
 */
final class PlanRows {

    /** A row's action (null when it could not be built) and its problems. */
    record Parsed(NewAction action, List<RowProblem> problems) {}

    /** The bundle text for a key and its arguments, in the caller's language. */
    interface Texts {
        String get(String key, Object... args);
    }

    /** Where each rule of {@link ActionRules} is reported, and the columns whose own problem already covers it. */
    private static final Map<String, List<String>> RULE_COLUMNS = Map.of(
            "leadAgency",
            List.of("lead_agency"),
            "due",
            List.of("due", "start"),
            "budget",
            List.of("budget", "currency"),
            "sendaiPriorities",
            List.of("sendai_priorities"));

    private final ActionRules rules;
    private final ActionRules.Context context;
    private final Map<String, List<Long>> objectivesByTitle;
    private final Map<String, Long> programmesByCode;
    private final Map<String, Integer> columns;
    private final Texts texts;

    PlanRows(
            ActionRules rules,
            ActionRules.Context context,
            Map<String, List<Long>> objectivesByTitle,
            Map<String, Long> programmesByCode,
            Map<String, Integer> columns,
            Texts texts) {
        this.rules = rules;
        this.context = context;
        this.objectivesByTitle = objectivesByTitle;
        this.programmesByCode = programmesByCode;
        this.columns = columns;
        this.texts = texts;
    }

    Parsed read(Table.Line line) {
        Row r = new Row(line);
        Long objective = r.required("objective", this::objective);
        String title = r.required("title", Function.identity());
        String leadAgency = r.required("lead_agency", Function.identity());
        String owner = r.required("owner", this::owner);
        LocalDate start = r.required("start", this::date);
        LocalDate due = r.required("due", this::date);
        BigDecimal budget = r.required("budget", this::budget);
        String currency = r.required("currency", this::currency);
        Long programme = r.optional("programme", this::programme);
        List<Integer> essentials = r.optional("essentials", this::integers);
        List<String> hazards = r.optional("hazards", PlanRows::strings);
        List<Integer> sendai = r.optional("sendai_priorities", this::integers);
        String description = r.cell("description");
        NewAction action = new NewAction(
                objective,
                title,
                description.isEmpty() ? null : description,
                leadAgency,
                owner,
                start,
                due,
                budget == null || currency == null ? null : new Money(budget, currency),
                programme,
                essentials,
                hazards,
                sendai);
        for (ActionRules.Problem p : rules.check(context, action)) {
            List<String> covering = RULE_COLUMNS.getOrDefault(p.field(), List.of(p.field()));
            if (r.problems.stream().noneMatch(known -> covering.contains(known.field()))) {
                r.problems.add(new RowProblem(line.number(), covering.get(0), p.message()));
            }
        }
        return new Parsed(action, r.problems);
    }

    /** A value that cannot be read; its message is the bundle key's text. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final class Row {
        private final Table.Line line;
        private final List<RowProblem> problems = new ArrayList<>();

        Row(Table.Line line) {
            this.line = line;
        }

        String cell(String column) {
            return line.cell(columns.get(column));
        }

        <T> T required(String column, Function<String, T> parse) {
            if (cell(column).isEmpty()) {
                problems.add(new RowProblem(line.number(), column, texts.get("action.plan.required")));
                return null;
            }
            return optional(column, parse);
        }

        <T> T optional(String column, Function<String, T> parse) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (Unreadable e) {
                problems.add(new RowProblem(line.number(), column, e.getMessage()));
                return null;
            }
        }
    }

    private Long objective(String value) {
        if (value.matches("\\d{1,18}") && context.objectives().contains(Long.valueOf(value))) {
            return Long.valueOf(value);
        }
        List<Long> titled = objectivesByTitle.getOrDefault(value, List.of());
        if (titled.size() > 1) {
            throw new Unreadable(texts.get("action.plan.ambiguousObjective", value));
        }
        if (titled.isEmpty()) {
            throw new Unreadable(texts.get("action.plan.unknownObjective", value));
        }
        return titled.get(0);
    }

    private String owner(String value) {
        if (!context.owners().contains(value)) {
            throw new Unreadable(texts.get("action.plan.unknownOwner", value));
        }
        return value;
    }

    private LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Unreadable(texts.get("action.plan.badDate", value));
        }
    }

    private BigDecimal budget(String value) {
        BigDecimal amount = number(value);
        if (amount.signum() < 0) {
            throw new Unreadable(texts.get("action.plan.negativeBudget", value));
        }
        return amount;
    }

    private BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Unreadable(texts.get("action.plan.badNumber", value));
        }
    }

    private String currency(String value) {
        String code = value.toUpperCase(Locale.ROOT);
        boolean known = code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream()
                        .anyMatch(c -> c.getCurrencyCode().equals(code));
        if (!known) {
            throw new Unreadable(texts.get("action.plan.badCurrency", value));
        }
        return code;
    }

    private Long programme(String value) {
        Long id = programmesByCode.get(value.toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new Unreadable(texts.get("action.plan.unknownProgramme", value));
        }
        return id;
    }

    private List<Integer> integers(String value) {
        List<Integer> all = new ArrayList<>();
        for (String part : strings(value)) {
            if (!part.matches("-?\\d{1,9}")) {
                throw new Unreadable(texts.get("action.plan.badNumber", part));
            }
            all.add(Integer.valueOf(part));
        }
        return all;
    }

    private static List<String> strings(String value) {
        return Arrays.stream(value.split("[;,]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}

package org.resilienceroadmap.action;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.resilienceroadmap.action.ActionPlanPreview.RowProblem;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of an action plan from an .xlsx workbook (first sheet) or a UTF-8 CSV file (comma or
 * semicolon separated), told apart by content. One header row, then one action per row, columns in
 * this order (columns are found by their header name; others are ignored):
 * <ol>
 * <li>{@code objective} — the objective's id or its exact title in the strategy</li>
 * <li>{@code title}, {@code description} (optional), {@code lead_agency}</li>
 * <li>{@code owner} — the username of a chair or member of the jurisdiction's working group</li>
 * <li>{@code start}, {@code due} — {@code YYYY-MM-DD}</li>
 * <li>{@code budget} — a decimal with a dot, zero or more; {@code currency} — ISO 4217, e.g. {@code EUR}</li>
 * <li>{@code programme} — optional, the code of a programme that funds the jurisdiction</li>
 * <li>{@code essentials} (1–10), {@code hazards} (codes of the hazard profile),
 * {@code sendai_priorities} (1–4) — optional, {@code ;}-separated, e.g. {@code 1;3}</li>
 * </ol>
 * A dry run lists every problem of every row by row number (the header is row 1) and column; the
 * import itself is all or nothing through {@link ActionService#proposeAll}. A file that is not a
 * readable table with this header is refused as a bad request.
 */
@Service
public class ActionPlanImport {

    /** The plan's columns, in the documented order. */
    public static final List<String> COLUMNS = List.of(
            "objective",
            "title",
            "description",
            "lead_agency",
            "owner",
            "start",
            "due",
            "budget",
            "currency",
            "programme",
            "essentials",
            "hazards",
            "sendai_priorities");

    /** Far above any real plan; keeps one upload from holding the transaction for long. */
    static final int MAX_ROWS = 5000;

    private final ActionService actions;
    private final ActionRules rules;
    private final StrategyService strategies;
    private final ProgrammeDirectory programmes;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    ActionPlanImport(
            ActionService actions,
            ActionRules rules,
            StrategyService strategies,
            ProgrammeDirectory programmes,
            CurrentUser currentUser,
            MessageSource messages,
            Clock clock) {
        this.actions = actions;
        this.rules = rules;
        this.strategies = strategies;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** The header and one example row under the strategy's first objective, texts in the caller's language. */
    @Transactional(readOnly = true)
    public byte[] template(Long strategyId, TableFormat format) {
        UserScope me = currentUser.scope();
        StrategyFacts strategy = strategies.facts(strategyId);
        ActionRules.Context context = rules.context(strategy);
        StrategyFacts.Objective first = strategy.objectives().stream()
                .min(Comparator.comparingInt(StrategyFacts.Objective::position))
                .orElse(null);
        String owner = context.owners().contains(me.username())
                ? me.username()
                : context.owners().stream().sorted().findFirst().orElse(me.username());
        LocalDate today = LocalDate.now(clock);
        PlanRows.Texts texts = texts(me);
        List<Object> example = new ArrayList<>(List.of(
                first == null ? "" : first.title(),
                texts.get("action.plan.example.title"),
                texts.get("action.plan.example.description"),
                texts.get("action.plan.example.leadAgency"),
                owner,
                today,
                today.plusYears(1),
                new BigDecimal("25000.00"),
                "EUR",
                "",
                first == null ? "" : join(first.essentials()),
                first == null
                        ? ""
                        : join(first.hazards().stream()
                                .filter(context.hazards()::contains)
                                .toList()),
                "1;4"));
        return Table.write(format, COLUMNS, List.of(example));
    }

    /** Reads the plan and checks every row; stores nothing. Only the strategy's working group may. */
    @Transactional(readOnly = true)
    public ActionPlanPreview preview(Long strategyId, String fileName, byte[] content) {
        Reading reading = read(strategyId, fileName, content);
        return new ActionPlanPreview(reading.specs().size(), reading.problems().isEmpty(), reading.problems(), 0, null);
    }

    /** Imports a plan without problems in one transaction; a plan with any problem imports nothing and says why. */
    @Transactional
    public ActionPlanPreview importPlan(Long strategyId, String fileName, byte[] content) {
        Reading reading = read(strategyId, fileName, content);
        if (!reading.problems().isEmpty()) {
            return new ActionPlanPreview(reading.specs().size(), false, reading.problems(), 0, null);
        }
        PlanReview review = actions.proposePlan(strategyId, fileName, reading.specs());
        int imported = reading.specs().size();
        return new ActionPlanPreview(imported, true, List.of(), imported, review.getId());
    }

    /** The text telling that a plan with problems was not imported, in the caller's language. */
    public String notImported(ActionPlanPreview preview) {
        UserScope me = currentUser.scope();
        int problems = preview.problems().size();
        return texts(me).get(Plurals.key("action.plan.notImported", problems, Languages.of(me.language())), problems);
    }

    private record Reading(List<NewAction> specs, List<RowProblem> problems) {}

    private Reading read(Long strategyId, String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        StrategyFacts strategy = actions.adoptedStrategyOfMyGroup(me, strategyId);
        PlanRows.Texts texts = texts(me);
        List<Table.Line> lines;
        try {
            lines = Table.read(fileName, content == null ? new byte[0] : content, MAX_ROWS);
        } catch (Table.UnreadableException e) {
            throw new InvalidRequestException(
                    "file",
                    texts.get(Plurals.key("action.plan.unreadable", MAX_ROWS, Languages.of(me.language())), MAX_ROWS));
        }
        Map<String, Integer> columns = header(lines, texts);
        ActionRules.Context context = rules.context(strategy);
        Map<String, List<Long>> byTitle = strategy.objectives().stream()
                .collect(Collectors.groupingBy(
                        o -> o.title().strip(), Collectors.mapping(StrategyFacts.Objective::id, Collectors.toList())));
        Map<String, Long> byCode = new HashMap<>();
        programmes
                .findAll(context.programmes())
                .forEach(p -> byCode.put(p.getCode().toUpperCase(Locale.ROOT), p.getId()));
        PlanRows rows = new PlanRows(rules, context, byTitle, byCode, columns, texts::get);
        List<NewAction> specs = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Table.Line line : lines.subList(1, lines.size())) {
            PlanRows.Parsed parsed = rows.read(line);
            specs.add(parsed.action());
            problems.addAll(parsed.problems());
        }
        return new Reading(specs, problems);
    }

    private static Map<String, Integer> header(List<Table.Line> lines, PlanRows.Texts texts) {
        Map<String, Integer> columns = new HashMap<>();
        if (!lines.isEmpty()) {
            List<String> cells = lines.get(0).cells();
            for (int c = 0; c < cells.size(); c++) {
                columns.putIfAbsent(cells.get(c).toLowerCase(Locale.ROOT), c);
            }
        }
        if (lines.isEmpty() || !columns.keySet().containsAll(COLUMNS)) {
            throw new InvalidRequestException("file", texts.get("action.plan.header", String.join(", ", COLUMNS)));
        }
        if (lines.size() == 1) {
            throw new InvalidRequestException("file", texts.get("action.plan.empty"));
        }
        return columns;
    }

    private PlanRows.Texts texts(UserScope me) {
        Locale locale = Languages.of(me.language());
        return (key, args) -> messages.getMessage(key, args, locale);
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
}

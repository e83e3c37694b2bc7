package org.resilienceroadmap.action;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.ModelException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;

/**
 * Whether an uploaded approval table can run in the action process: DMN with the decision the
 * process calls, the outputs it reads, inputs it provides, and an answer the process understands
 * for every sample action of a grid (amounts around the thresholds and none, several currencies,
 * funded or not). Evaluated on a DMN engine of its own, so that checking writes no history and
 * counts in no metrics of the process engine; it is Camunda's default configuration, as the process
 * engine's (FEEL).
 */
class ApprovalTableCheck {

    /** The variables the action process hands to the table. */
    static final List<String> PROVIDED = List.of("budgetEur", "currency", "funded", "essentials", "country");

    static final Set<String> APPROVERS = Set.of("none", "national", "national,regional");
    static final String TIME_TO_LIVE_DAYS = "3650";

    private static final List<Double> AMOUNTS =
            Arrays.asList(0d, 49_999d, 50_000d, 499_999d, 500_000d, 5_000_000d, null);
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "RSD", "TJS");
    private static final List<Boolean> FUNDED = List.of(true, false);
    private static final List<String> ESSENTIALS = List.of("", "2,9", "1,3,10");
    private static final List<String> COUNTRIES = List.of("TJ", "RS", "KZ");
    /** A refusal names this many failing samples at most: enough to see the pattern. */
    private static final int EXAMPLES = 3;

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
    /** Words of FEEL and JUEL that read no variable. */
    private static final Set<String> KEYWORDS = Set.of(
            "true",
            "false",
            "null",
            "and",
            "or",
            "not",
            "in",
            "between",
            "if",
            "then",
            "else",
            "for",
            "return",
            "some",
            "every",
            "satisfies",
            "instance",
            "of",
            "function",
            "empty",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod");

    private final DmnEngine engine =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    /**
     * The table as it is to be deployed, or a refusal naming what is wrong (field {@code file}): the
     * content unchanged, or with the history time-to-live the engine demands added to each decision
     * that lacks one.
     */
    byte[] checked(String decisionId, byte[] content) {
        DmnModelInstance model = read(content);
        DecisionTable table = table(model, decisionId);
        requireOutputs(table);
        requireProvidedInputs(table);
        evaluate(model, decisionId);
        return withTimeToLive(model, content);
    }

    private static DmnModelInstance read(byte[] content) {
        // No DMN needs a document type; one could name external entities for the parser to fetch.
        if (content == null
                || content.length == 0
                || new String(content, StandardCharsets.UTF_8)
                        .toUpperCase(java.util.Locale.ROOT)
                        .contains("<!DOCTYPE")) {
            throw refused("refusal.approvalTable.notDmn");
        }
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException e) {
            throw refused("refusal.approvalTable.notDmn");
        }
    }

    private static DecisionTable table(DmnModelInstance model, String decisionId) {
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decisionId.equals(decision.getId()) && decision.getExpression() instanceof DecisionTable table) {
                return table;
            }
        }
        throw refused("refusal.approvalTable.noDecision", decisionId);
    }

    private static void requireOutputs(DecisionTable table) {
        Set<String> missing = new LinkedHashSet<>(List.of(ApprovalTables.APPROVERS, ApprovalTables.TELL_DONOR));
        table.getOutputs().stream().map(Output::getName).forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw refused("refusal.approvalTable.outputsMissing", new Refusal.Words(List.copyOf(missing), true));
        }
    }

    private static void requireProvidedInputs(DecisionTable table) {
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null
                            || input.getInputExpression().getText() == null
                    ? ""
                    : input.getInputExpression().getText().getTextContent();
            for (String name : names(expression)) {
                if (!PROVIDED.contains(name)) {
                    throw refused(
                            "refusal.approvalTable.unknownVariable",
                            label(input),
                            name,
                            new Refusal.Words(PROVIDED, true));
                }
            }
        }
    }

    /** The variables an expression reads: its names, less string literals, functions, properties and keywords. */
    static Set<String> names(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll("\"\""));
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String label(Input input) {
        return input.getLabel() != null && !input.getLabel().isBlank() ? input.getLabel() : input.getId();
    }

    /** Every sample of the grid gets exactly one rule, with approvers the process knows and a yes or no for the donor. */
    private void evaluate(DmnModelInstance model, String decisionId) {
        DmnDecision decision;
        try {
            decision = engine.parseDecision(decisionId, model);
        } catch (RuntimeException e) {
            throw refused("refusal.approvalTable.unreadable", e.getMessage());
        }
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, String> firstValue = new HashMap<>();
        for (Map<String, Object> sample : samples()) {
            String kind;
            String value = null;
            try {
                DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, sample);
                if (result.isEmpty()) {
                    kind = "refusal.approvalTable.noRule";
                } else if (result.size() > 1) {
                    kind = "refusal.approvalTable.manyRules";
                } else {
                    Object approvers = result.getSingleResult().getEntry(ApprovalTables.APPROVERS);
                    Object tellDonor = result.getSingleResult().getEntry(ApprovalTables.TELL_DONOR);
                    if (!(approvers instanceof String a) || !APPROVERS.contains(a)) {
                        kind = "refusal.approvalTable.badApprovers";
                        value = String.valueOf(approvers);
                    } else if (!(tellDonor instanceof Boolean)) {
                        kind = "refusal.approvalTable.badTellDonor";
                        value = String.valueOf(tellDonor);
                    } else {
                        continue;
                    }
                }
            } catch (RuntimeException e) {
                kind = "refusal.approvalTable.fails";
                value = e.getMessage();
            }
            failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(written(sample));
            firstValue.putIfAbsent(kind, value);
        }
        if (!failures.isEmpty()) {
            var first = failures.entrySet().iterator().next();
            List<String> samples = first.getValue();
            String named = String.join("; ", examples(samples));
            throw refused(first.getKey(), named, samples.size(), firstValue.get(first.getKey()));
        }
    }

    /** A few failing samples spread over all of them (first, middle, last), so that they differ in more than the country. */
    private static List<String> examples(List<String> failing) {
        if (failing.size() <= EXAMPLES) {
            return failing;
        }
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < EXAMPLES; i++) {
            examples.add(failing.get(i * (failing.size() - 1) / (EXAMPLES - 1)));
        }
        return examples;
    }

    static List<Map<String, Object>> samples() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (Double amount : AMOUNTS) {
            for (String currency : CURRENCIES) {
                for (Boolean funded : FUNDED) {
                    for (String essentials : ESSENTIALS) {
                        for (String country : COUNTRIES) {
                            Map<String, Object> sample = new LinkedHashMap<>();
                            sample.put("budgetEur", amount);
                            sample.put("currency", currency);
                            sample.put("funded", funded);
                            sample.put("essentials", essentials);
                            sample.put("country", country);
                            samples.add(sample);
                        }
                    }
                }
            }
        }
        return samples;
    }

    /** A sample as the table's author reads it: {@code budgetEur=50000, currency="EUR", funded=true, …}. */
    static String written(Map<String, Object> sample) {
        List<String> parts = new ArrayList<>();
        sample.forEach((name, value) -> parts.add(name + "="
                + (value instanceof String s
                        ? "\"" + s + "\""
                        : value instanceof Double d
                                ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                                : String.valueOf(value))));
        return String.join(", ", parts);
    }

    private static byte[] withTimeToLive(DmnModelInstance model, byte[] content) {
        boolean added = false;
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                decision.setCamundaHistoryTimeToLiveString(TIME_TO_LIVE_DAYS);
                added = true;
            }
        }
        return added ? Dmn.convertToString(model).getBytes(StandardCharsets.UTF_8) : content;
    }

    private static InvalidRequestException refused(String key, Object... args) {
        return new InvalidRequestException("file", Refusal.of(key, args));
    }
}

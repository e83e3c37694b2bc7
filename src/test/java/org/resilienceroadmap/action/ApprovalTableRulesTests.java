package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped approval table ({@code processes/action-approval.dmn}) on Camunda's DMN engine, without
 * Spring: each rule, from the top, for the action it is meant for, and the boundaries between them.
 * Hit policy FIRST: the rule that matched is the first whose conditions hold.
 */
class ApprovalTableRulesTests {

    private final List<String> matched = new ArrayList<>();
    private DmnDecision decision;
    private DmnEngine engine;

    @BeforeEach
    void parseTheShippedTable() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .forEach(matched::add)));
        engine = configuration.buildEngine();
        try (InputStream file = Files.newInputStream(Path.of("processes/action-approval.dmn"))) {
            decision = engine.parseDecision("action-approval", file);
        }
    }

    @Test
    void aFundedActionOf600000EurGoesToTheNationalAndRegionalCoordinatorsAndItsDonorIsTold() {
        assertThat(route(600_000d, "EUR", true)).isEqualTo(new Route("national,regional", true));
        assertThat(matched).containsExactly("Rule_LargeFunded");
    }

    @Test
    void aFundedActionOfExactly500000EurIsLargeAlready() {
        assertThat(route(500_000d, "EUR", true)).isEqualTo(new Route("national,regional", true));
        assertThat(matched).containsExactly("Rule_LargeFunded");
    }

    @Test
    void anUnfundedActionOf600000EurGoesToBothCoordinatorsWithoutTellingADonor() {
        assertThat(route(600_000d, "EUR", false)).isEqualTo(new Route("national,regional", false));
        assertThat(matched).containsExactly("Rule_Large");
    }

    @Test
    void aFundedActionOf10000EurGoesToTheNationalCoordinatorAndItsDonorIsTold() {
        assertThat(route(10_000d, "EUR", true)).isEqualTo(new Route("national", true));
        assertThat(matched).containsExactly("Rule_Funded");
    }

    @Test
    void anUnfundedActionOfExactly50000EurGoesToTheNationalCoordinator() {
        assertThat(route(50_000d, "EUR", false)).isEqualTo(new Route("national", false));
        assertThat(matched).containsExactly("Rule_Medium");
    }

    @Test
    void anUnfundedActionOf49999Point99EurNeedsOnlyTheChairsAcceptance() {
        assertThat(route(49_999.99d, "EUR", false)).isEqualTo(new Route("none", false));
        assertThat(matched).containsExactly("Rule_Local");
    }

    @Test
    void aBudgetInACurrencyWithoutAReferenceRateGoesToTheNationalCoordinator() {
        assertThat(route(null, "XYZ", false)).isEqualTo(new Route("national", false));
        assertThat(matched).containsExactly("Rule_NoRate");
    }

    @Test
    void aFundedActionWithoutAReferenceRateIsStillReportedToItsDonor() {
        assertThat(route(null, "XYZ", true)).isEqualTo(new Route("national", true));
        assertThat(matched).containsExactly("Rule_Funded");
    }

    @Test
    void aSmallLocalActionNeedsOnlyTheChairsAcceptance() {
        assertThat(route(1_200d, "TJS", false)).isEqualTo(new Route("none", false));
        assertThat(matched).containsExactly("Rule_Local");
    }

    @Test
    void everySampleActionFindsARule() {
        for (var sample : ApprovalTableCheck.samples()) {
            matched.clear();
            engine.evaluateDecisionTable(decision, sample);
            assertThat(matched).as(sample.toString()).hasSize(1);
        }
    }

    private record Route(String approvers, boolean tellDonor) {}

    private Route route(Double budgetEur, String currency, boolean funded) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("budgetEur", budgetEur);
        variables.put("currency", currency);
        variables.put("funded", funded);
        variables.put("essentials", "2,9");
        variables.put("country", "TJ");
        DmnDecisionRuleResult result =
                engine.evaluateDecisionTable(decision, variables).getSingleResult();
        return new Route(result.getEntry("approvers"), result.getEntry("tellDonor"));
    }
}

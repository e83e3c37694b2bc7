package org.resilienceroadmap.action;

import java.util.HashMap;
import java.util.Map;

/**
 * What the approval table ({@code processes/action-approval.dmn}) reads of an accepted action: its
 * budget in EUR at the reference rates (none for a currency without a rate), its currency, whether a
 * programme funds it, its Essentials ("2,9") and its country's code.
 */
public record ApprovalInputs(Double budgetEur, String currency, boolean funded, String essentials, String country) {

    /** As process variables, under the names the table's input expressions read. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("budgetEur", budgetEur);
        variables.put("currency", currency);
        variables.put("funded", funded);
        variables.put("essentials", essentials);
        variables.put("country", country);
        return variables;
    }
}

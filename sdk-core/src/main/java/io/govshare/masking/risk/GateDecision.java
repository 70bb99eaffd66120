package io.govshare.masking.risk;

import java.util.List;

/**
 * What the {@link ReleaseGate} decided: the release passes when no rule is broken.
 *
 * @param reasons           every broken rule, in the order the gate checks them; empty when passed
 * @param suppressedRecords how many records a {@link SuppressionPlan} drops before release; 0 without a plan
 */
public record GateDecision(List<Reason> reasons, long suppressedRecords) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public GateDecision {
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return reasons.isEmpty();
    }

    /** The rule ids of {@link #reasons()}, such as {@code risk.prosecutor}. */
    public List<String> rules() {
        return reasons.stream().map(Reason::rule).toList();
    }

    /**
     * One broken rule.
     *
     * @param rule      stable id, one of the {@code RULE_} constants of {@link ReleaseGate}
     * @param measured  the value measured on the data
     * @param limit     the limit it broke
     * @param message   what is wrong and what it takes to pass, in English
     * @param messageZh the same in Chinese
     */
    public record Reason(String rule, double measured, double limit, String message, String messageZh) {
    }
}

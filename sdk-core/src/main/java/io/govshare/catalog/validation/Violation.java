package io.govshare.catalog.validation;

/**
 * One broken rule.
 *
 * @param field   JSON path of the offending value, such as {@code dataItems[2].length}; empty for the whole entry
 * @param rule    stable rule id, such as {@code share.condition.required} — documented in standards/catalog/RULES.md
 * @param message what is wrong and how to fix it, in words a cataloguer understands
 */
public record Violation(String field, String rule, String message, Severity severity) {

    public static Violation error(String field, String rule, String message) {
        return new Violation(field, rule, message, Severity.ERROR);
    }

    public static Violation warning(String field, String rule, String message) {
        return new Violation(field, rule, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

package io.govshare.catalog;

/**
 * One broken rule of a catalog entry, as the validators of {@code io.govshare.catalog.validation} and the
 * resource-code strategies of {@code io.govshare.catalog.code} report it. It lives beside the model so that
 * neither of those packages depends on the other for it.
 *
 * @param field   JSON path of the offending value, such as {@code dataItems[2].length}; empty for the whole entry
 * @param rule    stable rule id, such as {@code share.condition.required} — documented in standards/catalog/RULES.md
 * @param message  what is wrong and how to fix it, in words a cataloguer understands
 * @param severity whether the rule stops the entry ({@link Severity#ERROR}) or only advises
 */
public record Violation(String field, String rule, String message, Severity severity) {

    /** A broken rule that stops the entry. */
    public static Violation error(String field, String rule, String message) {
        return new Violation(field, rule, message, Severity.ERROR);
    }

    /** Advice: the entry may still be registered. */
    public static Violation warning(String field, String rule, String message) {
        return new Violation(field, rule, message, Severity.WARNING);
    }

    /** Whether this violation stops the entry. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

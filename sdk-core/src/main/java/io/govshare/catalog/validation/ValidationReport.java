package io.govshare.catalog.validation;

import java.util.ArrayList;
import java.util.List;

import io.govshare.catalog.Violation;

/** Every violation found, errors and warnings together, in the order the rules ran. */
public record ValidationReport(List<Violation> violations) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public static ValidationReport of(List<Violation> violations) {
        return new ValidationReport(violations);
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    public ValidationReport and(ValidationReport other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationReport(all);
    }
}

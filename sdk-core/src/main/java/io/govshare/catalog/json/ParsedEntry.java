package io.govshare.catalog.json;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.validation.CatalogNeighbours;
import io.govshare.catalog.validation.CatalogValidator;
import io.govshare.catalog.validation.ValidationReport;
import io.govshare.catalog.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link CatalogJson} made of one JSON entry: the entry as far as it could be read, and what could not.
 *
 * @param entry      the entry; null when the text was not a JSON object at all
 * @param violations reading problems (wrong JSON type, unknown enum value, malformed date or code, unknown
 *                   property); the offending values are left out of {@code entry}
 */
public record ParsedEntry(CatalogEntry entry, List<Violation> violations) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public ParsedEntry {
        violations = List.copyOf(violations);
    }

    /** Whether an entry could be read at all. It may still carry reading violations; see {@link #validate}. */
    public boolean isReadable() {
        return entry != null;
    }

    /** Whether the entry was read completely, with nothing left out. */
    public boolean isComplete() {
        return entry != null && violations.isEmpty();
    }

    /**
     * The reading violations followed by the validator's. A value the reader left out is not reported again
     * by the validator (a mistyped {@code name} is a {@code type} problem, not also {@code name.required}).
     */
    public ValidationReport validate(CatalogValidator validator, CatalogNeighbours neighbours) {
        if (entry == null) {
            return ValidationReport.of(violations);
        }
        List<Violation> all = new ArrayList<>(violations);
        for (Violation found : validator.validate(entry, neighbours).violations()) {
            if (!alreadyReported(found.field())) {
                all.add(found);
            }
        }
        return ValidationReport.of(all);
    }

    public ValidationReport validate(CatalogValidator validator) {
        return validate(validator, CatalogNeighbours.NONE);
    }

    private boolean alreadyReported(String field) {
        for (Violation reading : violations) {
            String read = reading.field();
            if (field.equals(read) || field.startsWith(read + ".") || field.startsWith(read + "[")) {
                return true;
            }
        }
        return false;
    }
}

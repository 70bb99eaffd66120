package io.govshare.app.catalog;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Violation;

import java.util.List;

/**
 * One entry offered by an import file, with what went wrong reading it.
 *
 * @param index position among the file's entries, from 0
 * @param line  line number in a CSV file, or null for JSON
 */
public record ImportCandidate(int index, Integer line, CatalogEntry entry, List<Violation> readViolations) {

    public ImportCandidate {
        readViolations = List.copyOf(readViolations);
    }
}

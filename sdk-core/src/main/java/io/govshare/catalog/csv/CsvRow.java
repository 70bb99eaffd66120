package io.govshare.catalog.csv;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Violation;

import java.util.List;
import java.util.Objects;

/**
 * One data row of an import file.
 *
 * @param lineNumber the line of the file where the row starts (the header is line 1); a quoted cell may span lines
 * @param entry      the entry as far as the cells could be read; a cell that could not be read is left out (null)
 * @param violations one per bad cell, with {@code field} the JSON path of the entry field (such as
 *                   {@code share.type} or {@code dataItems[1].length}) and a rule id ({@code enum}, {@code type},
 *                   {@code format}, {@code csv.columns}, {@code csv.quote})
 */
public record CsvRow(int lineNumber, CatalogEntry entry, List<Violation> violations) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public CsvRow {
        Objects.requireNonNull(entry, "entry");
        violations = List.copyOf(violations);
    }
}

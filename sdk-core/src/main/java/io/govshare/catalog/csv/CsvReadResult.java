package io.govshare.catalog.csv;

import io.govshare.catalog.Violation;

import java.util.List;

/**
 * What {@link CatalogCsvReader} made of a file.
 *
 * @param rows       one per non-blank data row, in file order
 * @param fileErrors problems with the file as a whole (empty file, unknown, duplicate or missing columns, a quote
 *                   never closed); when the header is wrong there are no rows, because cells cannot be placed
 */
public record CsvReadResult(List<CsvRow> rows, List<Violation> fileErrors) {

    /** Checks the components, and copies or normalises them where the class description says so. */
    public CsvReadResult {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** Whether the file was read without a file error or a bad cell. Says nothing about catalog rules. */
    public boolean isClean() {
        return fileErrors.isEmpty() && rows.stream().allMatch(row -> row.violations().isEmpty());
    }
}

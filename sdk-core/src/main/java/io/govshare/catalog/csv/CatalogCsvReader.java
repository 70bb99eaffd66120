package io.govshare.catalog.csv;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Violation;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads catalog entries from a CSV file in the bulk-import template ({@code standards/catalog/import-template.csv},
 * explained column by column in {@code import-template.md}).
 * <p>
 * The first line is the header; columns are matched by title, in any order. Cells that hold a code-list value
 * accept the code ({@code CONDITIONAL}), the Chinese term ({@code 有条件共享}) or the national numeric code
 * ({@code 2}). Blank lines are skipped. Reading never throws on content: every bad cell becomes a
 * {@link Violation} on its row, so a cataloguer sees every mistake of the file at once.
 * <p>
 * The reader checks only what it needs to read a cell. The catalog rules (mandatory values, share conditions,
 * classification against the kind, …) are {@link io.govshare.catalog.validation.CatalogValidator}'s, which the
 * caller runs next on each entry.
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
 *     CsvReadResult result = CatalogCsvReader.read(in);
 * }
 * }</pre>
 */
public final class CatalogCsvReader {

    private CatalogCsvReader() {
    }

    /**
     * Reads the whole file. The reader should decode UTF-8; a byte order mark at the start is ignored.
     *
     * @throws java.io.UncheckedIOException if the reader itself fails
     */
    public static CsvReadResult read(Reader reader) {
        CsvRecords records = new CsvRecords(reader);
        List<Violation> fileErrors = new ArrayList<>();
        CsvRecords.RawRecord header = records.next();
        while (header != null && isBlank(header)) {
            header = records.next();
        }
        if (header == null) {
            fileErrors.add(Violation.error("", "csv.header",
                    "the file is empty; its first line must be the header row of the import template"));
            return new CsvReadResult(List.of(), fileErrors);
        }
        ImportColumn[] columns = columns(header, fileErrors);
        if (!fileErrors.isEmpty()) {
            return new CsvReadResult(List.of(), fileErrors);
        }
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRecords.RawRecord record = records.next(); record != null; record = records.next()) {
            if (!isBlank(record)) {
                rows.add(row(record, columns));
            }
        }
        if (records.unterminatedQuoteLine() > 0) {
            fileErrors.add(Violation.error("", "csv.quote", "the quoted cell that starts on line "
                    + records.unterminatedQuoteLine() + " is never closed: a cell that starts with \" must end"
                    + " with \", and a \" inside it is written \"\""));
        }
        return new CsvReadResult(rows, fileErrors);
    }

    /** The column of each header cell; null for an untitled cell. Problems go to {@code fileErrors}. */
    private static ImportColumn[] columns(CsvRecords.RawRecord header, List<Violation> fileErrors) {
        List<String> titles = header.cells();
        ImportColumn[] columns = new ImportColumn[titles.size()];
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        Map<String, Integer> unknown = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i).strip();
            if (title.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.byTitle(title);
            if (column == null) {
                if (unknown.putIfAbsent(title, i) == null) {
                    fileErrors.add(Violation.error("", "csv.columns", "column " + (i + 1) + " '" + title
                            + "' is not a column of the import template; columns: " + allTitles()));
                }
                continue;
            }
            Integer earlier = seen.putIfAbsent(column, i);
            if (earlier != null) {
                fileErrors.add(Violation.error(column.field, "csv.columns", "the column '" + column.title
                        + "' appears twice, in columns " + (earlier + 1) + " and " + (i + 1)));
                continue;
            }
            columns[i] = column;
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.mandatory && !seen.containsKey(column)) {
                fileErrors.add(Violation.error(column.field, "csv.columns",
                        "the mandatory column '" + column.title + "' is missing from the header"));
            }
        }
        return columns;
    }

    private static CsvRow row(CsvRecords.RawRecord record, ImportColumn[] columns) {
        List<Violation> violations = new ArrayList<>();
        EntryCells cells = new EntryCells(violations);
        List<Violation> layout = new ArrayList<>();
        List<String> values = record.cells();
        for (int i = 0; i < values.size(); i++) {
            ImportColumn column = i < columns.length ? columns[i] : null;
            if (column != null) {
                cells.put(column, values.get(i));
            } else if (!values.get(i).isBlank()) {
                // Usually a comma that should have been quoted: the rest of the row has moved one column right.
                layout.add(Violation.error("", "csv.columns", "cell " + (i + 1) + " '" + values.get(i).strip()
                        + "' is under no titled column; the header has " + columns.length
                        + " columns (is a comma inside a cell missing its quotes?)"));
            }
        }
        for (int i : record.strayTextAfterQuote()) {
            String field = i < columns.length && columns[i] != null ? columns[i].field : "";
            layout.add(Violation.error(field, "csv.quote", "cell " + (i + 1) + " has text after its closing"
                    + " quote; quote the whole cell and write a \" inside it as \"\""));
        }
        // Cell problems first, in field order, then layout problems: a stable order for tests and readers.
        CatalogEntry entry = cells.entry();
        violations.addAll(layout);
        return new CsvRow(record.line(), entry, violations);
    }

    private static boolean isBlank(CsvRecords.RawRecord record) {
        return record.cells().stream().allMatch(String::isBlank);
    }

    private static String allTitles() {
        List<String> titles = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            titles.add(column.title);
        }
        return String.join(", ", titles);
    }
}

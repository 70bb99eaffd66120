package io.govshare.app.catalog;

import io.govshare.app.platform.FieldError;

import java.util.List;

/**
 * What an import did with every entry it was given.
 *
 * @param committed false when an all-or-nothing import found errors and stored nothing
 */
public record ImportReport(boolean committed, int total, int imported, int failed, List<Row> rows) {

    /**
     * @param code     the code the imported entry received; null when it was not imported
     * @param warnings how many warnings the rules reported (the entry is imported all the same)
     */
    public record Row(int index, Integer line, String name, String code, List<FieldError> errors, int warnings) {

        Row imported(String assignedCode) {
            return new Row(index, line, name, assignedCode, errors, warnings);
        }
    }

    static ImportReport rejected(List<Row> rows) {
        int failed = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
        return new ImportReport(false, rows.size(), 0, failed, List.copyOf(rows));
    }

    static ImportReport completed(List<Row> rows) {
        int imported = (int) rows.stream().filter(r -> r.code() != null).count();
        return new ImportReport(true, rows.size(), imported, rows.size() - imported, List.copyOf(rows));
    }
}

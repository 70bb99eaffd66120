package io.govshare.catalog.csv;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.Format;
import io.govshare.catalog.FormatType;
import io.govshare.catalog.OpenAttributes;
import io.govshare.catalog.OpenType;
import io.govshare.catalog.Provider;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.ShareAttributes;
import io.govshare.catalog.ShareMethod;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.UpdateCycle;
import io.govshare.catalog.Violation;
import io.govshare.standards.CodeLists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.govshare.catalog.csv.DataItemsCell.blankToNull;

/** Turns the cells of one row into an entry, collecting one violation per bad cell. Not thread-safe: use once. */
final class EntryCells {

    private static final CodeCell<CatalogKind> KINDS = new CodeCell<>(CodeLists.CATALOG_KIND, CatalogKind.class);
    private static final CodeCell<FormatType> FORMATS = new CodeCell<>(CodeLists.FORMAT_TYPE, FormatType.class);
    private static final CodeCell<ShareType> SHARE_TYPES = new CodeCell<>(CodeLists.SHARE_TYPE, ShareType.class);
    private static final CodeCell<ShareMethod> SHARE_METHODS =
            new CodeCell<>(CodeLists.SHARE_METHOD, ShareMethod.class);
    private static final CodeCell<OpenType> OPEN_TYPES = new CodeCell<>(CodeLists.OPEN_TYPE, OpenType.class);
    private static final CodeCell<UpdateCycle> CYCLES = new CodeCell<>(CodeLists.UPDATE_CYCLE, UpdateCycle.class);
    // ISO dates, and the 2026/1/31 or 2026-1-31 that spreadsheets in a Chinese locale write
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[;；\\n]");

    private final Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
    private final List<Violation> violations;

    EntryCells(List<Violation> violations) {
        this.violations = violations;
    }

    void put(ImportColumn column, String value) {
        cells.put(column, value);
    }

    CatalogEntry entry() {
        return new CatalogEntry(
                resourceCode(),
                text(ImportColumn.NAME),
                text(ImportColumn.SUMMARY),
                code(ImportColumn.KIND, KINDS),
                text(ImportColumn.CLASSIFICATION),
                provider(),
                format(),
                dataItems(),
                share(),
                open(),
                code(ImportColumn.UPDATE_CYCLE, CYCLES),
                date(ImportColumn.PUBLISHED_ON),
                relatedCodes(),
                text(ImportColumn.SYSTEM_NAME),
                survey(),
                null,
                null);
    }

    private Provider provider() {
        String code = text(ImportColumn.PROVIDER_CODE);
        String name = text(ImportColumn.PROVIDER_NAME);
        return code == null && name == null ? null : new Provider(code, name);
    }

    private Format format() {
        boolean given = present(ImportColumn.FORMAT_TYPE, ImportColumn.FORMAT_DETAIL);
        return given ? new Format(code(ImportColumn.FORMAT_TYPE, FORMATS), text(ImportColumn.FORMAT_DETAIL)) : null;
    }

    private ShareAttributes share() {
        boolean given = present(ImportColumn.SHARE_TYPE, ImportColumn.SHARE_CONDITION, ImportColumn.SHARE_BASIS,
                ImportColumn.SHARE_METHOD);
        return given ? new ShareAttributes(code(ImportColumn.SHARE_TYPE, SHARE_TYPES),
                text(ImportColumn.SHARE_CONDITION), text(ImportColumn.SHARE_BASIS),
                code(ImportColumn.SHARE_METHOD, SHARE_METHODS)) : null;
    }

    private OpenAttributes open() {
        boolean given = present(ImportColumn.OPEN_TYPE, ImportColumn.OPEN_CONDITION);
        return given ? new OpenAttributes(code(ImportColumn.OPEN_TYPE, OPEN_TYPES), text(ImportColumn.OPEN_CONDITION))
                : null;
    }

    private List<DataItem> dataItems() {
        String cell = text(ImportColumn.DATA_ITEMS);
        return cell == null ? List.of() : DataItemsCell.read(cell, violations);
    }

    private SurveyCounts survey() {
        boolean given = present(ImportColumn.STORAGE_MB, ImportColumn.RECORDS, ImportColumn.SHARED_STORAGE_MB,
                ImportColumn.SHARED_RECORDS, ImportColumn.OPEN_STORAGE_MB, ImportColumn.OPEN_RECORDS);
        return given ? new SurveyCounts(number(ImportColumn.STORAGE_MB), number(ImportColumn.RECORDS),
                number(ImportColumn.SHARED_STORAGE_MB), number(ImportColumn.SHARED_RECORDS),
                number(ImportColumn.OPEN_STORAGE_MB), number(ImportColumn.OPEN_RECORDS)) : null;
    }

    private ResourceCode resourceCode() {
        String text = text(ImportColumn.CODE);
        if (text == null) {
            return null;
        }
        try {
            return ResourceCode.of(text);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.error(ImportColumn.CODE.field, "format",
                    ImportColumn.CODE.title + ": " + e.getMessage()));
            return null;
        }
    }

    private List<ResourceCode> relatedCodes() {
        String cell = text(ImportColumn.RELATED_CODES);
        List<ResourceCode> codes = new ArrayList<>();
        if (cell == null) {
            return codes;
        }
        int index = 0;
        for (String text : CODE_SEPARATOR.split(cell)) {
            if (text.isBlank()) {
                continue;
            }
            try {
                codes.add(ResourceCode.of(text));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.error(ImportColumn.RELATED_CODES.field + "[" + index + "]", "format",
                        ImportColumn.RELATED_CODES.title + ": " + e.getMessage()
                                + "; separate several codes with ';'"));
            }
            index++;
        }
        return codes;
    }

    private <E extends Enum<E>> E code(ImportColumn column, CodeCell<E> codes) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        E value = codes.find(text);
        if (value == null) {
            violations.add(Violation.error(column.field, "enum", column.title + " '" + text
                    + "' is not a known value; use one of " + codes.accepted()));
        }
        return value;
    }

    private LocalDate date(ImportColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Matcher parts = DATE.matcher(text);
        if (parts.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3)));
            } catch (DateTimeException e) {
                // falls through to the message below: the numbers are not a calendar date
            }
        }
        violations.add(Violation.error(column.field, "format", column.title + " '" + text
                + "' is not a date; write it as 2026-01-31"));
        return null;
    }

    private Long number(ImportColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            violations.add(Violation.error(column.field, "type", column.title + " '" + text
                    + "' is not a whole number"));
            return null;
        }
    }

    private boolean present(ImportColumn... columns) {
        for (ImportColumn column : columns) {
            if (text(column) != null) {
                return true;
            }
        }
        return false;
    }

    private String text(ImportColumn column) {
        return blankToNull(cells.get(column));
    }
}

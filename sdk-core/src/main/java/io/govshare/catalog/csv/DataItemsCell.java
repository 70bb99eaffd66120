package io.govshare.catalog.csv;

import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.ShareType;
import io.govshare.catalog.Violation;
import io.govshare.standards.CodeLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 信息项 cell: items separated by {@code ;}, the parts of an item by {@code |}, in the order
 * {@code 名称|类型|长度|共享类型|敏感|说明}; only the name is needed, trailing parts may be left out.
 * Full-width {@code ；} and {@code ｜} are accepted because Chinese input methods type them.
 */
final class DataItemsCell {

    static final String FIELD = "dataItems";
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[;；\\n]");
    private static final Pattern PART_SEPARATOR = Pattern.compile("[|｜]");
    private static final int MAX_PARTS = 6;
    private static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "1", "敏感");
    private static final Set<String> NO = Set.of("否", "N", "NO", "FALSE", "0", "不敏感", "");

    private static final CodeCell<DataItemType> TYPES = new CodeCell<>(CodeLists.DATA_ITEM_TYPE, DataItemType.class);
    private static final CodeCell<ShareType> SHARE_TYPES = new CodeCell<>(CodeLists.SHARE_TYPE, ShareType.class);

    private DataItemsCell() {
    }

    /** The items of the cell, in order; each problem is added to {@code violations} with its item's path. */
    static List<DataItem> read(String cell, List<Violation> violations) {
        List<DataItem> items = new ArrayList<>();
        for (String text : ITEM_SEPARATOR.split(cell)) {
            if (text.isBlank()) {
                continue;
            }
            String path = FIELD + "[" + items.size() + "]";
            String[] parts = PART_SEPARATOR.split(text, -1);
            if (parts.length > MAX_PARTS) {
                violations.add(Violation.error(path, "format", "信息项 '" + text.strip() + "' has " + parts.length
                        + " parts; write 名称|类型|长度|共享类型|敏感|说明 and separate items with ';'"));
            }
            items.add(new DataItem(
                    blankToNull(part(parts, 0)),
                    code(part(parts, 1), TYPES, path + ".type", "类型", violations),
                    length(part(parts, 2), path + ".length", violations),
                    code(part(parts, 3), SHARE_TYPES, path + ".shareType", "共享类型", violations),
                    sensitive(part(parts, 4), path + ".sensitive", violations),
                    blankToNull(part(parts, 5))));
        }
        return items;
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index].strip() : "";
    }

    private static <E extends Enum<E>> E code(String text, CodeCell<E> codes, String path, String label,
                                              List<Violation> violations) {
        if (text.isEmpty()) {
            return null;
        }
        E value = codes.find(text);
        if (value == null) {
            violations.add(Violation.error(path, "enum", "信息项" + label + " '" + text + "' is not a known value; use one of "
                    + codes.accepted()));
        }
        return value;
    }

    private static Integer length(String text, String path, List<Violation> violations) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            violations.add(Violation.error(path, "type", "信息项长度 '" + text + "' is not a whole number"));
            return null;
        }
    }

    private static boolean sensitive(String text, String path, List<Violation> violations) {
        String word = text.toUpperCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (!NO.contains(word)) {
            violations.add(Violation.error(path, "type", "信息项敏感 '" + text
                    + "' is not yes or no; write 是 or 否 (Y/N, true/false and 1/0 are accepted too)"));
        }
        return false;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

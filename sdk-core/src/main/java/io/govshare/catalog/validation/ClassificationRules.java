package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogKind;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.Violation;
import io.govshare.catalog.code.ResourceCodeStrategy;
import io.govshare.standards.Code;
import io.govshare.standards.CodeList;
import io.govshare.standards.CodeLists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 信息资源分类 against the scheme and the code lists, and the resource codes against the code strategy. */
final class ClassificationRules {

    private static final int MIN_DIGITS = 6;

    private final ResourceCodeStrategy strategy;
    private final Map<String, CatalogKind> kindByCategory = new HashMap<>();
    private final CodeList baseClasses = CodeLists.get(CodeLists.BASE_CLASSES);
    private final CodeList themeClasses = CodeLists.get(CodeLists.THEME_CLASSES);

    ClassificationRules(ResourceCodeStrategy strategy) {
        this.strategy = strategy;
        // The 类 digit of each kind is data (catalog-kind.json), so a correction needs no code change.
        for (Code code : CodeLists.get(CodeLists.CATALOG_KIND).codes()) {
            kindByCategory.put(code.national(), CatalogKind.valueOf(code.code()));
        }
    }

    void check(CatalogEntry e, List<Violation> out) {
        String classification = e.classificationCode() == null ? null : e.classificationCode().strip();
        boolean wellFormed = classification != null && !classification.isEmpty() && checkScheme(e, classification, out);
        if (e.code() != null) {
            // A malformed classification would make every code look inconsistent: check the form only then.
            out.addAll(strategy.check(e.code(), wellFormed ? classification : null, "code"));
        }
        for (int i = 0; i < e.relatedCodes().size(); i++) {
            ResourceCode related = e.relatedCodes().get(i);
            String path = "relatedCodes[" + i + "]";
            out.addAll(strategy.check(related, null, path));
            if (related.equals(e.code())) {
                out.add(Violation.error(path, "related-codes.self",
                        "an entry cannot be related to itself (" + related + ")"));
            }
        }
    }

    /** Checks the scheme; returns whether the code is well-formed enough to compare resource codes with. */
    private boolean checkScheme(CatalogEntry e, String code, List<Violation> out) {
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || code.length() < MIN_DIGITS) {
            out.add(Violation.error("classificationCode", "classification-code.format", "classificationCode must be"
                    + " at least " + MIN_DIGITS + " digits: 类 (1) + 项 (2) + 目 (3) + optional 细目, got '" + code + "'"));
            return false;
        }
        CatalogKind category = kindByCategory.get(code.substring(0, 1));
        if (category == null) {
            out.add(Violation.error("classificationCode", "classification-code.category", "classificationCode must"
                    + " start with 类 1 (基础), 2 (主题) or 3 (部门), got '" + code + "'"));
            return false;
        }
        if (e.kind() != null && e.kind() != category) {
            out.add(Violation.error("classificationCode", "classification-code.kind-mismatch", "classificationCode '"
                    + code + "' is in 类 " + code.charAt(0) + " (" + category + ") but kind is " + e.kind()));
        }
        String item = code.substring(0, 3);
        boolean known = switch (category) {
            case BASE -> baseClasses.contains(item);
            case THEME -> themeClasses.contains(item);
            case DEPARTMENT -> !item.endsWith("00");
        };
        if (!known) {
            out.add(Violation.error("classificationCode", "classification-code.item-unknown", "项 " + item.substring(1)
                    + " of classificationCode '" + code + "' is not " + itemsOf(category)));
        }
        return true;
    }

    private String itemsOf(CatalogKind category) {
        return switch (category) {
            case BASE -> "one of the base classes " + String.join(", ", codes(baseClasses));
            case THEME -> "one of the theme classes " + String.join(", ", codes(themeClasses));
            case DEPARTMENT -> "a department number 01-99";
        };
    }

    private static List<String> codes(CodeList list) {
        return list.codes().stream().map(c -> c.code() + " " + c.zh()).toList();
    }
}

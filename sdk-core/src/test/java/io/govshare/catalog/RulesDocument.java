package io.govshare.catalog;

import io.govshare.standards.StandardFiles;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rule ids documented in standards/catalog/RULES.md (the first column of its tables). */
public final class RulesDocument {

    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE);

    private RulesDocument() {
    }

    public static Set<String> ruleIds() {
        Matcher rows = RULE_ROW.matcher(StandardFiles.read("catalog/RULES.md"));
        return rows.results().map(row -> row.group(1)).collect(Collectors.toUnmodifiableSet());
    }
}

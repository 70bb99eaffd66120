package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.Violation;
import io.govshare.catalog.code.NationalResourceCodeStrategy;
import io.govshare.catalog.code.ResourceCodeStrategy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a catalog entry against the rules of the 2017 编制指南 and the common cataloguing lint rules, and
 * reports every violation at once (see standards/catalog/RULES.md for each rule id).
 * <p>
 * Immutable and thread-safe: build one and share it.
 * <pre>{@code
 * ValidationReport report = CatalogValidator.standard().validate(entry);
 * report.errors().forEach(v -> System.out.println(v.field() + " " + v.rule() + ": " + v.message()));
 * }</pre>
 */
public final class CatalogValidator {

    /** Catalog dates are Beijing dates, whatever zone the server runs in. */
    private static final ZoneId CATALOG_ZONE = ZoneId.of("Asia/Shanghai");
    // Any space or punctuation, Chinese included; ASCII symbols such as + | ~ are not Unicode punctuation.
    private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}\\u3000]");

    private final ResourceCodeStrategy strategy;
    private final ClassificationRules classificationRules;
    private final Clock clock;

    private CatalogValidator(ResourceCodeStrategy strategy, Clock clock) {
        this.strategy = strategy;
        this.classificationRules = new ClassificationRules(strategy);
        this.clock = clock;
    }

    /** The national rules with the national resource code. */
    public static CatalogValidator standard() {
        return using(new NationalResourceCodeStrategy());
    }

    /** The national rules with a different resource code rule, such as a province's. */
    public static CatalogValidator using(ResourceCodeStrategy strategy) {
        return new CatalogValidator(Objects.requireNonNull(strategy, "strategy"), Clock.system(CATALOG_ZONE));
    }

    /** The same validator with another notion of "today" (for {@code published-on.future}). */
    public CatalogValidator withClock(Clock clock) {
        return new CatalogValidator(strategy, Objects.requireNonNull(clock, "clock"));
    }

    public ResourceCodeStrategy strategy() {
        return strategy;
    }

    /** Validates one entry alone, without cross-entry rules. */
    public ValidationReport validate(CatalogEntry entry) {
        return validate(entry, CatalogNeighbours.NONE);
    }

    /** Validates one entry, asking {@code neighbours} about the rest of the catalog. */
    public ValidationReport validate(CatalogEntry entry, CatalogNeighbours neighbours) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(neighbours, "neighbours");
        List<Violation> found = new ArrayList<>();
        ElementRules.check(entry, found);
        DataItemRules.check(entry, found);
        SharingRules.check(entry, found);
        classificationRules.check(entry, found);
        LintRules.check(entry, neighbours, LocalDate.now(clock), found);
        return ValidationReport.of(found);
    }

    /**
     * The name as catalogs compare it: full-width forms folded to their ordinary forms, every space and
     * punctuation mark (ASCII and Chinese) removed, lower case. {@code "户籍人口（基本）信息"} and
     * {@code "户籍 人口基本信息。"} normalize alike.
     */
    public static String normalizedName(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return NOT_SIGNIFICANT.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

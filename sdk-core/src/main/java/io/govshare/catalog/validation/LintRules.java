package io.govshare.catalog.validation;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.ResourceCode;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.govshare.catalog.validation.CatalogValidator.isBlank;

/** The cataloguing QA rules of deployed catalogs: names, duplicates, survey figures, dates. */
final class LintRules {

    private LintRules() {
    }

    static void check(CatalogEntry e, CatalogNeighbours neighbours, LocalDate today, List<Violation> out) {
        if (!isBlank(e.name())) {
            String normalized = CatalogValidator.normalizedName(e.name());
            if (!isBlank(e.systemName()) && normalized.equals(CatalogValidator.normalizedName(e.systemName()))) {
                out.add(Violation.warning("name", "name.equals-system-name", "name '" + e.name() + "' is the name of"
                        + " the system (所属系统); name the information the resource holds instead"));
            }
            Optional<ResourceCode> other = neighbours.entryWithNormalizedName(normalized);
            if (other.isPresent() && !other.get().equals(e.code())) {
                out.add(Violation.error("name", "name.duplicate", "the catalog already has an entry named like '"
                        + e.name() + "' (" + other.get() + "); names may not differ only by spaces, punctuation"
                        + " or case"));
            }
        }
        if (e.survey() != null) {
            checkSurvey(e.survey(), out);
        }
        if (e.publishedOn() != null && e.publishedOn().isAfter(today)) {
            out.add(Violation.warning("publishedOn", "published-on.future",
                    "publishedOn " + e.publishedOn() + " is in the future (today is " + today + ")"));
        }
    }

    private static void checkSurvey(SurveyCounts s, List<Violation> out) {
        nonNegative("storageMb", s.storageMb(), out);
        nonNegative("records", s.records(), out);
        nonNegative("sharedStorageMb", s.sharedStorageMb(), out);
        nonNegative("sharedRecords", s.sharedRecords(), out);
        nonNegative("openStorageMb", s.openStorageMb(), out);
        nonNegative("openRecords", s.openRecords(), out);
        atMostTotal("sharedStorageMb", s.sharedStorageMb(), "storageMb", s.storageMb(), "survey.shared-exceeds-total", out);
        atMostTotal("sharedRecords", s.sharedRecords(), "records", s.records(), "survey.shared-exceeds-total", out);
        atMostTotal("openStorageMb", s.openStorageMb(), "storageMb", s.storageMb(), "survey.open-exceeds-total", out);
        atMostTotal("openRecords", s.openRecords(), "records", s.records(), "survey.open-exceeds-total", out);
    }

    private static void nonNegative(String field, Long value, List<Violation> out) {
        if (value != null && value < 0) {
            out.add(Violation.error("survey." + field, "survey.negative",
                    "survey." + field + " cannot be negative, got " + value));
        }
    }

    private static void atMostTotal(String field, Long part, String totalField, Long total, String rule,
                                    List<Violation> out) {
        // A negative figure is already reported; comparing with it would only repeat the problem.
        if (part != null && total != null && part >= 0 && total >= 0 && part > total) {
            out.add(Violation.error("survey." + field, rule, "survey." + field + " (" + part
                    + ") cannot exceed survey." + totalField + " (" + total + ")"));
        }
    }
}

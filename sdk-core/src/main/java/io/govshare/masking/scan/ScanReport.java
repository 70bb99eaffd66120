package io.govshare.masking.scan;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link Scan} found: per field and type, how many values, where, and masked samples. Safe to show to
 * people: it holds no raw value. Immutable.
 * <p>
 * Two uses: {@link #unmarkedFindings} warns a provider about sensitive content in fields its catalog entry does
 * not mark {@code sensitive}; {@link #hasFindingsOf} lets a release refuse to publish masked output that still
 * holds raw identifiers.
 */
public final class ScanReport {

    private final long records;
    private final List<FieldFinding> findings;

    ScanReport(long records, List<FieldFinding> findings) {
        this.records = records;
        this.findings = List.copyOf(findings);
    }

    /** How many records were scanned. */
    public long records() {
        return records;
    }

    /** Every finding, fields in the order their first finding was made. */
    public List<FieldFinding> findings() {
        return findings;
    }

    /** Whether no field had a match at the scanner's minimum score. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Whether any field had a match of one of these types. */
    public boolean hasFindingsOf(Collection<EntityType> types) {
        Objects.requireNonNull(types, "types");
        return findings.stream().anyMatch(f -> types.contains(f.type()));
    }

    /**
     * Findings in fields the entry does not mark sensitive, including fields the entry does not list at all.
     */
    public List<FieldFinding> unmarkedFindings(CatalogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return unmarkedFindings(entry.dataItems().stream().filter(DataItem::sensitive).map(DataItem::name)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Findings in fields whose names are not among these sensitive item names. */
    public List<FieldFinding> unmarkedFindings(Set<String> sensitiveItemNames) {
        Objects.requireNonNull(sensitiveItemNames, "sensitiveItemNames");
        return findings.stream().filter(f -> !sensitiveItemNames.contains(f.field())).toList();
    }

    @Override
    public String toString() {
        return "ScanReport[records=" + records + ", findings=" + findings + "]";
    }
}

package io.govshare.masking.risk;

import java.util.Map;
import java.util.Set;

/**
 * Record suppression to reach k: every record of a class smaller than {@link #k()} is dropped, within a limit
 * on the share of records the provider accepts to lose (ARX's suppression limit).
 * <p>
 * The analyzer keeps no records, so the plan names the records to drop by their quasi-identifier values:
 * stream the data a second time and leave out each record for which {@link #suppresses} is true. The plan
 * holds one key per suppressed class. Immutable and thread-safe.
 */
public final class SuppressionPlan {

    private final long k;
    private final double maxSuppressedShare;
    private final ClassKeys keys;
    private final Set<String> suppressedClasses;
    private final long suppressedRecords;
    private final long records;
    private final RiskReport remaining;

    SuppressionPlan(long k, double maxSuppressedShare, ClassKeys keys, Set<String> suppressedClasses,
            long suppressedRecords, long records, RiskReport remaining) {
        this.k = k;
        this.maxSuppressedShare = maxSuppressedShare;
        this.keys = keys;
        this.suppressedClasses = Set.copyOf(suppressedClasses);
        this.suppressedRecords = suppressedRecords;
        this.records = records;
        this.remaining = remaining;
    }

    /** The smallest class size left after suppression. */
    public long k() {
        return k;
    }

    public double maxSuppressedShare() {
        return maxSuppressedShare;
    }

    /** How many records the plan drops. */
    public long suppressedRecords() {
        return suppressedRecords;
    }

    /** Dropped records as a share of all records analysed; 0 when there were none. */
    public double suppressedShare() {
        return records == 0 ? 0 : (double) suppressedRecords / records;
    }

    /** Whether {@link #suppressedShare()} stays within {@link #maxSuppressedShare()} (equal is within). */
    public boolean withinLimit() {
        return suppressedShare() <= maxSuppressedShare;
    }

    /** The risk of the records that are kept. */
    public RiskReport remaining() {
        return remaining;
    }

    /** Whether to drop this record, read the same way as {@link RiskAnalyzer#add(Map)}. */
    public boolean suppresses(Map<String, ?> record) {
        return suppressedClasses.contains(keys.keyOf(record, -1));
    }

    /** Whether to drop the record with these quasi-identifier values, read as {@link RiskAnalyzer#add(String...)}. */
    public boolean suppresses(String... values) {
        return suppressedClasses.contains(keys.keyOf(values, -1));
    }

    @Override
    public String toString() {
        return "SuppressionPlan[k=" + k + ", suppressedRecords=" + suppressedRecords + " of " + records
                + ", maxSuppressedShare=" + maxSuppressedShare + "]";
    }
}

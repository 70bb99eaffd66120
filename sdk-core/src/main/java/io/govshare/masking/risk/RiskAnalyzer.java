package io.govshare.masking.risk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts records per equivalence class — the records that agree on every quasi-identifier — as they stream
 * past, and reports the re-identification risk ({@link #report()}).
 * <p>
 * Only one key and one count per class are kept, never the records, so a file of millions of records can be
 * analysed in one pass; memory grows with the number of distinct classes.
 * <p>
 * Values are compared by their text ({@code toString()}; a JSON string by its content, JSON null as null, so
 * the {@code JsonObject} records of {@code RecordLineReader} can be added as they are): 30 and "30" are one
 * value, as they are to someone reading the released file. Null is a value of its own, different from every text including the empty one,
 * so a record with a blank quasi-identifier is neither dropped nor merged with a real value. A record given as
 * a map must contain every quasi-identifier as a key (with a null value if it has none): a missing key is
 * rejected because a misspelt name would otherwise put all records in one class and hide every risk.
 * <p>
 * Not thread-safe; {@link #report()} may be called at any time and the analyzer keeps counting afterwards.
 */
public final class RiskAnalyzer {

    private final List<String> quasiIdentifiers;
    private final ClassKeys keys;
    private final Map<String, ClassCount> classes = new HashMap<>();
    private long records;

    private RiskAnalyzer(List<String> quasiIdentifiers) {
        this.quasiIdentifiers = quasiIdentifiers;
        this.keys = new ClassKeys(quasiIdentifiers);
    }

    /**
     * An analyzer for records whose quasi-identifiers are {@code quasiIdentifiers}, in this order. An empty list
     * is allowed (every record then falls in one class) so that the {@link ReleaseGate} can say so.
     *
     * @throws IllegalArgumentException when a name is null, blank or repeated
     */
    public static RiskAnalyzer over(List<String> quasiIdentifiers) {
        if (quasiIdentifiers == null) {
            throw new IllegalArgumentException("quasiIdentifiers must not be null; pass an empty list for none");
        }
        Set<String> seen = new HashSet<>();
        for (String name : quasiIdentifiers) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("quasiIdentifiers must not contain a null or blank name: "
                        + quasiIdentifiers);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("quasiIdentifiers must not repeat a name: '" + name + "'");
            }
        }
        return new RiskAnalyzer(List.copyOf(quasiIdentifiers));
    }

    /** @see #over(List) */
    public static RiskAnalyzer over(String... quasiIdentifiers) {
        return over(quasiIdentifiers == null ? null : List.of(quasiIdentifiers));
    }

    public List<String> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    /**
     * Counts one record; only its quasi-identifiers are read, other keys are ignored.
     *
     * @throws IllegalArgumentException when the record is null or lacks a quasi-identifier key
     */
    public void add(Map<String, ?> record) {
        count(keys.keyOf(record, records));
    }

    /**
     * Counts one record given as its quasi-identifier values, in the order of {@link #quasiIdentifiers()}.
     *
     * @throws IllegalArgumentException when the number of values differs from the number of quasi-identifiers
     */
    public void add(String... values) {
        count(keys.keyOf(values, records));
    }

    /** The risk of what has been added so far. */
    public RiskReport report() {
        return RiskReport.summarise(quasiIdentifiers, classes, 1);
    }

    /**
     * Which records to drop so that every remaining class has at least {@code k} records: all records of the
     * smaller classes (record suppression, as ARX does). The plan is checked against
     * {@code maxSuppressedShare}, the largest share of records the provider accepts to lose.
     *
     * @throws IllegalArgumentException when k is below 1 or the share is outside [0, 1]
     */
    public SuppressionPlan suppressionPlan(long k, double maxSuppressedShare) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        GateThresholds.requireIn("maxSuppressedShare", maxSuppressedShare, true);
        Set<String> suppressed = new HashSet<>();
        long suppressedRecords = 0;
        for (Map.Entry<String, ClassCount> entry : classes.entrySet()) {
            if (entry.getValue().size < k) {
                suppressed.add(entry.getKey());
                suppressedRecords += entry.getValue().size;
            }
        }
        return new SuppressionPlan(k, maxSuppressedShare, keys, suppressed, suppressedRecords, records,
                RiskReport.summarise(quasiIdentifiers, classes, k));
    }

    private void count(String key) {
        ClassCount count = classes.get(key);
        if (count == null) {
            count = new ClassCount(records);
            classes.put(key, count);
        }
        count.size++;
        records++;
    }

    /** One class: how many records, and where the first one was, so a provider can find it without its values. */
    static final class ClassCount {
        final long firstRecord;
        long size;

        ClassCount(long firstRecord) {
            this.firstRecord = firstRecord;
        }
    }
}

package io.govshare.masking.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The re-identification risk of a dataset, from the sizes of its equivalence classes (records that agree on
 * every quasi-identifier), in the style of the K-anonymity evaluation of GB/T 42460-2023.
 * <p>
 * A record in a class of size s can be singled out with probability 1/s. The prosecutor risk is that of the
 * smallest class (1/k), the average risk is classes/records. With no records, k is 0 and every risk is 0:
 * there is no one to re-identify.
 * <p>
 * The report may be shown to the data provider or kept in an audit log, so it describes classes by size and
 * position only. The values that single out a small class are available solely through
 * {@link SmallClass#quasiIdentifierValues()}, which is not a bean property and does not appear in
 * {@code toString()}. Immutable and thread-safe.
 */
public final class RiskReport {

    /** How many of the smallest classes a report describes. */
    public static final int SMALLEST_CLASSES_KEPT = 10;

    private static final long[] BAND_STARTS = {1, 2, 3, 5, 10, 20, 50, 100};

    private final List<String> quasiIdentifiers;
    private final long records;
    private final long equivalenceClasses;
    private final SortedMap<Long, Long> classSizes;
    private final List<SmallClass> smallestClasses;

    private RiskReport(List<String> quasiIdentifiers, long records, long equivalenceClasses,
            SortedMap<Long, Long> classSizes, List<SmallClass> smallestClasses) {
        this.quasiIdentifiers = quasiIdentifiers;
        this.records = records;
        this.equivalenceClasses = equivalenceClasses;
        this.classSizes = Collections.unmodifiableSortedMap(classSizes);
        this.smallestClasses = List.copyOf(smallestClasses);
    }

    /** The report over the classes of at least {@code minimumSize} records; smaller ones count as removed. */
    static RiskReport summarise(List<String> quasiIdentifiers, Map<String, RiskAnalyzer.ClassCount> classes,
            long minimumSize) {
        Comparator<Map.Entry<String, RiskAnalyzer.ClassCount>> smallestFirst = Comparator
                .comparingLong((Map.Entry<String, RiskAnalyzer.ClassCount> e) -> e.getValue().size)
                .thenComparingLong(e -> e.getValue().firstRecord);
        // Largest on top, so the top is the one to evict when a smaller class turns up.
        PriorityQueue<Map.Entry<String, RiskAnalyzer.ClassCount>> smallest =
                new PriorityQueue<>(smallestFirst.reversed());
        SortedMap<Long, Long> sizes = new TreeMap<>();
        long records = 0;
        long count = 0;
        for (Map.Entry<String, RiskAnalyzer.ClassCount> entry : classes.entrySet()) {
            long size = entry.getValue().size;
            if (size < minimumSize) {
                continue;
            }
            records += size;
            count++;
            sizes.merge(size, 1L, Long::sum);
            if (smallest.size() < SMALLEST_CLASSES_KEPT) {
                smallest.add(entry);
            } else if (smallestFirst.compare(entry, smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(entry);
            }
        }
        List<Map.Entry<String, RiskAnalyzer.ClassCount>> ordered = new ArrayList<>(smallest);
        ordered.sort(smallestFirst);
        List<SmallClass> described = ordered.stream()
                .map(e -> new SmallClass(e.getValue().size, e.getValue().firstRecord, e.getKey()))
                .toList();
        return new RiskReport(quasiIdentifiers, records, count, sizes, described);
    }

    /** The quasi-identifiers the classes were formed over, in the order of the values of a {@link SmallClass}. */
    public List<String> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    public long records() {
        return records;
    }

    public long equivalenceClasses() {
        return equivalenceClasses;
    }

    /** The size of the smallest equivalence class: the data is k-anonymous for this k. 0 when there are no records. */
    public long k() {
        return classSizes.isEmpty() ? 0 : classSizes.firstKey();
    }

    /** 1/k: the chance that an attacker who knows the target is in the file picks its record in the worst class. */
    public double prosecutorRisk() {
        return records == 0 ? 0 : 1.0 / k();
    }

    /** classes/records: the re-identification chance averaged over all records; never above the prosecutor risk. */
    public double averageRisk() {
        return records == 0 ? 0 : (double) equivalenceClasses / records;
    }

    /** Records alone in their class (sample uniques). */
    public long uniqueRecords() {
        return classSizes.getOrDefault(1L, 0L);
    }

    /**
     * Records in classes whose risk 1/size exceeds {@code recordRiskThreshold}; a record exactly at the
     * threshold is not at risk.
     *
     * @throws IllegalArgumentException when the threshold is outside [0, 1]
     */
    public long recordsAtRisk(double recordRiskThreshold) {
        GateThresholds.requireIn("recordRiskThreshold", recordRiskThreshold, true);
        long atRisk = 0;
        for (Map.Entry<Long, Long> sizeAndCount : classSizes.entrySet()) {
            long size = sizeAndCount.getKey();
            if (1.0 / size <= recordRiskThreshold) {
                break; // sizes ascend, so every later class is safer still
            }
            atRisk += size * sizeAndCount.getValue();
        }
        return atRisk;
    }

    /** {@link #recordsAtRisk} as a share of all records; 0 when there are no records. */
    public double shareAtRisk(double recordRiskThreshold) {
        long atRisk = recordsAtRisk(recordRiskThreshold);
        return records == 0 ? 0 : (double) atRisk / records;
    }

    /** Class size → number of classes of that size, smallest size first. */
    public SortedMap<Long, Long> classSizes() {
        return classSizes;
    }

    /**
     * The class sizes in fixed bands 1, 2, 3–4, 5–9, 10–19, 20–49, 50–99 and 100+, empty bands included, so
     * that reports compare at a glance; the bands start at the usual k of 2, 5 and 20.
     */
    public List<SizeBand> histogram() {
        List<SizeBand> bands = new ArrayList<>(BAND_STARTS.length);
        for (int i = 0; i < BAND_STARTS.length; i++) {
            long from = BAND_STARTS[i];
            long next = i + 1 < BAND_STARTS.length ? BAND_STARTS[i + 1] : Long.MAX_VALUE;
            long classes = 0;
            long inBand = 0;
            for (Map.Entry<Long, Long> sizeAndCount : classSizes.subMap(from, next).entrySet()) {
                classes += sizeAndCount.getValue();
                inBand += sizeAndCount.getKey() * sizeAndCount.getValue();
            }
            bands.add(new SizeBand(from, next == Long.MAX_VALUE ? next : next - 1, classes, inBand));
        }
        return List.copyOf(bands);
    }

    /**
     * Up to {@value #SMALLEST_CLASSES_KEPT} classes, smallest first and, among equal sizes, the one whose first
     * record came first.
     */
    public List<SmallClass> smallestClasses() {
        return smallestClasses;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RiskReport[records=%d, classes=%d, k=%d, prosecutor=%.4f, average=%.4f,"
                + " unique=%d]", records, equivalenceClasses, k(), prosecutorRisk(), averageRisk(), uniqueRecords());
    }

    /**
     * Classes with {@code from} to {@code to} records each ({@code to} is {@link Long#MAX_VALUE} for the open
     * top band), how many such classes there are and how many records they hold.
     */
    public record SizeBand(long from, long to, long classes, long records) {
    }

    /** One small equivalence class, described by its size and where its first record was. */
    public static final class SmallClass {
        private final long size;
        private final long firstRecord;
        private final String key;

        SmallClass(long size, long firstRecord, String key) {
            this.size = size;
            this.firstRecord = firstRecord;
            this.key = key;
        }

        public long size() {
            return size;
        }

        /** 1/size. */
        public double risk() {
            return 1.0 / size;
        }

        /** The 0-based position, in the order they were added, of the first record of this class. */
        public long firstRecord() {
            return firstRecord;
        }

        /**
         * The quasi-identifier values every record of this class shares, in the order of
         * {@link RiskReport#quasiIdentifiers()}; null where the records had none. These values single the
         * records out: show them only to someone allowed to see the data itself.
         */
        public List<String> quasiIdentifierValues() {
            return ClassKeys.decode(key);
        }

        /** Size and position only, never the values. */
        @Override
        public String toString() {
            return "SmallClass[size=" + size + ", firstRecord=" + firstRecord + "]";
        }
    }
}

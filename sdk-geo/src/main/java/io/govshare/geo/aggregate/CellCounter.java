package io.govshare.geo.aggregate;

import java.util.Arrays;

/**
 * Counts, magnitude sums and the n largest magnitudes per long key, in primitive arrays. Shared by the grid
 * and district aggregators.
 */
final class CellCounter {

    private final LongIndex index = new LongIndex();
    private final int keep;
    private long[] counts = new long[64];
    private double[] totals = new double[64];
    private double[] largest;

    CellCounter(int keepLargest) {
        this.keep = keepLargest;
        this.largest = new double[64 * keepLargest];
    }

    void add(long key, double magnitude) {
        int i = index.indexOf(key);
        if (i == counts.length) {
            counts = Arrays.copyOf(counts, i * 2);
            totals = Arrays.copyOf(totals, i * 2);
            largest = Arrays.copyOf(largest, i * 2 * keep);
        }
        counts[i]++;
        totals[i] += magnitude;
        if (keep > 0) {
            keepLargest(i * keep, magnitude);
        }
    }

    /** Adds a whole cell's count and total at once (only without largest-magnitude tracking). */
    void addCell(long key, long count, double total) {
        if (keep > 0) {
            throw new IllegalStateException("cells with largest magnitudes are counted point by point");
        }
        int i = index.indexOf(key);
        if (i == counts.length) {
            counts = Arrays.copyOf(counts, i * 2);
            totals = Arrays.copyOf(totals, i * 2);
        }
        counts[i] += count;
        totals[i] += total;
    }

    private void keepLargest(int base, double magnitude) {
        int last = base + keep - 1;
        if (magnitude <= largest[last]) {
            return;
        }
        int j = last;
        while (j > base && largest[j - 1] < magnitude) {
            largest[j] = largest[j - 1];
            j--;
        }
        largest[j] = magnitude;
    }

    /** The index of the key, or -1. */
    int find(long key) {
        return index.find(key);
    }

    int size() {
        return index.size();
    }

    long key(int i) {
        return index.key(i);
    }

    long count(int i) {
        return counts[i];
    }

    double total(int i) {
        return totals[i];
    }

    double[] largest(int i) {
        int n = (int) Math.min(keep, counts[i]);
        return Arrays.copyOfRange(largest, i * keep, i * keep + n);
    }
}

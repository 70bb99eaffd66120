package io.govshare.geo.aggregate;

import java.util.List;
import java.util.Map;

/**
 * The result of an aggregation, before any confidentiality rule: the cells, and the records that could not be
 * placed in any cell with the reason (no district covers the point, a malformed code…), so that
 * {@code inputRecords = Σ leaf counts + Σ unplaced} always holds.
 *
 * @param magnitudes        whether cell totals are sums of magnitudes (enterprise data) rather than counts
 * @param approximateInputs points that came from GCJ-02/BD-09 input (see {@code ApproximatePosition})
 */
public record Tabulation(String name, List<Cell> cells, long inputRecords, Map<String, Long> unplaced,
                         boolean magnitudes, int approximateInputs) {

    public Tabulation {
        cells = List.copyOf(cells);
        unplaced = Map.copyOf(unplaced);
    }

    public long unplacedRecords() {
        return unplaced.values().stream().mapToLong(Long::longValue).sum();
    }
}

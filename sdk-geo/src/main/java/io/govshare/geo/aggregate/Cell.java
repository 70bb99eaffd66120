package io.govshare.geo.aggregate;

import org.locationtech.jts.geom.Geometry;

import java.util.Objects;

/**
 * One row of a tabulation: a grid cell, district or code total.
 *
 * @param id       unique in its tabulation
 * @param parentId the cell whose total includes this one (a district around its grid pieces, a prefecture
 *                 around its counties), or null
 * @param count    records in the cell (each a contributor)
 * @param total    sum of the records' magnitudes (equal to count when there are none)
 * @param largest  the largest magnitudes, descending, as many as the dominance rule needs (may be empty)
 * @param area     the cell's area in CGCS2000 longitude/latitude, or null when it has none (a code total
 *                 without a boundary layer)
 */
public record Cell(String id, String parentId, long count, double total, double[] largest, Geometry area) {

    public Cell {
        Objects.requireNonNull(id, "id");
        largest = largest == null ? new double[0] : largest.clone();
    }

    @Override
    public double[] largest() {
        return largest.clone();
    }

    /** Sum of the n largest magnitudes kept (fewer if the cell has fewer records). */
    public double largestSum(int n) {
        double sum = 0;
        for (int i = 0; i < Math.min(n, largest.length); i++) {
            sum += largest[i];
        }
        return sum;
    }
}

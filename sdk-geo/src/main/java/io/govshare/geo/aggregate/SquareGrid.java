package io.govshare.geo.aggregate;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.layer.DistrictLayer;
import io.govshare.geo.layer.PointLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A square grid of whole-metre cells laid in {@link ChinaAlbers} (equal-area, so every cell has the same true
 * ground area). Cell (column, row) spans easting [col·s, (col+1)·s) and northing [row·s, (row+1)·s); its id
 * follows the INSPIRE/GISCO grid naming, {@code AEA250mN4344250E956000}: projection, size, then the
 * lower-left corner's northing and easting.
 */
public final class SquareGrid {

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);
    /** Points per cell edge when a cell is drawn in longitude/latitude (the edges curve slightly). */
    private static final int EDGE_POINTS = 4;

    private final int cellMetres;

    private SquareGrid(int cellMetres) {
        this.cellMetres = cellMetres;
    }

    /** @throws GeoInputException naming {@code cellSize} unless 1 m ≤ size ≤ 1,000 km */
    public static SquareGrid ofCellSize(int metres) {
        if (metres < 1 || metres > 1_000_000) {
            throw new GeoInputException("cellSize", "must be between 1 and 1000000 metres, got " + metres);
        }
        return new SquareGrid(metres);
    }

    public int cellMetres() {
        return cellMetres;
    }

    /**
     * Counts the points per cell: the hot loop of grid statistics, one projection and one array increment per
     * point, no allocation.
     * <p>
     * When the points' extent spans a modest number of cells (as a city or province does), counts go into a
     * dense array over that extent, which stays in cache far better than a hash table; any point that falls
     * outside it (none should: the extent is padded by a cell) and all wider layers go through the hash table.
     * Both paths give identical results.
     *
     * @param keepLargest how many of each cell's largest magnitudes to keep for a dominance rule (0 for none)
     */
    public GridCounts count(PointLayer points, int keepLargest) {
        CellCounter counter = new CellCounter(keepLargest);
        DenseExtent dense = keepLargest == 0 ? DenseExtent.of(points, cellMetres) : null;
        double[] xy = new double[2];
        double inverse = 1.0 / cellMetres;
        if (dense == null) {
            for (int i = 0, n = points.size(); i < n; i++) {
                ChinaAlbers.project(points.longitude(i), points.latitude(i), xy);
                counter.add(key((int) Math.floor(xy[0] * inverse), (int) Math.floor(xy[1] * inverse)), points.magnitude(i));
            }
            return new GridCounts(this, points, counter);
        }
        int[] counts = new int[dense.columns * dense.rows];
        double[] totals = points.hasMagnitudes() ? new double[counts.length] : null;
        for (int i = 0, n = points.size(); i < n; i++) {
            ChinaAlbers.project(points.longitude(i), points.latitude(i), xy);
            int column = (int) Math.floor(xy[0] * inverse);
            int row = (int) Math.floor(xy[1] * inverse);
            int c = column - dense.column0;
            int r = row - dense.row0;
            if (c >= 0 && c < dense.columns && r >= 0 && r < dense.rows) {
                int cell = r * dense.columns + c;
                counts[cell]++;
                if (totals != null) {
                    totals[cell] += points.magnitude(i);
                }
            } else {
                counter.add(key(column, row), points.magnitude(i));
            }
        }
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] > 0) {
                counter.addCell(key(dense.column0 + cell % dense.columns, dense.row0 + cell / dense.columns),
                        counts[cell], totals == null ? counts[cell] : totals[cell]);
            }
        }
        return new GridCounts(this, points, counter);
    }

    /** The cell range covering a layer's longitude/latitude box, if small enough to count densely. */
    private record DenseExtent(int column0, int row0, int columns, int rows) {

        /** Dense only when the array is no bigger than 4 cells a point and 32 M cells (128 MB). */
        static DenseExtent of(PointLayer points, int cellMetres) {
            int n = points.size();
            if (n < 1024) {
                return null;
            }
            double minLon = 180;
            double maxLon = -180;
            double minLat = 90;
            double maxLat = -90;
            for (int i = 0; i < n; i++) {
                minLon = Math.min(minLon, points.longitude(i));
                maxLon = Math.max(maxLon, points.longitude(i));
                minLat = Math.min(minLat, points.latitude(i));
                maxLat = Math.max(maxLat, points.latitude(i));
            }
            // a lon/lat box's projected extent is reached on its edges; sample them and pad by one cell
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            double[] xy = new double[2];
            int samples = 256;
            for (int s = 0; s <= samples; s++) {
                double lon = minLon + (maxLon - minLon) * s / samples;
                double lat = minLat + (maxLat - minLat) * s / samples;
                for (double[] p : new double[][]{{lon, minLat}, {lon, maxLat}, {minLon, lat}, {maxLon, lat}}) {
                    ChinaAlbers.project(p[0], p[1], xy);
                    minX = Math.min(minX, xy[0]);
                    maxX = Math.max(maxX, xy[0]);
                    minY = Math.min(minY, xy[1]);
                    maxY = Math.max(maxY, xy[1]);
                }
            }
            long column0 = (long) Math.floor(minX / cellMetres) - 1;
            long row0 = (long) Math.floor(minY / cellMetres) - 1;
            long columns = (long) Math.floor(maxX / cellMetres) + 2 - column0;
            long rows = (long) Math.floor(maxY / cellMetres) + 2 - row0;
            long cells = columns * rows;
            if (cells > 4L * n || cells > 32_000_000L) {
                return null;
            }
            return new DenseExtent((int) column0, (int) row0, (int) columns, (int) rows);
        }
    }

    /**
     * Grid pieces nested in districts: a cell crossing a boundary becomes one piece per district, each with the
     * district as its parent, and the district totals are cells too. This is the table the differencing guard
     * needs: a district total minus its published pieces is exactly the sum of its suppressed pieces.
     */
    public Tabulation tabulateWithin(PointLayer points, DistrictLayer districts, int keepLargest) {
        Map<Integer, CellCounter> perDistrict = new HashMap<>();
        CellCounter districtTotals = new CellCounter(keepLargest);
        long outside = 0;
        double[] xy = new double[2];
        for (int i = 0; i < points.size(); i++) {
            int d = districts.locate(points.longitude(i), points.latitude(i));
            if (d < 0) {
                outside++;
                continue;
            }
            ChinaAlbers.project(points.longitude(i), points.latitude(i), xy);
            perDistrict.computeIfAbsent(d, x -> new CellCounter(keepLargest))
                    .add(key((int) Math.floor(xy[0] / cellMetres), (int) Math.floor(xy[1] / cellMetres)), points.magnitude(i));
            districtTotals.add(d, points.magnitude(i));
        }
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j < districtTotals.size(); j++) {
            int d = (int) districtTotals.key(j);
            var district = districts.districts().get(d);
            String code = district.code().value();
            cells.add(new Cell(code, null, districtTotals.count(j), districtTotals.total(j), districtTotals.largest(j),
                    district.area()));
            CellCounter pieces = perDistrict.get(d);
            for (int p = 0; p < pieces.size(); p++) {
                long k = pieces.key(p);
                Geometry piece = cellArea(column(k), row(k)).intersection(district.area());
                cells.add(new Cell(code + ":" + cellId(column(k), row(k)), code, pieces.count(p), pieces.total(p),
                        pieces.largest(p), piece));
            }
        }
        cells.sort(Comparator.comparing(Cell::id));
        Map<String, Long> unplaced = outside == 0 ? Map.of() : Map.of("outside every district", outside);
        return new Tabulation(districts.name() + " x " + cellMetres + " m grid", cells, points.size(), unplaced,
                points.hasMagnitudes(), points.approximateCount());
    }

    static long key(int column, int row) {
        return ((long) column << 32) | (row & 0xffffffffL);
    }

    static int column(long key) {
        return (int) (key >> 32);
    }

    static int row(long key) {
        return (int) key;
    }

    /** The INSPIRE-style id of a cell. */
    public String cellId(int column, int row) {
        return "AEA" + cellMetres + "mN" + (long) row * cellMetres + "E" + (long) column * cellMetres;
    }

    /** The cell as a polygon in CGCS2000 longitude/latitude (counter-clockwise, edges densified). */
    public Geometry cellArea(int column, int row) {
        double x0 = (double) column * cellMetres;
        double y0 = (double) row * cellMetres;
        Coordinate[] ring = new Coordinate[4 * EDGE_POINTS + 1];
        double[] lonLat = new double[2];
        int k = 0;
        double[][] corners = {{x0, y0}, {x0 + cellMetres, y0}, {x0 + cellMetres, y0 + cellMetres}, {x0, y0 + cellMetres}};
        for (int side = 0; side < 4; side++) {
            double[] from = corners[side];
            double[] to = corners[(side + 1) % 4];
            for (int s = 0; s < EDGE_POINTS; s++) {
                double t = (double) s / EDGE_POINTS;
                ChinaAlbers.inverse(from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, lonLat);
                ring[k++] = new Coordinate(lonLat[0], lonLat[1]);
            }
        }
        ring[k] = ring[0].copy();
        return GEOMETRY.createPolygon(ring);
    }
}

package io.govshare.geo.aggregate;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.layer.PointLayer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridAggregationTest {

    /** Clustered points around a few centres, so that cells range from 1 record to hundreds. */
    private static PointLayer clustered(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            int centre = random.nextInt(4);
            double spread = 0.002 + 0.02 * random.nextDouble() * random.nextDouble();
            lon[i] = 116.30 + centre * 0.05 + random.nextGaussian() * spread;
            lat[i] = 39.85 + centre * 0.03 + random.nextGaussian() * spread;
        }
        return PointLayer.ofLonLat("people", lon, lat, null);
    }

    @Test
    void countsAddUpToTheInputMinusWhatIsSuppressedForManyGeneratedLayers() {
        for (long seed = 1; seed <= 25; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 31);
            PointLayer points = clustered(seed, 500 + random.nextInt(5_000));
            SquareGrid grid = SquareGrid.ofCellSize(100 + random.nextInt(900));
            int k = 1 + random.nextInt(15);
            Disclosure d = DisclosureControl.apply(grid.count(points, 0).toTabulation(), DisclosureRules.threshold(k));

            assertTrue(d.balances(), "seed " + seed);
            assertEquals(points.size(), d.publishedRecords() + d.suppressedRecords());
            long publishedSum = d.published().stream().mapToLong(Cell::count).sum();
            long suppressedSum = d.suppressed().stream().mapToLong(Suppression::records).sum();
            assertEquals(points.size(), publishedSum + suppressedSum, "seed " + seed);
            assertTrue(d.published().stream().allMatch(c -> c.count() >= k), "a published cell under k, seed " + seed);
            assertTrue(d.suppressed().stream().allMatch(s -> s.records() < k && s.rule() == Suppression.Rule.THRESHOLD));
            if (k > 1) {
                assertFalse(d.suppressed().isEmpty(), "clustered data always has sparse edge cells, seed " + seed);
            }
        }
    }

    @Test
    void eachPointLandsInTheCellItsProjectedCoordinatesName() {
        PointLayer points = clustered(7, 3_000);
        SquareGrid grid = SquareGrid.ofCellSize(250);
        GridCounts counts = grid.count(points, 0);
        // an independent tally through the one-coordinate functions and a HashMap
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            long col = (long) Math.floor(ChinaAlbers.easting(points.longitude(i), points.latitude(i)) / 250);
            long row = (long) Math.floor(ChinaAlbers.northing(points.longitude(i), points.latitude(i)) / 250);
            expected.merge("AEA250mN" + row * 250 + "E" + col * 250, 1, Integer::sum);
        }
        Tabulation t = counts.toTabulation();
        assertEquals(expected.size(), t.cells().size());
        for (Cell c : t.cells()) {
            assertEquals(expected.get(c.id()).longValue(), c.count(), c.id());
        }
        assertEquals(points.size(), counts.totalRecords());
    }

    @Test
    void cellAreaIsTheSquareInAlbersAndHoldsItsPoints() {
        SquareGrid grid = SquareGrid.ofCellSize(250);
        double[] xy = new double[2];
        ChinaAlbers.project(116.3975, 39.9087, xy);
        int col = (int) Math.floor(xy[0] / 250);
        int row = (int) Math.floor(xy[1] / 250);
        var area = grid.cellArea(col, row);
        assertTrue(area.contains(area.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(116.3975, 39.9087))));
        // back in Albers, the polygon is the 250 m square again
        for (var c : area.getCoordinates()) {
            ChinaAlbers.project(c.x, c.y, xy);
            double dx = xy[0] - col * 250.0;
            double dy = xy[1] - row * 250.0;
            assertTrue(dx > -1e-6 && dx < 250 + 1e-6 && dy > -1e-6 && dy < 250 + 1e-6, dx + "," + dy);
        }
        assertEquals("AEA250mN4344250E956000", grid.cellId(col, row));
        GridCounts one = grid.count(PointLayer.ofLonLat("one", new double[]{116.3975}, new double[]{39.9087}, null), 0);
        assertEquals(1, one.countAt(col, row));
        assertEquals(0, one.countAt(col + 1, row));
    }

    @Test
    void badGridSizeThresholdAndCoordinatesAreRefusedByName() {
        GeoInputException size = assertThrows(GeoInputException.class, () -> SquareGrid.ofCellSize(-250));
        assertEquals("cellSize", size.field());
        assertTrue(size.getMessage().contains("between 1 and 1000000"));
        GeoInputException k = assertThrows(GeoInputException.class, () -> DisclosureRules.threshold(0));
        assertEquals("k: must be at least 1, got 0", k.getMessage());
        GeoInputException nan = assertThrows(GeoInputException.class,
                () -> PointLayer.ofLonLat("x", new double[]{116, Double.NaN}, new double[]{39, 39}, null));
        assertEquals("longitudes[1]", nan.field());
        GeoInputException lat = assertThrows(GeoInputException.class,
                () -> PointLayer.ofLonLat("x", new double[]{116}, new double[]{-91}, null));
        assertEquals("latitudes[0]", lat.field());
        assertEquals("dominance.percent", assertThrows(GeoInputException.class,
                () -> DisclosureRules.withDominance(3, 2, 0, 3)).field());
    }

    @Test
    void denseAndHashedCountingGiveTheSameCells() {
        PointLayer points = clustered(5, 20_000);
        SquareGrid grid = SquareGrid.ofCellSize(250);
        // keepLargest = 1 forces the hash table; 0 lets a city-sized extent use the dense array
        Map<String, Long> dense = new HashMap<>();
        grid.count(points, 0).toTabulation().cells().forEach(c -> dense.put(c.id(), c.count()));
        Map<String, Long> hashed = new HashMap<>();
        grid.count(points, 1).toTabulation().cells().forEach(c -> hashed.put(c.id(), c.count()));
        assertEquals(hashed, dense);
        assertEquals(20_000L, dense.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void cellIdsAreUnique() {
        Tabulation t = SquareGrid.ofCellSize(100).count(clustered(3, 2_000), 0).toTabulation();
        Set<String> ids = new HashSet<>();
        t.cells().forEach(c -> assertTrue(ids.add(c.id())));
    }
}

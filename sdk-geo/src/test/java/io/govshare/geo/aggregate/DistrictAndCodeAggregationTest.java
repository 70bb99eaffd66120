package io.govshare.geo.aggregate;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.layer.AdminCode;
import io.govshare.geo.layer.District;
import io.govshare.geo.layer.DistrictLayer;
import io.govshare.geo.layer.PointLayer;
import io.govshare.identifiers.ResidentIds;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistrictAndCodeAggregationTest {

    private static final GeometryFactory F = new GeometryFactory();

    private static LinearRing ring(double x0, double y0, double x1, double y1) {
        return F.createLinearRing(new Coordinate[]{new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /**
     * West 110101: [116.0, 116.2] x [39.8, 40.0] with a hole [116.05, 116.10] x [39.85, 39.90] filled by 110108;
     * east 110105: [116.2, 116.4] x [39.8, 40.0], sharing the edge lon = 116.2.
     */
    static DistrictLayer districts() {
        Geometry west = F.createPolygon(ring(116.0, 39.8, 116.2, 40.0), new LinearRing[]{ring(116.05, 39.85, 116.10, 39.90)});
        Geometry east = F.createPolygon(ring(116.2, 39.8, 116.4, 40.0));
        Geometry island = F.createPolygon(ring(116.05, 39.85, 116.10, 39.90));
        return new DistrictLayer("districts", List.of(new District(AdminCode.of("110105"), "朝阳区", east),
                new District(AdminCode.of("110101"), "东城区", west), new District(AdminCode.of("110108"), "海淀区", island)));
    }

    @Test
    void pointInDistrictHonoursHolesAndGivesSharedBoundariesToTheLowerCode() {
        DistrictLayer layer = districts();
        assertEquals("110101", code(layer, 116.01, 39.81));
        assertEquals("110108", code(layer, 116.07, 39.87), "inside the hole: the island, not the district around it");
        assertEquals("110105", code(layer, 116.30, 39.90));
        assertEquals("110101", code(layer, 116.2, 39.9), "on the shared edge: 110101 < 110105");
        assertEquals("110101", code(layer, 116.05, 39.87), "on the hole's edge: 110101 < 110108");
        assertEquals(-1, layer.locate(117.0, 39.9));
    }

    private static String code(DistrictLayer layer, double lon, double lat) {
        return layer.districts().get(layer.locate(lon, lat)).code().value();
    }

    @Test
    void districtTabulationCountsEveryPointOnceAndReportsTheOnesOutside() {
        double[] lon = {116.01, 116.07, 116.07, 116.30, 116.2, 117.5, 116.39};
        double[] lat = {39.81, 39.87, 39.88, 39.90, 39.9, 39.9, 39.99};
        Tabulation t = DistrictAggregator.tabulate(PointLayer.ofLonLat("p", lon, lat, null), districts(), 0);
        Map<String, Long> counts = t.cells().stream().collect(Collectors.toMap(Cell::id, Cell::count));
        assertEquals(Map.of("110101", 2L, "110105", 2L, "110108", 2L), counts);
        assertEquals(Map.of("outside every district", 1L), t.unplaced());
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(1));
        assertTrue(d.balances());
    }

    @Test
    void gridPiecesNestInDistrictsAndTheGuardKeepsDifferencesAboveK() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int n = 4_000;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 116.0 + random.nextDouble() * 0.45;
            lat[i] = 39.8 + random.nextDouble() * 0.2;
        }
        PointLayer points = PointLayer.ofLonLat("p", lon, lat, null);
        int k = 10;
        int guardWorked = 0;
        for (int size = 1_000; size <= 6_000; size += 500) {
            Tabulation t = SquareGrid.ofCellSize(size).tabulateWithin(points, districts(), 0);
            Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(k));
            assertTrue(d.balances());
            assertTrue(d.unplacedRecords() > 0, "points east of 116.4 are outside");
            for (Cell district : d.published()) {
                if (!d.isTotal(district.id())) {
                    continue;
                }
                long publishedPieces = d.published().stream().filter(c -> district.id().equals(c.parentId()))
                        .mapToLong(Cell::count).sum();
                long hidden = district.count() - publishedPieces;
                long hiddenCells = d.suppressed().stream().filter(s -> s.cellId().startsWith(district.id() + ":")).count();
                assertTrue(hidden == 0 || (hidden >= k && hiddenCells >= 2), size + " m: " + district.id()
                        + " total minus its published pieces reveals " + hidden + " records in " + hiddenCells);
            }
            if (d.suppressed().stream().anyMatch(s -> s.rule() == Suppression.Rule.COMPLEMENTARY)) {
                guardWorked++;
            }
        }
        // pieces cut by the district edges are often alone and small, so the guard has work to do
        assertTrue(guardWorked > 0);
    }

    @Test
    void residentIdsAggregateToCountiesWithPrefectureAndProvinceTotals() {
        List<String> ids = new ArrayList<>(List.of("11010519491231002X", "440524188001010014"));
        for (String county : List.of("110105", "110105", "110108", "440524", "440305")) {
            String body = county + "19900101" + "123";
            ids.add(body + ResidentIds.checkCharacterFor(body));
        }
        ids.add("not-an-id");
        Tabulation t = CodeAggregator.fromResidentIds("people", ids, null);
        Map<String, Long> counts = t.cells().stream().collect(Collectors.toMap(Cell::id, Cell::count));
        assertEquals(3L, counts.get("110105"));
        assertEquals(1L, counts.get("110108"));
        assertEquals(2L, counts.get("440524"));
        assertEquals(4L, counts.get("110100*"));
        assertEquals(4L, counts.get("110000*"));
        assertEquals(1L, counts.get("440300*"));
        assertEquals(3L, counts.get("440000*"));
        assertEquals("110100*", t.cells().stream().filter(c -> c.id().equals("110105")).findFirst().orElseThrow().parentId());
        assertEquals(Map.of("malformed 公民身份号码", 1L), t.unplaced());
        Disclosure d = DisclosureControl.apply(t, DisclosureRules.threshold(2));
        assertTrue(d.balances());
        assertEquals(8, d.inputRecords());
    }

    @Test
    void adminCodeHierarchy() {
        AdminCode county = AdminCode.of("440305");
        assertEquals(AdminCode.Level.COUNTY, county.level());
        assertEquals(AdminCode.of("440300"), county.parent());
        assertEquals(AdminCode.of("440000"), county.parent().parent());
        assertEquals(null, AdminCode.of("440000").parent());
        assertTrue(county.isWithin(AdminCode.of("440000")));
        assertEquals(AdminCode.of("512081"), AdminCode.fromCreditCode("91512081MA62K0260E"));
        assertEquals("adminCode", assertThrows(GeoInputException.class, () -> AdminCode.of("11010")).field());
        assertEquals("adminCode", assertThrows(GeoInputException.class, () -> AdminCode.of("110005")).field());
    }
}

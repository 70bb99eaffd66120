package io.govshare.app.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.aggregate.Suppression;
import io.govshare.geo.layer.District;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The demo city and its disclosed layers, without a server. */
class MapLayersTest {

    private static final DemoCity CITY = DemoCity.generate(MapLayers.SEED, 50_000, 1_000);
    private static final Map<String, MapCollection> LAYERS = MapLayers.build(CITY);

    @Test
    void districtsTileTheCityWithoutGapsOrOverlaps() {
        List<District> districts = CITY.districts.districts();
        assertEquals(5, districts.size());
        double sum = districts.stream().mapToDouble(d -> d.area().getArea()).sum();
        Geometry city = districts.get(0).area();
        for (District d : districts) {
            city = city.union(d.area());
        }
        assertEquals(sum, city.getArea(), 1e-9, "districts must not overlap");
        assertEquals("Polygon", city.getGeometryType());
        assertEquals(0, ((org.locationtech.jts.geom.Polygon) city).getNumInteriorRing(), "no gaps between districts");
        for (int i = 0; i < districts.size(); i++) {
            for (int j = i + 1; j < districts.size(); j++) {
                Geometry overlap = districts.get(i).area().intersection(districts.get(j).area());
                assertEquals(0, overlap.getArea(), 1e-12, districts.get(i).code() + " overlaps " + districts.get(j).code());
            }
        }
    }

    @Test
    void sameSeedSameCityAndVersion() {
        DemoCity again = DemoCity.generate(MapLayers.SEED, 50_000, 1_000);
        assertEquals(CITY.dataVersion(), again.dataVersion());
        assertNotEquals(CITY.dataVersion(), DemoCity.generate(MapLayers.SEED + 1, 50_000, 1_000).dataVersion());
    }

    @Test
    void populationAggregatesBalanceAndWithholdSmallCells() {
        Disclosure d = LAYERS.get(MapLayers.POPULATION_GRID).disclosure();
        assertTrue(d.balances());
        assertEquals(50_000, d.inputRecords());
        assertEquals(0, d.unplacedRecords(), "every person is placed inside a district");
        assertTrue(d.suppressedRecordsByRule().getOrDefault(Suppression.Rule.THRESHOLD, 0L) > 0,
                "the sparse county must have cells under k");
        // no published grid cell has fewer than k people
        MapCollection grid = LAYERS.get(MapLayers.POPULATION_GRID);
        for (int i = 0; i < grid.size(); i++) {
            Object count = grid.feature(i).properties().get("count");
            assertTrue(count == null || ((Number) count).longValue() >= MapLayers.PEOPLE_K, grid.feature(i).toString());
        }
    }

    @Test
    void enterpriseDensityAppliesDominance() {
        Disclosure d = LAYERS.get(MapLayers.ENTERPRISE_DENSITY).disclosure();
        assertTrue(d.balances());
        assertTrue(d.suppressedRecordsByRule().getOrDefault(Suppression.Rule.DOMINANCE, 0L) > 0,
                "a few large employers must dominate some cells: " + d.suppressedRecordsByRule());
    }

    @Test
    void pointLayersAreEntitledAndNameTheirAggregate() {
        MapCollection people = LAYERS.get(MapLayers.POPULATION_POINTS);
        assertEquals(MapCollection.Access.ENTITLED, people.access());
        assertEquals(MapLayers.POPULATION_GRID, people.aggregateId());
        assertEquals(50_000, people.size());
        assertTrue(people.feature(7).properties().get("district").toString().startsWith("3905"));
    }
}

package io.govshare.app.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.govshare.geo.style.MapStyle;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legend a client draws and styles vector tiles with is the server's own style, class for class. */
class MapLegendTest {

    private static final Map<String, MapCollection> LAYERS = MapLayers.build(
            DemoCity.generate(MapLayers.SEED, 20_000, 500));

    @Test
    void classesAreTheStyleBreaksAndColours() {
        MapCollection grid = LAYERS.get(MapLayers.POPULATION_GRID);
        JsonObject legend = MapLegend.of(new MapView(grid, grid, "public"));
        assertEquals("population-grid", legend.getString("layer"));
        assertEquals("public", legend.getString("view"));
        MapStyle.Choropleth style = grid.style().choropleth();
        JsonObject choropleth = legend.getJsonObject("choropleth");
        assertEquals("count", choropleth.getString("property"));
        JsonArray classes = choropleth.getJsonArray("classes");
        assertEquals(style.colors().size(), classes.size());
        // first: below the first break, no lower bound; last: from the last break, no upper bound
        assertFalse(classes.getJsonObject(0).containsKey("from"));
        assertEquals(style.breaks().get(0), classes.getJsonObject(0).getJsonNumber("to").doubleValue());
        assertEquals(style.breaks().get(0), classes.getJsonObject(1).getJsonNumber("from").doubleValue());
        assertFalse(classes.getJsonObject(classes.size() - 1).containsKey("to"));
        for (int i = 0; i < classes.size(); i++) {
            assertEquals(MapLegend.hex(style.colors().get(i)), classes.getJsonObject(i).getString("color"));
        }
        assertEquals("#fee5d9", classes.getJsonObject(0).getString("color"));
        assertEquals("#bdbdbd", choropleth.getString("suppressedColor"));
    }

    @Test
    void anUnentitledViewerGetsTheAggregatesLegend() {
        MapCollection points = LAYERS.get(MapLayers.POPULATION_POINTS);
        MapCollection grid = LAYERS.get(MapLayers.POPULATION_GRID);
        JsonObject legend = MapLegend.of(new MapView(points, grid, "aggregate"));
        assertEquals("population-points", legend.getString("layer"));
        assertEquals("population-grid", legend.getString("drawn"));
        assertFalse(legend.getBoolean("points"));
        JsonObject full = MapLegend.of(new MapView(points, points, "full"));
        assertTrue(full.getBoolean("points"));
        assertEquals(3, full.getJsonObject("heatmap").getJsonArray("gradient").size());
    }

    @Test
    void translucentColoursKeepTheirAlpha() {
        assertEquals("#2c7bb600", MapLegend.hex(new Color(0x2c, 0x7b, 0xb6, 0)));
        assertEquals("#00441b", MapLegend.hex(new Color(0x00, 0x44, 0x1b)));
    }
}

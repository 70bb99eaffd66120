package io.govshare.geo.output;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.govshare.geo.GeoInputException;
import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.aggregate.DisclosureControl;
import io.govshare.geo.aggregate.DisclosureRules;
import io.govshare.geo.aggregate.SquareGrid;
import io.govshare.geo.crs.ConsumerCoordinates;
import io.govshare.geo.crs.Crs;
import io.govshare.geo.crs.ObfuscatedDatum;
import io.govshare.geo.layer.PointLayer;
import io.govshare.geo.style.MapStyle;
import io.govshare.geo.style.StyleJson;
import io.govshare.geo.tiles.TileId;
import io.govshare.geo.tiles.TileMatrixSet;
import io.govshare.geo.tiles.WebMercator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTest {

    private static final GeometryFactory F = new GeometryFactory();
    private static final String STYLE = """
            {"choropleth": {"property": "count", "breaks": [5, 20],
                            "colors": ["#ffeda0", "#feb24c", "#f03b20"], "suppressedColor": "#bdbdbd"},
             "heatmap": {"radius": 12, "maxDensity": 4,
                         "gradient": [{"stop": 0, "color": "#0000ff00"}, {"stop": 1, "color": "#ff0000"}]}}
            """;

    private static Polygon square(double lon0, double lat0, double lon1, double lat1) {
        return F.createPolygon(new Coordinate[]{new Coordinate(lon0, lat0), new Coordinate(lon0, lat1),
                new Coordinate(lon1, lat1), new Coordinate(lon1, lat0), new Coordinate(lon0, lat0)});  // clockwise
    }

    @Test
    void geoJsonIsLongitudeFirstRightHandedAndCarriesTheBalance() {
        double[] lon = {116.3975, 116.3975, 116.3975, 116.45};
        double[] lat = {39.9087, 39.9087, 39.9087, 39.95};
        Disclosure d = DisclosureControl.apply(SquareGrid.ofCellSize(250)
                .count(PointLayer.ofLonLat("p", lon, lat, null), 0).toTabulation(), DisclosureRules.threshold(2));
        JsonObject fc = Json.createReader(new StringReader(GeoJson.write(d, false))).readObject();
        assertEquals("FeatureCollection", fc.getString("type"));
        assertEquals(4, fc.getJsonObject("disclosure").getInt("inputRecords"));
        assertEquals(3, fc.getJsonObject("disclosure").getInt("publishedRecords"));
        assertEquals(1, fc.getJsonObject("disclosure").getInt("suppressedRecords"));
        JsonObject published = fc.getJsonArray("features").stream().map(v -> v.asJsonObject())
                .filter(f -> !f.getJsonObject("properties").getBoolean("suppressed")).findFirst().orElseThrow();
        assertEquals(3, published.getJsonObject("properties").getInt("count"));
        JsonArray ring = published.getJsonObject("geometry").getJsonArray("coordinates").getJsonArray(0);
        double firstLon = ring.getJsonArray(0).getJsonNumber(0).doubleValue();
        double firstLat = ring.getJsonArray(0).getJsonNumber(1).doubleValue();
        assertEquals(116.4, firstLon, 0.01, "longitude first");
        assertEquals(39.9, firstLat, 0.01);
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.getJsonArray(i).getJsonNumber(0).doubleValue(),
                    ring.getJsonArray(i).getJsonNumber(1).doubleValue());
        }
        assertTrue(org.locationtech.jts.algorithm.Orientation.isCCW(coordinates), "RFC 7946 right-hand rule");
        JsonObject withheld = fc.getJsonArray("features").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getJsonObject("properties").getBoolean("suppressed")).findFirst().orElseThrow();
        assertEquals("THRESHOLD", withheld.getJsonObject("properties").getString("rule"));
        assertTrue(!withheld.getJsonObject("properties").containsKey("count"), "a withheld cell has no value");
    }

    @Test
    void geoJsonOfApproximatePointsSaysSo() {
        double[] gcj = ConsumerCoordinates.wgs84ToGcj02(116.3975, 39.9087);
        PointLayer points = PointLayer.builder("shops")
                .add(ConsumerCoordinates.normalise(ObfuscatedDatum.GCJ02, gcj[0], gcj[1], Crs.CGCS2000), 1, Map.of("name", "店"))
                .build();
        assertEquals(1, points.approximateCount());
        Disclosure d = DisclosureControl.apply(SquareGrid.ofCellSize(250).count(points, 0).toTabulation(),
                DisclosureRules.threshold(1));
        JsonObject fc = Json.createReader(new StringReader(GeoJson.write(d, false))).readObject();
        assertTrue(fc.getString("approximate").startsWith("approximate"));
        JsonObject point = Json.createReader(new StringReader(GeoJson.write(MapFeatures.of(points)))).readObject()
                .getJsonArray("features").getJsonObject(0);
        assertEquals("店", point.getJsonObject("properties").getString("name"));
        assertEquals(116.3975, point.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue(), 1e-6);
    }

    /** The tile holding Tiananmen at zoom 14, and a point's expected position in its 4096 grid, by hand. */
    private static final TileId TILE = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(14, WebMercator.x(116.3975), WebMercator.y(39.9087));

    private static double[] tileUnits(double lon, double lat) {
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(TILE);
        return new double[]{(WebMercator.x(lon) - b.getMinX()) / b.getWidth() * 4096,
                (b.getMaxY() - WebMercator.y(lat)) / b.getHeight() * 4096};
    }

    private static byte[] tiananmenTile() {
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(TILE);
        double west = WebMercator.longitude(b.getMinX());
        double east = WebMercator.longitude(b.getMaxX());
        double south = WebMercator.latitude(b.getMinY());
        double north = WebMercator.latitude(b.getMaxY());
        Point gate = F.createPoint(new Coordinate(116.3975, 39.9087));
        // a polygon three times the tile's size: must be clipped to the tile plus the buffer
        Polygon big = square(west - (east - west), south - (north - south), east + (east - west), north + (north - south));
        return VectorTiles.encode(TILE, Map.of(
                "poi", List.of(new MapFeature("1", gate, Map.of("name", "天安门", "count", 12L))),
                "cells", List.of(new MapFeature("c", big, Map.of("count", 30L, "suppressed", false)))),
                VectorTiles.DEFAULT_BUFFER);
    }

    @Test
    void vectorTileDecodesToTheRightTileCoordinatesAndAttributes() throws IOException {
        JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tiananmenTile()), F, new TagKeyValueMapConverter());
        JtsLayer poi = mvt.getLayer("poi");
        assertEquals(4096, poi.getExtent());
        Geometry point = poi.getGeometries().iterator().next();
        double[] expected = tileUnits(116.3975, 39.9087);
        assertEquals(Math.round(expected[0]), point.getCoordinate().x, 0.0);
        assertEquals(Math.round(expected[1]), point.getCoordinate().y, 0.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) point.getUserData();
        assertEquals("天安门", attributes.get("name"));
        assertEquals(12L, ((Number) attributes.get("count")).longValue());

        Geometry cell = mvt.getLayer("cells").getGeometries().iterator().next();
        Envelope e = cell.getEnvelopeInternal();
        assertEquals(-64, e.getMinX(), 0.0);
        assertEquals(4096 + 64, e.getMaxX(), 0.0);
        assertEquals(-64, e.getMinY(), 0.0);
        assertEquals(4096 + 64, e.getMaxY(), 0.0);
    }

    @Test
    void ogrinfoReadsTheTile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/ogrinfo").canExecute() || onPath("ogrinfo"),
                "ogrinfo (gdal-bin) is not installed: the GDAL cross-check is skipped");
        Path file = dir.resolve("tile.mvt");
        Files.write(file, tiananmenTile());
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-oo", "Z=" + TILE.z(), "-oo", "X=" + TILE.x(),
                "-oo", "Y=" + TILE.y(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Layer name: poi"), out);
        assertTrue(out.contains("name (String) = 天安门"), out);
        assertTrue(out.contains("count (Integer") && out.contains("= 12"), out);
        // GDAL georeferences the point back to EPSG:3857 metres near Tiananmen
        assertTrue(out.contains("POINT (12957"), out);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void choroplethTileFillsCellsWithTheirClassColours() throws IOException {
        MapStyle style = StyleJson.parse(STYLE);
        TileId tile = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(12, WebMercator.x(116.40), WebMercator.y(39.90));
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(tile);
        double w = WebMercator.longitude(b.getMinX());
        double e = WebMercator.longitude(b.getMaxX());
        double s = WebMercator.latitude(b.getMinY());
        double n = WebMercator.latitude(b.getMaxY());
        double midLon = (w + e) / 2;
        double midLat = (s + n) / 2;
        List<MapFeature> features = List.of(
                new MapFeature("low", square(w, midLat, midLon, n), Map.of("count", 3L)),          // top-left
                new MapFeature("high", square(midLon, midLat, e, n), Map.of("count", 50L)),        // top-right
                new MapFeature("hidden", square(w, s, midLon, midLat), Map.of("suppressed", true))); // bottom-left
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngTiles.choropleth(TileMatrixSet.WEB_MERCATOR_QUAD, tile, features, style)));
        assertEquals(256, image.getWidth());
        assertEquals(new Color(0xffeda0), new Color(image.getRGB(60, 60), true));
        assertEquals(new Color(0xf03b20), new Color(image.getRGB(190, 60), true));
        assertEquals(new Color(0xbdbdbd), new Color(image.getRGB(60, 190), true));
        assertEquals(0, new Color(image.getRGB(190, 190), true).getAlpha(), "nothing drawn bottom-right");
    }

    @Test
    void cgcs2000QuadChoroplethUsesDegreesDirectly() throws IOException {
        MapStyle style = StyleJson.parse(STYLE);
        TileId tile = TileMatrixSet.CGCS2000_QUAD.tileAt(3, 116.4, 39.9);  // 112.5..135 E, 22.5..45 N
        List<MapFeature> features = List.of(new MapFeature("mid", square(112.5, 22.5, 123.75, 33.75), Map.of("count", 10L)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngTiles.choropleth(TileMatrixSet.CGCS2000_QUAD, tile, features, style)));
        assertEquals(new Color(0xfeb24c), new Color(image.getRGB(64, 192), true));
        assertEquals(0, new Color(image.getRGB(192, 64), true).getAlpha());
    }

    @Test
    void heatMapIsHottestAtTheClusterAndEmptyFarFromIt() throws IOException {
        MapStyle style = StyleJson.parse(STYLE);
        TileId tile = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(12, WebMercator.x(116.40), WebMercator.y(39.90));
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(tile);
        double lon = WebMercator.longitude(b.centre().x);
        double lat = WebMercator.latitude(b.centre().y);
        double[] lons = new double[10];
        double[] lats = new double[10];
        java.util.Arrays.fill(lons, lon);
        java.util.Arrays.fill(lats, lat);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngTiles.heatmap(TileMatrixSet.WEB_MERCATOR_QUAD, tile,
                PointLayer.ofLonLat("p", lons, lats, null), style)));
        assertEquals(new Color(0xff0000), new Color(image.getRGB(128, 128), true), "10 points over maxDensity 4: the top colour");
        assertEquals(0, new Color(image.getRGB(10, 10), true).getAlpha());
        Color edge = new Color(image.getRGB(128 + 9, 128), true);
        assertTrue(edge.getAlpha() > 0 && edge.getBlue() > 0, "cooler towards the kernel's edge: " + edge);
    }

    @Test
    void legendShowsEveryClassColour() throws IOException {
        BufferedImage legend = ImageIO.read(new ByteArrayInputStream(PngTiles.legend(StyleJson.parse(STYLE))));
        assertEquals(new Color(0xffeda0), new Color(legend.getRGB(18, 4 + 8)));
        assertEquals(new Color(0xfeb24c), new Color(legend.getRGB(18, 26 + 8)));
        assertEquals(new Color(0xf03b20), new Color(legend.getRGB(18, 48 + 8)));
        assertEquals(new Color(0xbdbdbd), new Color(legend.getRGB(18, 70 + 8)));
        assertEquals("5 - < 20", PngTiles.label(List.of(5.0, 20.0), 1));
    }

    @Test
    void styleErrorsNameTheField() {
        GeoInputException unsorted = org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse(
                "{\"choropleth\": {\"breaks\": [5, 20, 10], \"colors\": [\"#000000\", \"#111111\", \"#222222\", \"#333333\"]}}"));
        assertEquals("choropleth.breaks[2]", unsorted.field());
        assertTrue(unsorted.getMessage().contains("sorted ascending"), unsorted.getMessage());
        assertEquals("choropleth.colors", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse(
                "{\"choropleth\": {\"breaks\": [5], \"colors\": [\"#000000\"]}}")).field());
        assertEquals("choropleth.colors[1]", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse(
                "{\"choropleth\": {\"breaks\": [5], \"colors\": [\"#000000\", \"red\"]}}")).field());
        assertEquals("heatmap.gradient[1].stop", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse(
                "{\"heatmap\": {\"gradient\": [{\"stop\": 0.5, \"color\": \"#000000\"}, {\"stop\": 0.2, \"color\": \"#ffffff\"}]}}")).field());
        assertEquals("heatmap.radius", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse(
                "{\"heatmap\": {\"radius\": 0, \"gradient\": [{\"stop\": 0, \"color\": \"#000000\"}, {\"stop\": 1, \"color\": \"#ffffff\"}]}}")).field());
        assertEquals("style", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse("{}")).field());
        assertEquals("style", org.junit.jupiter.api.Assertions.assertThrows(GeoInputException.class, () -> StyleJson.parse("[1")).field());
        MapStyle ok = StyleJson.parse(STYLE);
        assertEquals(2, ok.choropleth().classOf(25));
        assertEquals(1, ok.choropleth().classOf(5));
        assertEquals(0, ok.choropleth().classOf(4.9));
        assertArrayEquals(new int[]{255, 0, 0, 255}, rgba(ok.heatmap().colorAt(1.5)));
    }

    private static int[] rgba(Color c) {
        return new int[]{c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha()};
    }
}

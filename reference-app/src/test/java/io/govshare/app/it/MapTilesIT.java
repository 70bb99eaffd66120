package io.govshare.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XYZ tiles: matrix sets, MVT read by GDAL, PNG in both matrix sets, ETag/304, parameter errors. */
class MapTilesIT {

    /** The middle of 中山区 in the synthetic city. */
    static final double LON = 112.09;
    static final double LAT = 34.70;

    @Test
    void bothTileMatrixSetsAreDescribedInTheirAxisOrder() {
        List<JsonObject> sets = Api.get("/tiles/tileMatrixSets", null).object().getJsonArray("tileMatrixSets")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("WebMercatorQuad", "CGCS2000Quad"), sets.stream().map(s -> s.getString("id")).toList());

        JsonObject mercator = Api.get("/tiles/tileMatrixSets/WebMercatorQuad", null).object();
        assertEquals("http://www.opengis.net/def/crs/EPSG/0/3857", mercator.getString("crs"));
        JsonObject m0 = mercator.getJsonArray("tileMatrices").getJsonObject(0);
        assertEquals(559082264.0287178, m0.getJsonNumber("scaleDenominator").doubleValue(), 1e-3,
                "OGC 17-083r4 Annex D value");
        assertEquals(1, m0.getInt("matrixWidth"));

        JsonObject cgcs = Api.get("/tiles/tileMatrixSets/CGCS2000Quad", null).object();
        assertEquals("http://www.opengis.net/def/crs/EPSG/0/4490", cgcs.getString("crs"));
        assertEquals("[\"Lat\",\"Lon\"]", cgcs.getJsonArray("orderedAxes").toString());
        JsonObject c0 = cgcs.getJsonArray("tileMatrices").getJsonObject(0);
        assertEquals("[90.0,-180.0]", c0.getJsonArray("pointOfOrigin").toString().replace(" ", ""),
                "latitude first in EPSG:4490");
        assertEquals(2, c0.getInt("matrixWidth"));
        assertEquals(1, c0.getInt("matrixHeight"));
        assertEquals(279541132.0143589, c0.getJsonNumber("scaleDenominator").doubleValue(), 1e-3,
                "WorldCRS84Quad level 0 scale");
        assertTrue(Api.get("/tiles/tileMatrixSets/WorldCRS84Quad", null).isProblem(404));
    }

    @Test
    void vectorTileIsReadByOgrinfo(@TempDir Path dir) throws Exception {
        int[] xy = MapClient.tileAt(12, LON, LAT);
        HttpResponse<byte[]> tile = MapClient.get("/tiles/population-grid/12/" + xy[0] + "/" + xy[1] + ".mvt", null);
        assertEquals(200, tile.statusCode(), () -> MapClient.text(tile));
        assertEquals("application/vnd.mapbox-vector-tile", tile.headers().firstValue("Content-Type").orElse(""));
        Path file = dir.resolve("tile.mvt");
        Files.write(file, tile.body());
        String out = MapClient.gdal("ogrinfo", "-ro", "-al", "-oo", "Z=12", "-oo", "X=" + xy[0], "-oo", "Y=" + xy[1],
                file.toString());
        assertTrue(out.contains("Layer name: population-grid"), out);
        assertTrue(out.contains("count (Integer") && out.contains("suppressed"), out);
        assertTrue(out.contains("POLYGON"), out);
        // GDAL georeferences the tile back to EPSG:3857 metres: x of 112.09°E is 12,477,9xx m
        assertTrue(out.contains("((1247") || out.contains("((1248"), out);
    }

    @Test
    void etagAndIfNoneMatchGive304AndTheCacheServesRepeats() {
        int[] xy = MapClient.tileAt(11, LON, LAT);
        String path = "/tiles/population-districts/11/" + xy[0] + "/" + xy[1] + ".png";
        HttpResponse<byte[]> first = MapClient.get(path, null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"demo2026-"), "keyed by the data version: " + etag);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("public"));

        HttpResponse<byte[]> again = MapClient.get(path, null);
        assertEquals("HIT", again.headers().firstValue("X-Cache").orElse(""));
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertTrue(java.util.Arrays.equals(first.body(), again.body()));

        HttpResponse<byte[]> notModified = MapClient.get(path, null, "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        assertEquals(etag, notModified.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, MapClient.get(path, null, "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(200, MapClient.get(path, null, "If-None-Match", "\"other\"").statusCode());

        String mvtPath = "/tiles/population-districts/11/" + xy[0] + "/" + xy[1] + ".mvt";
        assertNotEquals(etag, MapClient.get(mvtPath, null).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void pngTilesInBothMatrixSets() {
        int[] xy = MapClient.tileAt(10, LON, LAT);
        BufferedImage mercator = MapClient.image(MapClient.get("/tiles/districts/10/" + xy[0] + "/" + xy[1] + ".png", null));
        assertEquals(256, mercator.getWidth());
        assertTrue(coloured(mercator) > 1000, "the districts fill part of the tile");

        // CGCS2000Quad: zoom z has 2^(z+1) columns of 180/2^z degrees, rows from 90°N
        int z = 9;
        double span = 180.0 / (1 << z);
        int x = (int) Math.floor((LON + 180) / span);
        int y = (int) Math.floor((90 - LAT) / span);
        BufferedImage cgcs = MapClient.image(MapClient.get("/tiles/districts/" + z + "/" + x + "/" + y
                + ".png?tileMatrixSet=CGCS2000Quad", null));
        assertEquals(256, cgcs.getHeight());
        // the tile's centre pixel lies at the point's own position within the tile
        int px = (int) ((LON + 180 - x * span) / span * 256);
        int py = (int) ((90 - LAT - y * span) / span * 256);
        assertEquals(0xff8dd3c7, cgcs.getRGB(px, py), "中山区 is drawn in its class colour at its own place");
    }

    @Test
    void badTileRequestsNameTheParameter() {
        int[] xy = MapClient.tileAt(12, LON, LAT);
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/25/0/0.mvt", null), "z");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/3/8/0.mvt", null), "x");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/3/0/-1.mvt", null), "y");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/3/0/abc.mvt", null), "y");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/12/" + xy[0] + "/" + xy[1] + ".jpg", null), "format");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/3/0/0.png?tileMatrixSet=EPSG:2000", null),
                "tileMatrixSet");
        MapFeaturesIT.assertField(Api.get("/tiles/population-grid/3/0/0.mvt?tileMatrixSet=CGCS2000Quad", null),
                "tileMatrixSet");
        assertTrue(Api.get("/tiles/rivers/3/0/0.mvt", null).isProblem(404));
    }

    static int coloured(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    n++;
                }
            }
        }
        return n;
    }
}

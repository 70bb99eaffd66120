package io.govshare.geo.tiles;

import io.govshare.geo.GeoInputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TileMatrixSetTest {

    private static final double LON = 116.3975;
    private static final double LAT = 39.9087;

    @Test
    void webMercatorQuadAgreesWithTheSlippyMapFormula() {
        for (int z = 0; z <= 18; z++) {
            int n = 1 << z;
            // the OSM wiki formula, written independently of TileMatrixSet: asinh(tan(lat))
            int x = (int) Math.floor((LON + 180) / 360 * n);
            double latRad = Math.toRadians(LAT);
            int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
            TileId t = TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(z, WebMercator.x(LON), WebMercator.y(LAT));
            assertEquals(new TileId(z, x, y), t, "zoom " + z);
            Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(t);
            assertTrue(b.contains(WebMercator.x(LON), WebMercator.y(LAT)));
        }
        assertEquals(new TileId(10, 843, 388), TileMatrixSet.WEB_MERCATOR_QUAD.tileAt(10, WebMercator.x(LON), WebMercator.y(LAT)));
    }

    @Test
    void webMercatorTileZeroIsTheWholeSquareWorld() {
        Envelope b = TileMatrixSet.WEB_MERCATOR_QUAD.bounds(new TileId(0, 0, 0));
        assertEquals(-20037508.342789244, b.getMinX(), 1e-6);
        assertEquals(20037508.342789244, b.getMaxY(), 1e-6);
        assertEquals(85.0511287798, WebMercator.latitude(b.getMaxY()), 1e-9);
    }

    @Test
    void cgcs2000QuadHasTwoTilesAtZoomZero() {
        TileMatrixSet set = TileMatrixSet.CGCS2000_QUAD;
        assertEquals(2, set.matrixWidth(0));
        assertEquals(1, set.matrixHeight(0));
        assertEquals(new Envelope(0, 180, -90, 90), set.bounds(new TileId(0, 1, 0)));
        assertEquals(new TileId(0, 1, 0), set.tileAt(0, LON, LAT));
        // zoom 3: 16 x 8 tiles of 22.5 degrees
        assertEquals(new TileId(3, 13, 2), set.tileAt(3, LON, LAT));
        assertEquals(new Envelope(112.5, 135, 22.5, 45), set.bounds(new TileId(3, 13, 2)));
        assertEquals(new TileId(1, 3, 1), set.tileAt(1, 180, -90), "the world's right and bottom edges stay in the matrix");
    }

    @Test
    void outOfRangeTilesNameTheCoordinate() {
        assertEquals("x", assertThrows(GeoInputException.class, () -> TileMatrixSet.WEB_MERCATOR_QUAD.tile(2, 4, 0)).field());
        assertEquals("y", assertThrows(GeoInputException.class, () -> TileMatrixSet.CGCS2000_QUAD.tile(0, 1, 1)).field());
        assertEquals("z", assertThrows(GeoInputException.class, () -> TileMatrixSet.CGCS2000_QUAD.tile(-1, 0, 0)).field());
    }
}

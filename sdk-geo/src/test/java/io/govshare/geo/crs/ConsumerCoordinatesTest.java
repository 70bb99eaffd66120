package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumerCoordinatesTest {

    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        double dx = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(dx, lat2 - lat1) * 111_195.0;
    }

    @Test
    void gcj02InputComesBackWithinTwoMetresOfTheTrueWgs84PointAndIsLabelledApproximate() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 2_000; i++) {
            double lon = 75 + random.nextDouble() * 60;
            double lat = 18 + random.nextDouble() * 35;
            double[] gcj = ConsumerCoordinates.wgs84ToGcj02(lon, lat);
            double shift = metres(lon, lat, gcj[0], gcj[1]);
            // the offset is real and of the known size (hundreds of metres), so a no-op would fail below
            assertTrue(shift > 20 && shift < 1_000, "offset " + shift + " m at " + lon + "," + lat);
            ApproximatePosition back = ConsumerCoordinates.normalise(ObfuscatedDatum.GCJ02, gcj[0], gcj[1], Crs.CGCS2000);
            assertTrue(back.approximate());
            assertEquals(Crs.CGCS2000, back.position().crs());
            assertTrue(metres(lon, lat, back.position().east(), back.position().north()) < 2.0);
            assertTrue(back.residualMetres() < 0.01, "residual " + back.residualMetres());
        }
    }

    @Test
    void tiananmenGcj02OffsetIsTheKnownFewHundredMetresToTheSouthEast() {
        double[] gcj = ConsumerCoordinates.wgs84ToGcj02(116.3975, 39.9087);
        // Beijing's GCJ-02 offset: about +0.0062 deg longitude and +0.0014 deg latitude
        assertEquals(0.0062, gcj[0] - 116.3975, 0.0005);
        assertEquals(0.0014, gcj[1] - 39.9087, 0.0005);
    }

    @Test
    void bd09InputIsUndoneThroughGcj02() {
        double[] gcj = ConsumerCoordinates.wgs84ToGcj02(121.4737, 31.2304);
        double[] bd = ConsumerCoordinates.gcj02ToBd09(gcj);
        ApproximatePosition back = ConsumerCoordinates.normalise(ObfuscatedDatum.BD09, bd[0], bd[1], Crs.CRS84);
        assertEquals(ObfuscatedDatum.BD09, back.source());
        assertTrue(metres(121.4737, 31.2304, back.position().east(), back.position().north()) < 2.0);
        assertTrue(back.accuracyNote().startsWith("approximate"));
    }

    @Test
    void outsideChinaThereIsNoOffset() {
        ApproximatePosition p = ConsumerCoordinates.normalise(ObfuscatedDatum.GCJ02, 2.35, 48.85, Crs.WGS84);
        assertEquals(2.35, p.position().east());
        assertEquals(48.85, p.position().north());
    }

    @Test
    void refusesBadInput() {
        assertEquals("latitude", assertThrows(GeoInputException.class,
                () -> ConsumerCoordinates.normalise(ObfuscatedDatum.GCJ02, 116, Double.NaN, Crs.CGCS2000)).field());
        assertEquals("crs", assertThrows(GeoInputException.class,
                () -> ConsumerCoordinates.normalise(ObfuscatedDatum.GCJ02, 116, 39, Crs.WEB_MERCATOR)).field());
    }
}

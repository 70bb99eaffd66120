package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tiananmen (39.9087 N, 116.3975 E). Expected values come from PROJ 9 (gdal-bin 3.6.2), which reads the EPSG
 * axis order, i.e. latitude first for 4490/4326 and northing first for the Gauss-Krüger CRSs:
 * <pre>
 * echo "39.9087 116.3975" | cs2cs -d 4 EPSG:4490 EPSG:3857   # 12957310.4296  4852683.6687
 * echo "39.9087 116.3975" | cs2cs -d 4 EPSG:4326 EPSG:3857   # 12957310.4296  4852683.6687
 * echo "39.9087 116.3975" | cs2cs -d 4 EPSG:4490 EPSG:4548   # 4419565.4353   448481.5746  (N, E)
 * echo "39.9087 116.3975" | cs2cs -d 4 EPSG:4490 EPSG:4527   # 4419565.4353 39448481.5746 (N, E, zone 39 prefix)
 * </pre>
 */
class CrsTransformTest {

    private static final double LAT = 39.9087;
    private static final double LON = 116.3975;

    @Test
    void cgcs2000InItsOwnAxisOrderIsLatitudeFirst() {
        Position p = Position.inAxisOrder(Crs.CGCS2000, LAT, LON);
        assertEquals(LON, p.east());
        assertEquals(LAT, p.north());
        assertEquals(LAT, p.axis1());
        assertEquals(AxisOrder.NORTH_EAST, Crs.CGCS2000.axisOrder());
        assertEquals(AxisOrder.NORTH_EAST, Crs.WGS84.axisOrder());
        assertEquals(AxisOrder.EAST_NORTH, Crs.CRS84.axisOrder());
    }

    @Test
    void tiananmenFromCgcs2000AxesToWebMercator() {
        double[] xy = CrsTransform.of(Crs.CGCS2000, Crs.WEB_MERCATOR).transformAxes(LAT, LON);
        assertEquals(12957310.4296, xy[0], 0.01);
        assertEquals(4852683.6687, xy[1], 0.01);
    }

    @Test
    void tiananmenFromWgs84AxesToWebMercator() {
        double[] xy = CrsTransform.of(Crs.WGS84, Crs.WEB_MERCATOR).transformAxes(LAT, LON);
        assertEquals(12957310.4296, xy[0], 0.01);
        assertEquals(4852683.6687, xy[1], 0.01);
    }

    @Test
    void crs84TakesLongitudeFirstAndGivesTheSameMercator() {
        double[] xy = CrsTransform.of(Crs.CRS84, Crs.WEB_MERCATOR).transformAxes(LON, LAT);
        assertEquals(12957310.4296, xy[0], 0.01);
    }

    @Test
    void swappedAxesLandSomewhereElseEntirely() {
        // the classic bug: 116.3975 read as a latitude is refused rather than silently mapped
        GeoInputException e = assertThrows(GeoInputException.class,
                () -> CrsTransform.of(Crs.CGCS2000, Crs.WEB_MERCATOR).transformAxes(LON, LAT));
        assertEquals("latitude", e.field());
    }

    @Test
    void tiananmenToGaussKruger3DegreeCm117IsNorthingFirst() {
        Crs gk = Crs.gaussKruger3DegreeFor(LON);
        assertEquals("EPSG:4548", gk.id());
        assertEquals(117.0, gk.centralMeridian());
        assertEquals(AxisOrder.NORTH_EAST, gk.axisOrder());
        double[] ne = CrsTransform.of(Crs.CGCS2000, gk).transformAxes(LAT, LON);
        assertEquals(4419565.4353, ne[0], 0.01);
        assertEquals(448481.5746, ne[1], 0.01);
    }

    @Test
    void gaussKrugerZonePrefixedEasting() {
        Crs zone39 = Crs.epsg(4527);
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger zone 39", zone39.name());
        Position p = CrsTransform.of(Crs.CGCS2000, zone39).transform(Position.lonLat(Crs.CGCS2000, LON, LAT));
        assertEquals(39448481.5746, p.east(), 0.01);
        assertEquals(4419565.4353, p.north(), 0.01);
    }

    @Test
    void roundTripGaussKrugerBackToCgcs2000() {
        Crs gk = Crs.epsg(4548);
        Position there = CrsTransform.of(Crs.CGCS2000, gk).transform(Position.lonLat(Crs.CGCS2000, LON, LAT));
        Position back = CrsTransform.of(gk, Crs.CGCS2000).transform(there);
        assertEquals(LON, back.east(), 1e-8);
        assertEquals(LAT, back.north(), 1e-8);
    }

    @Test
    void cgcs2000AndWgs84AreTheSameNumbersHere() {
        Position p = CrsTransform.of(Crs.CGCS2000, Crs.WGS84).transform(Position.lonLat(Crs.CGCS2000, LON, LAT));
        assertEquals(LON, p.east(), 1e-7);
        assertEquals(LAT, p.north(), 1e-7);
    }

    @Test
    void parsesCodesAndUris() {
        assertEquals(Crs.CGCS2000, Crs.parse("EPSG:4490"));
        assertEquals(Crs.CGCS2000, Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4490"));
        assertEquals(Crs.CRS84, Crs.parse("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        assertEquals("EPSG:4491", Crs.parse("epsg:4491").id());
        assertEquals(75.0, Crs.epsg(4491).centralMeridian());
        assertEquals(135.0, Crs.epsg(4554).centralMeridian());
    }

    @Test
    void unknownEpsgCodeNamesTheFieldAndTheSupportedSet() {
        GeoInputException e = assertThrows(GeoInputException.class, () -> Crs.epsg(4555));
        assertEquals("crs", e.field());
        assertTrue(e.getMessage().contains("EPSG:4555 is not supported"), e.getMessage());
        assertThrows(GeoInputException.class, () -> Crs.parse("EPSG:abc"));
        assertThrows(GeoInputException.class, () -> Crs.parse(""));
    }

    @Test
    void badCoordinatesNameTheAxisAndTheRule() {
        GeoInputException nan = assertThrows(GeoInputException.class, () -> Position.lonLat(Crs.CGCS2000, Double.NaN, 39));
        assertEquals("longitude", nan.field());
        assertTrue(nan.getMessage().contains("finite"), nan.getMessage());
        GeoInputException lat = assertThrows(GeoInputException.class, () -> Position.lonLat(Crs.CGCS2000, 116, 91));
        assertEquals("latitude: 91.0 is outside -90 to 90 degrees", lat.getMessage());
        assertThrows(GeoInputException.class, () -> Position.lonLat(Crs.WEB_MERCATOR, 1, 2));
        GeoInputException polar = assertThrows(GeoInputException.class,
                () -> CrsTransform.of(Crs.CGCS2000, Crs.WEB_MERCATOR).transform(Position.lonLat(Crs.CGCS2000, 0, 89)));
        assertEquals("latitude", polar.field());
    }
}

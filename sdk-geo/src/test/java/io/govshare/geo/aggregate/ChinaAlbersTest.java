package io.govshare.geo.aggregate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expected values from PROJ (gdal-bin 3.6.2):
 * <pre>
 * echo "116.3975 39.9087" | cs2cs -d 4 +proj=longlat +ellps=GRS80 +to +proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +ellps=GRS80
 * 956117.8059 4344491.9382
 * echo "87.6168 43.8256" | cs2cs ...same...   # Urumqi
 * -1377145.4391 4851616.1642
 * echo "110.3312 20.0310" | cs2cs ...same...  # Haikou
 * 567219.0970 2083441.0188
 * </pre>
 */
class ChinaAlbersTest {

    @Test
    void matchesProjAtThreeCities() {
        double[] xy = new double[2];
        ChinaAlbers.project(116.3975, 39.9087, xy);
        assertEquals(956117.8059, xy[0], 0.001);
        assertEquals(4344491.9382, xy[1], 0.001);
        ChinaAlbers.project(87.6168, 43.8256, xy);
        assertEquals(-1377145.4391, xy[0], 0.001);
        assertEquals(4851616.1642, xy[1], 0.001);
        ChinaAlbers.project(110.3312, 20.0310, xy);
        assertEquals(567219.0970, xy[0], 0.001);
        assertEquals(2083441.0188, xy[1], 0.001);
        assertEquals(xy[0], ChinaAlbers.easting(110.3312, 20.0310));
        assertEquals(xy[1], ChinaAlbers.northing(110.3312, 20.0310));
    }

    @Test
    void inverseReturnsTheInput() {
        double[] xy = new double[2];
        double[] back = new double[2];
        for (double lat = 18; lat <= 54; lat += 4) {
            for (double lon = 74; lon <= 135; lon += 7) {
                ChinaAlbers.project(lon, lat, xy);
                ChinaAlbers.inverse(xy[0], xy[1], back);
                assertEquals(lon, back[0], 1e-9);
                assertEquals(lat, back[1], 1e-9);
            }
        }
    }
}

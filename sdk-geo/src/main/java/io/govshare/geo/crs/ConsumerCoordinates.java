package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;

/**
 * Converts GCJ-02 and BD-09 coordinates (longitude, latitude in degrees, in that order) back to WGS84/CGCS2000.
 * <p>
 * The forward GCJ-02 offset is the widely published polynomial-plus-sines formula on the Krasovsky ellipsoid;
 * there is no closed-form inverse, so {@link #normalise} iterates the forward formula until the re-obfuscated
 * point lands on the input (a fixed-point iteration that converges to millimetres in a few steps). BD-09 is
 * a rotation-and-scale applied on top of GCJ-02 and is undone the same way. Outside mainland China (a
 * bounding box, as the consumer services use) GCJ-02 equals WGS84.
 */
public final class ConsumerCoordinates {

    private static final double KRASOVSKY_A = 6378245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final double BD_X_PI = Math.PI * 3000.0 / 180.0;
    private static final double METRES_PER_DEGREE = 111_195.0;
    private static final double TOLERANCE_DEGREES = 1e-10;
    private static final int MAX_ITERATIONS = 50;

    private ConsumerCoordinates() {
    }

    /**
     * @param target CGCS2000, WGS84 or CRS84: the answer's CRS (the numbers are the same in all three)
     * @throws GeoInputException naming {@code longitude}/{@code latitude} for out-of-range or NaN input and
     *                           {@code crs} for a projected target
     */
    public static ApproximatePosition normalise(ObfuscatedDatum source, double longitude, double latitude, Crs target) {
        Position.checkLongitude(longitude);
        Position.checkLatitude(latitude);
        if (!target.isGeographic()) {
            throw new GeoInputException("crs", "normalised positions are geographic; " + target.id() + " is projected");
        }
        double[] gcj = source == ObfuscatedDatum.BD09 ? bd09ToGcj02(longitude, latitude) : new double[]{longitude, latitude};
        double lon = gcj[0];
        double lat = gcj[1];
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] again = wgs84ToGcj02(lon, lat);
            double dLon = gcj[0] - again[0];
            double dLat = gcj[1] - again[1];
            lon += dLon;
            lat += dLat;
            if (Math.abs(dLon) < TOLERANCE_DEGREES && Math.abs(dLat) < TOLERANCE_DEGREES) {
                break;
            }
        }
        double[] check = source == ObfuscatedDatum.BD09 ? gcj02ToBd09(wgs84ToGcj02(lon, lat)) : wgs84ToGcj02(lon, lat);
        double residual = Math.hypot((check[0] - longitude) * Math.cos(Math.toRadians(latitude)), check[1] - latitude)
                * METRES_PER_DEGREE;
        return new ApproximatePosition(Position.lonLat(target, lon, lat), source, residual);
    }

    /** The forward GCJ-02 offset: WGS84 longitude, latitude → GCJ-02 longitude, latitude. */
    public static double[] wgs84ToGcj02(double longitude, double latitude) {
        if (outsideChina(longitude, latitude)) {
            return new double[]{longitude, latitude};
        }
        double x = longitude - 105.0;
        double y = latitude - 35.0;
        double dLat = offsetLatitude(x, y);
        double dLon = offsetLongitude(x, y);
        double radLat = Math.toRadians(latitude);
        double sin = Math.sin(radLat);
        double magic = 1 - KRASOVSKY_EE * sin * sin;
        double sqrtMagic = Math.sqrt(magic);
        dLat = dLat * 180.0 / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[]{longitude + dLon, latitude + dLat};
    }

    /** GCJ-02 → BD-09, both longitude, latitude. */
    public static double[] gcj02ToBd09(double[] gcj) {
        double x = gcj[0];
        double y = gcj[1];
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * BD_X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * BD_X_PI);
        return new double[]{z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006};
    }

    /** BD-09 → GCJ-02 by iterating the forward rotation (the usual one-step inverse leaves ~0.5 m). */
    static double[] bd09ToGcj02(double longitude, double latitude) {
        double lon = longitude - 0.0065;
        double lat = latitude - 0.006;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] again = gcj02ToBd09(new double[]{lon, lat});
            double dLon = longitude - again[0];
            double dLat = latitude - again[1];
            lon += dLon;
            lat += dLat;
            if (Math.abs(dLon) < TOLERANCE_DEGREES && Math.abs(dLat) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new double[]{lon, lat};
    }

    static boolean outsideChina(double longitude, double latitude) {
        return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
    }

    private static double offsetLatitude(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double offsetLongitude(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}

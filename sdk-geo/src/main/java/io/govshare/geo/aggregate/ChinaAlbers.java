package io.govshare.geo.aggregate;

/**
 * The equal-area projection the square grids are laid in: Albers conic equal-area on the CGCS2000 (GRS80)
 * ellipsoid with standard parallels 25°N and 47°N, central meridian 105°E and origin on the equator — the
 * usual parameters for maps of all China, in PROJ terms
 * {@code +proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +ellps=GRS80}.
 * <p>
 * Why this projection: a statistics grid should give every cell the same true ground area, so that a count
 * per cell is a density everywhere in the country; Web Mercator cells at 40°N cover 0.59 of their nominal area
 * and Gauss-Krüger grids break at every 3° zone edge. Albers is equal-area by construction, continuous across
 * the country, and distorts shape by under 1.5% between 20°N and 50°N.
 * <p>
 * This is Snyder's ellipsoidal formula (USGS PP 1395, §14), exact to floating-point rounding, not an
 * approximation. It is written out so that the grid aggregator can project millions of points without proj4j's
 * per-call objects; {@code q(φ)}'s logarithm is replaced by its atanh series, which in e·sinφ &lt; 0.082
 * converges to 1e-17 after seven terms.
 */
public final class ChinaAlbers {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double LON0 = Math.toRadians(105);
    private static final double N;
    private static final double C;
    private static final double RHO0;

    static {
        double m1 = m(Math.toRadians(25));
        double m2 = m(Math.toRadians(47));
        double q1 = q(Math.sin(Math.toRadians(25)));
        double q2 = q(Math.sin(Math.toRadians(47)));
        N = (m1 * m1 - m2 * m2) / (q2 - q1);
        C = m1 * m1 + N * q1;
        RHO0 = A * Math.sqrt(C) / N;
    }

    private ChinaAlbers() {
    }

    private static double m(double phi) {
        double s = Math.sin(phi);
        return Math.cos(phi) / Math.sqrt(1 - E2 * s * s);
    }

    /** q(φ) = (1−e²)[sinφ/(1−e²sin²φ) + atanh(e·sinφ)/e], the atanh as its odd power series. */
    static double q(double sinPhi) {
        double s2 = sinPhi * sinPhi;
        double u2 = E2 * s2;
        double atanhOverE = sinPhi * (1 + u2 * (1.0 / 3 + u2 * (1.0 / 5 + u2 * (1.0 / 7 + u2 * (1.0 / 9
                + u2 * (1.0 / 11 + u2 * (1.0 / 13 + u2 / 15)))))));
        return (1 - E2) * (sinPhi / (1 - u2) + atanhOverE);
    }

    /** Easting in metres of a longitude/latitude in degrees; see {@link #northing}. */
    public static double easting(double longitude, double latitude) {
        double rho = A * Math.sqrt(C - N * q(Math.sin(Math.toRadians(latitude)))) / N;
        return rho * Math.sin(N * (Math.toRadians(longitude) - LON0));
    }

    public static double northing(double longitude, double latitude) {
        double rho = A * Math.sqrt(C - N * q(Math.sin(Math.toRadians(latitude)))) / N;
        return RHO0 - rho * Math.cos(N * (Math.toRadians(longitude) - LON0));
    }

    /** Projects one point into {@code out[0]} (easting) and {@code out[1]} (northing) with one q(φ). */
    public static void project(double longitude, double latitude, double[] out) {
        double rho = A * Math.sqrt(C - N * q(Math.sin(latitude * (Math.PI / 180)))) / N;
        double theta = N * (longitude * (Math.PI / 180) - LON0);
        out[0] = rho * Math.sin(theta);
        out[1] = RHO0 - rho * Math.cos(theta);
    }

    /** The inverse: easting/northing → {@code out[0]} longitude, {@code out[1]} latitude (Snyder 14-19, iterated). */
    public static void inverse(double easting, double northing, double[] out) {
        double dy = RHO0 - northing;
        double rho = Math.hypot(easting, dy);
        double theta = Math.atan2(easting, dy);
        double q = (C - rho * rho * N * N / (A * A)) / N;
        double phi = Math.asin(q / 2);
        for (int i = 0; i < 15; i++) {
            double s = Math.sin(phi);
            double one = 1 - E2 * s * s;
            double next = phi + one * one / (2 * Math.cos(phi)) * (q / (1 - E2) - s / one
                    + 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
            if (Math.abs(next - phi) < 1e-13) {
                phi = next;
                break;
            }
            phi = next;
        }
        out[0] = Math.toDegrees(LON0 + theta / N);
        out[1] = Math.toDegrees(phi);
    }
}

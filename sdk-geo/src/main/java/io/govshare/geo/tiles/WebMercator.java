package io.govshare.geo.tiles;

/**
 * EPSG:3857 in closed form. The projection is defined on a sphere of the WGS84 semi-major axis, so these
 * formulas are the definition itself, not an approximation; tile code calls them per vertex instead of
 * going through proj4j.
 */
public final class WebMercator {

    public static final double RADIUS = 6_378_137.0;
    /** Half the width of the square world: π·R. */
    public static final double HALF_WORLD = Math.PI * RADIUS;

    private WebMercator() {
    }

    public static double x(double longitude) {
        return Math.toRadians(longitude) * RADIUS;
    }

    /** Latitude must be within ±85.0511°; the caller clamps or refuses. */
    public static double y(double latitude) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2)) * RADIUS;
    }

    public static double longitude(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    public static double latitude(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }
}

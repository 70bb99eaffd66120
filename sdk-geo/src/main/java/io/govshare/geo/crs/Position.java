package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;

import java.util.Objects;

/**
 * A point in a CRS. It is built and read either by compass direction ({@link #east()}, {@link #north()}:
 * longitude and latitude, or easting and northing) or in the CRS's own axis order ({@link #axis1()},
 * {@link #axis2()}), so the caller always says which one it means.
 * <p>
 * Geographic positions are checked: latitude within ±90°, longitude within ±180°, no NaN or infinity.
 */
public record Position(Crs crs, double east, double north) {

    public Position {
        Objects.requireNonNull(crs, "crs");
        if (crs.isGeographic()) {
            checkLongitude(east);
            checkLatitude(north);
        } else {
            GeoInputException.requireFinite("easting", east);
            GeoInputException.requireFinite("northing", north);
        }
    }

    /** Longitude and latitude in degrees, in that order whatever the CRS's axis order. */
    public static Position lonLat(Crs crs, double longitude, double latitude) {
        if (!crs.isGeographic()) {
            throw new GeoInputException("crs", crs.id() + " is projected; use eastNorth for metres");
        }
        return new Position(crs, longitude, latitude);
    }

    /** Easting and northing in metres, in that order whatever the CRS's axis order. */
    public static Position eastNorth(Crs crs, double easting, double northing) {
        if (crs.isGeographic()) {
            throw new GeoInputException("crs", crs.id() + " is geographic; use lonLat for degrees");
        }
        return new Position(crs, easting, northing);
    }

    /** The two numbers in the order of the CRS's definition, e.g. latitude, longitude for EPSG:4490. */
    public static Position inAxisOrder(Crs crs, double first, double second) {
        return crs.axisOrder() == AxisOrder.NORTH_EAST ? new Position(crs, second, first) : new Position(crs, first, second);
    }

    /** The first coordinate in the CRS's axis order. */
    public double axis1() {
        return crs.axisOrder() == AxisOrder.NORTH_EAST ? north : east;
    }

    /** The second coordinate in the CRS's axis order. */
    public double axis2() {
        return crs.axisOrder() == AxisOrder.NORTH_EAST ? east : north;
    }

    /** @throws GeoInputException naming {@code latitude} unless finite and within ±90° */
    public static double checkLatitude(double latitude) {
        GeoInputException.requireFinite("latitude", latitude);
        if (latitude < -90 || latitude > 90) {
            throw new GeoInputException("latitude", latitude + " is outside -90 to 90 degrees");
        }
        return latitude;
    }

    /** @throws GeoInputException naming {@code longitude} unless finite and within ±180° */
    public static double checkLongitude(double longitude) {
        GeoInputException.requireFinite("longitude", longitude);
        if (longitude < -180 || longitude > 180) {
            throw new GeoInputException("longitude", longitude + " is outside -180 to 180 degrees");
        }
        return longitude;
    }
}

package io.govshare.geo.crs;

import io.govshare.geo.GeoInputException;

import java.util.Locale;
import java.util.Objects;

/**
 * A coordinate reference system this SDK supports, with the axis order of its authority's definition.
 * <ul>
 * <li>{@link #CGCS2000} EPSG:4490 and {@link #WGS84} EPSG:4326: geographic, latitude then longitude;</li>
 * <li>{@link #CRS84} OGC:CRS84: WGS84 with longitude first, the default of GeoJSON and OGC API;</li>
 * <li>{@link #WEB_MERCATOR} EPSG:3857: easting, northing in metres;</li>
 * <li>EPSG:4491–4554, the CGCS2000 Gauss-Krüger zones: northing (X), easting (Y) in metres.</li>
 * </ul>
 * The CGCS2000 and WGS84 frames differ by a few centimetres, well under the accuracy of administrative
 * data; the transformations here treat them as the same datum, as PROJ's default pipeline does.
 */
public final class Crs {

    public static final Crs CGCS2000 = new Crs("EPSG:4490", 4490, "CGCS2000", true, AxisOrder.NORTH_EAST);
    public static final Crs WGS84 = new Crs("EPSG:4326", 4326, "WGS 84", true, AxisOrder.NORTH_EAST);
    public static final Crs CRS84 = new Crs("OGC:CRS84", 4326, "WGS 84 (CRS84, longitude first)", true,
            AxisOrder.EAST_NORTH);
    public static final Crs WEB_MERCATOR = new Crs("EPSG:3857", 3857, "WGS 84 / Pseudo-Mercator", false,
            AxisOrder.EAST_NORTH);

    private static final String EPSG_URI = "http://www.opengis.net/def/crs/EPSG/0/";
    private static final String CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String SUPPORTED = "supported are EPSG:4490, EPSG:4326, OGC:CRS84, EPSG:3857 and "
            + "EPSG:4491-4554 (CGCS2000 Gauss-Kruger)";

    private final String id;
    private final int epsg;
    private final String name;
    private final boolean geographic;
    private final AxisOrder axisOrder;

    private Crs(String id, int epsg, String name, boolean geographic, AxisOrder axisOrder) {
        this.id = id;
        this.epsg = epsg;
        this.name = name;
        this.geographic = geographic;
        this.axisOrder = axisOrder;
    }

    /** @throws GeoInputException naming {@code crs} if the code is not one of the supported ones */
    public static Crs epsg(int code) {
        switch (code) {
            case 4490:
                return CGCS2000;
            case 4326:
                return WGS84;
            case 3857:
                return WEB_MERCATOR;
            default:
                if (code >= 4491 && code <= 4554) {
                    return new Crs("EPSG:" + code, code, gaussKrugerName(code), false, AxisOrder.NORTH_EAST);
                }
                throw new GeoInputException("crs", "EPSG:" + code + " is not supported; " + SUPPORTED);
        }
    }

    /**
     * Parses {@code EPSG:4490}, {@code OGC:CRS84}, or their OGC URIs.
     *
     * @throws GeoInputException naming {@code crs} if the text names no supported CRS
     */
    public static Crs parse(String text) {
        if (text == null || text.isBlank()) {
            throw new GeoInputException("crs", "is required; " + SUPPORTED);
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("OGC:CRS84") || t.equals(CRS84_URI)) {
            return CRS84;
        }
        String digits = null;
        if (t.regionMatches(true, 0, "EPSG:", 0, 5)) {
            digits = t.substring(5);
        } else if (t.startsWith(EPSG_URI)) {
            digits = t.substring(EPSG_URI.length());
        }
        if (digits == null || digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            throw new GeoInputException("crs", "'" + text + "' is not an EPSG code or OGC:CRS84; " + SUPPORTED);
        }
        return epsg(Integer.parseInt(digits));
    }

    /**
     * The CGCS2000 3-degree Gauss-Krüger CRS without zone prefix (EPSG:4534–4554, central meridians 75°E to 135°E)
     * whose zone holds the longitude. Its axes are northing, easting.
     *
     * @throws GeoInputException naming {@code longitude} outside 73.5°E–136.5°E
     */
    public static Crs gaussKruger3DegreeFor(double longitude) {
        GeoInputException.requireFinite("longitude", longitude);
        long cm = Math.round(longitude / 3) * 3;
        if (cm < 75 || cm > 135) {
            throw new GeoInputException("longitude", longitude
                    + " is outside the CGCS2000 3-degree Gauss-Kruger zones (73.5 to 136.5 degrees east)");
        }
        return epsg(4534 + (int) (cm - 75) / 3);
    }

    /**
     * The central meridian of a Gauss-Krüger CRS, derived from the layout of EPSG:4491–4554; NaN for the others.
     */
    public double centralMeridian() {
        if (epsg >= 4491 && epsg <= 4501) {
            return 75 + 6 * (epsg - 4491);
        } else if (epsg >= 4502 && epsg <= 4512) {
            return 75 + 6 * (epsg - 4502);
        } else if (epsg >= 4513 && epsg <= 4533) {
            return 75 + 3 * (epsg - 4513);
        } else if (epsg >= 4534 && epsg <= 4554) {
            return 75 + 3 * (epsg - 4534);
        }
        return Double.NaN;
    }

    private static String gaussKrugerName(int code) {
        boolean sixDegree = code <= 4512;
        boolean zonePrefix = code <= 4501 || (code >= 4513 && code <= 4533);
        int index = code - (code <= 4501 ? 4491 : code <= 4512 ? 4502 : code <= 4533 ? 4513 : 4534);
        int cm = 75 + (sixDegree ? 6 : 3) * index;
        return "CGCS2000 / " + (sixDegree ? "" : "3-degree ") + "Gauss-Kruger "
                + (zonePrefix ? "zone " + (sixDegree ? 13 + index : 25 + index) : "CM " + cm + "E");
    }

    /** {@code EPSG:4490} or {@code OGC:CRS84}. */
    public String id() {
        return id;
    }

    /** The EPSG code of the datum and projection; 4326 for {@link #CRS84}. */
    public int epsgCode() {
        return epsg;
    }

    public String name() {
        return name;
    }

    /** Degrees of latitude and longitude, rather than metres. */
    public boolean isGeographic() {
        return geographic;
    }

    /** The axis order of the authority's definition, which is the order of {@link Position#axis1()}/axis2. */
    public AxisOrder axisOrder() {
        return axisOrder;
    }

    /** The OGC URI, as used in OGC API {@code crs} parameters. */
    public String uri() {
        return this == CRS84 ? CRS84_URI : EPSG_URI + epsg;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crs other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id + " (" + name + ", " + axisOrder.name().toLowerCase(Locale.ROOT).replace('_', ',') + ")";
    }
}

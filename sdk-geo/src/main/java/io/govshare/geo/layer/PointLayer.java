package io.govshare.geo.layer;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.crs.ApproximatePosition;
import io.govshare.geo.crs.Crs;
import io.govshare.geo.crs.CrsTransform;
import io.govshare.geo.crs.Position;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A point layer (people, enterprises): CGCS2000 longitude and latitude in primitive arrays, an optional
 * magnitude per point (an enterprise's turnover or staff, for dominance rules) and optional attributes.
 * Points are stored longitude first whatever CRS they arrived in; positions from GCJ-02/BD-09 are counted in
 * {@link #approximateCount()} so outputs can carry the label.
 */
public final class PointLayer {

    private final String name;
    private final double[] longitudes;
    private final double[] latitudes;
    private final double[] magnitudes;
    private final List<Map<String, Object>> attributes;
    private final int approximateCount;

    private PointLayer(String name, double[] longitudes, double[] latitudes, double[] magnitudes,
                       List<Map<String, Object>> attributes, int approximateCount) {
        this.name = name;
        this.longitudes = longitudes;
        this.latitudes = latitudes;
        this.magnitudes = magnitudes;
        this.attributes = attributes;
        this.approximateCount = approximateCount;
    }

    /**
     * Wraps arrays of CGCS2000 (or WGS84) longitudes and latitudes, checking every point. The arrays are used,
     * not copied: the caller hands them over.
     *
     * @param magnitudes null when the layer has none
     * @throws GeoInputException naming {@code longitudes[i]}, {@code latitudes[i]} or {@code magnitudes[i]}
     */
    public static PointLayer ofLonLat(String name, double[] longitudes, double[] latitudes, double[] magnitudes) {
        if (longitudes.length != latitudes.length || (magnitudes != null && magnitudes.length != longitudes.length)) {
            throw new GeoInputException("points", "longitudes, latitudes and magnitudes must have the same length");
        }
        for (int i = 0; i < longitudes.length; i++) {
            checkPoint(i, longitudes[i], latitudes[i]);
            if (magnitudes != null && !(magnitudes[i] >= 0 && magnitudes[i] < Double.POSITIVE_INFINITY)) {
                throw new GeoInputException("magnitudes[" + i + "]", "must be a finite number >= 0, got " + magnitudes[i]);
            }
        }
        return new PointLayer(name, longitudes, latitudes, magnitudes, null, 0);
    }

    private static void checkPoint(int i, double lon, double lat) {
        if (!(lon >= -180 && lon <= 180)) {
            throw new GeoInputException("longitudes[" + i + "]", lon + " is not a longitude within -180 to 180 degrees");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new GeoInputException("latitudes[" + i + "]", lat + " is not a latitude within -90 to 90 degrees");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int size() {
        return longitudes.length;
    }

    public double longitude(int i) {
        return longitudes[i];
    }

    public double latitude(int i) {
        return latitudes[i];
    }

    public boolean hasMagnitudes() {
        return magnitudes != null;
    }

    public double magnitude(int i) {
        return magnitudes == null ? 1 : magnitudes[i];
    }

    /** The point's attributes, empty when the layer has none. */
    public Map<String, Object> attributes(int i) {
        return attributes == null ? Map.of() : attributes.get(i);
    }

    /** How many points came from GCJ-02/BD-09 input and are therefore approximate (~1–2 m). */
    public int approximateCount() {
        return approximateCount;
    }

    /** Collects points one by one, from any supported CRS, with attributes. */
    public static final class Builder {
        private final String name;
        private double[] lon = new double[16];
        private double[] lat = new double[16];
        private double[] mag = new double[16];
        private boolean anyMagnitude;
        private final List<Map<String, Object>> attributes = new ArrayList<>();
        private int size;
        private int approximate;
        private CrsTransform lastTransform;

        private Builder(String name) {
            this.name = name;
        }

        /** A position in any supported CRS, converted to CGCS2000 longitude/latitude. */
        public Builder add(Position position, double magnitude, Map<String, Object> attributes) {
            Position p = position;
            if (!position.crs().isGeographic()) {
                if (lastTransform == null || !lastTransform.source().equals(position.crs())) {
                    lastTransform = CrsTransform.of(position.crs(), Crs.CGCS2000);
                }
                p = lastTransform.transform(position);
            }
            return append(p.east(), p.north(), magnitude, attributes);
        }

        public Builder add(Position position, Map<String, Object> attributes) {
            return add(position, Double.NaN, attributes);
        }

        /** A position recovered from GCJ-02/BD-09; the layer counts it as approximate. */
        public Builder add(ApproximatePosition position, double magnitude, Map<String, Object> attributes) {
            approximate++;
            return add(position.position(), magnitude, attributes);
        }

        private Builder append(double lo, double la, double magnitude, Map<String, Object> attrs) {
            checkPoint(size, lo, la);
            if (!Double.isNaN(magnitude)) {
                if (!(magnitude >= 0 && magnitude < Double.POSITIVE_INFINITY)) {
                    throw new GeoInputException("magnitudes[" + size + "]", "must be a finite number >= 0, got " + magnitude);
                }
                anyMagnitude = true;
            }
            if (size == lon.length) {
                lon = Arrays.copyOf(lon, size * 2);
                lat = Arrays.copyOf(lat, size * 2);
                mag = Arrays.copyOf(mag, size * 2);
            }
            lon[size] = lo;
            lat[size] = la;
            mag[size] = Double.isNaN(magnitude) ? 0 : magnitude;
            attributes.add(attrs == null ? Map.of() : Map.copyOf(attrs));
            size++;
            return this;
        }

        public PointLayer build() {
            return new PointLayer(name, Arrays.copyOf(lon, size), Arrays.copyOf(lat, size),
                    anyMagnitude ? Arrays.copyOf(mag, size) : null, List.copyOf(attributes), approximate);
        }
    }
}

package io.govshare.geo.output;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.crs.ApproximatePosition;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * GeoJSON (RFC 7946): positions are always longitude, latitude (whatever the CRS's axis order), rounded to 7
 * decimals (about 1 cm); polygon rings follow the right-hand rule (exterior counter-clockwise, holes
 * clockwise). A disclosed tabulation adds a foreign member {@code disclosure} with the balance, and
 * {@code approximate} when any input came from GCJ-02/BD-09.
 */
public final class GeoJson {

    private static final int DECIMALS = 7;

    private GeoJson() {
    }

    public static String write(List<MapFeature> features) {
        StringWriter out = new StringWriter();
        write(features, null, out);
        return out.toString();
    }

    public static String write(Disclosure disclosure, boolean includeTotals) {
        StringWriter out = new StringWriter();
        write(MapFeatures.of(disclosure, includeTotals), disclosure, out);
        return out.toString();
    }

    public static void write(List<MapFeature> features, Disclosure disclosure, Writer writer) {
        try (JsonGenerator g = Json.createGenerator(writer)) {
            g.writeStartObject().write("type", "FeatureCollection");
            if (disclosure != null) {
                g.writeStartObject("disclosure")
                        .write("inputRecords", disclosure.inputRecords())
                        .write("publishedRecords", disclosure.publishedRecords())
                        .write("suppressedRecords", disclosure.suppressedRecords())
                        .write("unplacedRecords", disclosure.unplacedRecords())
                        .write("k", disclosure.rules().k())
                        .writeEnd();
                if (disclosure.tabulation().approximateInputs() > 0) {
                    g.write("approximate", ApproximatePosition.ACCURACY_NOTE + " ("
                            + disclosure.tabulation().approximateInputs() + " inputs)");
                }
            }
            g.writeStartArray("features");
            for (MapFeature f : features) {
                g.writeStartObject().write("type", "Feature");
                if (f.id() != null) {
                    g.write("id", f.id());
                }
                g.writeKey("geometry");
                geometry(g, f.geometry());
                g.writeStartObject("properties");
                for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                    property(g, p.getKey(), p.getValue());
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd().writeEnd();
        }
    }

    private static void property(JsonGenerator g, String key, Object value) {
        if (value == null) {
            g.writeNull(key);
        } else if (value instanceof Boolean b) {
            g.write(key, b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.write(key, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.write(key, n.doubleValue());
        } else {
            g.write(key, value.toString());
        }
    }

    private static void geometry(JsonGenerator g, Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            g.writeNull();
            return;
        }
        if (geometry instanceof Point p) {
            g.writeStartObject().write("type", "Point").writeKey("coordinates");
            position(g, p.getCoordinate());
            g.writeEnd();
        } else if (geometry instanceof Polygon p) {
            g.writeStartObject().write("type", "Polygon").writeKey("coordinates");
            polygon(g, p);
            g.writeEnd();
        } else if (geometry instanceof Polygonal) {
            g.writeStartObject().write("type", "MultiPolygon").writeStartArray("coordinates");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                polygon(g, (Polygon) geometry.getGeometryN(i));
            }
            g.writeEnd().writeEnd();
        } else if (geometry instanceof LineString l) {
            g.writeStartObject().write("type", "LineString").writeKey("coordinates");
            ring(g, l.getCoordinates(), null);
            g.writeEnd();
        } else {
            // an intersection that also produced lines or points: keep its polygons
            g.writeStartObject().write("type", "GeometryCollection").writeStartArray("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                geometry(g, geometry.getGeometryN(i));
            }
            g.writeEnd().writeEnd();
        }
    }

    private static void polygon(JsonGenerator g, Polygon p) {
        g.writeStartArray();
        ring(g, p.getExteriorRing().getCoordinates(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(g, p.getInteriorRingN(i).getCoordinates(), false);
        }
        g.writeEnd();
    }

    /** @param counterClockwise null for a line, else the orientation the ring must have */
    private static void ring(JsonGenerator g, Coordinate[] coordinates, Boolean counterClockwise) {
        boolean reverse = counterClockwise != null && Orientation.isCCW(coordinates) != counterClockwise;
        g.writeStartArray();
        for (int i = 0; i < coordinates.length; i++) {
            position(g, coordinates[reverse ? coordinates.length - 1 - i : i]);
        }
        g.writeEnd();
    }

    private static void position(JsonGenerator g, Coordinate c) {
        g.writeStartArray().write(round(c.x)).write(round(c.y)).writeEnd();
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}

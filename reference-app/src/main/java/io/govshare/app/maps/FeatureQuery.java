package io.govshare.app.maps;

import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The parameters of an OGC API – Features items request, checked: {@code bbox} (CRS84, 4 numbers, or 6 with
 * heights that are ignored), {@code limit} 1–{@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}), {@code offset}
 * ≥ 0, {@code f=json}, and exact-match filters on the collection's queryables. Anything else is refused with a
 * 400 naming the parameter, so a misspelt filter never silently returns everything.
 */
record FeatureQuery(Envelope bbox, int limit, int offset, Map<String, String> filters) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final Set<String> STANDARD = Set.of("bbox", "bbox-crs", "limit", "offset", "f");

    static FeatureQuery parse(MultivaluedMap<String, String> parameters, MapCollection collection) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (values.size() > 1) {
                errors.add(new FieldError(name, "maps.parameter-repeated", name + " may be given once"));
            } else if (!STANDARD.contains(name) && !collection.queryables().containsKey(name)) {
                errors.add(new FieldError(name, "maps.parameter-unknown", "'" + name + "' is neither a standard "
                        + "parameter " + STANDARD + " nor a queryable of '" + collection.id() + "' "
                        + collection.queryables().keySet()));
            } else {
                single.put(name, values.get(0));
            }
        });
        Envelope bbox = single.containsKey("bbox") ? bbox(single.get("bbox"), errors) : null;
        String bboxCrs = single.get("bbox-crs");
        if (bboxCrs != null && !bboxCrs.equals(CRS84)) {
            errors.add(new FieldError("bbox-crs", "maps.crs-unsupported", "only " + CRS84 + " is supported"));
        }
        int limit = integer(single.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        int offset = integer(single.get("offset"), "offset", 0, 0, Integer.MAX_VALUE, errors);
        String f = single.get("f");
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            errors.add(new FieldError("f", "maps.format-unsupported", "only f=json (GeoJSON) is offered, got '" + f + "'"));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        single.forEach((name, value) -> {
            String type = collection.queryables().get(name);
            if (type == null || STANDARD.contains(name)) {
                return;
            }
            if (type.equals("integer") && !value.matches("-?\\d{1,18}")) {
                errors.add(new FieldError(name, "maps.filter-not-integer", name + " is an integer, got '" + value + "'"));
            } else if (type.equals("number") && !isNumber(value)) {
                errors.add(new FieldError(name, "maps.filter-not-number", name + " is a number, got '" + value + "'"));
            } else if (type.equals("boolean") && !value.equals("true") && !value.equals("false")) {
                errors.add(new FieldError(name, "maps.filter-not-boolean", name + " is true or false, got '" + value + "'"));
            }
            filters.put(name, value);
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid items request for collection '" + collection.id() + "'", errors);
        }
        return new FeatureQuery(bbox, limit, offset, filters);
    }

    /** Whether feature i passes the bbox and every filter. */
    boolean matches(MapCollection collection, int i) {
        if (bbox != null) {
            boolean inside = collection instanceof PointCollection points ? points.within(i, bbox)
                    : collection.envelope(i).intersects(bbox);
            if (!inside) {
                return false;
            }
        }
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (!equal(collection.property(i, filter.getKey()), filter.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(Object value, String wanted) {
        if (value == null) {
            return false;
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue() == Double.parseDouble(wanted);
        }
        return value.toString().equals(wanted);
    }

    private static Envelope bbox(String text, List<FieldError> errors) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            errors.add(new FieldError("bbox", "maps.bbox-shape", "bbox is minLon,minLat,maxLon,maxLat (4 numbers, "
                    + "or 6 with heights), got " + parts.length + " value(s)"));
            return null;
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!isNumber(parts[i].strip())) {
                errors.add(new FieldError("bbox", "maps.bbox-number", "bbox value " + (i + 1) + " '" + parts[i]
                        + "' is not a number"));
                return null;
            }
            v[i] = Double.parseDouble(parts[i].strip());
        }
        // with heights the order is minLon,minLat,minH,maxLon,maxLat,maxH
        int max = parts.length / 2;
        double minLon = v[0];
        double minLat = v[1];
        double maxLon = v[max];
        double maxLat = v[max + 1];
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            errors.add(new FieldError("bbox", "maps.bbox-range", "bbox is longitude, latitude in CRS84: longitudes "
                    + "within -180..180 and latitudes within -90..90"));
        } else if (minLon > maxLon || minLat > maxLat) {
            errors.add(new FieldError("bbox", "maps.bbox-order", "bbox minimum must not exceed maximum (boxes "
                    + "across the antimeridian are not supported)"));
        } else {
            return new Envelope(minLon, maxLon, minLat, maxLat);
        }
        return null;
    }

    private static int integer(String text, String field, int fallback, int min, int max, List<FieldError> errors) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                errors.add(new FieldError(field, "maps." + field + "-range", field + " must be between " + min
                        + " and " + max + ", got " + value));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "maps." + field + "-integer", field + " must be an integer, got '" + text + "'"));
            return fallback;
        }
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

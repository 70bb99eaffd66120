package io.govshare.geo.output;

import org.locationtech.jts.geom.Geometry;

import java.util.Map;

/**
 * A feature ready to draw or serialise: a geometry in CGCS2000 longitude/latitude (x = longitude; null
 * allowed for GeoJSON only) and its properties (strings, numbers, booleans).
 */
public record MapFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public MapFeature {
        properties = Map.copyOf(properties);
    }
}

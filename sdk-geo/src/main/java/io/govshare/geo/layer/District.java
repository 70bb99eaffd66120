package io.govshare.geo.layer;

import io.govshare.geo.GeoInputException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

import java.util.Objects;

/**
 * An administrative district or grid area: its GB/T 2260 code, name and area, a Polygon or MultiPolygon in
 * CGCS2000 longitude/latitude (x = longitude).
 */
public record District(AdminCode code, String name, Geometry area) {

    public District {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new GeoInputException("area", "district " + code + " needs a non-empty Polygon or MultiPolygon, got "
                    + area.getGeometryType());
        }
        if (!area.isValid()) {
            throw new GeoInputException("area", "district " + code + " has an invalid polygon (self-intersection or "
                    + "a hole outside its shell)");
        }
        name = name == null ? "" : name;
    }
}

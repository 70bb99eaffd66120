package io.govshare.geo.output;

import io.govshare.geo.aggregate.Cell;
import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.aggregate.Suppression;
import io.govshare.geo.layer.PointLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns layers and disclosed tabulations into {@link MapFeature}s. */
public final class MapFeatures {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);

    private MapFeatures() {
    }

    /**
     * Published cells carry {@code count} (and {@code total} for magnitudes) and {@code parent}; withheld cells
     * carry {@code suppressed: true} and the {@code rule}, never a value, so a map shows where data was
     * withheld. With {@code includeTotals} false, cells that are totals over others (districts around their
     * grid pieces) are left out, as a grid map wants.
     */
    public static List<MapFeature> of(Disclosure disclosure, boolean includeTotals) {
        Map<String, Cell> cells = new HashMap<>();
        disclosure.tabulation().cells().forEach(c -> cells.put(c.id(), c));
        Map<String, Suppression> withheld = new HashMap<>();
        disclosure.suppressed().forEach(s -> withheld.put(s.cellId(), s));
        List<MapFeature> features = new ArrayList<>();
        for (Cell c : disclosure.tabulation().cells()) {
            if (!includeTotals && disclosure.isTotal(c.id())) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", c.id());
            if (c.parentId() != null) {
                p.put("parent", c.parentId());
            }
            Suppression s = withheld.get(c.id());
            if (s == null) {
                p.put("count", c.count());
                if (disclosure.tabulation().magnitudes()) {
                    p.put("total", c.total());
                }
                p.put("suppressed", false);
            } else {
                p.put("suppressed", true);
                p.put("rule", s.rule().name());
            }
            features.add(new MapFeature(c.id(), c.area(), p));
        }
        return features;
    }

    /** One point feature per point, with its attributes (and {@code magnitude} if the layer has them). */
    public static List<MapFeature> of(PointLayer points) {
        List<MapFeature> features = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>(points.attributes(i));
            if (points.hasMagnitudes()) {
                p.put("magnitude", points.magnitude(i));
            }
            features.add(new MapFeature(Integer.toString(i),
                    GEOMETRY.createPoint(new Coordinate(points.longitude(i), points.latitude(i))), p));
        }
        return features;
    }
}

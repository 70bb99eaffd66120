package io.govshare.app.maps;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.layer.PointLayer;
import io.govshare.geo.output.MapFeature;
import io.govshare.geo.style.MapStyle;
import java.util.Map;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Individual records as points, readable only by entitled users: positions and attributes stay in the
 * generator's arrays, a feature object is made only for what a request returns.
 *
 * @param layer     the positions (also what heat maps are drawn from)
 * @param attribute (index, property name) → value, null for an unknown name
 */
record PointCollection(String id, String title, String description, String aggregateId,
                       Map<String, String> queryables, PointLayer layer,
                       BiFunction<Integer, String, Object> attribute, MapStyle style, Envelope extent)
        implements MapCollection {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);

    PointCollection {
        queryables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queryables));
    }

    static PointCollection of(String id, String title, String description, String aggregateId,
                              Map<String, String> queryables, PointLayer layer,
                              BiFunction<Integer, String, Object> attribute, MapStyle style) {
        Envelope extent = new Envelope();
        for (int i = 0; i < layer.size(); i++) {
            extent.expandToInclude(layer.longitude(i), layer.latitude(i));
        }
        return new PointCollection(id, title, description, aggregateId, queryables, layer, attribute, style, extent);
    }

    @Override
    public Access access() {
        return Access.ENTITLED;
    }

    @Override
    public int size() {
        return layer.size();
    }

    @Override
    public Envelope envelope(int i) {
        return new Envelope(layer.longitude(i), layer.longitude(i), layer.latitude(i), layer.latitude(i));
    }

    /** Whether the point lies in the box; the allocation-free form of {@code envelope(i).intersects(box)}. */
    boolean within(int i, Envelope box) {
        return box.contains(layer.longitude(i), layer.latitude(i));
    }

    @Override
    public Object property(int i, String name) {
        return attribute.apply(i, name);
    }

    @Override
    public MapFeature feature(int i) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (String name : queryables.keySet()) {
            properties.put(name, attribute.apply(i, name));
        }
        return new MapFeature(Integer.toString(i),
                GEOMETRY.createPoint(new Coordinate(layer.longitude(i), layer.latitude(i))), properties);
    }

    @Override
    public Disclosure disclosure() {
        return null;
    }

    @Override
    public boolean points() {
        return true;
    }
}

package io.govshare.app.maps;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.output.MapFeature;
import io.govshare.geo.style.MapStyle;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/** A public polygon layer held as ready features: district boundaries, disclosed grid cells and totals. */
record FeatureListCollection(String id, String title, String description, Map<String, String> queryables,
                             List<MapFeature> features, Disclosure disclosure, MapStyle style, Envelope extent)
        implements MapCollection {

    FeatureListCollection {
        features = List.copyOf(features);
        queryables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queryables));
    }

    static FeatureListCollection of(String id, String title, String description, Map<String, String> queryables,
                                    List<MapFeature> features, Disclosure disclosure, MapStyle style) {
        Envelope extent = new Envelope();
        features.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        return new FeatureListCollection(id, title, description, queryables, features, disclosure, style, extent);
    }

    @Override
    public Access access() {
        return Access.PUBLIC;
    }

    @Override
    public String aggregateId() {
        return null;
    }

    @Override
    public int size() {
        return features.size();
    }

    @Override
    public Envelope envelope(int i) {
        return features.get(i).geometry().getEnvelopeInternal();
    }

    @Override
    public Object property(int i, String name) {
        return features.get(i).properties().get(name);
    }

    @Override
    public MapFeature feature(int i) {
        return features.get(i);
    }

    @Override
    public boolean points() {
        return false;
    }
}

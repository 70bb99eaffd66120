package io.govshare.app.maps;

import io.govshare.geo.aggregate.Disclosure;
import io.govshare.geo.output.MapFeature;
import io.govshare.geo.style.MapStyle;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * One map layer as every map service sees it: an OGC API – Features collection, a tile layer and a WMS layer
 * share id, features and access rule. Features are addressed by index so that large point layers stay in
 * primitive arrays and only the requested page becomes {@link MapFeature}s.
 */
interface MapCollection {

    /** Who may read the features themselves. */
    enum Access {
        /** boundaries and disclosed aggregates: anyone, anonymous included */
        PUBLIC,
        /** individual records: only users entitled to the source resource (see {@link MapAccess}) */
        ENTITLED
    }

    String id();

    String title();

    String description();

    Access access();

    /**
     * For an {@link Access#ENTITLED} layer, the public aggregate collection rendered instead of it for viewers
     * who are not entitled; null for public layers.
     */
    String aggregateId();

    /** The properties a request may filter on, with their JSON Schema type ("string", "integer", "number"). */
    Map<String, String> queryables();

    int size();

    /** The feature's bounding box in longitude/latitude. */
    Envelope envelope(int i);

    /** A property of the feature, for filters; null when it has none. */
    Object property(int i, String name);

    MapFeature feature(int i);

    /** The disclosure the features come from (its balance is published with them), or null. */
    Disclosure disclosure();

    /** The layer's extent in longitude/latitude. */
    Envelope extent();

    /** How the layer is drawn on PNG tiles and WMS maps. */
    MapStyle style();

    /** Whether the features are points (drawn as a heat map on PNG, as points in vector tiles). */
    boolean points();
}
